"""Verify a report someone hands back: is it exactly the file that was issued, and for which assessment?

With a store: the SHA-256 is looked up in the report register; failing that, the assessment fingerprint the file
carries (PDF keywords, workbook properties) tells which assessment it claims to show, and so that it was altered
after issue. Without a store: the PDF's digital signature is checked.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from exportaudit.reports.issue import file_sha256
from exportaudit.reports.signing import SignatureCheck, check_signature

_FINGERPRINT = re.compile(rb"fingerprint:([0-9a-f]{64})")
_WORKBOOK_PARTS = ("docProps/custom.xml", "docProps/core.xml")
_MAX_PART = 1 << 20  # workbook property parts are a few KB; anything larger is not ours


# What a verification found (``Verdict.kind``):
UNCHANGED = "unchanged"  # the exact bytes of an issued report
ALTERED = "altered"  # claims to be a report this store issued or finalised, but its bytes differ
MATCHES_FINAL = "matches_final"  # carries the fingerprint of a finalised assessment; not in the register
UNKNOWN_FINGERPRINT = "unknown_fingerprint"  # carries a fingerprint no assessment of this store has
NO_FINGERPRINT = "no_fingerprint"  # carries no fingerprint: not an ExportAudit report, or damaged
SIGNED_UNCHANGED = "signed_unchanged"  # no store: the signature covers the whole, unchanged file
SIGNED_ALTERED = "signed_altered"  # no store: signed, but changed since
UNSIGNED = "unsigned"  # no store and no signature: nothing to check against


@dataclass(frozen=True)
class Verdict:
    kind: str
    sha256: str
    fingerprint: str = ""
    issued: tuple = ()  # the register entries with this hash (UNCHANGED) or this fingerprint (ALTERED)
    assessments: tuple[tuple[int, str], ...] = ()  # (id, title) of assessments finalised with this fingerprint
    signature: SignatureCheck | None = None  # for a PDF: what its digital signature says
    store_checked: bool = True  # False when verified without a store, by the signature alone

    @property
    def unchanged(self) -> bool:
        """The file is byte for byte what was issued (register) or signed (signature)."""
        return self.kind in (UNCHANGED, SIGNED_UNCHANGED)


def embedded_fingerprint(path: str | Path) -> str:
    """The assessment fingerprint a report carries, or "" when none can be read."""
    path = Path(path)
    with open(path, "rb") as fh:
        head = fh.read(4)
    if head == b"PK\x03\x04":
        return _workbook_fingerprint(path)
    match = _FINGERPRINT.search(path.read_bytes())
    return match.group(1).decode() if match else ""


def _workbook_fingerprint(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            for name in _WORKBOOK_PARTS:
                try:
                    info = zf.getinfo(name)
                except KeyError:
                    continue
                if info.file_size > _MAX_PART:
                    continue
                found = re.search(rb"[0-9a-f]{64}", zf.read(info))
                if found:
                    return found.group(0).decode()
    except (zipfile.BadZipFile, OSError, ValueError, zipfile.LargeZipFile):
        return ""
    return ""


def verify_report(path: str | Path, store=None) -> Verdict:
    """Verify the report at ``path`` against ``store``'s register, or by its signature without a store."""
    path = Path(path)
    sha = file_sha256(path)
    if store is None:
        check = check_signature(path) if not zipfile.is_zipfile(path) else SignatureCheck(signed=False)
        if not check.signed:
            return Verdict(UNSIGNED, sha, embedded_fingerprint(path), signature=check, store_checked=False)
        return Verdict(SIGNED_UNCHANGED if check.unchanged else SIGNED_ALTERED, sha, embedded_fingerprint(path),
                       signature=check, store_checked=False)
    signature = None if zipfile.is_zipfile(path) else check_signature(path)
    issued = tuple(store.reports.by_hash(sha))
    fingerprint = issued[0].fingerprint if issued else embedded_fingerprint(path)
    finals = tuple((i, store.assessments.get(i).title) for i in store.assessments.with_fingerprint(fingerprint)) \
        if fingerprint else ()
    if issued:
        return Verdict(UNCHANGED, sha, fingerprint, issued, finals, signature)
    if not fingerprint:
        return Verdict(NO_FINGERPRINT, sha, signature=signature)
    same_content = tuple(store.reports.by_fingerprint(fingerprint))
    if same_content:
        return Verdict(ALTERED, sha, fingerprint, same_content, finals, signature)
    if finals:
        return Verdict(MATCHES_FINAL, sha, fingerprint, (), finals, signature)
    return Verdict(UNKNOWN_FINGERPRINT, sha, fingerprint, signature=signature)
