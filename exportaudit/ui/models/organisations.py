"""The organisations (client firms) in the store, for the assessment browser."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from exportaudit.core.records import Organisation
from exportaudit.core.vocab import OPERATOR_TYPES, SIZES
from exportaudit.ui.models._table import RecordRole, RecordTableModel

COL_NAME, COL_OPERATOR_TYPE, COL_SIZE = range(3)
_HEADERS = {COL_NAME: QT_TRANSLATE_NOOP("OrganisationTableModel", "Organisation"),
            COL_OPERATOR_TYPE: QT_TRANSLATE_NOOP("OrganisationTableModel", "Operator type"),
            COL_SIZE: QT_TRANSLATE_NOOP("OrganisationTableModel", "Size")}
OrganisationRole = RecordRole  # the Organisation record


class OrganisationTableModel(RecordTableModel):
    CONTEXT = "OrganisationTableModel"
    HEADERS = _HEADERS

    def organisation(self, row: int) -> Organisation:
        return self.record(row)

    def row_of(self, organisation_id: int) -> int:
        return next((row for row, org in enumerate(self._rows) if org.id == organisation_id), -1)

    def cell(self, org: Organisation, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return org.in_language("name", self._language)
            vocab, key = (OPERATOR_TYPES, org.operator_type) if column == COL_OPERATOR_TYPE else (SIZES, org.size)
            return vocab[key].get(self._language) if key in vocab else "—"
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            return "\n".join(x for x in (org.name, org.uscc, org.sector) if x)  # both forms of each name
        return None
