"""The report register: every report written, by SHA-256, with the assessment fingerprint it showed, when, by whom
and for whom. A file handed back later is recognised by its hash, or shown to have been altered after issue."""

from __future__ import annotations

from dataclasses import dataclass

from exportaudit.core.store.base import StoreBase, now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.records import _from_row


@dataclass(frozen=True)
class IssuedReport:
    id: int
    assessment_id: int | None
    assessment_title: str
    file_name: str
    sha256: str
    format: str
    language: str
    fingerprint: str
    signed: bool
    issued_at: str
    issued_by: str
    recipient: str = ""

    from_row = classmethod(_from_row)


class ReportRegisterMixin(StoreBase):
    def register_report(self, assessment_id: int, *, file_name: str, sha256: str, fmt: str, language: str,
                        fingerprint: str, signed: bool = False, recipient: str = "") -> IssuedReport:
        """Record a report just written. Allowed on a finalised assessment: issuing is not a change to it."""
        a = self.assessment(assessment_id)
        if len(sha256) != 64:
            raise StoreError(f"'{sha256}' is not a SHA-256 digest.")
        row = {"assessment_id": assessment_id, "assessment_title": a.title, "file_name": file_name, "sha256": sha256,
               "format": fmt, "language": language, "fingerprint": fingerprint, "signed": int(signed),
               "issued_at": now(), "issued_by": self.user, "recipient": recipient.strip()}
        with self._write():
            row_id = self._insert("report_register", row)
            self._log(assessment_id, "report", row_id, "issued", None, f"{file_name} ({sha256[:12]})")
        return IssuedReport.from_row({**row, "id": row_id, "signed": bool(signed)})

    def issued_reports(self, assessment_id: int | None = None) -> list[IssuedReport]:
        """The register, newest first; one assessment's entries when ``assessment_id`` is given."""
        where, params = ("WHERE assessment_id = ?", [assessment_id]) if assessment_id is not None else ("", [])
        return [IssuedReport.from_row({**r, "signed": bool(r["signed"])}) for r in self._all(
            f"SELECT * FROM report_register {where} ORDER BY id DESC", params)]

    def reports_by_hash(self, sha256: str) -> list[IssuedReport]:
        return [IssuedReport.from_row({**r, "signed": bool(r["signed"])}) for r in self._all(
            "SELECT * FROM report_register WHERE sha256 = ? ORDER BY id", [sha256.lower()])]

    def reports_by_fingerprint(self, fingerprint: str) -> list[IssuedReport]:
        return [IssuedReport.from_row({**r, "signed": bool(r["signed"])}) for r in self._all(
            "SELECT * FROM report_register WHERE fingerprint = ? ORDER BY id", [fingerprint.lower()])]

    def assessments_with_fingerprint(self, fingerprint: str) -> list[int]:
        """Finalised assessments whose recorded fingerprint is ``fingerprint``."""
        return [r["id"] for r in self._all("SELECT id FROM assessments WHERE fingerprint = ? ORDER BY id",
                                           [fingerprint.lower()])]
