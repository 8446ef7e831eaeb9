"""The consultant's commands of the main window: File > Export / Import audit package…, opening a package as a
store, and Tools > Verify report….

Kept out of the main window's controller, which creates this with what it needs (the window's view with its
actions, its operations and settings, getters for the open store and the assessment the menus act on, and how to
open a store) and listens to its signals; it never reaches into the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog

from exportaudit.core.changes import Changes
from exportaudit.core.records import Assessment
from exportaudit.core.store import Store
from exportaudit.ui import prompts, tasks
from exportaudit.ui.controllers.file_job import failure_detail
from exportaudit.ui.controllers.packages import PackageController
from exportaudit.ui.controllers.preferences import history_user
from exportaudit.ui.controllers.verify_report import ReportVerifier
from exportaudit.ui.operations import Operations
from exportaudit.ui.settings import AppSettings
from exportaudit.ui.views.main_window_view import MainWindowView

PACKAGE_SUFFIX = ".eaudit"


class ConsultantMenus(QObject):
    status = Signal(str)
    actions_changed = Signal()  # a job started or ended: the menus' enabled state follows

    def __init__(self, window: MainWindowView, operations: Operations, settings: AppSettings, *,
                 store: Callable[[], Store | None], target: Callable[[], Assessment | None],
                 open_store: Callable[..., bool]):
        super().__init__(window)
        self.window, self.operations, self.settings = window, operations, settings
        self._store, self._target, self._open_store = store, target, open_store
        self.verifier = ReportVerifier(window)
        self.packages = PackageController(window)
        self.unpacking = False  # a package being unpacked to its working store
        window.verify_report_action.triggered.connect(self.verify_report)
        window.export_package_action.triggered.connect(self.export_package)
        window.import_package_action.triggered.connect(self.import_package)
        self.verifier.verified.connect(lambda _verdict: self.actions_changed.emit())
        self.packages.exporter.finished.connect(lambda _path: self.actions_changed.emit())
        self.packages.merged.connect(self._merged)
        self.packages.status.connect(lambda text: self.status.emit(text) if text else self.actions_changed.emit())

    def verify_report(self) -> None:
        store = self._store()
        self.verifier.start(store.path if store is not None else None)
        self.actions_changed.emit()

    def export_package(self) -> None:
        store, target = self._store(), self._target()
        if store is not None and target is not None:
            self.packages.export(store, target.id)
            self.actions_changed.emit()

    def import_package(self) -> None:
        if self._store() is not None:
            self.packages.choose_and_import(self._store())
            self.actions_changed.emit()

    def _merged(self, _count: int) -> None:
        """A merged package may have changed anything in the store: every panel reads what it shows again."""
        self.operations.broadcast(Changes.everything())

    def open_package(self, path: Path, *, read_only: bool = False) -> None:
        """Unpack a package to its working store beside it (or find the one unpacked before) off the GUI thread,
        then open that store and say so; a refused package is explained and the current store stays."""
        if self.unpacking:
            return
        self.unpacking = True
        user = history_user(self.settings)
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
            if not self._open_store(working, create=False, read_only=read_only):
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
        w, store = self.window, self._store()
        writable = store is not None and not store.read_only
        w.verify_report_action.setEnabled(not self.verifier.running)
        w.export_package_action.setEnabled(store is not None and self._target() is not None
                                           and not self.packages.running)
        w.import_package_action.setEnabled(writable and not self.packages.running)
