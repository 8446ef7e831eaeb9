"""The document requests tab: build the list from the applicable items' expected evidence, change a request's
status and note (in place or in a dialog), and export the list as a workbook for the auditee (on a worker thread
with its own read-only store connection). The list follows the change notices: attached evidence marks a request
received, so evidence notices refresh it too (while the tab is hidden it only notes that it is stale)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from exportaudit.core.changes import Changes
from exportaudit.core.operations import workflow as workflow_ops
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError, open_store
from exportaudit.core.vocab import REQUEST_STATUSES
from exportaudit.ui import prompts
from exportaudit.ui.controllers._panels import RefreshWhenShown
from exportaudit.ui.controllers._tables import show_sorted
from exportaudit.ui.controllers.file_job import FileJob, JobTexts
from exportaudit.ui.i18n import error_text
from exportaudit.ui.models._table import RecordRole
from exportaudit.ui.models.requests import COL_STATUS, RequestRow, RequestTableModel, request_status_text
from exportaudit.ui.operations import Operations
from exportaudit.ui.views.requests_view import PAGE_EMPTY, PAGE_LIST, RequestsView
from exportaudit.ui.widgets.choice_delegate import ChoiceDelegate


class RequestsController(RefreshWhenShown, QObject):
    status = Signal(str)

    def __init__(self, view: RequestsView, operations: Operations):
        super().__init__(view)
        self.view = view
        self.operations = operations
        self._stale = False
        operations.operation_did_execute.connect(self._on_operation_did_execute)
        self.model = RequestTableModel(self)
        self.proxy = show_sorted(view.table, self.model)  # the checklist's order until a header is clicked
        view.configure_columns()
        self._delegate = ChoiceDelegate(
            lambda: [(text.get(self.language), key) for key, text in REQUEST_STATUSES.items()], self)
        view.table.setItemDelegateForColumn(COL_STATUS, self._delegate)
        self.session: AssessmentSession | None = None
        self.editable = False
        self.language = "en"
        self.exporter = FileJob(view, lambda: JobTexts(
            self.tr("Export request list"), self.tr("Writing the request list…"), self.tr("Request list written"),
            self.tr("The request list was saved as {path}."), self.tr("Request list not written"),
            self.tr("The request list could not be written."), "requests"))
        self.model.edit_requested.connect(self._save_edit)
        view.filter_edit.textChanged.connect(self.proxy.set_text)
        view.build_button.clicked.connect(self.build)
        view.edit_button.clicked.connect(self.edit_selected)
        view.export_button.clicked.connect(self.export)
        view.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        view.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F2 edits the current cell in place, before the window's F2 (rename the assessment) can take it."""
        if watched is self.view.table and event.type() == QEvent.Type.ShortcutOverride \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_F2 \
                and self.view.table.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable:
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)
        self._summarise()
        self._update_buttons()  # the build button's text depends on whether a list exists

    def show(self, session: AssessmentSession | None, *, editable: bool) -> None:
        self.session, self.editable = session, editable
        self.reload()

    def _on_operation_did_execute(self, changes: Changes, initiator: object | None) -> None:
        if self.session is None or initiator is self or not (
                changes.requests or changes.evidence or changes.answers or changes.structure):
            return  # its own edits are already shown (the model row was replaced in place)
        self.follow(changes)

    def reload(self) -> None:
        """Re-read the requests (after evidence arrived, which marks a request received)."""
        self._stale = False
        session = self.session
        rows = []
        if session is not None:
            requests = session.store.requests.all(session.assessment_id)
            checklist = session.checklist
            for item in session.applicable_items:
                if item.id in requests:
                    rows.append(RequestRow(item, checklist.element(item.element).name, requests[item.id]))
        self.model.editable = self.editable
        self.model.set_rows(rows)
        self.view.pages.setCurrentIndex(PAGE_LIST if rows else PAGE_EMPTY)
        self._summarise()
        self._update_buttons()

    def _summarise(self) -> None:
        counts = self.model.counts()
        if not self.model.rowCount():
            self.view.summary_label.clear()
            return
        self.view.summary_label.setText(" · ".join(
            f"{request_status_text(key, self.language)} {count}" for key, count in counts.items() if count))

    def selected(self) -> RequestRow | None:
        rows = self.view.table.selectionModel().selectedRows()
        return rows[0].data(RecordRole) if rows else None

    def _update_buttons(self) -> None:
        has_list = self.model.rowCount() > 0
        self.view.build_button.setEnabled(self.editable)
        self.view.build_button.setText(self.tr("Update request list") if has_list else self.tr("Build request list"))
        self.view.edit_button.setEnabled(self.editable and self.selected() is not None)
        self.view.export_button.setEnabled(has_list and not self.exporter.running)

    # --- changes ----------------------------------------------------------------------------------

    def build(self) -> None:
        if self.session is None or not self.editable:
            return
        session = self.session

        def built(added: int) -> None:
            self.reload()
            self.status.emit(self.tr("{count} request(s) added to the list").format(count=added) if added
                             else self.tr("Every applicable item already has a request"))

        self.operations.run(lambda: workflow_ops.build_requests(session.store, session.assessment_id),
                            parent=self.view, title=self.tr("Request list not built"), initiator=self, success=built)

    def _save_edit(self, item_id: str, field: str, value: str) -> None:
        """An edit made in the table: save it, then show what was saved."""
        try:
            self._save(item_id, **{field: value})
        except StoreError as exc:
            prompts.show_error(self.view.window(), self.tr("Request not saved"), error_text(exc))

    def _save(self, item_id: str, **changes) -> None:
        session = self.session
        request = self.operations.perform(
            lambda: workflow_ops.update_request(session.store, session.assessment_id, item_id, **changes),
            initiator=self)
        self.model.update_request(request)
        self._summarise()
        self.status.emit(self.tr("Request {item}: {status}").format(
            item=item_id, status=request_status_text(request.status, self.language)))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or not self.editable:
            return
        from exportaudit.ui.controllers.request_dialog import RequestDialog

        dialog = RequestDialog(self.view.window(), self.language, row.item.id, row.item.evidence.get(self.language),
                               row.request, lambda status, note: self._save(row.item.id, status=status, note=note))
        dialog.open()

    def export(self) -> None:
        session = self.session
        if session is None or self.exporter.running or not self.model.rowCount():
            return
        from exportaudit.ui.controllers.workbook_export import WorkbookExportDialog

        dialog = WorkbookExportDialog(self.view.window(), session, self.language, self.tr("Export request list"),
                                      self.tr("document requests"))
        dialog.accepted.connect(lambda: self._run_export(session, *dialog.values()[1:]))
        dialog.open()

    def _run_export(self, session: AssessmentSession, language: str, out: Path) -> None:
        store_path, assessment_id = session.store.path, session.assessment_id

        def work(report) -> Path:
            from exportaudit.exchange.request_list import write_request_list  # loads the report modules

            with open_store(store_path, read_only=True) as store:  # this thread's own connection
                return write_request_list(AssessmentSession(store, assessment_id), out, language=language,
                                          progress=report)

        self.exporter.start(work)
