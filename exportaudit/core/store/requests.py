"""The document request list: what the auditee is asked to provide before a visit, built from the checklist's
expected evidence, and marked received as evidence arrives."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from exportaudit.core.records import DocumentRequest, RequestStatus
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.rows import record
from exportaudit.core.vocab import REQUEST_STATUSES

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store


class Requests:
    """The document request list of each assessment: ``store.requests``."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def all(self, assessment_id: int) -> dict[str, DocumentRequest]:
        rows = self._sql.all("SELECT * FROM document_requests WHERE assessment_id = ?", [assessment_id])
        return {r["item_id"]: record(DocumentRequest, r) for r in rows}

    def build(self, assessment_id: int) -> int:
        """Add a request for every applicable item that has none yet; items with evidence start as received,
        items answered N/A as not applicable.

        Returns how many requests were added. Existing requests keep their status and notes.
        """
        a = self._store.assessments.writable(assessment_id)
        checklist = self._store.checklists.get(a.checklist_sha256).for_modules(a.module_ids)
        existing = self.all(assessment_id)
        with_evidence = {r["item_id"] for r in self._sql.all(
            "SELECT DISTINCT item_id FROM evidence WHERE assessment_id = ?", [assessment_id])}
        not_applicable = {r["item_id"] for r in self._sql.all(
            "SELECT item_id FROM responses WHERE assessment_id = ? AND na = 1", [assessment_id])}
        today, stamp = date.today().isoformat(), now()
        added = 0
        with self._sql.write() as db:
            for item in checklist.applicable_items(a.operator_type, a.size, a.fact_set):
                if item.id in existing:
                    continue
                # an item marked N/A needs no document; evidence already attached answers the request
                status = ("received" if item.id in with_evidence else
                          "not_applicable" if item.id in not_applicable else "requested")
                db.execute("INSERT INTO document_requests (assessment_id, item_id, status, status_date, updated_at) "
                           "VALUES (?, ?, ?, ?, ?)", [assessment_id, item.id, status, today, stamp])
                added += 1
            if added:
                self._sql.log(assessment_id, "document_request", None, "built", None, f"{added} requests")
                self._sql.touch(assessment_id, stamp)
        return added

    def update(self, assessment_id: int, item_id: str, *, status: str | None = None,
               note: str | None = None) -> DocumentRequest:
        self._store.assessments.writable(assessment_id)
        old = self.all(assessment_id).get(item_id)
        if old is None:
            raise StoreError(f"There is no document request for item '{item_id}'; build the request list first.")
        if status is not None and status not in REQUEST_STATUSES:
            raise StoreError(f"Unknown request status '{status}'; expected one of: {', '.join(REQUEST_STATUSES)}.")
        new_status = old.status if status is None else status
        new_note = old.note if note is None else note
        if (new_status, new_note) == (old.status, old.note):
            return old
        stamp = now()
        status_date = date.today().isoformat() if new_status != old.status else old.status_date
        with self._sql.write() as db:
            db.execute("UPDATE document_requests SET status = ?, status_date = ?, note = ?, updated_at = ? "
                       "WHERE assessment_id = ? AND item_id = ?",
                       [new_status, status_date, new_note, stamp, assessment_id, item_id])
            if new_status != old.status:
                self._sql.log(assessment_id, "document_request", item_id, "status", old.status, new_status, item_id=item_id)
            if new_note != old.note:
                self._sql.log_burst(assessment_id, "document_request", item_id, "request_note", old.note, new_note,
                                    item_id=item_id)
            self._sql.touch(assessment_id, stamp)
        return DocumentRequest(item_id, RequestStatus(new_status), status_date, new_note, stamp)

    def mark_received(self, assessment_id: int, item_id: str) -> None:
        """Called inside the add-evidence transaction: evidence for an item answers its request."""
        row = self._sql.one("SELECT status FROM document_requests WHERE assessment_id = ? AND item_id = ?",
                        [assessment_id, item_id])
        if row is None or row["status"] == "received":
            return
        self._sql.db.execute("UPDATE document_requests SET status = 'received', status_date = ?, updated_at = ? "
                        "WHERE assessment_id = ? AND item_id = ?", [date.today().isoformat(), now(), assessment_id, item_id])
        self._sql.log(assessment_id, "document_request", item_id, "status", row["status"], "received", item_id=item_id)
