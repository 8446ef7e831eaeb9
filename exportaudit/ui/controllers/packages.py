"""File > Export audit package… and File > Import audit package…: write an assessment to one .eaudit file, and
merge a returned one after a preview (read and compared off the GUI thread; merged on it, in one transaction)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from exportaudit.core.store import Store, StoreError, open_store
from exportaudit.ui import folders, prompts, tasks
from exportaudit.ui.controllers.file_job import FileJob, JobTexts, failure_detail

if TYPE_CHECKING:
    from exportaudit.ui.controllers.package_merge import PackageMergeDialog


def package_name(organisation: str, title: str) -> str:
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", f"{organisation.split(' (')[0]} {title.split(' / ')[0]}")
    return re.sub(r"\s+", " ", base).strip()[:120] + ".eaudit"


class PackageController(QObject):
    merged = Signal(int)  # changes taken from a package
    status = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self.importing = False
        self.merge_dialog: PackageMergeDialog | None = None
        self.exporter = FileJob(parent, lambda: JobTexts(
            self.tr("Export audit package"), self.tr("Writing the audit package…"), self.tr("Audit package written"),
            self.tr("The audit package was saved as {path}. Whoever opens it works on a copy of this assessment; "
                    "import the package they send back to merge their work."),
            self.tr("Audit package not written"), self.tr("The audit package could not be written."), "package"))

    @property
    def running(self) -> bool:
        return self.exporter.running or self.importing

    # --- export ---------------------------------------------------------------------------------

    def export(self, store: Store, assessment_id: int) -> None:
        if self.running:
            return
        a = store.assessments.get(assessment_id)
        suggested = str(folders.folder_for(folders.PACKAGE) / package_name(store.organisations.get(a.organisation_id).name,
                                                                             a.title))
        path = prompts.choose_save_file(self._parent, self.tr("Export audit package"), suggested, "eaudit",
                                        folders.PACKAGE)
        if not path:
            return
        store_path = store.path

        def work(report) -> Path:
            from exportaudit.exchange.package import export_package

            report(10, "")
            with open_store(store_path, read_only=True) as own:  # this thread's own connection
                return export_package(own, assessment_id, path)

        self.exporter.start(work)

    # --- import ---------------------------------------------------------------------------------

    def choose_and_import(self, store: Store) -> None:
        path = prompts.choose_package_to_import(self._parent)
        if path:
            self.import_file(store, Path(path))

    def import_file(self, store: Store, path: Path) -> None:
        """Read, check and compare ``path`` off the GUI thread, then show the merge preview."""
        if self.running:
            return
        self.importing = True
        store_path = store.path
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def work(_report):
            from exportaudit.exchange.package import read_package
            from exportaudit.exchange.package_merge import compare_package

            package = read_package(path)
            with open_store(store_path, read_only=True) as own:
                return compare_package(own, package)

        tasks.run_in_background(work, on_success=lambda preview: self._preview(store, preview),
                                on_failure=self._refused)

    def _refused(self, exc: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        self.importing = False
        prompts.show_error(self._parent, self.tr("Audit package not imported"),
                           self.tr("The audit package was refused; nothing was changed.") + "\n\n" + failure_detail(exc))
        self.status.emit("")

    def _preview(self, store: Store, preview) -> None:
        QApplication.restoreOverrideCursor()

        def merge(chosen) -> bool:
            from exportaudit.exchange.package_merge import apply_merge

            try:
                count = apply_merge(store, chosen)
            except StoreError as exc:
                prompts.show_error(self._parent, self.tr("Audit package not imported"),
                                   self.tr("Nothing was changed.") + "\n\n" + str(exc))
                return False
            self.status.emit(self.tr("%n change(s) merged from {file}.", "", count).format(
                file=chosen.package.path.name))
            self.merged.emit(count)
            return True

        from exportaudit.ui.controllers.package_merge import PackageMergeDialog

        dialog = PackageMergeDialog(self._parent, preview, merge)
        dialog.finished.connect(self._closed)
        self.merge_dialog = dialog
        dialog.open()

    def _closed(self, _result: int) -> None:
        self.importing = False
        self.merge_dialog = None
        self.status.emit("")
