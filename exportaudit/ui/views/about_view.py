"""Help > About ExportAudit: the version and what it runs on, the installed checklists, and the licences of the
bundled fonts and libraries (pick one to read its licence)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exportaudit.ui.screen_fit import preferred_size
from exportaudit.ui.views._base import Retranslatable


class AboutView(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        preferred_size(self, 760, 560)
        self.title_label = QLabel()
        self.title_label.setObjectName("aboutTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.platform_label = QLabel()
        self.platform_label.setObjectName("aboutPlatform")
        self.platform_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.checklist_table = QTableWidget(0, 4)
        self.checklist_table.setObjectName("aboutChecklists")
        self.checklist_table.verticalHeader().hide()
        self.checklist_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklist_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.checklist_table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.checklist_table, "")

        self.licence_list = QListWidget()
        self.licence_list.setObjectName("aboutLicences")
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("aboutLicenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        licences = QSplitter()
        licences.addWidget(self.licence_list)
        licences.addWidget(self.licence_text)
        licences.setStretchFactor(1, 1)
        licences.setSizes([300, 460])
        self.tabs.addTab(licences, "")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label)
        layout.addWidget(self.platform_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About ExportAudit"))
        self.checklist_table.setAccessibleName(self.tr("Checklists"))
        self.description_label.setText(self.tr(
            "Audits an export-control internal compliance programme against the nine elements of MOFCOM's 2021 "
            "guidance, scores it and writes reports. Works offline; everything stays in the store file you choose."))
        self.tabs.setTabText(0, self.tr("Checklists"))
        self.tabs.setTabText(1, self.tr("Licences"))
        self.checklist_table.setHorizontalHeaderLabels(
            [self.tr("Checklist"), self.tr("Version"), self.tr("Items"), self.tr("Title")])
