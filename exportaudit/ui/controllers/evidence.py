"""Evidence files of the current item: attach (by dialog or drop), open, remove.

Copying and hashing a file can take long for big scans, so attaching runs as a background operation with its own
store connection; its change notice makes the session re-read its evidence counts, and every panel showing the
item, its score or its document request repaints itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from exportaudit.core.changes import Changes
from exportaudit.core.operations import evidence as evidence_ops
from exportaudit.core.scoring_model2 import EvidenceFact, is_stale
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError
from exportaudit.ui import prompts
from exportaudit.ui.models.evidence import EvidenceRole, EvidenceTableModel
from exportaudit.ui.operations import Operations
from exportaudit.ui.refusals import refusal_text
from exportaudit.ui.views.evidence_view import EvidenceView


class EvidenceController(QObject):
    status = Signal(str)
    attaching = Signal(bool)

    def __init__(self, view: EvidenceView, operations: Operations):
        super().__init__(view)
        self.view = view
        self.operations = operations
        operations.operation_did_execute.connect(self._on_operation_did_execute)
        self.model = EvidenceTableModel(self)
        view.table.setModel(self.model)
        view.configure_columns()
        self._session: AssessmentSession | None = None
        self._item_id: str | None = None
        self._editable = False
        self.pending = 0
        view.attach_button.clicked.connect(self.choose_and_attach)
        view.open_button.clicked.connect(self.open_selected)
        view.remove_button.clicked.connect(self.remove_selected)
        view.describe_button.clicked.connect(self.describe_selected)
        view.files_dropped.connect(self.attach)
        view.table.doubleClicked.connect(lambda _index: self.open_selected())
        view.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def show(self, session: AssessmentSession | None, item_id: str | None, *, editable: bool) -> None:
        self._session, self._item_id, self._editable = session, item_id, editable
        self.reload()

    def _on_operation_did_execute(self, changes: Changes, _initiator: object | None) -> None:
        """The shown item's files changed (or test-card evidence, or anything): read them again. A change to the
        assessment as a whole is left to the assessment controller, which points this panel again."""
        if self._item_id is not None and not changes.structure and (
                self._item_id in changes.evidence or changes.testing):
            self.reload()

    def reload(self) -> None:
        if self._session is None or self._item_id is None:
            self.model.set_rows([])
        else:
            store = self._session.store
            records = store.evidence.all(self._session.assessment_id, self._item_id)
            window = self._session.window
            self.model.set_rows(records, {r.id for r in records if store.evidence.is_missing(r)},
                                {r.id for r in records if is_stale(EvidenceFact(r.kind, r.covered_date), window)})
        self.view.setEnabled(self._item_id is not None)
        self._update_buttons()

    def _selected(self):
        rows = self.view.table.selectionModel().selectedRows()
        if not rows and self.model.rowCount() == 1:
            return self.model.record(0)
        return rows[0].data(EvidenceRole) if rows else None

    def _update_buttons(self) -> None:
        has_item = self._item_id is not None
        self.view.attach_button.setEnabled(has_item and self._editable)
        self.view.setAcceptDrops(has_item and self._editable)
        selected = self._selected() is not None
        self.view.open_button.setEnabled(selected)
        self.view.remove_button.setEnabled(selected and self._editable)
        self.view.describe_button.setEnabled(selected and self._editable)

    # --- attach ---------------------------------------------------------------------------------

    def choose_and_attach(self) -> None:
        if self._item_id is None or not self._editable:
            return
        files = prompts.choose_files_to_attach(self.view.window())
        if files:
            self.attach(files)

    def attach(self, files: list[str]) -> None:
        """Ask what each file shows and the date it covers (defaults from its name and date), then attach."""
        if self._session is None or self._item_id is None or not self._editable or not files:
            return
        session, item_id = self._session, self._item_id
        if prompts.refuse_store_files(self.view.window(), session.store, [Path(f) for f in files],
                                      self.tr("Evidence not attached")):
            return
        from exportaudit.ui.controllers.evidence_facts_dialog import EvidenceFactsDialog

        dialog = EvidenceFactsDialog.for_files(self.view.window(), files,
                                               lambda facts: self._attach_with(session, item_id, files, facts))
        dialog.open()

    def _attach_with(self, session: AssessmentSession, item_id: str, files: list[str],
                     facts: list[tuple[str, str]]) -> None:
        store_path, user, assessment_id = session.store.path, session.store.user, session.assessment_id
        sources = [Path(f) for f in files]
        attached: list[str] = []  # what went in, even when a later file fails

        self.pending += 1
        self.attaching.emit(True)
        self.status.emit(self.tr("Attaching {count} file(s)…").format(count=len(sources)))
        self.operations.run_in_background(
            lambda report: evidence_ops.attach(store_path, user, assessment_id, item_id, sources, facts, report,
                                               attached),
            initiator=self, success=lambda names: self._attached(item_id, names),
            failure=self._attach_failed, failed_changes=evidence_ops.evidence_changed(item_id))

    def _attached(self, item_id: str, names: list[str]) -> None:
        self.pending -= 1
        self.attaching.emit(self.pending > 0)
        self.status.emit(self.tr("Attached to {item}: {files}").format(item=item_id, files=", ".join(names)))

    def _attach_failed(self, exc: BaseException) -> None:
        self.pending -= 1
        self.attaching.emit(self.pending > 0)
        detail = refusal_text(exc) if isinstance(exc, (StoreError, OSError)) else repr(exc)
        prompts.show_error(self.view.window(), self.tr("Evidence not attached"),
                           self.tr("The file could not be attached.") + "\n\n" + detail)

    # --- open and remove ------------------------------------------------------------------------

    def open_selected(self) -> None:
        record = self._selected()
        if record is None or self._session is None:
            return
        store = self._session.store
        if store.evidence.is_missing(record):
            prompts.show_error(self.view.window(), self.tr("File missing"), self.tr(
                "{name} is missing from the evidence folder {folder}. Restore the folder from a backup, "
                "or remove this entry and attach the file again.").format(name=record.file_name,
                                                                        folder=store.vault.folder))
            return
        if not prompts.open_in_desktop(store.evidence.path(record)):
            self.status.emit(self.tr("No program is set up to open {name}.").format(name=record.file_name))

    def describe_selected(self) -> None:
        """Change what the selected file shows or the date it covers (logged)."""
        record = self._selected()
        if record is None or self._session is None or not self._editable:
            return
        session = self._session

        def save(facts: list[tuple[str, str]]) -> None:
            kind, covered = facts[0]
            self.operations.perform(lambda: evidence_ops.describe(session, record, kind, covered), initiator=self)

        def saved() -> None:
            self.status.emit(self.tr("Saved what {name} shows.").format(name=record.file_name))

        from exportaudit.ui.controllers.evidence_facts_dialog import EvidenceFactsDialog

        dialog = EvidenceFactsDialog.for_record(self.view.window(), record, save)
        dialog.accepted.connect(saved)
        dialog.open()

    def remove_selected(self) -> None:
        record = self._selected()
        if record is None or self._session is None or not self._editable:
            return
        session = self._session

        def removed(_value) -> None:
            self.status.emit(self.tr("Removed {name} from {item} (kept in the change history).").format(
                name=record.file_name, item=record.item_id))

        def remove() -> None:
            self.operations.run(lambda: evidence_ops.remove(session, record), parent=self.view,
                                title=self.tr("Evidence not removed"), initiator=self, success=removed)

        prompts.confirm(self.view.window(), self.tr("Remove evidence"),
                        self.tr("Remove {name} from item {item}?").format(name=record.file_name, item=record.item_id),
                        self.tr("Remove"), remove)
