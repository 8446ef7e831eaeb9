"""The strip across the top of the window while the demo store is open: it is made up, so the user's own
company goes into a store of their own (one click away)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from exportaudit.ui.views._base import Retranslatable


class DemoBanner(Retranslatable, QFrame):
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("demoBanner")
        # Dark text on pale blue reads the same on light and dark window themes.
        self.setStyleSheet("#demoBanner { background: #dcecff; border-bottom: 1px solid #8fb6e6; }"
                           "#demoBanner QLabel { color: #0d2a4d; }")
        self.message = QLabel()
        self.message.setObjectName("demoMessage")
        self.message.setWordWrap(True)
        self.create_button = QPushButton()
        self.create_button.setObjectName("createOwnStoreButton")
        self.create_button.clicked.connect(self.create_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.create_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(self.tr("Demo store: a made-up company to look around in. Do not enter your own "
                                     "company here: create a store of your own for it."))
        self.create_button.setText(self.tr("Create my own store…"))
        self.create_button.setAccessibleDescription(self.tr("Choose a file for a new, empty store of your own"))
        self.setAccessibleName(self.tr("Demo store notice"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
