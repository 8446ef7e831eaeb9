"""Show a record table model in a table view through a sorting (and filtering) proxy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from exportaudit.ui.models._table import RecordFilterProxy, RecordTableModel


def show_sorted(table: QTableView, model: RecordTableModel, proxy: RecordFilterProxy | None = None,
                column: int = -1) -> RecordFilterProxy:
    """Put ``model`` behind ``proxy`` (a plain RecordFilterProxy by default) in ``table``, sorted by ``column``
    (-1: the model's own order until the user clicks a header); returns the proxy."""
    proxy = proxy if proxy is not None else RecordFilterProxy(model)
    proxy.setSourceModel(model)
    table.setModel(proxy)
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    return proxy
