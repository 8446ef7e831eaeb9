"""The document requests tab: what the auditee is asked to provide, each request's status, date and note."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import button_row, stretch_column, tab_order, table_view

PAGE_EMPTY, PAGE_LIST = range(2)


class RequestsView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentRequests")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("requestFilterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("requestSummary")
        self.table = table_view("requestTable", sortable=True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("noRequests")
        self.empty_label.setWordWrap(True)
        self.build_button = QPushButton()
        self.build_button.setObjectName("buildRequestsButton")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editRequestButton")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportRequestsButton")

        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget()
        self.pages.addWidget(empty)
        self.pages.addWidget(self.table)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.summary_label)
        buttons = button_row(self.build_button, self.edit_button, self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        order = [self.filter_edit, self.table, self.build_button, self.edit_button, self.export_button]
        tab_order(*order)
        self.retranslate()

    def configure_columns(self) -> None:
        """The expected evidence takes the spare width; the other columns can be widened by hand."""
        stretch_column(self.table, 2, (80, 180, 0, 130, 100, 280))

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter requests by any text"))
        self.empty_label.setText(self.tr(
            "No request list yet. Build it from the expected evidence of the applicable items, then send it to the "
            "auditee before the visit. Attaching evidence to an item marks its request received."))
        self.build_button.setText(self.tr("Build request list"))
        self.build_button.setToolTip(self.tr("Add a request for every applicable item that has none yet"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the status and note of the selected request (F2 edits in place)"))
        self.export_button.setText(self.tr("Export request list…"))
