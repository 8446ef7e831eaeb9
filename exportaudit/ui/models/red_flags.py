"""The red-flag review of one test card: the warning signs grouped as the list groups them, each with its answer
(not present / present / N/A), whether a present sign was resolved, and the tester's note.

Group rows show how many of their signs are answered. A present sign that is not resolved is what keeps the
red-flag check from passing, so it is drawn in the failure colour.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from exportaudit.core import legal
from exportaudit.core.records import RedFlagAnswer
from exportaudit.core.testing.redflags import RedFlag, RedFlagList
from exportaudit.core.testing.results import RED_FLAG_ANSWERS
from exportaudit.ui.marks import FAILED, OPEN, PARTLY, PASSED, result_mark
from exportaudit.ui.models._two_level import PARENT, TwoLevelTreeModel
from exportaudit.ui.models.samples import FAIL_COLOUR, OPEN_COLOUR, PARTLY_COLOUR, PASS_COLOUR

COL_FLAG, COL_ANSWER, COL_RESOLVED, COL_NOTE = range(4)
COLUMN_COUNT = 4
_HEADERS = {COL_FLAG: QT_TRANSLATE_NOOP("RedFlagTreeModel", "Warning sign"),
            COL_ANSWER: QT_TRANSLATE_NOOP("RedFlagTreeModel", "Answer"),
            COL_RESOLVED: QT_TRANSLATE_NOOP("RedFlagTreeModel", "Resolved"),
            COL_NOTE: QT_TRANSLATE_NOOP("RedFlagTreeModel", "Note")}
FlagIdRole = Qt.ItemDataRole.UserRole + 1  # flag id (None on group rows)

# The tree plumbing is TwoLevelTreeModel's: groups are parents, their flags children.



def answer_text(answer: str | None, language: str) -> str:
    return RED_FLAG_ANSWERS[answer].get(language) if answer in RED_FLAG_ANSWERS else ""


class RedFlagTreeModel(TwoLevelTreeModel):
    CONTEXT = "RedFlagTreeModel"
    HEADERS = _HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._flags: RedFlagList | None = None
        self._parents: list = []
        self._children: list[list[RedFlag]] = []
        self._rows: dict[str, tuple[int, int]] = {}
        self._answers: dict[str, RedFlagAnswer] = {}
        self._language = "en"

    # --- filling ------------------------------------------------------------------------------------------

    def set_card(self, flags: RedFlagList | None, answers: dict[str, RedFlagAnswer]) -> None:
        """Show a card's review; the same list again only repaints (selection and expansion stay)."""
        if flags is not None and self._flags is not None and flags.sha256 == self._flags.sha256:
            self._answers = dict(answers)
            self._repaint_all()
            return
        self.beginResetModel()
        self._flags, self._answers = flags, dict(answers)
        self._parents = list(flags.groups) if flags else []
        self._children = [flags.flags_of(g.id) for g in self._parents] if flags else []
        self._rows = {f.id: (g, n) for g, members in enumerate(self._children) for n, f in enumerate(members)}
        self.endResetModel()

    def set_answer(self, answer: RedFlagAnswer) -> None:
        self._answers[answer.flag_id] = answer
        if answer.flag_id in self._rows:
            g, n = self._rows[answer.flag_id]
            group = self.index(g, 0)
            self.dataChanged.emit(self.index(n, 0, group), self.index(n, COLUMN_COUNT - 1, group))
            self.dataChanged.emit(group, self.index(g, COLUMN_COUNT - 1))

    def set_language(self, language: str) -> None:
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self._repaint_all()

    def _repaint_all(self) -> None:
        if not self._parents:
            return
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._parents) - 1, COLUMN_COUNT - 1))
        for g, members in enumerate(self._children):
            if members:
                parent = self.index(g, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(members) - 1, COLUMN_COUNT - 1, parent))

    # --- lookups --------------------------------------------------------------------------------------------

    def flag_at(self, index: QModelIndex | QPersistentModelIndex) -> RedFlag | None:
        if not index.isValid() or index.internalId() == PARENT:
            return None
        return self._children[index.internalId() - 1][index.row()]

    def answer(self, flag_id: str) -> RedFlagAnswer | None:
        return self._answers.get(flag_id)

    def index_of_flag(self, flag_id: str, column: int = 0) -> QModelIndex:
        if flag_id not in self._rows:
            return QModelIndex()
        g, n = self._rows[flag_id]
        return self.index(n, column, self.index(g, 0))

    def flag_ids(self) -> list[str]:
        return [f.id for members in self._children for f in members]

    # --- cells ---------------------------------------------------------------------------------------

    def parent_data(self, row: int, column: int, role: int):
        members = self._children[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_FLAG:
                return self._parents[row].name.get(self._language)
            if column == COL_ANSWER:
                answered = sum(1 for f in members if self._answered(f.id))
                return QCoreApplication.translate("RedFlagTreeModel", "{answered} of {total}").format(
                    answered=answered, total=len(members))
            return None
        if role == Qt.ItemDataRole.FontRole and column == COL_FLAG:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def _answered(self, flag_id: str) -> bool:
        a = self._answers.get(flag_id)
        return a is not None and a.answer is not None

    def child_data(self, flag: RedFlag, column: int, role: int):
        a = self._answers.get(flag.id) or RedFlagAnswer(0, flag.id)
        present = a.answer == "present"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_FLAG:
                return f"{flag.id}  {flag.text.get(self._language)}"
            if column == COL_ANSWER:
                return answer_text(a.answer, self._language)
            if column == COL_RESOLVED:
                if not present:
                    return ""
                return QCoreApplication.translate("RedFlagTreeModel", "Yes") if a.resolved \
                    else QCoreApplication.translate("RedFlagTreeModel", "No")
            if column == COL_NOTE:
                return a.note.replace("\n", " ")
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_ANSWER and a.answer is not None:
            if present:
                return result_mark(PARTLY, PARTLY_COLOUR) if a.resolved else result_mark(FAILED, FAIL_COLOUR)
            return result_mark(PASSED, PASS_COLOUR) if a.answer == "absent" else result_mark(OPEN, OPEN_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and present and not a.resolved and column in (COL_ANSWER,
                                                                                                COL_RESOLVED):
            return FAIL_COLOUR
        if role == Qt.ItemDataRole.FontRole and column == COL_FLAG and flag.statutory:
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [flag.text.get(self._language)]
            if flag.statutory:
                lines.append(QCoreApplication.translate("RedFlagTreeModel", "Statutory trigger: {basis}").format(
                    basis=legal.render_all(flag.legal_basis, self._language)))
            elif flag.legal_basis:
                lines.append(legal.render_all(flag.legal_basis, self._language))
            if flag.guidance is not None:
                lines.append(flag.guidance.get(self._language))
            if a.note:
                lines.append(QCoreApplication.translate("RedFlagTreeModel", "Note: {note}").format(note=a.note))
            return "\n".join(lines)
        if role == FlagIdRole:
            return flag.id
        return None
