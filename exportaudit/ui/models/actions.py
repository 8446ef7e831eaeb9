"""The action plan: every corrective action of an assessment, sortable by each column and filtered by status,
owner and text; actions past their due date carry a mark and the overdue colour."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from exportaudit.core.checklist import Checklist
from exportaudit.core.records import Action
from exportaudit.core.vocab import ACTION_STATUSES
from exportaudit.ui.colours import OVERDUE_COLOUR, grade_colour
from exportaudit.ui.models._table import RecordFilterProxy, RecordTableModel, SortRole
from exportaudit.ui.models.findings import grade_rank, grade_text, subject_text

COL_SUBJECT, COL_GRADE, COL_DESCRIPTION, COL_OWNER, COL_DUE, COL_STATUS, COL_CLOSING = range(7)
OverdueRole = SortRole + 100  # True for an open action past its due date

ALL, OPEN, OVERDUE = "", "open-any", "overdue"  # status filters besides the statuses themselves


def status_text(status: str, language: str) -> str:
    return ACTION_STATUSES[status].get(language) if status in ACTION_STATUSES else status


class ActionTableModel(RecordTableModel):
    CONTEXT = "ActionTableModel"
    HEADERS = {COL_SUBJECT: QT_TRANSLATE_NOOP("ActionTableModel", "On"),
               COL_GRADE: QT_TRANSLATE_NOOP("ActionTableModel", "Finding"),
               COL_DESCRIPTION: QT_TRANSLATE_NOOP("ActionTableModel", "Corrective action"),
               COL_OWNER: QT_TRANSLATE_NOOP("ActionTableModel", "Owner"),
               COL_DUE: QT_TRANSLATE_NOOP("ActionTableModel", "Due"),
               COL_STATUS: QT_TRANSLATE_NOOP("ActionTableModel", "Status"),
               COL_CLOSING: QT_TRANSLATE_NOOP("ActionTableModel", "Closing note")}
    TIPS = {COL_GRADE: QT_TRANSLATE_NOOP("ActionTableModel", "The grade of the finding the action answers"),
            COL_DUE: QT_TRANSLATE_NOOP("ActionTableModel", "Open actions past this date are overdue")}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._checklist: Checklist | None = None
        self._descriptions: dict[int, str] = {}
        self.today = date.today().isoformat()

    def set_actions(self, checklist: Checklist | None, actions: list[Action], *, today: str | None = None,
                    findings: dict[int, str] | None = None) -> None:
        """``findings`` maps finding ids to their descriptions, shown in the tooltips."""
        self._checklist = checklist
        self._descriptions = dict(findings or {})
        self.today = today or date.today().isoformat()
        self.set_rows(actions)

    def row_of(self, action_id: int) -> int:
        return next((row for row, a in enumerate(self._rows) if a.id == action_id), -1)

    def owners(self) -> list[str]:
        return sorted({a.owner for a in self._rows if a.owner}, key=str.casefold)

    def overdue_count(self) -> int:
        return sum(1 for a in self._rows if a.is_overdue(self.today))

    def cell(self, a: Action, column: int, role: int):
        overdue = a.is_overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(a, column)
        if role == SortRole:
            return (subject_text(self._checklist, a.item_id, a.element_id, "en"), grade_rank(a.finding_grade),
                    a.description.casefold(), a.owner.casefold(), a.due_date or "9999-99-99",
                    list(ACTION_STATUSES).index(a.status) if a.status in ACTION_STATUSES else 99,
                    a.closing_note.casefold())[column]
        if role == OverdueRole:
            return overdue
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COL_DUE and overdue:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if column == COL_GRADE:
                return grade_colour(a.finding_grade)
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column in (COL_DUE, COL_STATUS):
            return QColor(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and overdue and column == COL_DUE:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(a, overdue)
        return None

    def _text(self, a: Action, column: int) -> str:
        if column == COL_SUBJECT:
            return subject_text(self._checklist, a.item_id, a.element_id, self._language)
        if column == COL_GRADE:
            return grade_text(a.finding_grade, self._language)
        if column == COL_DESCRIPTION:
            return a.description.replace("\n", " ")
        if column == COL_OWNER:
            return a.owner
        if column == COL_DUE:
            return a.due_date or "—"
        if column == COL_STATUS:
            return status_text(a.status, self._language)
        return a.closing_note.replace("\n", " ")

    def _tooltip(self, a: Action, overdue: bool) -> str:
        lines = [a.description]
        finding = self._descriptions.get(a.finding_id)
        if finding:
            lines.append(QCoreApplication.translate("ActionTableModel", "Finding ({grade}): {text}").format(
                grade=grade_text(a.finding_grade, self._language), text=finding))
        if overdue:
            lines.append(QCoreApplication.translate("ActionTableModel", "Overdue: due {date}").format(date=a.due_date))
        if a.closing_note:
            lines.append(QCoreApplication.translate("ActionTableModel", "Closing note: {text}").format(text=a.closing_note))
        return "\n".join(lines)


class ActionFilterProxy(RecordFilterProxy):
    """Filters the action plan by status (or open / overdue), by owner and by text in any column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._status, self._owner = ALL, ""

    def set_status(self, status: str) -> None:
        self.refilter(lambda: setattr(self, "_status", status))

    def set_owner(self, owner: str) -> None:
        self.refilter(lambda: setattr(self, "_owner", owner))

    def accepts(self, action: Action) -> bool:
        today = self.sourceModel().today
        if self._status == OPEN and not action.is_open:
            return False
        if self._status == OVERDUE and not action.is_overdue(today):
            return False
        if self._status not in (ALL, OPEN, OVERDUE) and action.status != self._status:
            return False
        return not self._owner or action.owner == self._owner
