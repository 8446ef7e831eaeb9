"""File > Export report…: ask for format, language and file, build the report on a worker thread with its
own read-only store connection, show progress, then offer to open the file or its folder."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError, open_store
from exportaudit.ui import prompts, tasks
from exportaudit.ui.locations import documents_dir
from exportaudit.ui.views.export_dialog_view import ExportDialogView

REPORT_LANGUAGES = ("zh", "en", "both")


def suggested_name(session: AssessmentSession, fmt: str) -> str:
    """A file name from the organisation and title, without characters file systems refuse."""
    base = f"{session.organisation.name.split(' (')[0]} {session.assessment.title.split(' / ')[0]}"
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", base)
    return re.sub(r"\s+", " ", base).strip()[:120] + f".{fmt}"


class ExportDialog(ExportDialogView):
    def __init__(self, parent: QWidget, session: AssessmentSession, language: str):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        names = {"zh": self.tr("Chinese"), "en": self.tr("English"), "both": self.tr("Chinese and English")}
        for code in REPORT_LANGUAGES:
            self.language_combo.addItem(names[code], code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self.pdf_radio.setChecked(True)
        self.path_edit.setText(str(documents_dir() / suggested_name(session, "pdf")))
        self.format_group.buttonToggled.connect(lambda *_: self._follow_format())
        self.browse_button.clicked.connect(self._browse)

    def fmt(self) -> str:
        return "xlsx" if self.xlsx_radio.isChecked() else "pdf"

    def values(self) -> tuple[str, str, Path]:
        return self.fmt(), self.language_combo.currentData(), Path(self.path_edit.text().strip()).expanduser()

    def _follow_format(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(f".{self.fmt()}")))

    def _browse(self) -> None:
        path = prompts.choose_report_file(self, self.path_edit.text(), self.fmt())
        if path:
            self.path_edit.setText(path)

    def accept(self) -> None:
        fmt, _language, path = self.values()
        if not self.path_edit.text().strip():
            self.show_error(self.tr("Choose where to save the report."))
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
            self.path_edit.setText(str(path))
        if not path.parent.is_dir():
            self.show_error(self.tr("The folder {folder} does not exist.").format(folder=path.parent))
            return
        super().accept()


class ReportExporter(QObject):
    finished = Signal(object)  # the written path, or None after a failure

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self.running = False
        self.progress_dialog: QProgressDialog | None = None

    def start(self, session: AssessmentSession, language: str) -> None:
        if self.running:
            return
        dialog = ExportDialog(self._parent, session, language)
        dialog.accepted.connect(lambda: self._run(session, *dialog.values()))
        dialog.open()

    def _run(self, session: AssessmentSession, fmt: str, language: str, out: Path) -> None:
        store_path, assessment_id = session.store.path, session.assessment_id

        def work(report) -> Path:
            from exportaudit.reports import build_report  # imported in the worker: reportlab loads slowly

            with open_store(store_path, read_only=True) as store:  # this thread's own connection
                build_report(AssessmentSession(store, assessment_id), fmt, out, language=language, progress=report)
            return out

        self.running = True
        progress = QProgressDialog(self.tr("Writing the report…"), "", 0, 100, self._parent)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export report"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress_dialog = progress
        progress.open()
        tasks.run_in_background(work, on_success=self._done, on_failure=self._failed, on_progress=self._progress)

    def _progress(self, percent: int, message: str) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        if message:
            dialog.setLabelText(message)
        dialog.setValue(max(0, min(100, percent)))  # a modal progress dialog processes events here

    def _close_progress(self) -> None:
        self.running = False
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _done(self, path: Path) -> None:
        self._close_progress()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Report written"),
                          self.tr("The report was saved as {path}.").format(path=path),
                          QMessageBox.StandardButton.NoButton, self._parent)
        box.setObjectName("reportDoneMessage")
        open_file = box.addButton(self.tr("Open file"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            if box.clickedButton() is open_file:
                prompts.open_in_desktop(path)
            elif box.clickedButton() is open_folder:
                prompts.open_in_desktop(path.parent)

        box.finished.connect(chosen)
        box.open()
        self.finished.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        try:
            from exportaudit.reports.errors import ReportError
        except ImportError:
            ReportError = ValueError  # noqa: N806 - same handling as a plain bad value
        if isinstance(exc, ImportError):
            detail = self.tr("The report module is not installed with this copy of ExportAudit.")
        elif isinstance(exc, (StoreError, OSError, ValueError, ReportError)):
            detail = str(exc)
        else:
            detail = f"{type(exc).__name__}: {exc}"
        prompts.show_error(self._parent, self.tr("Report not written"),
                           self.tr("The report could not be written.") + "\n\n" + detail)
        self.finished.emit(None)
