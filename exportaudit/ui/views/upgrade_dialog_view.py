"""Before an assessment moves to a newer checklist version: the whole item mapping, then Upgrade or Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import apply_cancel, stretch_column, table_view


class UpgradeDialogView(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("upgradeDialog")
        self.resize(920, 580)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("upgradeSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mapping_table = table_view("upgradeMapping", sortable=True)
        self.buttons, self.apply_button, self.cancel_button = apply_cancel(self, "applyUpgradeButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def configure_columns(self) -> None:
        stretch_column(self.mapping_table, 4, (170, 80, 80, 130))

    def retranslate(self) -> None:
        self.apply_button.setText(self.tr("&Upgrade"))
        self.mapping_table.setAccessibleName(self.tr("Item mapping"))
