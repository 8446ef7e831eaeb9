"""The action plan tab: every corrective action of the assessment, filtered by text, status and owner."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import button_row, stretch_column, tab_order, table_view

ACTION_WIDTHS = (230, 190, 0, 110, 120, 110, 240)  # on, finding, (action), owner, due, status, closing note


class ActionPlanView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("actionPlan")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("actionFilterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("actionStatusFilter")
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("actionOwnerFilter")
        self.status_label = QLabel()
        self.owner_label = QLabel()
        self.status_label.setBuddy(self.status_combo)
        self.owner_label.setBuddy(self.owner_combo)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("actionSummary")
        self.table = table_view("actionTable", sortable=True)
        self.table.setWordWrap(False)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addActionPlanButton")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editActionButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteActionButton")

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 2)
        filters.addSpacing(8)
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.owner_label)
        filters.addWidget(self.owner_combo, 1)
        buttons = button_row(self.add_button, self.edit_button, self.delete_button, trailing=self.summary_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        order = [self.filter_edit, self.status_combo, self.owner_combo, self.table, self.add_button,
                 self.edit_button, self.delete_button]
        tab_order(*order)
        self.retranslate()

    def configure_columns(self) -> None:
        """The action's description takes the spare width; the other columns can be widened by hand."""
        stretch_column(self.table, 2, ACTION_WIDTHS)

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter actions by any text"))
        self.table.setAccessibleName(self.tr("Corrective actions"))
        self.status_label.setText(self.tr("&Status:"))
        self.owner_label.setText(self.tr("&Owner:"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
