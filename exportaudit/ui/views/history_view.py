"""The change history of an assessment or of one item: a filterable table, exportable as CSV."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exportaudit.ui.screen_fit import preferred_size
from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import table_view


class HistoryView(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        preferred_size(self, 1240, 600)
        self.heading_label = QLabel()
        self.heading_label.setObjectName("historyHeading")
        self.heading_label.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("historyFilterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.entity_label = QLabel()
        self.entity_combo = QComboBox()
        self.entity_combo.setObjectName("historyEntityFilter")
        self.entity_label.setBuddy(self.entity_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("historyCount")
        self.table = table_view("historyTable", sortable=True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportHistoryButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(self.entity_label)
        filters.addWidget(self.entity_combo, 1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def configure_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 90, 120, 60, 120, 180, 200, 110)):
            header.resizeSection(column, width)
        header.moveSection(header.count() - 1, 2)  # where the change was made, beside who made it

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by any text: a user, an item, a value"))
        self.table.setAccessibleName(self.tr("Changes, newest first"))
        self.entity_label.setText(self.tr("&Show:"))
        self.export_button.setText(self.tr("&Export CSV…"))
