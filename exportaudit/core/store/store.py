"""The Store: every read and write of the record store goes through here, one user action per transaction."""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from exportaudit.core.checklist import Checklist
from exportaudit.core.checklist_loader import ChecklistError, parse_checklist
from exportaudit.core.evidence import EvidenceVault, display_name
from exportaudit.core.store.errors import ReadOnlyError, StoreError
from exportaudit.core.store.opening import open_database
from exportaudit.core.store.records import Assessment, ChangeEntry, EvidenceRecord, Organisation, Response
from exportaudit.core.vocab import ASSESSMENT_KINDS, OPERATOR_TYPES, SIZES

ORGANISATION_FIELDS = ("name", "uscc", "sector", "operator_type", "size", "address", "contact", "logo_path")
ASSESSMENT_FIELDS = ("title", "kind", "period_start", "period_end", "assessor", "target_profile",
                     "operator_type", "size")


TEXT_EDIT_BURST_SECONDS = 60


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _seconds_since(stamp: str) -> float:
    try:
        return (datetime.now().astimezone() - datetime.fromisoformat(stamp)).total_seconds()
    except ValueError:
        return float("inf")


def default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def evidence_folder_for(path: Path) -> Path:
    """Evidence lives beside the store, in a folder named after it."""
    return path.with_name(f"{path.stem}-evidence")


def _encode(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class Store:
    def __init__(self, db: Database, path: Path, *, read_only: bool, user: str, backup_file: Path | None):
        self.db = db
        self.path = path
        self.read_only = read_only
        self.user = user
        self.backup_file = backup_file
        self.vault = EvidenceVault(evidence_folder_for(path))
        self._checklists: dict[str, Checklist] = {}

    # --- plumbing -------------------------------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One user action, one transaction. BEGIN IMMEDIATE takes the write lock up front, so a second
        process writing the same store waits its turn (busy timeout) instead of failing half-way."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is open read-only.")
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():  # nested: a savepoint
                yield self.db
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path} is busy or cannot be written ({exc}); nothing was saved.") from None
        try:
            yield self.db
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):  # disk full, I/O error, locked: say so, keep nothing half-done
                raise StoreError(f"Could not save to {self.path} ({exc}); the change was not kept.") from exc
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"Could not save to {self.path} ({exc}); the change was not kept.") from None

    def _log(self, assessment_id: int | None, entity: str, entity_id: Any, field: str, old: Any, new: Any,
             item_id: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO change_log (at, user, assessment_id, entity, entity_id, item_id, field, old, new) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [now(), self.user, assessment_id, entity, None if entity_id is None else str(entity_id), item_id,
             field, _encode(old), _encode(new)])

    def _log_text_edit(self, assessment_id: int, item_id: str, field: str, old: str, new: str) -> None:
        """Log a text edit, folding a burst of keystrokes into one entry.

        Notes are saved on every keystroke; the history keeps one entry per editing burst: while the newest
        entry of the assessment is this user's edit of the same field less than a minute ago, it is extended.
        """
        last = self._one("SELECT id, at, user, entity, item_id, field FROM change_log WHERE assessment_id = ? "
                         "ORDER BY id DESC LIMIT 1", [assessment_id])
        if (last and last["entity"] == "response" and last["item_id"] == item_id and last["field"] == field
                and last["user"] == self.user and _seconds_since(last["at"]) < TEXT_EDIT_BURST_SECONDS):
            self.db.execute("UPDATE change_log SET at = ?, new = ? WHERE id = ?", [now(), new, last["id"]])
        else:
            self._log(assessment_id, "response", item_id, field, old, new, item_id=item_id)

    def _one(self, sql: str, params: list) -> dict | None:
        cursor = self.db.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row))

    def _all(self, sql: str, params: list | None = None) -> list[dict]:
        cursor = self.db.execute(sql, params or [])
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    # --- organisations --------------------------------------------------------------------------

    def organisations(self) -> list[Organisation]:
        return [Organisation.from_row(r) for r in self._all("SELECT * FROM organisations ORDER BY name COLLATE NOCASE, id")]

    def organisation(self, organisation_id: int) -> Organisation:
        row = self._one("SELECT * FROM organisations WHERE id = ?", [organisation_id])
        if row is None:
            raise StoreError(f"There is no organisation with id {organisation_id}.")
        return Organisation.from_row(row)

    @staticmethod
    def _check_scope(operator_type: str | None, size: str | None) -> None:
        if operator_type is not None and operator_type not in OPERATOR_TYPES:
            raise StoreError(f"Unknown operator type '{operator_type}'; expected one of: {', '.join(OPERATOR_TYPES)}.")
        if size is not None and size not in SIZES:
            raise StoreError(f"Unknown company size '{size}'; expected one of: {', '.join(SIZES)}.")

    def create_organisation(self, name: str, **fields: Any) -> int:
        if not name or not name.strip():
            raise StoreError("An organisation needs a name.")
        unknown = set(fields) - set(ORGANISATION_FIELDS)
        if unknown:
            raise StoreError(f"Unknown organisation field(s): {', '.join(sorted(unknown))}.")
        self._check_scope(fields.get("operator_type"), fields.get("size"))
        stamp = now()
        row = {"name": name.strip(), **fields, "created_at": stamp, "updated_at": stamp}
        with self._write() as db:
            cursor = db.execute(
                f"INSERT INTO organisations ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
            organisation_id = cursor.lastrowid
            self._log(None, "organisation", organisation_id, "created", None, row["name"])
        return organisation_id

    def update_organisation(self, organisation_id: int, **fields: Any) -> None:
        unknown = set(fields) - set(ORGANISATION_FIELDS)
        if unknown:
            raise StoreError(f"Unknown organisation field(s): {', '.join(sorted(unknown))}.")
        if "name" in fields and not (fields["name"] or "").strip():
            raise StoreError("An organisation needs a name.")
        self._check_scope(fields.get("operator_type"), fields.get("size"))
        old = self.organisation(organisation_id)
        changed = {k: v for k, v in fields.items() if getattr(old, k) != v}
        if not changed:
            return
        with self._write() as db:
            db.execute(f"UPDATE organisations SET {', '.join(f'{k} = ?' for k in changed)}, updated_at = ? WHERE id = ?",
                       [*changed.values(), now(), organisation_id])
            for key, value in changed.items():
                self._log(None, "organisation", organisation_id, key, getattr(old, key), value)

    def delete_organisation(self, organisation_id: int) -> None:
        old = self.organisation(organisation_id)
        with self._write() as db:
            db.execute("DELETE FROM organisations WHERE id = ?", [organisation_id])
            self._log(None, "organisation", organisation_id, "deleted", old.name, None)

    # --- checklists -----------------------------------------------------------------------------

    def store_checklist(self, checklist: Checklist) -> str:
        """Keep a copy of ``checklist`` so assessments never depend on the file it came from."""
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO checklists (sha256, checklist_id, version, text, stored_at) "
                       "VALUES (?, ?, ?, ?, ?)", [checklist.sha256, checklist.id, checklist.version, checklist.text, now()])
        self._checklists[checklist.sha256] = checklist
        return checklist.sha256

    def checklist(self, sha256: str) -> Checklist:
        """The pinned copy of a checklist, parsed once per store."""
        if sha256 not in self._checklists:
            row = self._one("SELECT checklist_id, text FROM checklists WHERE sha256 = ?", [sha256])
            if row is None:
                raise StoreError(f"The store has no copy of checklist {sha256[:12]}.")
            try:
                self._checklists[sha256] = parse_checklist(row["text"], f"stored checklist {row['checklist_id']}")
            except ChecklistError as exc:
                raise StoreError(f"The stored copy of checklist {row['checklist_id']} is damaged: {exc}") from None
        return self._checklists[sha256]

    # --- assessments ----------------------------------------------------------------------------

    def assessments(self, organisation_id: int | None = None) -> list[Assessment]:
        if organisation_id is None:
            rows = self._all("SELECT * FROM assessments ORDER BY updated_at DESC, id DESC")
        else:
            rows = self._all("SELECT * FROM assessments WHERE organisation_id = ? ORDER BY updated_at DESC, id DESC",
                             [organisation_id])
        return [Assessment.from_row(r) for r in rows]

    def assessment(self, assessment_id: int) -> Assessment:
        row = self._one("SELECT * FROM assessments WHERE id = ?", [assessment_id])
        if row is None:
            raise StoreError(f"There is no assessment with id {assessment_id}.")
        return Assessment.from_row(row)

    def latest_assessment(self) -> Assessment | None:
        """The most recently changed assessment, the natural default for the CLI."""
        row = self._one("SELECT * FROM assessments ORDER BY updated_at DESC, id DESC LIMIT 1", [])
        return Assessment.from_row(row) if row else None

    def _check_assessment_fields(self, fields: dict, checklist: Checklist) -> None:
        unknown = set(fields) - set(ASSESSMENT_FIELDS)
        if unknown:
            raise StoreError(f"Unknown assessment field(s): {', '.join(sorted(unknown))}.")
        if "title" in fields and not (fields["title"] or "").strip():
            raise StoreError("An assessment needs a title.")
        if "kind" in fields and fields["kind"] not in ASSESSMENT_KINDS:
            raise StoreError(f"Unknown assessment type '{fields['kind']}'; expected one of: {', '.join(ASSESSMENT_KINDS)}.")
        profile = fields.get("target_profile")
        if profile is not None and checklist.profile(profile) is None:
            raise StoreError(f"Checklist {checklist.id} has no target profile '{profile}'; expected one of: "
                             f"{', '.join(p.id for p in checklist.target_profiles)}.")
        self._check_scope(fields.get("operator_type"), fields.get("size"))

    def create_assessment(self, organisation_id: int, checklist: Checklist, title: str, **fields: Any) -> int:
        org = self.organisation(organisation_id)
        fields = {"title": title, "operator_type": org.operator_type, "size": org.size, **fields}
        self._check_assessment_fields(fields, checklist)
        self.store_checklist(checklist)
        stamp = now()
        row = {"organisation_id": organisation_id, "checklist_sha256": checklist.sha256, **fields,
               "title": title.strip(), "created_at": stamp, "updated_at": stamp}
        with self._write() as db:
            cursor = db.execute(f"INSERT INTO assessments ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                                list(row.values()))
            assessment_id = cursor.lastrowid
            self._log(assessment_id, "assessment", assessment_id, "created", None, row["title"])
        return assessment_id

    def update_assessment(self, assessment_id: int, **fields: Any) -> None:
        old = self._writable_assessment(assessment_id)
        self._check_assessment_fields(fields, self.checklist(old.checklist_sha256))
        changed = {k: v for k, v in fields.items() if getattr(old, k) != v}
        if not changed:
            return
        with self._write() as db:
            db.execute(f"UPDATE assessments SET {', '.join(f'{k} = ?' for k in changed)}, updated_at = ? WHERE id = ?",
                       [*changed.values(), now(), assessment_id])
            for key, value in changed.items():
                self._log(assessment_id, "assessment", assessment_id, key, getattr(old, key), value)

    def duplicate_assessment(self, assessment_id: int, title: str) -> int:
        """A copy with every answer, note and evidence link; the copy starts as a draft."""
        old = self.assessment(assessment_id)
        if not title.strip():
            raise StoreError("An assessment needs a title.")
        stamp = now()
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO assessments (organisation_id, title, checklist_sha256, kind, period_start, period_end, "
                "assessor, target_profile, operator_type, size, status, created_at, updated_at) "
                "SELECT organisation_id, ?, checklist_sha256, kind, period_start, period_end, assessor, target_profile, "
                "operator_type, size, 'draft', ?, ? FROM assessments WHERE id = ?", [title.strip(), stamp, stamp, old.id])
            new_id = cursor.lastrowid
            db.execute("INSERT INTO responses (assessment_id, item_id, level, na, na_reason, note, reconfirm, updated_at, "
                       "updated_by) SELECT ?, item_id, level, na, na_reason, note, reconfirm, updated_at, updated_by "
                       "FROM responses WHERE assessment_id = ?", [new_id, old.id])
            db.execute("INSERT INTO evidence (assessment_id, item_id, sha256, file_name, size, note, added_at, added_by) "
                       "SELECT ?, item_id, sha256, file_name, size, note, added_at, added_by FROM evidence "
                       "WHERE assessment_id = ?", [new_id, old.id])
            self._log(new_id, "assessment", new_id, "created", None, f"{title.strip()} (copy of #{old.id})")
        return new_id

    def delete_assessment(self, assessment_id: int) -> None:
        old = self.assessment(assessment_id)
        with self._write() as db:
            db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])
            self._log(assessment_id, "assessment", assessment_id, "deleted", old.title, None)

    def _writable_assessment(self, assessment_id: int) -> Assessment:
        assessment = self.assessment(assessment_id)
        if assessment.is_final:
            raise ReadOnlyError(f"Assessment '{assessment.title}' is finalised; reopen it to make changes.")
        return assessment

    def _touch(self, assessment_id: int, stamp: str) -> None:
        self.db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [stamp, assessment_id])

    # --- responses ------------------------------------------------------------------------------

    def responses(self, assessment_id: int) -> dict[str, Response]:
        rows = self._all("SELECT * FROM responses WHERE assessment_id = ?", [assessment_id])
        return {r["item_id"]: Response.from_row(r) for r in rows}

    def response(self, assessment_id: int, item_id: str) -> Response:
        row = self._one("SELECT * FROM responses WHERE assessment_id = ? AND item_id = ?", [assessment_id, item_id])
        return Response.from_row(row) if row else Response(item_id)

    def _check_item(self, assessment: Assessment, item_id: str) -> None:
        if not self.checklist(assessment.checklist_sha256).has_item(item_id):
            raise StoreError(f"Checklist of assessment #{assessment.id} has no item '{item_id}'.")

    def save_response(self, assessment_id: int, item_id: str, **changes: Any) -> Response:
        """Write the given fields of one response in its own transaction, logging each change.

        ``changes`` may hold level, na, na_reason and note. Touching a response clears its re-confirm mark.
        """
        assessment = self._writable_assessment(assessment_id)
        self._check_item(assessment, item_id)
        old = self.response(assessment_id, item_id)
        new = {"level": old.level, "na": old.na, "na_reason": old.na_reason, "note": old.note, **changes}
        level, na = new["level"], bool(new["na"])
        if level is not None and (isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 5):
            raise StoreError(f"Rating {level!r} is out of range; expected 0 to 5.")
        if na:
            if level is not None:
                raise StoreError("An item cannot be rated and marked not applicable at once.")
            if not (new["na_reason"] or "").strip():
                raise StoreError("Marking an item not applicable needs a written justification.")
        stamp = now()
        with self._write() as db:
            db.execute(
                "INSERT INTO responses (assessment_id, item_id, level, na, na_reason, note, reconfirm, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?) ON CONFLICT (assessment_id, item_id) DO UPDATE SET level = excluded.level, "
                "na = excluded.na, na_reason = excluded.na_reason, note = excluded.note, reconfirm = 0, "
                "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                [assessment_id, item_id, level, int(na), new["na_reason"] or "", new["note"] or "", stamp, self.user])
            for key in ("level", "na", "na_reason", "note"):
                before, after = getattr(old, key), new[key]
                if key == "na":
                    before, after = bool(before), bool(after)
                if before == after:
                    continue
                if key in ("note", "na_reason"):
                    self._log_text_edit(assessment_id, item_id, key, before, after)
                else:
                    self._log(assessment_id, "response", item_id, key, before, after, item_id=item_id)
            self._touch(assessment_id, stamp)
        return Response(item_id, level, na, new["na_reason"] or "", new["note"] or "", False, stamp, self.user)

    def set_rating(self, assessment_id: int, item_id: str, level: int) -> Response:
        return self.save_response(assessment_id, item_id, level=level, na=False)

    def set_not_applicable(self, assessment_id: int, item_id: str, reason: str) -> Response:
        return self.save_response(assessment_id, item_id, level=None, na=True, na_reason=reason)

    def clear_answer(self, assessment_id: int, item_id: str) -> Response:
        return self.save_response(assessment_id, item_id, level=None, na=False)

    def set_note(self, assessment_id: int, item_id: str, note: str) -> Response:
        return self.save_response(assessment_id, item_id, note=note)

    # --- evidence -------------------------------------------------------------------------------

    def add_evidence(self, assessment_id: int, item_id: str, source: str | Path, note: str = "") -> EvidenceRecord:
        """Copy a file into the evidence folder (once per content) and link it to an item."""
        assessment = self._writable_assessment(assessment_id)
        self._check_item(assessment, item_id)
        source = Path(source)
        if not source.is_file():
            raise StoreError(f"{source} is not a file that can be attached.")
        try:
            stored = self.vault.put(source)
        except OSError as exc:
            raise StoreError(f"Could not copy {source} into the evidence folder: {exc.strerror or exc}.") from None
        name, stamp = display_name(source.name), now()
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO evidence_blobs (sha256, size, stored_name, stored_at) VALUES (?, ?, ?, ?)",
                       [stored.sha256, stored.size, stored.stored_name, stamp])
            cursor = db.execute(
                "INSERT INTO evidence (assessment_id, item_id, sha256, file_name, size, note, added_at, added_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [assessment_id, item_id, stored.sha256, name, stored.size, note, stamp, self.user])
            evidence_id = cursor.lastrowid
            self._log(assessment_id, "evidence", evidence_id, "added", None, f"{name} ({stored.sha256})", item_id=item_id)
            self._touch(assessment_id, stamp)
        return self.evidence_record(evidence_id)

    def evidence_record(self, evidence_id: int) -> EvidenceRecord:
        row = self._one("SELECT e.*, b.stored_name FROM evidence e JOIN evidence_blobs b USING (sha256) WHERE e.id = ?",
                        [evidence_id])
        if row is None:
            raise StoreError(f"There is no evidence record {evidence_id}.")
        return EvidenceRecord.from_row(row)

    def evidence(self, assessment_id: int, item_id: str | None = None) -> list[EvidenceRecord]:
        sql = "SELECT e.*, b.stored_name FROM evidence e JOIN evidence_blobs b USING (sha256) WHERE e.assessment_id = ?"
        params: list = [assessment_id]
        if item_id is not None:
            sql += " AND e.item_id = ?"
            params.append(item_id)
        return [EvidenceRecord.from_row(r) for r in self._all(sql + " ORDER BY e.item_id, e.id", params)]

    def evidence_counts(self, assessment_id: int) -> dict[str, int]:
        rows = self._all("SELECT item_id, COUNT(*) AS n FROM evidence WHERE assessment_id = ? GROUP BY item_id",
                         [assessment_id])
        return {r["item_id"]: r["n"] for r in rows}

    def evidence_path(self, record: EvidenceRecord) -> Path:
        return self.vault.path_of(record.stored_name)

    def evidence_missing(self, record: EvidenceRecord) -> bool:
        """True when the file behind a record has gone from the evidence folder."""
        return not self.vault.exists(record.stored_name)

    def remove_evidence(self, evidence_id: int) -> None:
        """Unlink evidence from its item (logged); the file goes once nothing else refers to it."""
        record = self.evidence_record(evidence_id)
        self._writable_assessment(record.assessment_id)
        stamp = now()
        with self._write() as db:
            db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
            orphan = self._one("SELECT COUNT(*) AS n FROM evidence WHERE sha256 = ?", [record.sha256])["n"] == 0
            if orphan:
                db.execute("DELETE FROM evidence_blobs WHERE sha256 = ?", [record.sha256])
            self._log(record.assessment_id, "evidence", evidence_id, "removed", f"{record.file_name} ({record.sha256})",
                      None, item_id=record.item_id)
            self._touch(record.assessment_id, stamp)
        if orphan:
            self.vault.remove(record.stored_name)

    # --- change log -----------------------------------------------------------------------------

    def changes(self, assessment_id: int, item_id: str | None = None) -> list[ChangeEntry]:
        sql, params = "SELECT * FROM change_log WHERE assessment_id = ?", [assessment_id]
        if item_id is not None:
            sql += " AND item_id = ?"
            params.append(item_id)
        return [ChangeEntry.from_row(r) for r in self._all(sql + " ORDER BY id", params)]


def open_store(path: str | Path, *, create: bool = True, read_only: bool = False, user: str | None = None) -> Store:
    """Open the store at ``path`` (created if missing and ``create``), refusing foreign or damaged files."""
    path = Path(path).expanduser()
    db, backup_file = open_database(path, create=create, read_only=read_only)
    return Store(db, path, read_only=read_only, user=user if user is not None else default_user(),
                 backup_file=backup_file)
