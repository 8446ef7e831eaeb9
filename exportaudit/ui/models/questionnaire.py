"""What importing a questionnaire would change (item, field, before, after), the conflicts the user decides
(at export, in ExportAudit now, in the workbook) and the rows it could not take."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from exportaudit.core.checklist import Checklist
from exportaudit.core.row_problems import RowProblem
from exportaudit.exchange.questionnaire_import import Change, Conflict, NotApplicable
from exportaudit.ui.models._table import RecordTableModel, SortRole

COL_ITEM, COL_FIELD, COL_OLD, COL_NEW = range(4)
COL_ROW, COL_PROBLEM_ITEM, COL_REASON = range(3)
COL_C_ITEM, COL_C_FIELD, COL_C_EXPORT, COL_C_STORE, COL_C_WORKBOOK, COL_C_TAKE = range(6)

FIELDS = {"level": QT_TRANSLATE_NOOP("ChangePreviewModel", "Rating"),
          "na": QT_TRANSLATE_NOOP("ChangePreviewModel", "Not applicable"),
          "na_reason": QT_TRANSLATE_NOOP("ChangePreviewModel", "N/A justification"),
          "note": QT_TRANSLATE_NOOP("ChangePreviewModel", "Notes")}


class ChangePreviewModel(RecordTableModel):
    CONTEXT = "ChangePreviewModel"
    HEADERS = {COL_ITEM: QT_TRANSLATE_NOOP("ChangePreviewModel", "Item"),
               COL_FIELD: QT_TRANSLATE_NOOP("ChangePreviewModel", "Field"),
               COL_OLD: QT_TRANSLATE_NOOP("ChangePreviewModel", "Now"),
               COL_NEW: QT_TRANSLATE_NOOP("ChangePreviewModel", "After the import")}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._checklist: Checklist | None = None

    def set_changes(self, checklist: Checklist, changes: list[Change]) -> None:
        self._checklist = checklist
        self.set_rows(changes)

    def value_text(self, change: Change, value: object) -> str:
        """A value as the user knows it: "3 · Defined", "Yes"/"No" for N/A, "—" for nothing."""
        if value is None or value == "":
            return "—"
        if change.field == "level" and self._checklist is not None:
            return f"{value} · {self._checklist.level(int(value)).label.get(self._language)}"
        if change.field == "na":
            if value:
                return QCoreApplication.translate("ChangePreviewModel", "Yes")
            return QCoreApplication.translate("ChangePreviewModel", "No")
        return str(value)

    def cell(self, c: Change, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole):
            if column == COL_ITEM:
                if role == Qt.ItemDataRole.ToolTipRole and self._checklist and self._checklist.has_item(c.item_id):
                    return self._checklist.item(c.item_id).question.get(self._language)
                return c.item_id
            if column == COL_FIELD:
                return self._tr(FIELDS[c.field]) if c.field in FIELDS else c.field
            text = self.value_text(c, c.old if column == COL_OLD else c.new)
            return text.replace("\n", " ") if role == Qt.ItemDataRole.DisplayRole else text
        return None


# The importer's reasons, by code, so they read in the interface language ({value}, {level} are filled in).
REASONS = {
    "out_of_range": QT_TRANSLATE_NOOP("ProblemModel", "Rating {value} is out of range; expected 0 to 5."),
    "not_whole": QT_TRANSLATE_NOOP("ProblemModel", "Rating {value} is not a whole number; expected 0 to 5."),
    "not_a_rating": QT_TRANSLATE_NOOP("ProblemModel", "“{value}” is not a rating; expected 0 to 5 or N/A."),
    "rating_and_na": QT_TRANSLATE_NOOP("ProblemModel", "Both a rating ({level}) and N/A are given; choose one."),
    "na_column": QT_TRANSLATE_NOOP("ProblemModel", "“{value}” in the N/A column is not N/A; leave it blank or choose N/A."),
    "na_needs_reason": QT_TRANSLATE_NOOP("ProblemModel", "N/A needs a justification in the justification column."),
    "unknown_item": QT_TRANSLATE_NOOP("ProblemModel", "There is no such item in this assessment."),
    "duplicate_item": QT_TRANSLATE_NOOP("ProblemModel", "The item appears twice; this row was skipped."),
    "no_item_number": QT_TRANSLATE_NOOP("ProblemModel", "Answers were given in a row without an item number."),
    "formula_without_value": QT_TRANSLATE_NOOP("ProblemModel", "The cell in column “{header}” holds a formula that "
                                                               "was never calculated; open the file in Excel and save "
                                                               "it, or type the value."),
}
NOTICES = {
    "extra_column": QT_TRANSLATE_NOOP("ProblemModel", "Extra column “{header}” (column {column}) was ignored."),
    "missing_row": QT_TRANSLATE_NOOP("ProblemModel", "The row of item {item} is missing; its answer is left unchanged."),
    "no_base": QT_TRANSLATE_NOOP("ProblemModel", "This questionnaire was exported by an older version and does not "
                                                 "record the answers at export: every answer that differs from "
                                                 "ExportAudit is a conflict for you to decide."),
    "base_changed": QT_TRANSLATE_NOOP("ProblemModel", "The questionnaire's hidden record of the answers at export was "
                                                      "edited: every answer that differs from ExportAudit is a "
                                                      "conflict for you to decide."),
}


def _translated(table: dict, code: str, values: dict, fallback: str) -> str:
    template = table.get(code)
    if template is None:
        return fallback
    return QCoreApplication.translate("ProblemModel", template).format(**values)


def reason_text(problem: RowProblem) -> str:
    """Why a row was not imported, in the interface language."""
    return _translated(REASONS, problem.code, problem.values, problem.message)


def notice_text(notice) -> str:
    """A notice of the import (extra column, deleted row), in the interface language."""
    return _translated(NOTICES, notice.code, notice.values, str(notice))


class ProblemModel(RecordTableModel):
    CONTEXT = "ProblemModel"
    HEADERS = {COL_ROW: QT_TRANSLATE_NOOP("ProblemModel", "Row"),
               COL_PROBLEM_ITEM: QT_TRANSLATE_NOOP("ProblemModel", "Item"),
               COL_REASON: QT_TRANSLATE_NOOP("ProblemModel", "Why it was not imported")}

    def cell(self, p: RowProblem, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole):
            return (p.row if role == SortRole else str(p.row), p.key or "—", reason_text(p))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


NA_TEXT = QT_TRANSLATE_NOOP("ConflictModel", "N/A")
NOT_RECORDED = QT_TRANSLATE_NOOP("ConflictModel", "not recorded")


class ConflictModel(RecordTableModel):
    """Answers changed in ExportAudit since the export and, differently, in the workbook: the three values side by
    side, and a box per conflict to take the workbook's value (unticked: ExportAudit's value stays)."""

    CONTEXT = "ConflictModel"
    HEADERS = {COL_C_ITEM: QT_TRANSLATE_NOOP("ConflictModel", "Item"),
               COL_C_FIELD: QT_TRANSLATE_NOOP("ConflictModel", "Field"),
               COL_C_EXPORT: QT_TRANSLATE_NOOP("ConflictModel", "At export"),
               COL_C_STORE: QT_TRANSLATE_NOOP("ConflictModel", "In ExportAudit now"),
               COL_C_WORKBOOK: QT_TRANSLATE_NOOP("ConflictModel", "In the workbook"),
               COL_C_TAKE: QT_TRANSLATE_NOOP("ConflictModel", "Use the workbook's")}
    FIELDS = {"rating": QT_TRANSLATE_NOOP("ConflictModel", "Rating"),
              "note": QT_TRANSLATE_NOOP("ConflictModel", "Notes")}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._checklist: Checklist | None = None
        self._knows_export = True
        self._taken: set[int] = set()

    def set_conflicts(self, checklist: Checklist, conflicts: list[Conflict], *, knows_export: bool) -> None:
        self._checklist, self._knows_export, self._taken = checklist, knows_export, set()
        self.set_rows(conflicts)

    def taken(self) -> list[Conflict]:
        """The conflicts whose workbook value the user chose, in preview order."""
        return [c for n, c in enumerate(self._rows) if n in self._taken]

    def value_text(self, conflict: Conflict, value: object) -> str:
        if isinstance(value, NotApplicable):
            na = self._tr(NA_TEXT)
            return f"{na}: {value.reason}" if value.reason else na
        if value is None or value == "":
            return "—"
        if conflict.field == "rating" and self._checklist is not None:
            return f"{value} · {self._checklist.level(int(value)).label.get(self._language)}"
        return str(value)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == COL_C_TAKE and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if index.row() in self._taken else Qt.CheckState.Unchecked
        return super().data(index, role)

    def cell(self, c: Conflict, column: int, role: int):
        if column == COL_C_TAKE or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole):
            return None
        if column == COL_C_ITEM:
            return c.item_id
        if column == COL_C_FIELD:
            return self._tr(self.FIELDS[c.field]) if c.field in self.FIELDS else c.field
        if column == COL_C_EXPORT and not self._knows_export:
            return self._tr(NOT_RECORDED)
        value = {COL_C_EXPORT: c.at_export, COL_C_STORE: c.in_store, COL_C_WORKBOOK: c.in_workbook}[column]
        text = self.value_text(c, value)
        return text.replace("\n", " ") if role == Qt.ItemDataRole.DisplayRole else text

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_C_TAKE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_C_TAKE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        (self._taken.add if checked else self._taken.discard)(index.row())
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all_taken(self, taken: bool) -> None:
        self._taken = set(range(len(self._rows))) if taken else set()
        self.refresh_rows()
