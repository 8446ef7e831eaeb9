"""The consultant's commands of the main window: File > Export / Import audit package…, opening a package as a
store, and Tools > Verify report….

Kept out of the main window's controller, which only creates this and asks it to update its actions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from exportaudit.core.store import StoreError
from exportaudit.ui import prompts
from exportaudit.ui.controllers.packages import PackageController
from exportaudit.ui.controllers.verify_report import ReportVerifier
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT

if TYPE_CHECKING:
    from exportaudit.ui.controllers.main_window import MainWindow

PACKAGE_SUFFIX = ".eaudit"


class ConsultantMenus(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.verifier = ReportVerifier(window)
        self.packages = PackageController(window)
        window.verify_report_action.triggered.connect(self.verify_report)
        window.export_package_action.triggered.connect(self.export_package)
        window.import_package_action.triggered.connect(self.import_package)
        self.verifier.verified.connect(lambda _verdict: window._update_actions())
        self.packages.exporter.finished.connect(lambda _path: window._update_actions())
        self.packages.merged.connect(self._merged)
        self.packages.status.connect(lambda text: window.show_status(text) if text else window._update_actions())

    def verify_report(self) -> None:
        store = self.window.store
        self.verifier.start(store.path if store is not None else None)
        self.window._update_actions()

    def export_package(self) -> None:
        target = self.window._target_assessment()
        if self.window.store is not None and target is not None:
            self.packages.export(self.window.store, target.id)
            self.window._update_actions()

    def import_package(self) -> None:
        if self.window.store is not None:
            self.packages.choose_and_import(self.window.store)
            self.window._update_actions()

    def _merged(self, _count: int) -> None:
        w = self.window
        if w.pages.currentIndex() == PAGE_ASSESSMENT and w.assessment.session is not None:
            w.assessment.reload()
        else:
            w.browser_controller.reload()
        w._update_actions()

    def open_package(self, path: Path) -> Path | None:
        """Unpack a package to its working store beside it (or find the one unpacked before) and say so; returns
        the working store to open, or None when the package is refused."""
        from exportaudit.exchange.package import open_package

        try:
            store, unpacked = open_package(path)
        except StoreError as exc:
            prompts.show_error(self.window, self.tr("Audit package not opened"),
                               self.tr("The audit package could not be opened.") + "\n\n" + str(exc))
            return None
        working = store.path
        store.close()
        text = (self.tr("{package} was unpacked to the working store {store}. Your changes are saved there; use "
                        "File › Export audit package… to send them back.") if unpacked else
                self.tr("{package} was unpacked before: its working store {store} is opened, with the changes "
                        "made in it.")).format(package=path.name, store=working)
        prompts.show_info(self.window, self.tr("Audit package opened"), text, "packageOpenedMessage")
        return working

    def update_actions(self) -> None:
        w = self.window
        writable = w.store is not None and not w.store.read_only
        w.verify_report_action.setEnabled(not self.verifier.running)
        w.export_package_action.setEnabled(w.store is not None and w._target_assessment() is not None
                                           and not self.packages.running)
        w.import_package_action.setEnabled(writable and not self.packages.running)
