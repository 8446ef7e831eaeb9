"""File > Export report…: ask for format, language, file and recipient (and the certificate's password when
signing), build the report on a worker thread with its own read-only store connection, show progress, record it
in the store's report register, then offer to open the file or its folder."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError, open_store
from exportaudit.ui import folders, prompts
from exportaudit.ui.controllers.file_job import FileJob, JobTexts, failure_detail
from exportaudit.ui.settings import AppSettings
from exportaudit.ui.views.export_dialog_view import ExportDialogView

REPORT_LANGUAGES = ("zh", "en", "both")


def suggested_name(session: AssessmentSession, fmt: str) -> str:
    """A file name from the organisation and title (their Chinese forms when they have one), without characters
    file systems refuse."""
    base = f"{session.organisation.in_language('name', 'zh')} {session.assessment.in_language('title', 'zh')}"
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", base)
    return re.sub(r"\s+", " ", base).strip()[:120] + f".{fmt}"


class ExportDialog(ExportDialogView):
    """Format, language and file of an export; each starts as last chosen for this kind of file (``purpose``).
    For a report, also to whom it is issued and, with the firm's certificate, whether to sign the PDF."""

    def __init__(self, parent: QWidget, session: AssessmentSession, language: str, purpose: str = folders.REPORT,
                 certificate: Path | None = None, frameworks: bool = False):
        """``frameworks``: offer the other frameworks to report against (the report's form only)."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session, self.purpose = session, purpose
        last = AppSettings().last_export(purpose)
        self._certificate = certificate if certificate is not None and certificate.is_file() else None
        self.signer = None  # loaded on OK when signing: a wrong password is said here, before any work starts
        self.sign_check.setChecked(self._certificate is not None)
        self.sign_check.toggled.connect(lambda _on: self._follow_format())
        names = {"zh": self.tr("Chinese"), "en": self.tr("English"), "both": self.tr("Chinese and English")}
        for code in REPORT_LANGUAGES:
            self.language_combo.addItem(names[code], code)
        remembered = last.get("language")
        self.language_combo.setCurrentIndex(self.language_combo.findData(
            remembered if remembered in REPORT_LANGUAGES else language))
        fmt = last.get("format") if last.get("format") in ("pdf", "xlsx") else "pdf"
        (self.xlsx_radio if fmt == "xlsx" else self.pdf_radio).setChecked(True)
        self.path_edit.setText(str(folders.folder_for(purpose) / suggested_name(session, fmt)))
        from exportaudit.core.framework_catalogue import load_catalogue

        offered = load_catalogue().for_checklist(session.checklist.id) if frameworks else []
        for framework, _crosswalk in offered:
            self.add_framework(framework.id, f"{framework.short.get(language)} — {framework.title.get(language)}",
                               self.tr("Adds a section (PDF) or a sheet (Excel) reading this assessment against "
                                       "the framework, through ExportAudit's own mapping"))
        self._labels[5].setVisible(bool(self.framework_checks))
        self.format_group.buttonToggled.connect(lambda *_: self._follow_format())
        self.browse_button.clicked.connect(self._browse)
        self.show_signing(self._certificate is not None)

    def fmt(self) -> str:
        return "xlsx" if self.xlsx_radio.isChecked() else "pdf"

    def values(self) -> tuple[str, str, Path]:
        return self.fmt(), self.language_combo.currentData(), Path(self.path_edit.text().strip()).expanduser()

    def recipient(self) -> str:
        return self.recipient_edit.text().strip()

    def frameworks(self) -> tuple[str, ...]:
        """The frameworks ticked, in the order offered."""
        return tuple(fid for fid, check in self.framework_checks.items() if check.isChecked())

    def _follow_format(self) -> None:
        text = self.path_edit.text().strip()
        if text and Path(text).suffix.lower() != f".{self.fmt()}":
            self.path_edit.setText(str(Path(text).with_suffix(f".{self.fmt()}")))
        self.show_signing(self._certificate is not None and self.fmt() == "pdf")

    def _browse(self) -> None:
        path = prompts.choose_report_file(self, self.path_edit.text(), self.fmt(), self.purpose)
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
        self.signer = None
        if self._certificate is not None and fmt == "pdf" and self.sign_check.isChecked():
            from exportaudit.reports.signing import SigningError, load_signer

            try:
                self.signer = load_signer(self._certificate, self.password_edit.text())
            except SigningError:
                self.show_error(self.tr("The certificate {name} could not be opened: the password is wrong or it "
                                        "is not a PKCS#12 file.").format(name=self._certificate.name))
                self.password_edit.selectAll()
                self.password_edit.setFocus()
                return
            finally:
                self.password_edit.clear()  # never kept
        folders.remember(self.purpose, path.parent)
        AppSettings().remember_export(self.purpose, format=fmt, language=self.language_combo.currentData())
        super().accept()


class ReportExporter(QObject):
    finished = Signal(object)  # the written path, or None after a failure
    issued = Signal(object)  # the register entry of a report just written

    def __init__(self, parent: QWidget, default_logo: Callable[[], Path | None] = lambda: None,
                 certificate: Callable[[], Path | None] = lambda: None):
        super().__init__(parent)
        self._parent = parent
        self._default_logo = default_logo  # Preferences' logo, for organisations that have none of their own
        self._certificate = certificate  # Preferences' signing certificate (PKCS#12), if any
        self._pending = None  # (session, recipient, IssuedFile holder) of the report being written
        self._job = FileJob(parent, lambda: JobTexts(
            self.tr("Export report"), self.tr("Writing the report…"), self.tr("Report written"),
            self.tr("The report was saved as {path}."), self.tr("Report not written"),
            self.tr("The report could not be written."), "report"))
        self._job.describe_failure = self._detail
        self._job.finished.connect(self._register)
        self._job.finished.connect(self.finished)

    @property
    def running(self) -> bool:
        return self._job.running

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._job.progress_dialog

    def start(self, session: AssessmentSession, language: str) -> None:
        if self.running:
            return
        dialog = ExportDialog(self._parent, session, language, certificate=self._certificate(), frameworks=True)
        dialog.accepted.connect(lambda: self._run(session, *dialog.values(), recipient=dialog.recipient(),
                                                  signer=dialog.signer, **self._chosen(dialog)))
        dialog.open()

    @staticmethod
    def _chosen(dialog: ExportDialog) -> dict:
        """The frameworks ticked, as a keyword only when there are any (a plain report is asked for as before)."""
        frameworks = dialog.frameworks()
        return {"frameworks": frameworks} if frameworks else {}

    def report_logo(self, session: AssessmentSession) -> Path | None:
        """The default logo from the preferences, when the organisation has none and the file is still there."""
        logo = self._default_logo()
        if session.organisation.logo_path or logo is None or not Path(logo).is_file():
            return None
        return Path(logo)

    def _run(self, session: AssessmentSession, fmt: str, language: str, out: Path, *, recipient: str = "",
             signer=None, frameworks: tuple[str, ...] = ()) -> None:
        store_path, assessment_id = session.store.path, session.assessment_id
        logo = self.report_logo(session)
        extra = {"logo": logo} if logo is not None else {}
        if frameworks:
            extra["frameworks"] = frameworks
        written = []

        def work(report) -> Path:
            from exportaudit.reports.issue import issue_report  # imported in the worker: reportlab loads slowly

            with open_store(store_path, read_only=True) as store:  # this thread's own connection
                written.append(issue_report(AssessmentSession(store, assessment_id), fmt, out, language=language,
                                            progress=report, signer=signer, **extra))
            return out

        self._pending = (session, recipient, written)
        self._job.start(work)

    def _register(self, path) -> None:
        """Record the report just written in the register, on the GUI thread that owns the window's store."""
        pending, self._pending = self._pending, None
        if path is None or pending is None or not pending[2]:
            return
        session, recipient, (issued,) = pending
        if session.store.read_only:
            return
        try:
            self.issued.emit(issued.register(session.store, session.assessment_id, recipient))
        except StoreError as exc:
            prompts.show_error(self._parent, self.tr("Report not recorded"),
                               self.tr("The report was written but not recorded in the report register.") +
                               "\n\n" + str(exc))

    def _detail(self, exc: BaseException) -> str:
        if isinstance(exc, ImportError):
            return self.tr("The report module is not installed with this copy of ExportAudit.")
        return failure_detail(exc)
