"""Issue a report: write it (signed, when a certificate is given), hash it, and hand back what the store's report
register records, so the file can be recognised later by its SHA-256 and by the fingerprint it carries."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

FINGERPRINT_PROPERTY = "ExportAudit fingerprint"  # the workbook's custom property carrying the fingerprint


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class IssuedFile:
    """A report just written: what the register records about it."""

    path: Path
    sha256: str
    fmt: str
    language: str
    fingerprint: str
    signed: bool

    def register(self, store, assessment_id: int, recipient: str = ""):
        """Record it in ``store``'s report register (a writable store on the calling thread)."""
        return store.reports.register(assessment_id, file_name=self.path.name, sha256=self.sha256, fmt=self.fmt,
                                     language=self.language, fingerprint=self.fingerprint, signed=self.signed,
                                     recipient=recipient)


def issue_report(session, fmt: str, out: str | Path, *, language: str = "both", progress=None,
                 logo: str | Path | None = None, report_date: date | None = None, signer=None,
                 frameworks: tuple[str, ...] = ()) -> IssuedFile:
    """``build_report`` plus what the register needs. Reads ``session``'s store, writes nothing to it."""
    from exportaudit.reports import _check, _progress, build_model, render_report

    _check(fmt, language)
    report = _progress(progress)
    report(0, "")
    model = build_model(session, report_date=report_date, logo=logo, frameworks=frameworks, language=language)
    path = render_report(model, fmt, out, language=language, progress=report,
                         signer=signer if fmt == "pdf" else None)
    return IssuedFile(Path(path), file_sha256(path), fmt, language, model.meta.fingerprint,
                      signer is not None and fmt == "pdf")
