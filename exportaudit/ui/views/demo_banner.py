"""The strip across the top of the window while the demo store is open: it is made up, so the user's own
company goes into a store of their own (one click away)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views.banner import Banner


class DemoBanner(Retranslatable, Banner):
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("demoBanner", "#dcecff", "#8fb6e6", "#0d2a4d", "createOwnStoreButton", parent)
        self.message.setObjectName("demoMessage")
        self.create_button = self.button
        self.create_button.clicked.connect(self.create_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(self.tr("Demo store: a made-up company to look around in. Do not enter your own "
                                     "company here: create a store of your own for it."))
        self.create_button.setText(self.tr("Create my own store…"))
        self.create_button.setAccessibleDescription(self.tr("Choose a file for a new, empty store of your own"))
        self.setAccessibleName(self.tr("Demo store notice"))
