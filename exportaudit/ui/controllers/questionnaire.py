"""File > Export questionnaire… and Import questionnaire…: the Excel round trip with a client.

Export asks for the content language and the file and writes on a worker thread with its own read-only store
connection. Import reads the workbook on the GUI thread (about 80 rows: ~11 ms measured on the demo, well inside
a frame, so no worker is needed), shows every change it would make and the rows it cannot take, and applies the
changes only when the user says so, in one transaction through the window's own session. A refused workbook
says why; nothing changes then, nor on Cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from exportaudit.core.changes import Changes
from exportaudit.core.operations import Done
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError, open_store
from exportaudit.ui import prompts
from exportaudit.ui.controllers.file_job import FileJob, JobTexts
from exportaudit.ui.operations import Operations
from exportaudit.ui.refusals import refusal_text

if TYPE_CHECKING:
    from exportaudit.ui.controllers.questionnaire_preview import QuestionnairePreview


class QuestionnaireController(QObject):
    status = Signal(str)

    def __init__(self, parent: QWidget, operations: Operations):
        super().__init__(parent)
        self._parent = parent
        self.operations = operations
        self._folder: Path | None = None  # where the last questionnaire was written or read
        self.exporter = FileJob(parent, lambda: JobTexts(
            self.tr("Export questionnaire"), self.tr("Writing the questionnaire…"), self.tr("Questionnaire written"),
            self.tr("The questionnaire was saved as {path}. Send it to the client; import it here once filled in."),
            self.tr("Questionnaire not written"), self.tr("The questionnaire could not be written."),
            "questionnaire"))
        self.preview_dialog: QuestionnairePreview | None = None

    @property
    def running(self) -> bool:
        return self.exporter.running

    # --- export -----------------------------------------------------------------------------------

    def export(self, session: AssessmentSession, language: str) -> None:
        if self.exporter.running:
            return
        from exportaudit.ui.controllers.workbook_export import WorkbookExportDialog

        dialog = WorkbookExportDialog(self._parent, session, language, self.tr("Export questionnaire"),
                                      self.tr("questionnaire"))
        dialog.accepted.connect(lambda: self._run_export(session, *dialog.values()[1:]))
        dialog.open()

    def _run_export(self, session: AssessmentSession, language: str, out: Path) -> None:
        store_path, assessment_id = session.store.path, session.assessment_id
        self._folder = out.parent

        def work(report) -> Path:
            from exportaudit.exchange.questionnaire_export import export_questionnaire

            with open_store(store_path, read_only=True) as store:  # this thread's own connection
                return export_questionnaire(AssessmentSession(store, assessment_id), out, language=language,
                                            progress=report)

        self.exporter.start(work)

    # --- import -----------------------------------------------------------------------------------

    def choose_and_import(self, session: AssessmentSession, language: str) -> None:
        path = prompts.choose_questionnaire_to_import(self._parent, str(self._folder or ""))
        if path:
            self.import_file(session, language, Path(path))

    def import_file(self, session: AssessmentSession, language: str, path: Path) -> None:
        """Read ``path`` and show what importing it would change; nothing is written until Apply."""
        self._folder = path.parent
        if prompts.refuse_store_files(self._parent, session.store, [path], self.tr("Questionnaire not imported")):
            return
        from exportaudit.exchange.questionnaire_import import QuestionnaireError, read_questionnaire

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = read_questionnaire(path, session)
        except QuestionnaireError as exc:
            QApplication.restoreOverrideCursor()
            prompts.show_error(self._parent, self.tr("Questionnaire not imported"),
                               self.tr("The workbook cannot be imported: {reason}").format(reason=refusal_text(exc)))
            return
        QApplication.restoreOverrideCursor()
        from exportaudit.ui.controllers.questionnaire_preview import QuestionnairePreview

        dialog = QuestionnairePreview(self._parent, language, session.checklist, preview)
        dialog.accepted.connect(lambda: self._apply(session, dialog.preview, dialog.taken_conflicts()))
        dialog.finished.connect(lambda _result: setattr(self, "preview_dialog", None))
        self.preview_dialog = dialog
        dialog.open()

    def _apply(self, session: AssessmentSession, preview, taken) -> None:
        from exportaudit.exchange.questionnaire_import import QuestionnaireError, apply_questionnaire

        items = frozenset(c.item_id for c in [*preview.changes, *(c for conflict in taken for c in conflict.changes)])
        try:  # the answers and notes of the items the workbook changed (the session reads them again itself)
            count = self.operations.perform(lambda: Done(apply_questionnaire(session, preview, taken),
                                                         Changes(answers=items, notes=items)), initiator=self)
        except (QuestionnaireError, StoreError) as exc:  # rolled back: the store and the session hold what they held
            prompts.show_error(self._parent, self.tr("Questionnaire not imported"),
                               self.tr("Nothing was changed: {reason}").format(reason=exc))
            return
        skipped = len(preview.problems)
        text = self.tr("{count} item(s) changed from {file}.").format(count=count, file=preview.source.name)
        if skipped:
            text += " " + self.tr("{count} row(s) were not imported.").format(count=skipped)
        self.status.emit(text)
        prompts.show_info(self._parent, self.tr("Questionnaire imported"), text, "importDoneMessage")
