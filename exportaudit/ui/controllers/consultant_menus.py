"""The consultant's commands of the main window: File > Export / Import audit package…, opening a package as a
store, and Tools > Verify report….

Kept out of the main window's controller, which only creates this and asks it to update its actions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressDialog

from exportaudit.core.changes import Changes
from exportaudit.ui import prompts, tasks
from exportaudit.ui.controllers.file_job import failure_detail
from exportaudit.ui.controllers.packages import PackageController
from exportaudit.ui.controllers.preferences import history_user
from exportaudit.ui.controllers.verify_report import ReportVerifier

if TYPE_CHECKING:
    from exportaudit.ui.controllers.main_window import MainWindow

PACKAGE_SUFFIX = ".eaudit"


class ConsultantMenus(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.verifier = ReportVerifier(window)
        self.packages = PackageController(window)
        self.unpacking = False  # a package being unpacked to its working store
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
        """A merged package may have changed anything in the store: every panel reads what it shows again."""
        self.window.operations.broadcast(Changes.everything())

    def open_package(self, path: Path, *, read_only: bool = False) -> None:
        """Unpack a package to its working store beside it (or find the one unpacked before) off the GUI thread,
        then open that store and say so; a refused package is explained and the current store stays."""
        if self.unpacking:
            return
        self.unpacking = True
        user = history_user(self.window.settings)
        dialog = QProgressDialog(self.tr("Unpacking the audit package…"), "", 0, 100, self.window)
        dialog.setObjectName("packageUnpackProgress")
        dialog.setWindowTitle(self.tr("Open audit package"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)

        def work(report):
            from exportaudit.exchange.package import open_package

            store, unpacked = open_package(path, user=user, progress=report)
            store.close()  # this thread's connection; the window opens its own
            return store.path, unpacked

        def done(result) -> None:
            dialog.close()
            self.unpacking = False
            working, unpacked = result
            if not self.window.open_store(working, create=False, read_only=read_only):
                return
            text = (self.tr("{package} was unpacked to the working store {store}. Your changes are saved there; "
                            "use File › Export audit package… to send them back.") if unpacked else
                    self.tr("{package} was unpacked before: its working store {store} is opened, with the changes "
                            "made in it.")).format(package=path.name, store=working)
            prompts.show_info(self.window, self.tr("Audit package opened"), text, "packageOpenedMessage")

        def failed(exc: BaseException) -> None:
            dialog.close()
            self.unpacking = False
            prompts.show_error(self.window, self.tr("Audit package not opened"),
                               self.tr("The audit package could not be opened.") + "\n\n" + failure_detail(exc))

        tasks.run_in_background(work, on_success=done, on_failure=failed,
                                on_progress=lambda percent, _message: dialog.setValue(percent))

    def update_actions(self) -> None:
        w = self.window
        writable = w.store is not None and not w.store.read_only
        w.verify_report_action.setEnabled(not self.verifier.running)
        w.export_package_action.setEnabled(w.store is not None and w._target_assessment() is not None
                                           and not self.packages.running)
        w.import_package_action.setEnabled(writable and not self.packages.running)
