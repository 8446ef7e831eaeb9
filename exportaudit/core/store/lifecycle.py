"""An assessment's life: finalise (read-only, fingerprint recorded), reopen (logged), re-audit from a baseline.

The fingerprint is computed above the store (``core.fingerprint.finalise``) and handed down, so the store never
calls the services that read it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from exportaudit.core.checklist import Checklist
from exportaudit.core.periods import following_period
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.upgrade import item_mapping

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store


class Lifecycle:
    """Finalising, reopening and re-auditing assessments: ``store.lifecycle``."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def finalise(self, assessment_id: int, value: str, form: int) -> None:
        """Lock the assessment and record ``value``, its content fingerprint in canonical ``form``. Call it inside
        the transaction the fingerprint was computed in (``core.fingerprint.finalise`` does), so what is locked is
        what was hashed."""
        a = self._store.assessments.writable(assessment_id)
        stamp = now()
        with self._sql.write() as db:
            db.execute("UPDATE assessments SET status = 'final', fingerprint = ?, fingerprint_form = ?, "
                       "finalised_at = ?, updated_at = ? WHERE id = ?",
                       [value, form, stamp, stamp, assessment_id])
            self._sql.log(assessment_id, "assessment", assessment_id, "status", a.status, "final")
            self._sql.log(assessment_id, "assessment", assessment_id, "fingerprint", a.fingerprint, value)

    def reopen(self, assessment_id: int, reason: str) -> None:
        """Make a finalised assessment editable again; the reason and the old fingerprint stay in the history."""
        a = self._store.assessments.get(assessment_id)
        if not a.is_final:
            raise StoreError(f"Assessment '{a.title}' is not finalised.")
        if not reason.strip():
            raise StoreError("Reopening a finalised assessment needs a reason.")
        stamp = now()
        with self._sql.write() as db:
            db.execute("UPDATE assessments SET status = 'draft', fingerprint = NULL, fingerprint_form = NULL, "
                       "finalised_at = NULL, updated_at = ? WHERE id = ?", [stamp, assessment_id])
            self._sql.log(assessment_id, "assessment", assessment_id, "status", "final", "draft")
            self._sql.log(assessment_id, "assessment", assessment_id, "reopened", a.fingerprint, reason.strip())

    def reaudit(self, baseline_id: int, title: str = "", *, checklist: Checklist | None = None,
                **fields: Any) -> int:
        """A new assessment that starts from ``baseline_id``: answers, notes and evidence links carried over,
        each marked "to re-confirm" until touched; its type and scope as the baseline's, its period (unless given)
        the year after the baseline's. With a newer ``checklist``, items carry over through its upgrade
        table (moved ids follow their item); items it no longer has stay behind.
        """
        base = self._store.assessments.get(baseline_id)
        checklist = checklist or self._store.checklists.get(base.checklist_sha256)
        defaults = {"kind": base.kind, "assessor": base.assessor, "target_profile": base.target_profile,
                    "operator_type": base.operator_type, "size": base.size, "assessor_role": base.assessor_role,
                    "independence": base.independence, "lookback_months": base.lookback_months,
                    "facts": base.facts,
                    "modules": " ".join(m for m in base.module_ids if checklist.module(m) is not None)}
        for name in ("assessor", "assessor_role"):  # their two forms, unless the caller names someone else
            if not {name, f"{name}_zh", f"{name}_en"} & set(fields):
                defaults.update({f"{name}_zh": getattr(base, f"{name}_zh"), f"{name}_en": getattr(base, f"{name}_en")})
        if checklist.profile(defaults["target_profile"]) is None:
            defaults["target_profile"] = None
        following = following_period(base.period_end)  # the type carries over; the period moves on a year
        if following:
            defaults["period_start"], defaults["period_end"] = following
        new_id = self._store.assessments.create(base.organisation_id, checklist, title, **{**defaults, **fields})
        mapping = item_mapping(self._store.checklists.get(base.checklist_sha256), checklist)
        stamp = now()
        with self._sql.write() as db:
            db.execute("UPDATE assessments SET baseline_id = ? WHERE id = ?", [baseline_id, new_id])
            rows = self._sql.all("SELECT * FROM responses WHERE assessment_id = ?", [baseline_id])
            db.conn.executemany(
                "INSERT INTO responses (assessment_id, item_id, level, na, na_reason, note, reconfirm, updated_at, "
                "updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
                [(new_id, mapping[r["item_id"]], r["level"], r["na"], r["na_reason"], r["note"], stamp, self._sql.user)
                 for r in rows if r["item_id"] in mapping])
            evidence = self._sql.all("SELECT * FROM evidence WHERE assessment_id = ?", [baseline_id])
            db.conn.executemany(
                "INSERT INTO evidence (assessment_id, item_id, sha256, file_name, size, note, added_at, added_by, kind, "
                "covered_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(new_id, mapping[e["item_id"]], e["sha256"], e["file_name"], e["size"], e["note"], e["added_at"],
                  e["added_by"], e["kind"], e["covered_date"]) for e in evidence if e["item_id"] in mapping])
            self._store.engagements.copy(baseline_id, new_id, keep_opinion=False)
            self._sql.log(new_id, "assessment", new_id, "baseline", None, f"#{baseline_id} {base.title}")
        return new_id
