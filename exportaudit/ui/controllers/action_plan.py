"""The action plan tab: every corrective action of the assessment in a sortable table, filtered by text, status
(any, open, overdue, or one status) and owner; overdue actions are marked. Actions are added, edited and deleted
here (through the same dialog as from the findings panel). The table follows the change notices of findings and
actions made anywhere; while the tab is hidden it only notes that it is stale."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from exportaudit.core.changes import Changes
from exportaudit.core.operations import workflow as workflow_ops
from exportaudit.core.records import Action
from exportaudit.core.session import AssessmentSession
from exportaudit.core.vocab import ACTION_STATUSES
from exportaudit.ui import prompts
from exportaudit.ui.controllers._panels import RefreshWhenShown
from exportaudit.ui.controllers._tables import show_sorted
from exportaudit.ui.models._table import RecordRole
from exportaudit.ui.models.actions import ALL, COL_DUE, OPEN, OVERDUE, ActionFilterProxy, ActionTableModel
from exportaudit.ui.operations import Operations
from exportaudit.ui.views.action_plan_view import ActionPlanView


class ActionPlanController(RefreshWhenShown, QObject):
    status = Signal(str)

    def __init__(self, view: ActionPlanView, operations: Operations):
        super().__init__(view)
        self.view = view
        self.operations = operations
        self._stale = False
        operations.operation_did_execute.connect(self._on_operation_did_execute)
        self.model = ActionTableModel(self)
        self.proxy = show_sorted(view.table, self.model, ActionFilterProxy(self), COL_DUE)
        view.configure_columns()
        self.session: AssessmentSession | None = None
        self.editable = False
        self.language = "en"
        self.today: str | None = None  # tests fix the day; None is the real today
        self._fill_status_filter()
        view.filter_edit.textChanged.connect(self.proxy.set_text)
        view.status_combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        view.owner_combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        view.add_button.clicked.connect(self.add)
        view.edit_button.clicked.connect(self.edit_selected)
        view.delete_button.clicked.connect(self.delete_selected)
        view.table.activated.connect(lambda _index: self.edit_selected())
        view.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # --- filling ----------------------------------------------------------------------------------

    def _fill_status_filter(self) -> None:
        combo = self.view.status_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any status"), ALL)
        combo.addItem(self.tr("Open (not done)"), OPEN)
        combo.addItem(self.tr("Overdue"), OVERDUE)
        for key, text in ACTION_STATUSES.items():
            combo.addItem(text.get(self.language), key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _fill_owner_filter(self) -> None:
        combo = self.view.owner_combo
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Anyone"), "")
        for owner in self.model.owners():
            combo.addItem(owner, owner)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if index < 0 and current:
            self._filter_changed()  # the chosen owner has no action left

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)
        self._fill_status_filter()
        self._fill_owner_filter()
        self._summarise()

    def show(self, session: AssessmentSession | None, *, editable: bool) -> None:
        self.session, self.editable = session, editable
        self.reload()

    def _on_operation_did_execute(self, changes: Changes, _initiator: object | None) -> None:
        if self.session is None or not (changes.findings or changes.actions or changes.structure):
            return
        self.follow(changes)

    def reload(self) -> None:
        self._stale = False
        session = self.session
        if session is None:
            self.model.set_actions(None, [])
        else:
            findings = {f.id: f.description for f in session.store.findings.all(session.assessment_id)}
            self.model.set_actions(session.checklist, session.store.actions.all(session.assessment_id),
                                   today=self.today, findings=findings)
        self._fill_owner_filter()
        self._summarise()
        self._update_buttons()

    def _filter_changed(self) -> None:
        self.proxy.set_status(self.view.status_combo.currentData() or ALL)
        self.proxy.set_owner(self.view.owner_combo.currentData() or "")
        self._summarise()

    def _summarise(self) -> None:
        total, shown, overdue = self.model.rowCount(), self.proxy.rowCount(), self.model.overdue_count()
        if not total:
            self.view.summary_label.setText(self.tr(
                "No corrective action yet: raise a finding in the workspace (F), then add actions to it."))
            return
        text = self.tr("{shown} of {total} action(s)").format(shown=shown, total=total)
        if overdue:
            text += " · " + self.tr("{count} overdue").format(count=overdue)
        self.view.summary_label.setText(text)

    def selected(self) -> Action | None:
        rows = self.view.table.selectionModel().selectedRows()
        return rows[0].data(RecordRole) if rows else None

    def _update_buttons(self) -> None:
        selected = self.selected() is not None
        has_findings = self.session is not None and bool(self.session.store.findings.all(self.session.assessment_id))
        self.view.add_button.setEnabled(self.editable and has_findings)
        self.view.add_button.setToolTip("" if has_findings else self.tr(
            "Raise a finding first (F in the workspace): every corrective action answers a finding."))
        self.view.edit_button.setEnabled(self.editable and selected)
        self.view.delete_button.setEnabled(self.editable and selected)

    # --- changes ----------------------------------------------------------------------------------

    def add(self) -> None:
        if self.session is None or not self.editable:
            return
        from exportaudit.ui.controllers.action_dialog import open_action_dialog

        open_action_dialog(self.view.window(), self.operations, self.session, self.language, None, None,
                           lambda: self._saved(self.tr("Corrective action added")))

    def edit_selected(self) -> None:
        action = self.selected()
        if action is None or not self.editable:
            return
        from exportaudit.ui.controllers.action_dialog import open_action_dialog

        open_action_dialog(self.view.window(), self.operations, self.session, self.language, action,
                           action.finding_id,
                           lambda: self._saved(self.tr("Corrective action saved"), action.id))

    def delete_selected(self) -> None:
        action = self.selected()
        if action is None or not self.editable:
            return
        store = self.session.store

        def delete() -> None:
            self.operations.run(lambda: workflow_ops.delete_action(store, action.id), parent=self.view,
                                title=self.tr("Action not deleted"), initiator=self,
                                success=lambda _value: self._saved(self.tr("Corrective action deleted (kept in the "
                                                                           "change history)")))

        prompts.confirm(self.view.window(), self.tr("Delete corrective action"),
                        self.tr("Delete the corrective action “{text}”?").format(text=action.description),
                        self.tr("Delete"), delete)

    def _saved(self, message: str, action_id: int | None = None) -> None:
        """After the notice has refreshed the table: select what was saved and say so."""
        if action_id is not None:
            self.select_action(action_id)
        self.status.emit(message)

    def select_action(self, action_id: int) -> None:
        row = self.model.row_of(action_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            self.view.table.selectRow(index.row())
            self.view.table.scrollTo(index)
