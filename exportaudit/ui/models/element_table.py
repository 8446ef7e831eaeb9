"""The dashboard's element table: score, level, target, gap, coverage, cap, unevidenced count and sample exceptions
(items held at 3 by a transaction test below threshold) per element."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from exportaudit.core.checklist import Checklist
from exportaudit.core.reasons import check_labels
from exportaudit.core.scoring import AssessmentScore, ElementScore
from exportaudit.ui import marks
from exportaudit.ui.sample_feed import element_exceptions_tooltip, sample_exception_mark
from exportaudit.ui.score_reasons import element_cap_lines, short_level_text

(COL_ELEMENT, COL_SCORE, COL_LEVEL, COL_TARGET, COL_GAP, COL_COVERAGE, COL_CAPPED,
 COL_UNEVIDENCED, COL_SAMPLE_EXCEPTIONS) = range(9)
COLUMN_COUNT = 9
_HEADERS = {COL_ELEMENT: QT_TRANSLATE_NOOP("ElementTableModel", "Element"),
            COL_SCORE: QT_TRANSLATE_NOOP("ElementTableModel", "Score"),
            COL_LEVEL: QT_TRANSLATE_NOOP("ElementTableModel", "Level"),
            COL_TARGET: QT_TRANSLATE_NOOP("ElementTableModel", "Target"),
            COL_GAP: QT_TRANSLATE_NOOP("ElementTableModel", "Gap"),
            COL_COVERAGE: QT_TRANSLATE_NOOP("ElementTableModel", "Coverage"),
            COL_CAPPED: QT_TRANSLATE_NOOP("ElementTableModel", "Capped"),
            COL_UNEVIDENCED: QT_TRANSLATE_NOOP("ElementTableModel", "Unevidenced"),
            COL_SAMPLE_EXCEPTIONS: QT_TRANSLATE_NOOP("ElementTableModel", "Sample exceptions")}
_HEADER_TIPS = {
    COL_SCORE: QT_TRANSLATE_NOOP("ElementTableModel", "Weighted mean of the element's rated items"),
    COL_LEVEL: QT_TRANSLATE_NOOP("ElementTableModel", "Maturity level 0-5: the score's whole part, held at 2 by a weak key item"),
    COL_TARGET: QT_TRANSLATE_NOOP("ElementTableModel", "The level the target profile asks for"),
    COL_GAP: QT_TRANSLATE_NOOP("ElementTableModel", "Levels still missing to reach the target"),
    COL_COVERAGE: QT_TRANSLATE_NOOP("ElementTableModel", "Answered (rated or N/A) of the applicable items"),
    COL_CAPPED: QT_TRANSLATE_NOOP("ElementTableModel", "A key item rated below 3 holds the element at level 2"),
    COL_UNEVIDENCED: QT_TRANSLATE_NOOP("ElementTableModel", "Items rated 4 or 5 without evidence (they count as 3)"),
    COL_SAMPLE_EXCEPTIONS: QT_TRANSLATE_NOOP("ElementTableModel", "Items held at 3 because a transaction test of them "
                                                                  "passes below the checklist's threshold"),
}
ElementIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2  # the plain number behind a cell


def _tr(text: str) -> str:
    return QCoreApplication.translate("ElementTableModel", text)


def _dash(value) -> str:
    return "—" if value is None else str(value)


class ElementTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._checklist: Checklist | None = None
        self._rows: tuple[ElementScore, ...] = ()
        self._language = "en"

    def set_score(self, checklist: Checklist | None, score: AssessmentScore | None) -> None:
        """Show new scores; a same-shaped update repaints in place so selection and scrolling stay."""
        rows = score.elements if score is not None else ()
        if checklist is self._checklist and len(rows) == len(self._rows) and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._checklist, self._rows = checklist, rows
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or section not in _HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in _HEADER_TIPS:
            return _tr(_HEADER_TIPS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._checklist is None:
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SortRole:
            return self._number(row, column)
        if role == ElementIdRole:
            return row.element_id
        if role == Qt.ItemDataRole.DecorationRole and column == COL_LEVEL and row.level is not None:
            return marks.level_swatch(row.level)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (COL_ELEMENT, COL_SAMPLE_EXCEPTIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_CAPPED, COL_LEVEL, COL_SCORE) and row.cap_reasons:
            return "\n".join(element_cap_lines(row, self._language, check_labels(self._checklist)))
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_CAPPED and row.capped:
            text = QCoreApplication.translate("ElementTableModel", "Key items below level 3: {items}")
            return text.format(items=", ".join(row.weak_key_items))
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SAMPLE_EXCEPTIONS and row.sample_exceptions:
            return element_exceptions_tooltip(row.sample_exceptions)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_SAMPLE_EXCEPTIONS and row.sample_exceptions:
            return sample_exception_mark()
        return None

    def _text(self, row: ElementScore, column: int) -> str:
        if column == COL_ELEMENT:
            return self._checklist.element(row.element_id).name.get(self._language)
        if column == COL_COVERAGE:
            return f"{row.coverage:.0%} ({row.answered}/{row.applicable})"
        if column == COL_CAPPED:
            return QCoreApplication.translate("ElementTableModel", "Yes") if row.capped or row.cap_reasons else ""
        if column == COL_LEVEL:
            return short_level_text(row.level, row.level_range)
        if column == COL_UNEVIDENCED:
            return str(row.unevidenced) if row.unevidenced else ""
        if column == COL_SAMPLE_EXCEPTIONS:
            return ", ".join(row.sample_exceptions)
        return _dash(self._number(row, column))

    @staticmethod
    def _number(row: ElementScore, column: int):
        return {COL_SCORE: row.score, COL_LEVEL: row.level, COL_TARGET: row.target, COL_GAP: row.gap,
                COL_COVERAGE: row.coverage, COL_CAPPED: int(row.capped or bool(row.cap_reasons)),
                COL_UNEVIDENCED: row.unevidenced, COL_SAMPLE_EXCEPTIONS: len(row.sample_exceptions)}.get(column)
