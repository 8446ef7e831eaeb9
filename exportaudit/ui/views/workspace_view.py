"""The answering workspace: the element/item tree with its filter, the current item, and its reference texts,
evidence files and findings, side by side in a splitter."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QSplitter, QTreeView, QVBoxLayout, QWidget

from exportaudit.ui import marks
from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import tab_order
from exportaudit.ui.views.evidence_view import EvidenceView
from exportaudit.ui.views.findings_view import FindingsView
from exportaudit.ui.views.item_view import ItemView
from exportaudit.ui.views.reference_view import ReferenceView


class WorkspaceView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workspace")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeView()
        self.tree.setObjectName("itemTree")
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setIconSize(QSize(*marks.marks_size()))
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setAnimated(False)
        self.tree.setExpandsOnDoubleClick(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 6, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.tree, 1)

        self.item = ItemView()
        self.reference = ReferenceView()
        self.evidence = EvidenceView()
        self.findings = FindingsView()
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("referenceSplitter")
        right.addWidget(self.reference)
        right.addWidget(self.evidence)
        right.addWidget(self.findings)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setStretchFactor(2, 2)
        right.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.item)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([470, 540, 360])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        order = [self.filter_edit, self.tree, *self.item.focus_chain(), *self.evidence.focus_chain(),
                 *self.findings.focus_chain()]
        tab_order(*order)
        self.retranslate()

    def set_mark_slots(self, slots: int) -> None:
        """Room for the item marks: a re-audit shows one more (answers to re-confirm)."""
        self.tree.setIconSize(QSize(*marks.marks_size(slots)))

    def configure_tree_columns(self) -> None:
        """Called once the model is set: titles take the spare width, the number columns a fixed width.

        Fixed rather than fitted to their contents: fitting makes the header measure every row after each
        answer, which alone would cost more than a frame.
        """
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.tree.model().columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.fit_number_columns()

    def fit_number_columns(self) -> None:
        """Size the number columns for their header text and the widest value they show ("12/12", a provisional
        level with its range "2 (0–3)")."""
        model, header = self.tree.model(), self.tree.header()
        metrics = self.tree.fontMetrics()
        samples = {1: "99/99", 2: "2 (0–3)"}
        swatch = {2: self.tree.iconSize().height() + 4}  # the level column shows a colour swatch too
        for column in range(1, model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(title),
                        metrics.horizontalAdvance(samples.get(column, "99")) + swatch.get(column, 0))
            header.resizeSection(column, width + 2 * metrics.averageCharWidth())

    def retranslate(self) -> None:
        if self.tree.model() is not None:
            self.fit_number_columns()
        self.filter_edit.setPlaceholderText(self.tr("Filter items, in Chinese or English (Ctrl+F)"))
        self.tree.setAccessibleName(self.tr("Elements and items"))
        self.tree.setAccessibleDescription(self.tr(
            "The nine elements with their items. Each item is marked by shape: a filled dot when rated (its level "
            "is also in the Level column), an empty ring when open, a crossed ring when not applicable, a star for "
            "a key item, a warning triangle for a claim without evidence, a flag for a finding, a circular arrow for "
            "an answer carried over from a baseline to confirm. Keys 0 to 5 rate "
            "the chosen item, N marks it not applicable, Ctrl+Enter goes to the next unanswered item."))
