"""One organisation's assessments, newest change first, for the assessment browser."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from exportaudit.core.records import Assessment
from exportaudit.core.vocab import ASSESSMENT_KINDS, ASSESSMENT_STATUSES
from exportaudit.ui.models._table import RecordRole, RecordTableModel

COL_TITLE, COL_KIND, COL_PERIOD, COL_STATUS, COL_UPDATED = range(5)
_HEADERS = {COL_TITLE: QT_TRANSLATE_NOOP("AssessmentTableModel", "Assessment"),
            COL_KIND: QT_TRANSLATE_NOOP("AssessmentTableModel", "Type"),
            COL_PERIOD: QT_TRANSLATE_NOOP("AssessmentTableModel", "Period"),
            COL_STATUS: QT_TRANSLATE_NOOP("AssessmentTableModel", "Status"),
            COL_UPDATED: QT_TRANSLATE_NOOP("AssessmentTableModel", "Last change")}
AssessmentRole = RecordRole  # the Assessment record


def period_text(assessment: Assessment) -> str:
    if assessment.period_start or assessment.period_end:
        return f"{assessment.period_start or '…'} – {assessment.period_end or '…'}"
    return "—"


class AssessmentTableModel(RecordTableModel):
    CONTEXT = "AssessmentTableModel"
    HEADERS = _HEADERS

    def assessment(self, row: int) -> Assessment:
        return self.record(row)

    def row_of(self, assessment_id: int) -> int:
        return next((row for row, a in enumerate(self._rows) if a.id == assessment_id), -1)

    def cell(self, a: Assessment, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_TITLE:
            return a.in_language("title", self._language)
        if column == COL_KIND:
            return ASSESSMENT_KINDS[a.kind].get(self._language) if a.kind in ASSESSMENT_KINDS else a.kind
        if column == COL_PERIOD:
            return period_text(a)
        if column == COL_STATUS:
            return ASSESSMENT_STATUSES[a.status].get(self._language) if a.status in ASSESSMENT_STATUSES else a.status
        if column == COL_UPDATED:
            return a.updated_at[:16].replace("T", " ")
        return None
