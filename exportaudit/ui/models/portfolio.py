"""The portfolio table: one row per organisation's latest assessment, element levels as coloured cells that also
show the level number (colour is never the only carrier), and filters by sector, operator type, assessor and year.

The element columns follow the checklists in use, so the columns are built per portfolio, not fixed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from exportaudit.core.portfolio import Portfolio, PortfolioRow
from exportaudit.core.vocab import OPERATOR_TYPES
from exportaudit.ui.colours import OVERDUE_COLOUR, level_colour
from exportaudit.ui.models._table import RecordFilterProxy, RecordRole, SortRole

CONTEXT = "PortfolioTableModel"
LEADING = (QT_TRANSLATE_NOOP(CONTEXT, "Organisation"), QT_TRANSLATE_NOOP(CONTEXT, "Sector"),
           QT_TRANSLATE_NOOP(CONTEXT, "Operator type"), QT_TRANSLATE_NOOP(CONTEXT, "Assessor"),
           QT_TRANSLATE_NOOP(CONTEXT, "Year"))
TRAILING = (QT_TRANSLATE_NOOP(CONTEXT, "Overall"), QT_TRANSLATE_NOOP(CONTEXT, "Open majors"),
            QT_TRANSLATE_NOOP(CONTEXT, "Overdue"), QT_TRANSLATE_NOOP(CONTEXT, "Next due"))
TRAILING_TIPS = (QT_TRANSLATE_NOOP(CONTEXT, "Overall maturity level"),
                 QT_TRANSLATE_NOOP(CONTEXT, "Major findings not yet closed (an action still open, or none yet)"),
                 QT_TRANSLATE_NOOP(CONTEXT, "Corrective actions past their due date and not done"),
                 QT_TRANSLATE_NOOP(CONTEXT, "The earliest due date of an open corrective action"))
COL_ORGANISATION, COL_SECTOR, COL_OPERATOR, COL_ASSESSOR, COL_YEAR = range(5)
FIRST_LEVEL = len(LEADING)
NO_LEVEL = "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    return QColor("#000000") if colour.lightness() > 140 else QColor("#ffffff")


class PortfolioTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._portfolio = Portfolio((), ())
        self._language = "en"

    # --- content ----------------------------------------------------------------------------------

    def set_portfolio(self, portfolio: Portfolio) -> None:
        self.beginResetModel()
        self._portfolio = portfolio
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.beginResetModel()
        self._language = language
        self.endResetModel()

    @property
    def elements(self):
        return self._portfolio.elements

    def record(self, row: int) -> PortfolioRow:
        return self._portfolio.rows[row]

    def records(self) -> list[PortfolioRow]:
        return list(self._portfolio.rows)

    def is_level_column(self, column: int) -> bool:
        return FIRST_LEVEL <= column < FIRST_LEVEL + len(self.elements) + 1  # the elements and the overall level

    # --- Qt -------------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._portfolio.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(LEADING) + len(self.elements) + len(TRAILING)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        n = len(self.elements)
        if FIRST_LEVEL <= section < FIRST_LEVEL + n:
            element = self.elements[section - FIRST_LEVEL]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"E{section - FIRST_LEVEL + 1}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return element.name.get(self._language)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_LEVEL + n:
            return _tr(TRAILING_TIPS[section - FIRST_LEVEL - n])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return _tr(LEADING[section] if section < FIRST_LEVEL else TRAILING[section - FIRST_LEVEL - n])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._portfolio.rows[index.row()]
        if role == RecordRole:
            return row
        value = self._value(row, index.column())
        if role == SortRole:
            return -1 if value is None else value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, index.column(), value)
        if self.is_level_column(index.column()):
            return self._level_role(row, index.column(), value, role)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self._trailing(2) and value:
            return QColor(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= FIRST_LEVEL:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _trailing(self, n: int) -> int:
        return FIRST_LEVEL + len(self.elements) + n

    def _value(self, row: PortfolioRow, column: int):
        n = len(self.elements)
        if column < FIRST_LEVEL:
            return (row.organisation, row.sector, row.operator_type or "", row.assessor, row.year)[column]
        if column < FIRST_LEVEL + n:
            return row.levels.get(self.elements[column - FIRST_LEVEL].id)
        return (row.overall_level, row.open_major_findings, row.overdue_actions, row.next_due or "")[
            column - FIRST_LEVEL - n]

    def _shown(self, row: PortfolioRow, column: int, value) -> str:
        if column == COL_OPERATOR:
            return OPERATOR_TYPES[value].get(self._language) if value in OPERATOR_TYPES else NO_LEVEL
        if value is None or value == "":
            return NO_LEVEL
        return str(value)

    def _level_role(self, row: PortfolioRow, column: int, value, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            return level_colour(value) if value is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and value is not None:
            return _text_on(level_colour(value))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            name = self.elements[column - FIRST_LEVEL].name.get(self._language) \
                if column - FIRST_LEVEL < len(self.elements) else _tr("Overall")
            shown = _tr("not yet scored") if value is None else _tr("level {level}").format(level=value)
            return f"{row.organisation} — {name}: {shown}"
        return None


class PortfolioFilter(RecordFilterProxy):
    """Keeps the rows matching the chosen sector, operator type, assessor and year ("" for any)."""

    FIELDS = ("sector", "operator_type", "assessor", "year")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._wanted = dict.fromkeys(self.FIELDS, "")

    def set_filter(self, name: str, value: str) -> None:
        self.refilter(lambda: self._wanted.__setitem__(name, value or ""))

    def accepts(self, record: PortfolioRow) -> bool:
        return all(not wanted or (getattr(record, name) or "") == wanted for name, wanted in self._wanted.items())
