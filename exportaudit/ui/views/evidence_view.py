"""The current item's evidence files with attach, open and remove; files can also be dropped onto it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import shares_height


def local_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class FileDrops:
    """Mixin for a widget that takes local files dropped on it and emits them as ``files_dropped`` (a signal the
    widget declares); it accepts them while ``takes_files()`` says so (by default: while it is enabled)."""

    def takes_files(self) -> bool:
        return self.isEnabled()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.takes_files() and local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self.takes_files() and local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)


class EvidenceView(FileDrops, Retranslatable, QWidget):
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.setAcceptDrops(True)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.table = QTableView()
        self.table.setObjectName("evidenceTable")
        shares_height(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("dropHint")
        self.drop_hint.setWordWrap(True)
        # two lines at the narrowest: the layout's minimum then counts the wrapped hint, which never overlaps the list
        self.drop_hint.setMinimumHeight(2 * self.drop_hint.fontMetrics().lineSpacing())
        self.drop_hint.setEnabled(False)  # drawn in the palette's disabled (muted) text colour
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("attachButton")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openEvidenceButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeEvidenceButton")
        self.describe_button = QPushButton()
        self.describe_button.setObjectName("describeEvidenceButton")
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.describe_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.drop_hint)
        layout.addLayout(buttons)
        self.retranslate()

    def focus_chain(self) -> list[QWidget]:
        return [self.table, self.attach_button, self.open_button, self.describe_button, self.remove_button]

    def configure_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Evidence files"))
        self.table.setAccessibleName(self.heading.text())
        self.table.setAccessibleDescription(self.tr(
            "Files attached to this item as evidence, with their size. Attach adds files (or drop them here); Open "
            "shows the chosen file; Remove detaches it. Each file is kept in the store's evidence folder."))
        self.drop_hint.setText(self.tr("Drop files here to attach them. Each file is copied into the store's "
                                       "evidence folder and identified by its SHA-256."))
        self.attach_button.setText(self.tr("Attach…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove…"))
        self.describe_button.setText(self.tr("Kind and date…"))
