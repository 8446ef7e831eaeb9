"""Audit packages (.eaudit): one assessment in one file, to work on where there is no shared store, and merged back.

A package is a zip of ``manifest.json`` (app version, schema, the assessment's identity, the SHA-256 of every
member and of the base state), ``state.json`` (every row of the assessment, table by table), ``base.json`` (the
state the package started from, for the three-way merge) and ``evidence/<sha256>`` (the evidence files). A package
is untrusted input: it is bounded, every member is hashed, and nothing in it names a path outside its folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from exportaudit import __version__
from exportaudit.core.store import Store, StoreError, open_store
from exportaudit.core.store.base import now
from exportaudit.core.store.migrations import known_names
from exportaudit.core.zipbounds import MiB, ZipBreach, ZipDamaged, ZipLimits, check_members, reading_member
from exportaudit.exchange.messages import PACKAGE_MESSAGES
from exportaudit.exchange.package_state import carried_tables, columns, insertion_order, snapshot, state_json, state_sha256

FORMAT = "exportaudit-audit-package"
FORMAT_VERSION = 1
SUFFIX = ".eaudit"
MANIFEST, STATE, BASE = "manifest.json", "state.json", "base.json"
EVIDENCE_PREFIX = "evidence/"
LIMITS = ZipLimits(max_total=4 << 30, max_members=50_000, max_ratio=200)
MAX_MANIFEST = 32 << 20
CHUNK = 1 << 20


_SHA256 = re.compile(r"[0-9a-f]{64}")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")


class PackageError(StoreError):
    """A package cannot be written, read or used; the message says why, for the user (by ``code`` from
    ``PACKAGE_MESSAGES``, so it can be said in Chinese too)."""

    catalogue = PACKAGE_MESSAGES

    def __init__(self, message: str = "", *, code: str = "", **params):
        super().__init__(message or (PACKAGE_MESSAGES[code].en.format(**params) if code else ""), code=code, **params)


def assessment_key(assessment) -> str:
    """What identifies an assessment across the stores a package travels between."""
    return f"{assessment.id}@{assessment.created_at}"


def _version(text: str) -> tuple[int, ...]:
    parts = []
    for piece in str(text).split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


# --- export -------------------------------------------------------------------------------------


def export_package(store: Store, assessment_id: int, out: str | Path) -> Path:
    """Write the package of one assessment to ``out`` (all or nothing). From a working store unpacked from a
    package, the base stays the one the package arrived with, so the consultant's merge sees what changed."""
    out = Path(out).expanduser()
    if out.suffix.lower() != SUFFIX:
        raise PackageError(code="pkg_suffix", name=out.name, suffix=SUFFIX)
    if not out.parent.is_dir():
        raise PackageError(code="pkg_no_folder", path=out.parent)
    a = store.assessments.get(assessment_id)
    state = snapshot(store.db, assessment_id)
    origin = store.sql.one("SELECT base, assessment_key FROM package_origins WHERE assessment_id = ?", [assessment_id])
    base = json.loads(origin["base"]) if origin else state
    key = origin["assessment_key"] if origin else assessment_key(a)
    org = store.organisations.get(a.organisation_id)
    members: dict[str, str] = {}
    missing = []
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in ((STATE, state_json(state)), (BASE, state_json(base))):
                zf.writestr(name, data)
                members[name] = hashlib.sha256(data).hexdigest()
            for blob in state.get("evidence_blobs", []):
                source = store.vault.path_of(blob["stored_name"])
                if not source.is_file():
                    missing.append(blob["sha256"])
                    continue
                zf.write(source, EVIDENCE_PREFIX + blob["sha256"])
                members[EVIDENCE_PREFIX + blob["sha256"]] = blob["sha256"]
            manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                        "schema": known_names(), "exported_at": now(), "exported_by": store.user,
                        "assessment": {"id": a.id, "key": key, "title": a.title, "organisation": org.name,
                                       "checklist_sha256": a.checklist_sha256},
                        "state_sha256": state_sha256(state), "base_sha256": state_sha256(base),
                        "missing_evidence": missing, "members": members}
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(tmp, out)
    except OSError as exc:
        raise PackageError(code="pkg_not_written", name=out.name, detail=exc.strerror or exc) from None
    finally:
        tmp.unlink(missing_ok=True)
    return out


# --- reading ------------------------------------------------------------------------------------


@dataclass
class Package:
    """A package that passed every check: bounded, every member's hash as the manifest says, not from a newer app."""

    path: Path
    manifest: dict
    state: dict
    base: dict

    @property
    def key(self) -> str:
        return self.manifest["assessment"]["key"]

    @property
    def title(self) -> str:
        return self.manifest["assessment"].get("title", "")

    def has_evidence(self, sha256: str) -> bool:
        return EVIDENCE_PREFIX + sha256 in self.manifest["members"]

    def extract_evidence(self, sha256: str, folder: Path, suffix: str = "") -> Path:
        """Copy evidence ``sha256`` out to a new file in ``folder``, checking its hash again on the way."""
        digest = hashlib.sha256()
        fd, name = tempfile.mkstemp(prefix=".package-", suffix=suffix, dir=folder)
        with zipfile.ZipFile(self.path) as zf, zf.open(EVIDENCE_PREFIX + sha256) as src, os.fdopen(fd, "wb") as out:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != sha256:
            Path(name).unlink(missing_ok=True)
            raise PackageError(code="pkg_changed_reading", label=self.path.name)
        return Path(name)


def _hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    digest = hashlib.sha256()
    with reading_member(), zf.open(info) as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def read_package(path: str | Path) -> Package:
    """Open and check a package; ``PackageError`` says why one is refused (nothing is unpacked or changed)."""
    path = Path(path).expanduser()
    label = path.name
    if not path.is_file():
        raise PackageError(code="pkg_missing", path=path)
    try:
        with zipfile.ZipFile(path) as zf:
            members = check_members(zf, LIMITS, safe_names=True)
            names = {m.filename: m for m in members}
            if MANIFEST not in names:
                raise PackageError(code="pkg_no_manifest", label=label)
            if names[MANIFEST].file_size > MAX_MANIFEST:
                raise PackageError(code="pkg_manifest_large", label=label)
            try:
                manifest = json.loads(zf.read(MANIFEST))
            except (ValueError, UnicodeDecodeError):
                raise PackageError(code="pkg_manifest_unreadable", label=label) from None
            _check_manifest(manifest, label)
            listed = manifest["members"]
            unlisted = sorted(set(names) - set(listed) - {MANIFEST})
            if unlisted:
                raise PackageError(code="pkg_unlisted", label=label, name=unlisted[0])
            for name, expected in listed.items():
                if name not in names:
                    raise PackageError(code="pkg_member_missing", label=label, name=name)
                if _hash_member(zf, names[name]) != expected:
                    raise PackageError(code="pkg_member_hash", label=label, name=name)
            try:
                state, base = json.loads(zf.read(STATE)), json.loads(zf.read(BASE))
            except (ValueError, UnicodeDecodeError):
                raise PackageError(code="pkg_content_unreadable", label=label) from None
    except ZipBreach as breach:
        raise _refusal(breach, label) from None
    except ZipDamaged as damage:
        raise PackageError(code="pkg_member_damaged", label=label, reason=damage.reason) from None
    except zipfile.BadZipFile:
        raise PackageError(code="pkg_not_zip", label=label) from None
    except OSError as exc:
        raise PackageError(code="pkg_unreadable", label=label, detail=exc.strerror or exc) from None
    if state_sha256(base) != manifest["base_sha256"] or state_sha256(state) != manifest["state_sha256"]:
        raise PackageError(code="pkg_base_hash", label=label)
    _check_state(state, manifest, label)
    _check_state(base, manifest, label)
    return Package(path, manifest, state, base)


def _refusal(breach: ZipBreach, label: str) -> PackageError:
    """The bound a package breaks, said for the user."""
    name = breach.info.filename if breach.info is not None else ""
    if breach.kind == "members":
        return PackageError(code="pkg_too_many", label=label, count=breach.count, limit=breach.limit)
    if breach.kind == "name":
        return PackageError(code="pkg_bad_name", label=label, name=name, why=breach.why)
    if breach.kind == "duplicate":
        return PackageError(code="pkg_duplicate", label=label, name=name)
    if breach.kind == "ratio":
        return PackageError(code="pkg_ratio", label=label, name=name, limit=breach.limit)
    return PackageError(code="pkg_too_large", label=label, mb=breach.limit // MiB)


def _check_manifest(manifest, label: str) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(code="pkg_not_package", label=label)
    if not isinstance(manifest.get("format_version"), int) or manifest["format_version"] > FORMAT_VERSION or \
            _version(manifest.get("app_version", "")) > _version(__version__):
        raise PackageError(code="pkg_newer_app", label=label, version=manifest.get("app_version", "?"),
                           current=__version__)
    unknown = [n for n in manifest.get("schema", []) if n not in known_names()]
    if unknown:
        raise PackageError(code="pkg_newer_schema", label=label, schema=unknown[-1])
    a = manifest.get("assessment")
    if not isinstance(a, dict) or not isinstance(a.get("id"), int) or not isinstance(a.get("key"), str) or \
            not isinstance(manifest.get("members"), dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in manifest["members"].items()):
        raise PackageError(code="pkg_manifest_incomplete", label=label)
    for name in manifest["members"]:
        if name not in (STATE, BASE) and not (name.startswith(EVIDENCE_PREFIX) and len(name) == 9 + 64):
            raise PackageError(code="pkg_foreign_member", label=label, name=name)
    if STATE not in manifest["members"] or BASE not in manifest["members"]:
        raise PackageError(code="pkg_manifest_incomplete", label=label)


def _check_state(state, manifest: dict, label: str) -> None:
    """The state is {table: [row dict, ...]} and holds exactly the assessment the manifest names."""
    if not isinstance(state, dict) or not all(isinstance(rows, list) and all(isinstance(r, dict) for r in rows)
                                              for rows in state.values()):
        raise PackageError(code="pkg_bad_form", label=label)
    assessments = state.get("assessments", [])
    if len(assessments) != 1 or assessments[0].get("id") != manifest["assessment"]["id"]:
        raise PackageError(code="pkg_wrong_content", label=label)


# --- unpacking into a working store ---------------------------------------------------------------


def working_store_path(package_path: Path) -> Path:
    """The working store a package unpacks to: beside it, same name, the store's suffix."""
    return package_path.with_suffix(".exportaudit")


def open_package(package_path: str | Path, *, user: str | None = None, progress=None) -> tuple[Store, bool]:
    """Open a package as a store: unpack it to a working store beside it, or reopen the one unpacked before.

    Returns the store and whether it was just unpacked. A file of another package or store already at the
    working store's place is never overwritten. ``progress(percent, message)`` follows the unpacking.
    """
    package_path = Path(package_path).expanduser()
    target = working_store_path(package_path)
    package = read_package(package_path)
    if target.exists():
        store = open_store(target, create=False, user=user)
        origin = store.sql.one("SELECT assessment_key FROM package_origins WHERE assessment_key = ?", [package.key])
        if origin is None:
            store.close()
            raise PackageError(code="pkg_target_exists", target=target.name, label=package_path.name)
        return store, False
    store = open_store(target, create=True, user=user)
    try:
        unpack_into(store, package, progress)
    except BaseException:
        store.close()
        for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return store, True


def unpack_into(store: Store, package: Package, progress=None) -> None:
    """Fill an empty store with the package's rows (ids kept) and evidence, and remember its base state."""
    db = store.db
    state = package.state
    stored_names = {}
    blobs = state.get("evidence_blobs", [])
    for n, blob in enumerate(blobs):
        if progress is not None:
            progress(10 + 80 * n // max(len(blobs), 1), "")
        sha = str(blob.get("sha256", ""))
        if not _SHA256.fullmatch(sha):
            raise PackageError(code="pkg_bad_hash", label=package.path.name)
        # never a name from the package: a file it lacks gets the name it would have, inside the evidence folder
        stored_names[sha] = f"{sha[:2]}/{sha}"
        if package.has_evidence(sha):
            suffix = Path(str(blob.get("stored_name", ""))).suffix
            tmp = package.extract_evidence(sha, _incoming(store), suffix if _SUFFIX.fullmatch(suffix) else "")
            try:
                stored_names[sha] = store.vault.put(tmp).stored_name
            finally:
                tmp.unlink(missing_ok=True)
    carried = set(carried_tables(db))
    known = {t: set(columns(db, t)) for t in state if t in carried}
    with store.changes_from("package"), store.transaction():
        for table in insertion_order(db, known):
            for row in state[table]:
                row = {k: v for k, v in row.items() if k in known[table]}
                if table == "assessments":
                    row["baseline_id"] = None  # the baseline stays in the consultant's store
                if table == "organisations":
                    row["logo_path"] = None  # a path on the sender's computer; the logo file does not travel
                if table == "evidence_blobs" and row.get("sha256") in stored_names:
                    row["stored_name"] = stored_names[row["sha256"]]
                store.sql.insert(table, row)
        a = package.manifest["assessment"]
        m = package.manifest
        store.sql.insert("package_origins", {
            "assessment_id": a["id"], "assessment_key": a["key"], "package_name": package.path.name,
            "app_version": m.get("app_version", ""), "exported_by": str(m.get("exported_by", "")),
            "exported_at": str(m.get("exported_at", "")), "base": state_json(package.base).decode("utf-8"),
            "base_sha256": m["base_sha256"], "unpacked_at": now()})
        store.log(a["id"], "package", a["id"], "imported", None, f"{package.path.name} (unpacked)")


def _incoming(store: Store) -> Path:
    store.vault.folder.mkdir(parents=True, exist_ok=True)
    return store.vault.folder
