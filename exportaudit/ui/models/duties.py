"""The statutory duties register as a table: item, status, element, references, reasons, penalty articles."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from exportaudit.core import legal
from exportaudit.core.duties import Duty
from exportaudit.core.reasons import DUTY_STATUSES
from exportaudit.ui.colours import DUTY_TEXT_COLOURS
from exportaudit.ui.models._table import RecordTableModel, SortRole

COL_ITEM, COL_STATUS, COL_ELEMENT, COL_REFERENCES, COL_REASONS, COL_PENALTY = range(6)
_STATUS_ORDER = {"not_met": 0, "not_assessed": 1, "met": 2}


class DutiesTableModel(RecordTableModel):
    CONTEXT = "DutiesTableModel"
    HEADERS = {COL_ITEM: QT_TRANSLATE_NOOP("DutiesTableModel", "Item"),
               COL_STATUS: QT_TRANSLATE_NOOP("DutiesTableModel", "Status"),
               COL_ELEMENT: QT_TRANSLATE_NOOP("DutiesTableModel", "Element"),
               COL_REFERENCES: QT_TRANSLATE_NOOP("DutiesTableModel", "Legal basis"),
               COL_REASONS: QT_TRANSLATE_NOOP("DutiesTableModel", "Why"),
               COL_PENALTY: QT_TRANSLATE_NOOP("DutiesTableModel", "Penalty")}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._element_names: dict[str, object] = {}

    def set_duties(self, duties: list[Duty], element_names: dict) -> None:
        self._element_names = element_names
        self.set_rows(duties)

    def _text(self, duty: Duty, column: int) -> str:
        lang = self._language
        if column == COL_ITEM:
            return duty.item_id
        if column == COL_STATUS:
            return DUTY_STATUSES[duty.status].get(lang)
        if column == COL_ELEMENT:
            name = self._element_names.get(duty.element_id)
            return name.get(lang) if name is not None else duty.element_id
        if column == COL_REFERENCES:
            return legal.render_all(duty.references, lang)
        if column == COL_REASONS:
            return "; ".join(r.text.get(lang) for r in duty.reasons)
        return legal.render_all(duty.penalties, lang)

    def cell(self, duty: Duty, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(duty, column)
            if role == Qt.ItemDataRole.ToolTipRole and column == COL_ITEM:
                return duty.question.get(self._language)
            return text
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return DUTY_TEXT_COLOURS[duty.status]
        if role == SortRole:
            return _STATUS_ORDER[duty.status] if column == COL_STATUS else self._text(duty, column)
        return None
