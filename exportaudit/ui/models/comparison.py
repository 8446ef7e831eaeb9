"""A re-audit against its baseline: element levels then and now, and the items that improved, regressed or
stayed the same."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from exportaudit.core.checklist import Checklist
from exportaudit.core.comparison import ElementChange, ItemChange, difference, direction_mark
from exportaudit.ui import marks
from exportaudit.ui.colours import level_colour
from exportaudit.ui.models._table import RecordTableModel, SortRole

COL_ELEMENT, COL_THEN, COL_NOW, COL_CHANGE, COL_SCORE_CHANGE = range(5)
COL_ITEM, COL_QUESTION, COL_ITEM_THEN, COL_ITEM_NOW = range(4)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _level(value: int | None) -> str:
    return "—" if value is None else str(value)


def change_text(then: float | None, now: float | None) -> str:
    """The change with its direction mark, as the reports print it: ▲ +1, ▼ −0.5, = 0."""
    return direction_mark(difference(then, now))


def _change_colour(then: float | None, now: float | None):
    change = difference(then, now)
    return level_colour(5 if change > 0 else 0) if change else None


class _ChecklistTable(RecordTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._checklist: Checklist | None = None

    def set_changes(self, checklist: Checklist | None, changes) -> None:
        self._checklist = checklist
        self.set_rows(changes)


class ElementChangeModel(_ChecklistTable):
    CONTEXT = "ElementChangeModel"
    HEADERS = {COL_ELEMENT: QT_TRANSLATE_NOOP("ElementChangeModel", "Element"),
               COL_THEN: QT_TRANSLATE_NOOP("ElementChangeModel", "Baseline"),
               COL_NOW: QT_TRANSLATE_NOOP("ElementChangeModel", "Now"),
               COL_CHANGE: QT_TRANSLATE_NOOP("ElementChangeModel", "Change"),
               COL_SCORE_CHANGE: QT_TRANSLATE_NOOP("ElementChangeModel", "Score change")}
    TIPS = {COL_SCORE_CHANGE: QT_TRANSLATE_NOOP("ElementChangeModel", "The element score then and now, to one "
                                                                      "decimal")}

    def cell(self, e: ElementChange, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ELEMENT:
                return self._checklist.element(e.element_id).name.get(self._language) if self._checklist else e.element_id
            return (None, _level(e.level_then), _level(e.level_now), change_text(e.level_then, e.level_now),
                    change_text(e.score_then, e.score_now))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SCORE_CHANGE and e.score_now is not None:
            return f"{_level(e.score_then)} → {e.score_now}"
        if role == SortRole:
            then, now = e.level_then, e.level_now
            return (e.element_id, -1 if then is None else then, -1 if now is None else now,
                    difference(then, now) or 0, difference(e.score_then, e.score_now) or 0)[column]
        if role == Qt.ItemDataRole.DecorationRole and column in (COL_THEN, COL_NOW):
            level = e.level_then if column == COL_THEN else e.level_now
            return marks.level_swatch(level) if level is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_CHANGE:
            return _change_colour(e.level_then, e.level_now)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_SCORE_CHANGE:
            return _change_colour(e.score_then, e.score_now)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_ELEMENT:
            return _RIGHT
        return None


class ItemChangeModel(_ChecklistTable):
    CONTEXT = "ItemChangeModel"
    HEADERS = {COL_ITEM: QT_TRANSLATE_NOOP("ItemChangeModel", "Item"),
               COL_QUESTION: QT_TRANSLATE_NOOP("ItemChangeModel", "Question"),
               COL_ITEM_THEN: QT_TRANSLATE_NOOP("ItemChangeModel", "Baseline"),
               COL_ITEM_NOW: QT_TRANSLATE_NOOP("ItemChangeModel", "Now")}
    TIPS = {COL_ITEM_THEN: QT_TRANSLATE_NOOP("ItemChangeModel", "The level that counts, after the evidence rule"),
            COL_ITEM_NOW: QT_TRANSLATE_NOOP("ItemChangeModel", "The level that counts, after the evidence rule")}

    def cell(self, c: ItemChange, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_QUESTION:
                return self._checklist.item(c.item_id).question.get(self._language) if self._checklist else ""
            return (c.item_id, None, _level(c.then), _level(c.now))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_QUESTION and self._checklist:
            return self._checklist.item(c.item_id).question.get(self._language)
        if role == SortRole:
            return (c.item_id, c.item_id, -1 if c.then is None else c.then, -1 if c.now is None else c.now)[column]
        if role == Qt.ItemDataRole.DecorationRole and column in (COL_ITEM_THEN, COL_ITEM_NOW):
            level = c.then if column == COL_ITEM_THEN else c.now
            return marks.level_swatch(level) if level is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_ITEM_THEN, COL_ITEM_NOW):
            return _RIGHT
        return None
