"""The organisations (client firms) in the store, for the assessment browser."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from exportaudit.core.store.records import Organisation
from exportaudit.core.vocab import OPERATOR_TYPES, SIZES

COL_NAME, COL_OPERATOR_TYPE, COL_SIZE = range(3)
COLUMN_COUNT = 3
_HEADERS = {COL_NAME: QT_TRANSLATE_NOOP("OrganisationTableModel", "Organisation"), COL_OPERATOR_TYPE: QT_TRANSLATE_NOOP("OrganisationTableModel", "Operator type"), COL_SIZE: QT_TRANSLATE_NOOP("OrganisationTableModel", "Size")}
OrganisationRole = Qt.ItemDataRole.UserRole + 1  # the Organisation record


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationTableModel", text)


class OrganisationTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Organisation] = []
        self._language = "en"

    def set_rows(self, rows: list[Organisation]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def organisation(self, row: int) -> Organisation:
        return self._rows[row]

    def row_of(self, organisation_id: int) -> int:
        for row, org in enumerate(self._rows):
            if org.id == organisation_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section in _HEADERS:
            return _tr(_HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        org = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_NAME:
                return org.name
            vocab, key = (OPERATOR_TYPES, org.operator_type) if index.column() == COL_OPERATOR_TYPE \
                else (SIZES, org.size)
            return vocab[key].get(self._language) if key in vocab else "—"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_NAME:
            return "\n".join(x for x in (org.name, org.uscc, org.sector) if x)
        if role == OrganisationRole:
            return org
        return None
