"""The plumbing every flat table of records shares: rows, named columns with translated headers, a sort role.

A subclass names its columns in ``HEADERS`` (column -> QT_TRANSLATE_NOOP text) under its ``CONTEXT`` and
answers ``cell(record, column, role)``; sorting proxies sort on ``SortRole`` (a plain value per cell).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

SortRole = Qt.ItemDataRole.UserRole + 10  # the plain value behind a cell, for sorting
RecordRole = Qt.ItemDataRole.UserRole + 11  # the row's record


class RecordTableModel(QAbstractTableModel):
    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[dict[int, str]] = {}
    TIPS: ClassVar[dict[int, str]] = {}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._language = "en"

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        self.refresh_rows()

    def refresh_rows(self, first: int = 0, last: int | None = None) -> None:
        last = len(self._rows) - 1 if last is None else last
        if self._rows and first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.HEADERS) - 1))

    def record(self, row: int) -> Any:
        return self._rows[row]

    def records(self) -> list[Any]:
        return list(self._rows)

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or section not in self.HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in self.TIPS:
            return self._tr(self.TIPS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role == RecordRole:
            return record
        return self.cell(record, index.column(), role)

    def cell(self, record: Any, column: int, role: int) -> Any:
        """What one cell shows for ``role``; every table overrides this (its qtmodeltester and display tests
        would show an empty table otherwise)."""
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts on ``SortRole`` and keeps the rows whose shown texts contain the filter text (any column, any case)
    and that ``accepts`` (subclasses add their own conditions, set through ``refilter``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def refilter(self, change: Callable[[], None] = lambda: None) -> None:
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.refilter(lambda: setattr(self, "_needle", text.strip().casefold()))

    def accepts(self, record: Any) -> bool:
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model: RecordTableModel = self.sourceModel()  # type: ignore[assignment]
        if not self.accepts(model.record(source_row)):
            return False
        if not self._needle:
            return True
        texts = (model.index(source_row, column).data() or "" for column in range(model.columnCount()))
        return any(self._needle in str(text).casefold() for text in texts)
