"""The consultant's commands of the main window: Tools > Verify report….

Kept out of the main window's controller, which only creates this and asks it to update its actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from exportaudit.ui.controllers.verify_report import ReportVerifier

if TYPE_CHECKING:
    from exportaudit.ui.controllers.main_window import MainWindow


class ConsultantMenus(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.verifier = ReportVerifier(window)
        window.verify_report_action.triggered.connect(self.verify_report)
        self.verifier.verified.connect(lambda _verdict: window._update_actions())

    def verify_report(self) -> None:
        store = self.window.store
        self.verifier.start(store.path if store is not None else None)
        self.window._update_actions()

    def update_actions(self) -> None:
        self.window.verify_report_action.setEnabled(not self.verifier.running)
