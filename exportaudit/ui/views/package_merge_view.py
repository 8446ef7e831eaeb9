"""Before an audit package is merged: every change, whose side it is from (here, there, both, conflict), each
conflict's decision (keep mine, take theirs), the fields of the selected change side by side, and what is not merged.
Merge writes everything in one go once every conflict is decided; Cancel changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from exportaudit.ui.views._base import Retranslatable

COL_SIDE, COL_WHAT, COL_LABEL, COL_CHANGE, COL_DECISION = range(5)
DETAIL_FIELD, DETAIL_BASE, DETAIL_MINE, DETAIL_THEIRS = range(4)


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class PackageMergeView(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("packageMergePreview")
        self.resize(1100, 640)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("mergeSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.changes_table = _table("mergeChanges", 5)
        self.details_table = _table("mergeDetails", 4)
        self.unmerged_label = QLabel()
        self.unmerged_label.setObjectName("mergeNotMerged")
        self.unmerged_label.setWordWrap(True)
        self.show_unchanged_here = QCheckBox()
        self.show_unchanged_here.setObjectName("showHereChanges")
        self.all_mine_button = QPushButton()
        self.all_mine_button.setObjectName("keepAllMineButton")
        self.all_theirs_button = QPushButton()
        self.all_theirs_button.setObjectName("takeAllTheirsButton")
        self.buttons = QDialogButtonBox()
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyMergeButton")
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        tools = QHBoxLayout()
        tools.addWidget(self.show_unchanged_here)
        tools.addStretch(1)
        tools.addWidget(self.all_mine_button)
        tools.addWidget(self.all_theirs_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.changes_table)
        split.addWidget(self.details_table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(tools)
        layout.addWidget(split, 1)
        layout.addWidget(self.unmerged_label)
        layout.addWidget(self.buttons)
        for column, width in ((COL_SIDE, 170), (COL_WHAT, 150), (COL_LABEL, 300), (COL_CHANGE, 240)):
            self.changes_table.horizontalHeader().resizeSection(column, width)
        for column, width in ((DETAIL_FIELD, 160), (DETAIL_BASE, 280), (DETAIL_MINE, 280)):
            self.details_table.horizontalHeader().resizeSection(column, width)
        self.retranslate()

    def add_decision(self, row: int, name: str, accessible_name: str, choices: list[str], current: int) -> QComboBox:
        """A conflict's choice (decide, keep mine, take theirs) in its row's decision cell."""
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible_name)
        combo.addItems(choices)
        combo.setCurrentIndex(current)
        self.changes_table.setCellWidget(row, COL_DECISION, combo)
        return combo

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import audit package"))
        self.changes_table.setHorizontalHeaderLabels(
            [self.tr("Changed"), self.tr("What"), self.tr("Item or record"), self.tr("Change"), self.tr("Decision")])
        self.details_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Base (sent)"), self.tr("Mine (this store)"), self.tr("Theirs (package)")])
        self.show_unchanged_here.setText(self.tr("Also list what changed only here"))
        self.all_mine_button.setText(self.tr("Keep &mine for all conflicts"))
        self.all_theirs_button.setText(self.tr("Take &theirs for all conflicts"))
        self.apply_button.setText(self.tr("&Merge"))
        self.changes_table.setAccessibleName(self.tr("Changes in the package and here"))
        self.details_table.setAccessibleName(self.tr("Fields of the selected change"))
