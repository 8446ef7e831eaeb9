"""Before a questionnaire is imported: every change it would make, the conflicts to decide (changed in ExportAudit
since the export and in the workbook), the rows it cannot take and why, and notices. Apply writes the changes
and the chosen conflicts in one go; Cancel changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exportaudit.ui.screen_fit import preferred_size
from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import apply_cancel, table_view

TAB_CHANGES, TAB_CONFLICTS, TAB_PROBLEMS, TAB_NOTICES = range(4)


class QuestionnairePreviewView(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("questionnairePreview")
        preferred_size(self, 900, 560)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("previewSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)  # the file name is escaped by the controller
        self.changes_table = table_view("previewChanges", sortable=True)
        self.problems_table = table_view("previewProblems", sortable=True)
        self.conflicts_table = table_view("previewConflicts", sortable=True)
        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("conflictsExplained")
        self.conflicts_label.setWordWrap(True)
        self.take_all_button = QPushButton()
        self.take_all_button.setObjectName("takeAllFromWorkbookButton")
        self.keep_all_button = QPushButton()
        self.keep_all_button.setObjectName("keepAllInStoreButton")
        conflicts_page = QWidget()
        conflicts_layout = QVBoxLayout(conflicts_page)
        conflicts_layout.addWidget(self.conflicts_label)
        conflicts_layout.addWidget(self.conflicts_table, 1)
        choices = QHBoxLayout()
        choices.addStretch(1)
        choices.addWidget(self.keep_all_button)
        choices.addWidget(self.take_all_button)
        conflicts_layout.addLayout(choices)
        self.notices_list = QListWidget()
        self.notices_list.setObjectName("previewNotices")
        self.notices_list.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("previewTabs")
        self.tabs.addTab(self.changes_table, "")
        self.tabs.addTab(conflicts_page, "")
        self.tabs.addTab(self.problems_table, "")
        self.tabs.addTab(self.notices_list, "")
        self.buttons, self.apply_button, self.cancel_button = apply_cancel(self, "applyImportButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def configure_columns(self) -> None:
        for table, widths in ((self.changes_table, (80, 150, 250)), (self.problems_table, (60, 80)),
                              (self.conflicts_table, (70, 80, 170, 170, 170))):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(True)
            for column, width in enumerate(widths):
                header.resizeSection(column, width)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import questionnaire"))
        self.apply_button.setText(self.tr("&Apply changes"))
        self.conflicts_label.setText(self.tr(
            "These answers were changed in ExportAudit after the questionnaire was exported, and differently in the "
            "workbook. ExportAudit's value stays unless you tick “Use the workbook's”."))
        self.take_all_button.setText(self.tr("Use the &workbook's for all"))
        self.keep_all_button.setText(self.tr("&Keep ExportAudit's for all"))
