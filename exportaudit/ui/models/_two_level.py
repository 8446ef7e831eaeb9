"""The plumbing of a two-level tree (parent rows, each with child rows), shared by the element/item tree and the
red-flag review: index, parent, row and column counts, flags and headers.

Subclasses fill ``_parents`` and ``_children`` (one list of children per parent) between beginResetModel and
endResetModel, name their columns in ``HEADERS`` under ``CONTEXT``, and answer ``parent_data`` / ``child_data``.
A child's internal id is its parent's row + 1; parents use ``PARENT`` (0).
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

PARENT = 0  # internal id of parent rows


class TwoLevelTreeModel(QAbstractItemModel):
    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[dict[int, str]] = {}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._parents: list[Any] = []
        self._children: list[list[Any]] = []

    def parent_data(self, row: int, column: int, role: int) -> Any:
        """What a parent row's cell shows for ``role``."""
        return None

    def child_data(self, child: Any, column: int, role: int) -> Any:
        """What a child row's cell shows for ``role``."""
        return None

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        # Checked here rather than with hasIndex(), which calls back into Python twice: views call this a lot.
        if not 0 <= column < len(self.HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, PARENT) if row < len(self._parents) else QModelIndex()
        if parent.internalId() != PARENT or parent.column() != 0 or row >= len(self._children[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, PARENT)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._parents)
        if parent.internalId() == PARENT and parent.column() == 0:
            return len(self._children[parent.row()])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(self.HEADERS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section in self.HEADERS:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == PARENT:
            return self.parent_data(index.row(), index.column(), role)
        return self.child_data(self._children[index.internalId() - 1][index.row()], index.column(), role)
