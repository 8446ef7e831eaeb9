"""The engagement record of an assessment (core.engagement): read, replaced as a whole (logged), copied."""

from __future__ import annotations

from dataclasses import replace

from exportaudit.core.engagement import Engagement, EngagementError
from exportaudit.core.store.base import StoreBase, now
from exportaudit.core.store.errors import StoreError


class EngagementsMixin(StoreBase):
    def engagement(self, assessment_id: int) -> Engagement:
        row = self._one("SELECT data FROM engagements WHERE assessment_id = ?", [assessment_id])
        return Engagement.from_json(row["data"] if row else None)

    def set_engagement(self, assessment_id: int, engagement: Engagement) -> None:
        """Store ``engagement`` for the assessment (checked first; a bad value changes nothing)."""
        self._writable_assessment(assessment_id)
        try:
            new = engagement.cleaned()
        except EngagementError as exc:
            raise StoreError(str(exc)) from None
        old = self.engagement(assessment_id)
        if new == old:
            return
        stamp = now()
        with self._write() as db:
            self._put_engagement(db, assessment_id, new, stamp)
            if new.opinion != old.opinion:
                self._log(assessment_id, "assessment", assessment_id, "opinion", old.opinion or None,
                          new.opinion or None)
            if new.rationale != old.rationale:
                self._log(assessment_id, "assessment", assessment_id, "rationale", old.rationale or None,
                          new.rationale or None)
            if replace(new, opinion="", rationale="") != replace(old, opinion="", rationale=""):
                self._log(assessment_id, "assessment", assessment_id, "engagement", None, None)
            self._touch(assessment_id, stamp)

    def _put_engagement(self, db, assessment_id: int, engagement: Engagement, stamp: str) -> None:
        db.execute("INSERT INTO engagements (assessment_id, data, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(assessment_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, "
                   "updated_by = excluded.updated_by", [assessment_id, engagement.to_json(), stamp, self.user])

    def _copy_engagement(self, db, source_id: int, target_id: int, *, keep_opinion: bool) -> None:
        """Carry the engagement over to a copy or a re-audit; a re-audit reaches its own conclusion."""
        old = self.engagement(source_id)
        if old.is_empty:
            return
        new = old if keep_opinion else replace(old, opinion="", rationale="")
        self._put_engagement(db, target_id, new, now())
