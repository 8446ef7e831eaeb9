"""The engagement record of an assessment (core.engagement): read, replaced as a whole (logged), copied."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from exportaudit.core.bilingual import Forms
from exportaudit.core.engagement import Engagement, EngagementError
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import StoreError

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store


class Engagements:
    """The engagement record of each assessment: ``store.engagements``."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def get(self, assessment_id: int) -> Engagement:
        row = self._sql.one("SELECT data FROM engagements WHERE assessment_id = ?", [assessment_id])
        return Engagement.from_json(row["data"] if row else None)

    def set(self, assessment_id: int, engagement: Engagement) -> None:
        """Store ``engagement`` for the assessment (checked first; a bad value changes nothing)."""
        self._store.assessments.writable(assessment_id)
        try:
            new = engagement.cleaned()
        except EngagementError as exc:
            raise StoreError(str(exc)) from None
        old = self.get(assessment_id)
        if new == old:
            return
        stamp = now()
        with self._sql.write():
            self._put(assessment_id, new, stamp)
            if new.opinion != old.opinion:
                self._sql.log(assessment_id, "assessment", assessment_id, "opinion", old.opinion or None,
                          new.opinion or None)
            if new.rationale != old.rationale:
                self._sql.log(assessment_id, "assessment", assessment_id, "rationale", old.rationale.joined or None,
                              new.rationale.joined or None)
            if replace(new, opinion="", rationale=Forms()) != replace(old, opinion="", rationale=Forms()):
                self._sql.log(assessment_id, "assessment", assessment_id, "engagement", None, None)
            self._sql.touch(assessment_id, stamp)

    def _put(self, assessment_id: int, engagement: Engagement, stamp: str) -> None:
        self._sql.db.execute("INSERT INTO engagements (assessment_id, data, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(assessment_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, "
                   "updated_by = excluded.updated_by", [assessment_id, engagement.to_json(), stamp, self._sql.user])

    def copy(self, source_id: int, target_id: int, *, keep_opinion: bool) -> None:
        """Carry the engagement over to a copy or a re-audit (inside its transaction); a re-audit reaches its own
        conclusion."""
        old = self.get(source_id)
        if old.is_empty:
            return
        new = old if keep_opinion else replace(old, opinion="", rationale=Forms())
        self._put(target_id, new, now())
