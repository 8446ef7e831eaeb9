"""The workspace's findings panel: the findings of the current item (or of an element and its items), raised,
edited and deleted here; a corrective action is added to the selected finding.

Each change runs as an operation, saved at once (and logged); its notice reaches the tree's finding marks, the
action plan and the scores without this panel knowing them, and this panel re-reads its list from the notices of
findings and actions raised elsewhere (a test card, the action plan).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject, Signal

from exportaudit.core.changes import Changes
from exportaudit.core.checklist import Element, Item
from exportaudit.core.operations import workflow as workflow_ops
from exportaudit.core.records import Finding
from exportaudit.core.session import AssessmentSession
from exportaudit.ui import prompts
from exportaudit.ui.models._table import RecordRole
from exportaudit.ui.models.findings import FindingTableModel, grade_text, subject_text
from exportaudit.ui.operations import Operations
from exportaudit.ui.views.findings_view import FindingsView


class FindingsController(QObject):
    status = Signal(str)

    def __init__(self, view: FindingsView, operations: Operations):
        super().__init__(view)
        self.view = view
        self.operations = operations
        operations.operation_did_execute.connect(self._on_operation_did_execute)
        self.model = FindingTableModel(self)
        view.table.setModel(self.model)
        view.configure_columns()
        self._session: AssessmentSession | None = None
        self._item: Item | None = None
        self._element: Element | None = None
        self._editable = False
        self.language = "en"
        view.add_button.clicked.connect(self.raise_finding)
        view.edit_button.clicked.connect(self.edit_selected)
        view.delete_button.clicked.connect(self.delete_selected)
        view.action_button.clicked.connect(self.add_action)
        view.table.activated.connect(lambda _index: self.edit_selected())
        view.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)

    def show(self, session: AssessmentSession | None, item: Item | None, element: Element | None, *,
             editable: bool) -> None:
        self._session, self._item, self._element, self._editable = session, item, element, editable
        self.reload()

    def _on_operation_did_execute(self, changes: Changes, _initiator: object | None) -> None:
        """Findings or actions changed anywhere: read the list again (the assessment controller points this panel
        again after a change to the assessment as a whole)."""
        if self._session is not None and not changes.structure and (changes.findings or changes.actions):
            self.reload()

    def all_findings(self) -> list[Finding]:
        if self._session is None:
            return []
        return self._session.store.findings.all(self._session.assessment_id)

    def reload(self) -> None:
        session = self._session
        if session is None or (self._item is None and self._element is None):
            self.model.set_findings(None, [])
        else:
            everything = self.all_findings()
            if self._item is not None:
                shown = [f for f in everything if f.item_id == self._item.id]
            else:
                shown = [f for f in everything if f.element_id == self._element.id]
            counts = Counter(a.finding_id for a in session.store.actions.all(session.assessment_id))
            self.model.set_findings(session.checklist, shown, counts)
        self.view.table.setVisible(self.model.rowCount() > 0)
        self.view.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def _subject(self) -> tuple[str | None, str | None]:
        if self._item is not None:
            return self._item.id, self._item.element
        return None, self._element.id if self._element is not None else None

    def can_raise(self) -> bool:
        return self._session is not None and self._editable and any(self._subject())

    def selected(self) -> Finding | None:
        rows = self.view.table.selectionModel().selectedRows()
        if not rows and self.model.rowCount() == 1:
            return self.model.record(0)
        return rows[0].data(RecordRole) if rows else None

    def _update_buttons(self) -> None:
        selected = self.selected() is not None
        self.view.add_button.setEnabled(self.can_raise())
        self.view.edit_button.setEnabled(selected and self._editable)
        self.view.delete_button.setEnabled(selected and self._editable)
        self.view.action_button.setEnabled(selected and self._editable)

    def _subject_text(self, item_id: str | None, element_id: str | None) -> str:
        text = subject_text(self._session.checklist, item_id, element_id, self.language)
        if item_id and self._session.checklist.has_item(item_id):
            text += "\n" + self._session.checklist.item(item_id).question.get(self.language)
        return text

    # --- changes --------------------------------------------------------------------------------

    def raise_finding(self) -> None:
        if not self.can_raise():
            return
        session = self._session
        item_id, element_id = self._subject()
        created: list[int] = []

        def save(values: dict) -> None:
            subject = {"item_id": item_id} if item_id else {"element_id": element_id}
            created.append(self.operations.perform(
                lambda: workflow_ops.raise_finding(session.store, session.assessment_id, **values, **subject),
                initiator=self))

        from exportaudit.ui.controllers.finding_dialog import FindingDialog

        dialog = FindingDialog(self.view.window(), self.language, self._subject_text(item_id, element_id), None, save)
        dialog.accepted.connect(lambda: self._saved(self.tr("Finding raised on {subject}").format(
            subject=item_id or self._session.checklist.element(element_id).name.get(self.language)), created[-1]))
        dialog.open()

    def edit_selected(self) -> None:
        finding = self.selected()
        if finding is None or not self._editable:
            return
        store = self._session.store
        from exportaudit.ui.controllers.finding_dialog import FindingDialog

        dialog = FindingDialog(self.view.window(), self.language,
                               self._subject_text(finding.item_id, finding.element_id), finding,
                               lambda values: self.operations.perform(
                                   lambda: workflow_ops.update_finding(store, finding.id, **values), initiator=self))
        dialog.accepted.connect(lambda: self._saved(self.tr("Finding saved"), finding.id))
        dialog.open()

    def delete_selected(self) -> None:
        finding = self.selected()
        if finding is None or not self._editable:
            return
        store = self._session.store
        actions = [a for a in store.actions.all(finding.assessment_id) if a.finding_id == finding.id]

        def delete() -> None:
            self.operations.run(lambda: workflow_ops.delete_finding(store, finding.id), parent=self.view,
                                title=self.tr("Finding not deleted"), initiator=self,
                                success=lambda _value: self._saved(self.tr("Finding deleted (kept in the change "
                                                                           "history)")))

        prompts.confirm(self.view.window(), self.tr("Delete finding"),
                        self.tr("Delete the finding “{text}” ({grade}) and its {count} corrective action(s)?").format(
                            text=finding.description, grade=grade_text(finding.grade, self.language),
                            count=len(actions)),
                        self.tr("Delete"), delete)

    def add_action(self) -> None:
        finding = self.selected()
        if finding is None or not self._editable:
            return
        from exportaudit.ui.controllers.action_dialog import open_action_dialog

        open_action_dialog(self.view.window(), self.operations, self._session, self.language, None, finding.id,
                           lambda: self._saved(self.tr("Corrective action added"), finding.id))

    def _saved(self, message: str, finding_id: int | None = None) -> None:
        """After the notice has refreshed the list: select what was saved and say so."""
        row = self.model.row_of(finding_id) if finding_id is not None else -1
        if row >= 0:
            self.view.table.selectRow(row)
        self.status.emit(message)

