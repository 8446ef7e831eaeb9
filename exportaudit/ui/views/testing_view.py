"""The transaction-testing tab: the imported order lists, the samples drawn from them, the sampled orders of the
chosen sample with how far each test card is, and the pass rate of each check (what caps the items)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import heading, tab_order, table_view

PAGE_TESTING, PAGE_NO_TESTS = range(2)


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button


def _panel(title: QLabel, table: QTableView, buttons: list[QPushButton], below: QWidget | None = None) -> QWidget:
    """A heading with its buttons on the right, the table under them."""
    panel = QWidget()
    top = QHBoxLayout()
    top.setContentsMargins(0, 0, 0, 0)
    top.addWidget(title, 1)
    for button in buttons:
        top.addWidget(button)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 6, 0, 0)
    layout.setSpacing(4)
    layout.addLayout(top)
    layout.addWidget(table, 1)
    if below is not None:
        layout.addWidget(below)
    return panel


class TestingView(Retranslatable, QWidget):
    __test__ = False  # not a pytest test class

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("testingTab")
        self.lists_heading = heading(name="orderListsHeading")
        self.lists_table = table_view("orderListTable", sortable=True)
        self.import_button = _button("importOrdersButton")
        self.rejects_button = _button("refusedRowsButton")
        self.delete_list_button = _button("deleteOrderListButton")

        self.samples_heading = heading(name="samplesHeading")
        self.samples_table = table_view("sampleTable", sortable=True)
        self.draw_button = _button("drawSampleButton")
        self.verify_button = _button("verifySampleButton")
        self.delete_sample_button = _button("deleteSampleButton")

        self.orders_heading = heading(name="sampledOrdersHeading")
        self.orders_table = table_view("sampledOrderTable", sortable=True)
        self.open_card_button = _button("openTestCardButton")

        self.rates_heading = heading(name="passRatesHeading")
        self.rates_table = table_view("passRateTable")
        self.rates_note = QLabel()
        self.rates_note.setObjectName("passRatesNote")
        self.rates_note.setWordWrap(True)
        self.rates_note.setTextFormat(Qt.TextFormat.RichText)

        self.sample_description = QLabel()
        self.sample_description.setObjectName("sampleMethod")
        self.sample_description.setWordWrap(True)
        self.sample_description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lists = _panel(self.lists_heading, self.lists_table,
                       [self.import_button, self.rejects_button, self.delete_list_button])
        samples = _panel(self.samples_heading, self.samples_table,
                         [self.draw_button, self.verify_button, self.delete_sample_button], self.sample_description)
        orders = _panel(self.orders_heading, self.orders_table, [self.open_card_button])
        rates = _panel(self.rates_heading, self.rates_table, [], self.rates_note)

        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.setObjectName("testingTopSplitter")
        self.top_splitter.addWidget(lists)
        self.top_splitter.addWidget(samples)
        self.top_splitter.setSizes([600, 740])
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.setObjectName("testingBottomSplitter")
        self.bottom_splitter.addWidget(orders)
        self.bottom_splitter.addWidget(rates)
        self.bottom_splitter.setSizes([860, 480])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("testingSplitter")
        self.splitter.addWidget(self.top_splitter)
        self.splitter.addWidget(self.bottom_splitter)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([210, 600])
        for splitter in (self.top_splitter, self.bottom_splitter, self.splitter):
            splitter.setChildrenCollapsible(False)

        self.no_tests_label = QLabel()
        self.no_tests_label.setObjectName("noTransactionTests")
        self.no_tests_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_tests_label.setWordWrap(True)
        self.no_tests_label.setEnabled(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.no_tests_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.pages)

        tab_order(self.lists_table, self.import_button, self.rejects_button, self.delete_list_button,
                  self.samples_table, self.draw_button, self.verify_button, self.delete_sample_button,
                  self.orders_table, self.open_card_button, self.rates_table)
        self.retranslate()

    def configure_columns(self) -> None:
        """Called once the models are set: one text column per table takes the spare width, numbers fit their
        contents, and long texts (file names, labels) start at a set width the user can change."""
        for table, stretch, set_widths in ((self.lists_table, 0, {1: 150}), (self.samples_table, 4, {1: 170}),
                                           (self.orders_table, 3, {}), (self.rates_table, 0, {1: 120})):
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            for column, width in set_widths.items():
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def retranslate(self) -> None:
        for title, table in ((self.lists_heading, self.lists_table), (self.samples_heading, self.samples_table),
                             (self.orders_heading, self.orders_table), (self.rates_heading, self.rates_table)):
            title.setBuddy(table)  # the heading names its table for a screen reader (see accessible_names)
        self.lists_heading.setText(self.tr("Order lists"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import an order or shipment list from Excel or CSV (the auditee's "
                                              "ERP export)"))
        self.rejects_button.setText(self.tr("Refused rows…"))
        self.rejects_button.setToolTip(self.tr("The rows of the chosen list that could not be read, with the reason"))
        self.delete_list_button.setText(self.tr("Delete…"))
        self.samples_heading.setText(self.tr("Samples"))
        self.draw_button.setText(self.tr("Draw sample…"))
        self.draw_button.setToolTip(self.tr("Draw a seeded, optionally stratified sample from the chosen order list"))
        self.verify_button.setText(self.tr("Redraw check"))
        self.verify_button.setToolTip(self.tr("Draw the chosen sample again from its list, method and seed, and "
                                              "compare: a reviewer can reproduce it"))
        self.delete_sample_button.setText(self.tr("Delete…"))
        self.open_card_button.setText(self.tr("Open test card"))
        self.open_card_button.setToolTip(self.tr("Test the chosen order (Enter or double-click)"))
        self.rates_heading.setText(self.tr("Pass rates over all samples"))
        self.no_tests_label.setText(self.tr("The checklist of this assessment defines no transaction tests, so there "
                                            "is nothing to sample here."))
