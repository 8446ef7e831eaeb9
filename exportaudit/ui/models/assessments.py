"""One organisation's assessments, newest change first, for the assessment browser."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from exportaudit.core.store.records import Assessment
from exportaudit.core.vocab import ASSESSMENT_KINDS, ASSESSMENT_STATUSES

COL_TITLE, COL_KIND, COL_PERIOD, COL_STATUS, COL_UPDATED = range(5)
COLUMN_COUNT = 5
_HEADERS = {COL_TITLE: QT_TRANSLATE_NOOP("AssessmentTableModel", "Assessment"), COL_KIND: QT_TRANSLATE_NOOP("AssessmentTableModel", "Type"), COL_PERIOD: QT_TRANSLATE_NOOP("AssessmentTableModel", "Period"), COL_STATUS: QT_TRANSLATE_NOOP("AssessmentTableModel", "Status"),
            COL_UPDATED: QT_TRANSLATE_NOOP("AssessmentTableModel", "Last change")}
AssessmentRole = Qt.ItemDataRole.UserRole + 1  # the Assessment record


def _tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentTableModel", text)


def period_text(assessment: Assessment) -> str:
    if assessment.period_start or assessment.period_end:
        return f"{assessment.period_start or '…'} – {assessment.period_end or '…'}"
    return "—"


class AssessmentTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Assessment] = []
        self._language = "en"

    def set_rows(self, rows: list[Assessment]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def assessment(self, row: int) -> Assessment:
        return self._rows[row]

    def row_of(self, assessment_id: int) -> int:
        for row, assessment in enumerate(self._rows):
            if assessment.id == assessment_id:
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
        a = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return a.title
            if column == COL_KIND:
                return ASSESSMENT_KINDS[a.kind].get(self._language) if a.kind in ASSESSMENT_KINDS else a.kind
            if column == COL_PERIOD:
                return period_text(a)
            if column == COL_STATUS:
                return ASSESSMENT_STATUSES[a.status].get(self._language) if a.status in ASSESSMENT_STATUSES \
                    else a.status
            if column == COL_UPDATED:
                return a.updated_at[:16].replace("T", " ")
        if role == AssessmentRole:
            return a
        return None
