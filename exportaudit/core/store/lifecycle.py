"""An assessment's life: finalise (read-only, fingerprint recorded), reopen (logged), re-audit from a baseline."""

from __future__ import annotations

from typing import Any

from exportaudit.core.checklist import Checklist
from exportaudit.core.store.base import StoreBase, now
from exportaudit.core.store.errors import StoreError


class LifecycleMixin(StoreBase):
    def finalise(self, assessment_id: int) -> str:
        """Lock the assessment and record its content fingerprint; returns the fingerprint."""
        from exportaudit.core.fingerprint import CANONICAL_FORM, fingerprint  # fingerprint reads through the store

        a = self._writable_assessment(assessment_id)
        stamp = now()
        with self._write() as db:
            # inside the transaction: what is locked is what was hashed, in today's form, which is recorded with it
            value = fingerprint(self, assessment_id, form=CANONICAL_FORM)
            db.execute("UPDATE assessments SET status = 'final', fingerprint = ?, fingerprint_form = ?, "
                       "finalised_at = ?, updated_at = ? WHERE id = ?",
                       [value, CANONICAL_FORM, stamp, stamp, assessment_id])
            self._log(assessment_id, "assessment", assessment_id, "status", a.status, "final")
            self._log(assessment_id, "assessment", assessment_id, "fingerprint", a.fingerprint, value)
        return value

    def reopen(self, assessment_id: int, reason: str) -> None:
        """Make a finalised assessment editable again; the reason and the old fingerprint stay in the history."""
        a = self.assessment(assessment_id)
        if not a.is_final:
            raise StoreError(f"Assessment '{a.title}' is not finalised.")
        if not reason.strip():
            raise StoreError("Reopening a finalised assessment needs a reason.")
        stamp = now()
        with self._write() as db:
            db.execute("UPDATE assessments SET status = 'draft', fingerprint = NULL, fingerprint_form = NULL, "
                       "finalised_at = NULL, updated_at = ? WHERE id = ?", [stamp, assessment_id])
            self._log(assessment_id, "assessment", assessment_id, "status", "final", "draft")
            self._log(assessment_id, "assessment", assessment_id, "reopened", a.fingerprint, reason.strip())

    def create_reaudit(self, baseline_id: int, title: str, *, checklist: Checklist | None = None, **fields: Any) -> int:
        """A new assessment that starts from ``baseline_id``: answers, notes and evidence links carried over,
        each marked "to re-confirm" until touched; its type and scope as the baseline's, its period (unless given)
        the year after the baseline's. With a newer ``checklist``, items carry over through its upgrade
        table (moved ids follow their item); items it no longer has stay behind.
        """
        from exportaudit.core.periods import following_period
        from exportaudit.core.upgrade import item_mapping

        base = self.assessment(baseline_id)
        checklist = checklist or self.checklist(base.checklist_sha256)
        defaults = {"kind": base.kind, "assessor": base.assessor, "target_profile": base.target_profile,
                    "operator_type": base.operator_type, "size": base.size, "assessor_role": base.assessor_role,
                    "independence": base.independence, "lookback_months": base.lookback_months,
                    "facts": base.facts,
                    "modules": " ".join(m for m in base.module_ids if checklist.module(m) is not None)}
        if checklist.profile(defaults["target_profile"]) is None:
            defaults["target_profile"] = None
        following = following_period(base.period_end)  # the type carries over; the period moves on a year
        if following:
            defaults["period_start"], defaults["period_end"] = following
        new_id = self.create_assessment(base.organisation_id, checklist, title, **{**defaults, **fields})
        mapping = item_mapping(self.checklist(base.checklist_sha256), checklist)
        stamp = now()
        with self._write() as db:
            db.execute("UPDATE assessments SET baseline_id = ? WHERE id = ?", [baseline_id, new_id])
            rows = self._all("SELECT * FROM responses WHERE assessment_id = ?", [baseline_id])
            db.conn.executemany(
                "INSERT INTO responses (assessment_id, item_id, level, na, na_reason, note, reconfirm, updated_at, "
                "updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
                [(new_id, mapping[r["item_id"]], r["level"], r["na"], r["na_reason"], r["note"], stamp, self.user)
                 for r in rows if r["item_id"] in mapping])
            evidence = self._all("SELECT * FROM evidence WHERE assessment_id = ?", [baseline_id])
            db.conn.executemany(
                "INSERT INTO evidence (assessment_id, item_id, sha256, file_name, size, note, added_at, added_by, kind, "
                "covered_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(new_id, mapping[e["item_id"]], e["sha256"], e["file_name"], e["size"], e["note"], e["added_at"],
                  e["added_by"], e["kind"], e["covered_date"]) for e in evidence if e["item_id"] in mapping])
            self._copy_engagement(db, baseline_id, new_id, keep_opinion=False)
            self._log(new_id, "assessment", new_id, "baseline", None, f"#{baseline_id} {base.title}")
        return new_id

    def reconfirm(self, assessment_id: int, item_id: str) -> None:
        """Confirm a carried-over answer unchanged: clears its "to re-confirm" mark (logged)."""
        self._writable_assessment(assessment_id)
        with self._write() as db:
            cursor = db.execute("UPDATE responses SET reconfirm = 0, updated_at = ?, updated_by = ? "
                                "WHERE assessment_id = ? AND item_id = ? AND reconfirm = 1",
                                [now(), self.user, assessment_id, item_id])
            if cursor.rowcount:
                self._log(assessment_id, "response", item_id, "reconfirmed", None, True, item_id=item_id)
