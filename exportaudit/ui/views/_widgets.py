"""Widget factories the views share, so tables, headings and form messages look the same everywhere."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def table_view(name: str, *, sortable: bool = False) -> QTableView:
    """A read-only table that selects whole rows, one at a time, and leaves Tab to move focus on."""
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    table.setTabKeyNavigation(False)
    table.setSortingEnabled(sortable)
    return table


def shares_height(view: QAbstractItemView, minimum: int = 72) -> None:
    """A list beside others in one column takes the height left over instead of asking for its default 192
    pixels, which added up to more than a laptop screen."""
    view.setMinimumHeight(minimum)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)


def stretch_column(table: QTableView, stretch: int, widths: tuple[int, ...]) -> None:
    """Column ``stretch`` takes the spare width; the others start at ``widths`` and can be resized by hand."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        if column != stretch:
            header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def heading(scale: float = 1.0, name: str = "") -> QLabel:
    """A bold label, optionally larger than the body text."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def error_label() -> QLabel:
    """Where a form says why it cannot be saved yet; hidden while there is nothing to say."""
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.hide()
    return label


class FormErrors:
    """Mixin for form dialogs with an ``error_label`` (see ``error_label()``)."""

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


def button_row(*buttons, trailing=None):
    """Buttons from the left, then space, then an optional widget on the right (a summary)."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    if trailing is not None:
        row.addWidget(trailing)
    return row


def text_box(name: str, height: int = 90, *, lines: int | None = None) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (as in a form) instead of typing a tab: at least ``height`` pixels
    high, or exactly ``lines`` lines of text."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    if lines is None:
        edit.setMinimumHeight(height)
    else:
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def tab_order(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in the order given."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def ok_cancel(dialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def apply_cancel(dialog, name: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A preview dialog's buttons: an apply button named ``name`` (its text set on retranslate) and Cancel."""
    buttons = QDialogButtonBox()
    apply_button = QPushButton()
    apply_button.setObjectName(name)
    buttons.addButton(apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, apply_button, cancel_button


def chart_page(view: QWidget, radar: QWidget, side: QWidget, below: QWidget, *, name: str, side_share: int,
               sizes: tuple[int, int]) -> QSplitter:
    """The dashboard-style page: the radar beside a side panel, a table below, splitters between, all in ``view``."""
    top = QSplitter(Qt.Orientation.Horizontal)
    top.addWidget(radar)
    top.addWidget(side)
    top.setStretchFactor(0, 3)
    top.setStretchFactor(1, side_share)
    top.setSizes(list(sizes))
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setObjectName(name)
    splitter.addWidget(top)
    splitter.addWidget(below)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(view)
    layout.setContentsMargins(0, 6, 0, 6)
    layout.addWidget(splitter)
    return splitter
