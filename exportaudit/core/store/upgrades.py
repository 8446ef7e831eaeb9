"""Applying a checklist upgrade to an assessment in one transaction, logged (see exportaudit.core.upgrade)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exportaudit.core.checklist import Checklist
from exportaudit.core.store.base import now
from exportaudit.core.upgrade import MOVED, UpgradeError, UpgradePlan, plan_upgrade

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store

# Tables whose rows belong to an item of an assessment; an upgrade renames moved item ids in each.
_ITEM_TABLES = ("responses", "evidence", "findings", "document_requests")


class Upgrades:
    """Moving an assessment to a newer checklist: ``store.upgrades``."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def plan(self, assessment_id: int, checklist: Checklist) -> UpgradePlan:
        """What upgrading ``assessment_id`` to ``checklist`` would do; changes nothing."""
        a = self._store.assessments.get(assessment_id)
        old = self._store.checklists.get(a.checklist_sha256)
        answered = {r["item_id"] for r in self._sql.all(
            "SELECT item_id FROM responses WHERE assessment_id = ? AND (level IS NOT NULL OR na = 1 OR note != '') "
            "UNION SELECT item_id FROM evidence WHERE assessment_id = ? "
            "UNION SELECT item_id FROM findings WHERE assessment_id = ? AND item_id IS NOT NULL",
            [assessment_id, assessment_id, assessment_id])}
        return plan_upgrade(old, checklist, assessment_id, answered=answered, is_final=a.is_final,
                            operator_type=a.operator_type, modules=a.module_ids)

    def apply(self, plan: UpgradePlan) -> None:
        """Apply ``plan``: pin the new checklist, move item ids, log it. All or nothing."""
        a = self._store.assessments.get(plan.assessment_id)
        if a.is_final:
            raise UpgradeError(code="upgrade_final", id=a.id)
        if a.checklist_sha256 != plan.old.sha256:
            raise UpgradeError(code="upgrade_stale", id=a.id)
        self._store.checklists.keep(plan.new)
        stamp = now()
        with self._sql.write() as db:
            moved = [m for m in plan.moves if m.kind == MOVED]
            # two passes through temporary ids, so a chain of renames (A→B, B→C) never collides on a key
            for source, target in ((lambda m: m.old_id, lambda m: f"~moving~{m.new_id}"),
                                   (lambda m: f"~moving~{m.new_id}", lambda m: m.new_id)):
                for table in _ITEM_TABLES:
                    for m in moved:
                        db.execute(f"UPDATE {table} SET item_id = ? WHERE assessment_id = ? AND item_id = ?",
                                   [target(m), a.id, source(m)])
            for m in moved:
                db.execute("UPDATE findings SET element_id = ? WHERE assessment_id = ? AND item_id = ?",
                           [plan.new.item(m.new_id).element, a.id, m.new_id])
                self._sql.log(a.id, "response", m.new_id, "item_moved", m.old_id, m.new_id, item_id=m.new_id)
            db.execute("UPDATE assessments SET checklist_sha256 = ?, updated_at = ? WHERE id = ?",
                       [plan.new.sha256, stamp, a.id])
            if a.target_profile and plan.new.profile(a.target_profile) is None:
                db.execute("UPDATE assessments SET target_profile = NULL WHERE id = ?", [a.id])
                self._sql.log(a.id, "assessment", a.id, "target_profile", a.target_profile, None)
            self._sql.log(a.id, "assessment", a.id, "checklist", f"{plan.old.id} {plan.old.version}",
                      f"{plan.new.id} {plan.new.version}")
