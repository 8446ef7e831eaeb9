"""Answers (the responses table): a rating or N/A, its justification and the note, one transaction per change."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from exportaudit.core.records import Response
from exportaudit.core.scoring_model2 import MODEL_2, na_allowed
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.rows import record

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store


class Answers:
    """The answer to each item of an assessment: ``store.answers``."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def all(self, assessment_id: int) -> dict[str, Response]:
        rows = self._sql.all("SELECT * FROM responses WHERE assessment_id = ?", [assessment_id])
        return {r["item_id"]: record(Response, r) for r in rows}

    def get(self, assessment_id: int, item_id: str) -> Response:
        row = self._sql.one("SELECT * FROM responses WHERE assessment_id = ? AND item_id = ?", [assessment_id, item_id])
        return record(Response, row) if row else Response(item_id)

    def save(self, assessment_id: int, item_id: str, **changes: Any) -> Response:
        """Write the given fields of one response in its own transaction, logging each change.

        ``changes`` may hold level, na, na_reason and note. Touching a response clears its re-confirm mark.
        """
        assessment = self._store.assessments.writable(assessment_id)
        self._store.checklists.check_item(assessment, item_id)
        old = self.get(assessment_id, item_id)
        new = {"level": old.level, "na": old.na, "na_reason": old.na_reason, "note": old.note, **changes}
        level, na = new["level"], bool(new["na"])
        if level is not None and (isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 5):
            raise StoreError(code="rating_range", level=repr(level))
        if na:
            if level is not None:
                raise StoreError(code="rated_and_na")
            if not (new["na_reason"] or "").strip():
                raise StoreError(code="na_reason")
            if not old.na and assessment.scoring_model >= MODEL_2 and not na_allowed(
                    self._store.checklists.get(assessment.checklist_sha256).item(item_id)):
                raise StoreError(code="na_statutory_key", item=item_id)
        stamp = now()
        with self._sql.write() as db:
            db.execute(
                "INSERT INTO responses (assessment_id, item_id, level, na, na_reason, note, reconfirm, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?) ON CONFLICT (assessment_id, item_id) DO UPDATE SET level = excluded.level, "
                "na = excluded.na, na_reason = excluded.na_reason, note = excluded.note, reconfirm = 0, "
                "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                [assessment_id, item_id, level, int(na), new["na_reason"] or "", new["note"] or "", stamp, self._sql.user])
            for key in ("level", "na", "na_reason", "note"):
                before, after = getattr(old, key), new[key]
                if key == "na":
                    before, after = bool(before), bool(after)
                if before == after:
                    continue
                if key in ("note", "na_reason"):
                    self._sql.log_burst(assessment_id, "response", item_id, key, before, after, item_id=item_id)
                else:
                    self._sql.log(assessment_id, "response", item_id, key, before, after, item_id=item_id)
            self._sql.touch(assessment_id, stamp)
        return Response(item_id, level, na, new["na_reason"] or "", new["note"] or "", False, stamp, self._sql.user)

    def rate(self, assessment_id: int, item_id: str, level: int) -> Response:
        return self.save(assessment_id, item_id, level=level, na=False)

    def mark_not_applicable(self, assessment_id: int, item_id: str, reason: str) -> Response:
        return self.save(assessment_id, item_id, level=None, na=True, na_reason=reason)

    def clear(self, assessment_id: int, item_id: str) -> Response:
        return self.save(assessment_id, item_id, level=None, na=False)

    def set_note(self, assessment_id: int, item_id: str, note: str) -> Response:
        return self.save(assessment_id, item_id, note=note)

    def reconfirm(self, assessment_id: int, item_id: str) -> None:
        """Confirm a carried-over answer unchanged: clears its "to re-confirm" mark (logged)."""
        self._store.assessments.writable(assessment_id)
        with self._sql.write() as db:
            cursor = db.execute("UPDATE responses SET reconfirm = 0, updated_at = ?, updated_by = ? "
                                "WHERE assessment_id = ? AND item_id = ? AND reconfirm = 1",
                                [now(), self._sql.user, assessment_id, item_id])
            if cursor.rowcount:
                self._sql.log(assessment_id, "response", item_id, "reconfirmed", None, True, item_id=item_id)
