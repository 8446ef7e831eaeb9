"""The findings raised on the current item (or, on an element row, on the element and its items), with the
buttons to raise, edit and delete them and to add a corrective action."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import button_row, heading, shares_height, table_view


class FindingsView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.heading = heading()
        self.table = table_view("findingTable")
        shares_height(self.table)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("noFindings")
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)  # muted text
        self.add_button = QPushButton()
        self.add_button.setObjectName("addFindingButton")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editFindingButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteFindingButton")
        self.action_button = QPushButton()
        self.action_button.setObjectName("addActionButton")
        buttons = button_row(self.add_button, self.edit_button, self.delete_button, self.action_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.retranslate()

    def focus_chain(self) -> list[QWidget]:
        return [self.table, self.add_button, self.edit_button, self.delete_button, self.action_button]

    def configure_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 130)
        header.resizeSection(1, 110)
        header.resizeSection(2, 200)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Findings"))
        self.empty_label.setText(self.tr("No finding yet. Press F to raise one on the current item."))
        self.add_button.setText(self.tr("Raise…"))
        self.add_button.setToolTip(self.tr("Raise a finding on the current item or element (F)"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.action_button.setText(self.tr("Add action…"))
        self.action_button.setToolTip(self.tr("Add a corrective action to the selected finding"))
