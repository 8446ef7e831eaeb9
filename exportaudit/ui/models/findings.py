"""Findings of the current item or element, most severe first, for the workspace's findings panel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from exportaudit.core.checklist import Checklist
from exportaudit.core.records import Finding
from exportaudit.core.vocab import FINDING_GRADES
from exportaudit.ui.colours import grade_colour
from exportaudit.ui.models._table import RecordTableModel, SortRole

COL_GRADE, COL_SUBJECT, COL_DESCRIPTION, COL_RECOMMENDATION = range(4)


def grade_rank(grade: str | None) -> int:
    """0 for a major nonconformity, rising to good practice; unknown grades last."""
    return list(FINDING_GRADES).index(grade) if grade in FINDING_GRADES else len(FINDING_GRADES)


def grade_text(grade: str | None, language: str) -> str:
    return FINDING_GRADES[grade].get(language) if grade in FINDING_GRADES else (grade or "—")


def subject_text(checklist: Checklist | None, item_id: str | None, element_id: str | None, language: str) -> str:
    """What a finding, action or request is about: "S1 · Screening procedures", or the element alone."""
    if checklist is None:
        return item_id or element_id or "—"
    names = {e.id: e.name.get(language) for e in checklist.elements}
    element = names.get(element_id, element_id or "")
    return f"{item_id} · {element}" if item_id else element


class FindingTableModel(RecordTableModel):
    CONTEXT = "FindingTableModel"
    HEADERS = {COL_GRADE: QT_TRANSLATE_NOOP("FindingTableModel", "Grade"),
               COL_SUBJECT: QT_TRANSLATE_NOOP("FindingTableModel", "On"),
               COL_DESCRIPTION: QT_TRANSLATE_NOOP("FindingTableModel", "Finding"),
               COL_RECOMMENDATION: QT_TRANSLATE_NOOP("FindingTableModel", "Recommendation")}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._checklist: Checklist | None = None
        self._action_counts: dict[int, int] = {}

    def set_findings(self, checklist: Checklist | None, findings: list[Finding],
                     action_counts: dict[int, int] | None = None) -> None:
        self._checklist = checklist
        self._action_counts = dict(action_counts or {})
        self.set_rows(sorted(findings, key=lambda f: (grade_rank(f.grade), f.id)))

    def row_of(self, finding_id: int) -> int:
        return next((row for row, f in enumerate(self._rows) if f.id == finding_id), -1)

    def cell(self, f: Finding, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_GRADE:
                return grade_text(f.grade, self._language)
            if column == COL_SUBJECT:
                return subject_text(self._checklist, f.item_id, f.element_id, self._language)
            if column == COL_DESCRIPTION:
                return f.description.replace("\n", " ")
            if column == COL_RECOMMENDATION:
                return f.recommendation.replace("\n", " ")
        elif role == SortRole:
            return (grade_rank(f.grade), f.item_id or "", f.description.casefold(),
                    f.recommendation.casefold())[column]
        elif role == Qt.ItemDataRole.DecorationRole and column == COL_GRADE:
            return grade_colour(f.grade)
        elif role == Qt.ItemDataRole.ToolTipRole:
            lines = [grade_text(f.grade, self._language), f.description]
            if f.recommendation:
                lines.append(QCoreApplication.translate("FindingTableModel", "Recommendation: {text}").format(
                    text=f.recommendation))
            lines.append(QCoreApplication.translate(
                "FindingTableModel", "Raised {when} by {who}; {count} corrective action(s)").format(
                when=f.created_at[:16].replace("T", " "), who=f.created_by or "—",
                count=self._action_counts.get(f.id, 0)))
            return "\n".join(lines)
        return None
