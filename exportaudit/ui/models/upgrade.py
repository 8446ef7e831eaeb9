"""The item mapping of a checklist upgrade, one row per item: what happens to it, old and new id, its answer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from exportaudit.core.upgrade import DROPPED, KEPT, MOVED, NEW, ItemMove, UpgradePlan
from exportaudit.ui.models._table import RecordTableModel, SortRole

COL_CHANGE, COL_OLD, COL_NEW, COL_ANSWER, COL_NOTE = range(5)

KINDS = {KEPT: QT_TRANSLATE_NOOP("UpgradeMappingModel", "Kept"),
         MOVED: QT_TRANSLATE_NOOP("UpgradeMappingModel", "Moved"),
         DROPPED: QT_TRANSLATE_NOOP("UpgradeMappingModel", "Dropped (kept in the history)"),
         NEW: QT_TRANSLATE_NOOP("UpgradeMappingModel", "New, unanswered")}
_ORDER = {MOVED: 0, DROPPED: 1, NEW: 2, KEPT: 3}  # what needs a look first


class UpgradeMappingModel(RecordTableModel):
    CONTEXT = "UpgradeMappingModel"
    HEADERS = {COL_CHANGE: QT_TRANSLATE_NOOP("UpgradeMappingModel", "Change"),
               COL_OLD: QT_TRANSLATE_NOOP("UpgradeMappingModel", "Item now"),
               COL_NEW: QT_TRANSLATE_NOOP("UpgradeMappingModel", "Item after"),
               COL_ANSWER: QT_TRANSLATE_NOOP("UpgradeMappingModel", "Answer"),
               COL_NOTE: QT_TRANSLATE_NOOP("UpgradeMappingModel", "Why / what changed")}

    def set_plan(self, plan: UpgradePlan) -> None:
        self._plan = plan
        self.set_rows(sorted(plan.moves, key=lambda m: _ORDER[m.kind]))

    def cell(self, m: ItemMove, column: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole):
            return None
        if column == COL_CHANGE:
            return _ORDER[m.kind] if role == SortRole else self._tr(KINDS[m.kind])
        if column in (COL_OLD, COL_NEW):
            item_id = m.old_id if column == COL_OLD else m.new_id
            if role == Qt.ItemDataRole.ToolTipRole and item_id:
                checklist = self._plan.old if column == COL_OLD else self._plan.new
                return checklist.item(item_id).question.get(self._language) if checklist.has_item(item_id) else None
            return item_id or "—"
        if column == COL_ANSWER:
            if m.old_id is None:
                return "—"
            return self._tr(QT_TRANSLATE_NOOP("UpgradeMappingModel", "Carried over") if m.answered and m.new_id
                            else QT_TRANSLATE_NOOP("UpgradeMappingModel", "Kept in the history") if m.answered
                            else QT_TRANSLATE_NOOP("UpgradeMappingModel", "None"))
        text = m.reason.get(self._language) if m.reason else ""
        return text.replace("\n", " ") if role == Qt.ItemDataRole.DisplayRole else text
