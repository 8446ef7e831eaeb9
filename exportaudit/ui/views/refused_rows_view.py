"""The rows of an order list that could not be read: a heading that says how many and from which file, then a
sortable table of each refused row and why. Its texts come from the testing tab's controller, which knows the list."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from exportaudit.ui.screen_fit import preferred_size
from exportaudit.ui.views._widgets import heading, table_view


class RefusedRowsView(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("refusedRowsDialog")
        preferred_size(self, 760, 480)
        self.title_label = heading(name="refusedRowsTitle")
        self.title_label.setWordWrap(True)
        self.table = table_view("refusedRowsTable", sortable=True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
