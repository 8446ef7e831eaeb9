"""Help > Keyboard shortcuts: every key the workspace answers to, in a table the user can keep open."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exportaudit.ui.screen_fit import preferred_size
from exportaudit.ui.views._base import Retranslatable


class ShortcutsView(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        preferred_size(self, 560, 460)
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        rows = [
            ("0 – 5", self.tr("Rate the current item (not while typing in a text field)")),
            ("N", self.tr("Mark the current item not applicable (asks for the justification)")),
            ("Del", self.tr("Clear the current item's answer")),
            ("C", self.tr("Confirm a carried-over answer unchanged (re-audits)")),
            ("F, Ctrl+Shift+F", self.tr("Raise a finding on the current item or element")),
            ("Ctrl+Enter, Page Down", self.tr("Go to the next unanswered item")),
            ("Enter", self.tr("Write notes for the current item (Esc returns to the tree)")),
            ("Ctrl+F", self.tr("Filter the items by text, in Chinese or English")),
            ("Esc", self.tr("Clear the filter and return to the tree")),
            ("Ctrl+Z", self.tr("Undo the last answer")),
            ("Ctrl+Shift+Z, Ctrl+Y", self.tr("Redo the answer")),
            ("Tab", self.tr("Move between the tree, the ratings, the notes and the evidence")),
            ("Ctrl+1 / Ctrl+2", self.tr("Show the workspace / the dashboard")),
            ("Ctrl+3 / Ctrl+4 / Ctrl+5", self.tr("Show the action plan / the document requests / the comparison")),
            ("Ctrl+6", self.tr("Show transaction testing: order lists, samples and test cards")),
            ("P F A, 1 2 3", self.tr("Test card: pass, fail or N/A for the chosen check (↑ ↓ move between checks)")),
            ("N P A, Space", self.tr("Test card, red flags: not present, present or N/A; Space: resolved")),
            ("Page Up / Page Down", self.tr("Test card: the previous / next sampled order")),
            ("Ctrl+H", self.tr("Show the change history of the assessment")),
            ("Ctrl+0", self.tr("Back to all assessments")),
            ("Ctrl+N", self.tr("New assessment")),
            ("Ctrl+E", self.tr("Export a report")),
        ]
        self.table.setRowCount(len(rows))
        for row, (keys, action) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(action))
