"""The report register: every report written, by SHA-256, with the assessment fingerprint it showed, when, by whom
and for whom. A file handed back later is recognised by its hash, or shown to have been altered after issue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exportaudit.core.records import IssuedReport
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.rows import record

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store


class Reports:
    """The report register: ``store.reports``."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def register(self, assessment_id: int, *, file_name: str, sha256: str, fmt: str, language: str,
                 fingerprint: str, signed: bool = False, recipient: str = "") -> IssuedReport:
        """Record a report just written. Allowed on a finalised assessment: issuing is not a change to it."""
        a = self._store.assessments.get(assessment_id)
        if len(sha256) != 64:
            raise StoreError(f"'{sha256}' is not a SHA-256 digest.")
        row = {"assessment_id": assessment_id, "assessment_title": a.title, "file_name": file_name, "sha256": sha256,
               "format": fmt, "language": language, "fingerprint": fingerprint, "signed": int(signed),
               "issued_at": now(), "issued_by": self._sql.user, "recipient": recipient.strip()}
        with self._sql.write():
            row_id = self._sql.insert("report_register", row)
            self._sql.log(assessment_id, "report", row_id, "issued", None, f"{file_name} ({sha256[:12]})")
        return record(IssuedReport, {**row, "id": row_id})

    def issued(self, assessment_id: int | None = None) -> list[IssuedReport]:
        """The register, newest first; one assessment's entries when ``assessment_id`` is given."""
        where, params = ("WHERE assessment_id = ?", [assessment_id]) if assessment_id is not None else ("", [])
        return [record(IssuedReport, r) for r in self._sql.all(
            f"SELECT * FROM report_register {where} ORDER BY id DESC", params)]

    def by_hash(self, sha256: str) -> list[IssuedReport]:
        return [record(IssuedReport, r) for r in self._sql.all(
            "SELECT * FROM report_register WHERE sha256 = ? ORDER BY id", [sha256.lower()])]

    def by_fingerprint(self, fingerprint: str) -> list[IssuedReport]:
        return [record(IssuedReport, r) for r in self._sql.all(
            "SELECT * FROM report_register WHERE fingerprint = ? ORDER BY id", [fingerprint.lower()])]
