"""Add or edit a corrective action: the finding it answers, description, owner (completed from the owners already
named), an optional due date picked from a calendar, status and closing note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from exportaudit.core.checklist import Checklist
from exportaudit.core.operations import workflow as workflow_ops
from exportaudit.core.records import Action, Finding
from exportaudit.core.session import AssessmentSession
from exportaudit.core.vocab import ACTION_STATUSES
from exportaudit.ui.colours import grade_colour
from exportaudit.ui.controllers._form import FormDialog
from exportaudit.ui.marks import swatch
from exportaudit.ui.models.findings import grade_text, subject_text
from exportaudit.ui.operations import Operations
from exportaudit.ui.views.action_dialog_view import ActionDialogView

DEFAULT_DAYS = 30  # a new action is due a month from today unless the user says otherwise


class ActionDialog(FormDialog, ActionDialogView):
    def __init__(self, parent: QWidget, language: str, checklist: Checklist, findings: list[Finding],
                 owners: list[str], action: Action | None, finding_id: int | None, save: Callable[[dict], None]):
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("Add corrective action") if action is None else self.tr("Edit corrective action"))
        for f in findings:
            label = f"{subject_text(checklist, f.item_id, f.element_id, language)} — " \
                    f"{grade_text(f.grade, language)}: {f.description.splitlines()[0] if f.description else ''}"
            self.finding_combo.addItem(swatch(grade_colour(f.grade)), label[:140], f.id)
        for key, text in ACTION_STATUSES.items():
            self.status_combo.addItem(text.get(language), key)
        completer = QCompleter(owners, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner_edit.setCompleter(completer)
        chosen = action.finding_id if action is not None else finding_id
        if chosen is not None:
            self.finding_combo.setCurrentIndex(max(0, self.finding_combo.findData(chosen)))
        self.finding_combo.setEnabled(action is None)  # an action stays with its finding
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        if action is not None:
            self.description_edit.setPlainText(action.description)
            self.owner_edit.setText(action.owner)
            self.due_check.setChecked(bool(action.due_date))
            due = QDate.fromString(action.due_date or "", "yyyy-MM-dd")
            self.due_edit.setDate(due if due.isValid() else QDate.currentDate().addDays(DEFAULT_DAYS))
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(action.status)))
            self.closing_edit.setPlainText(action.closing_note)
        else:
            self.due_check.setChecked(True)
            self.due_edit.setDate(QDate.currentDate().addDays(DEFAULT_DAYS))
        self.due_edit.setEnabled(self.due_check.isChecked())
        self.description_edit.textChanged.connect(self._update)
        if not findings:
            self.show_error(self.tr("Raise a finding first: every corrective action answers a finding."))
        (self.description_edit if finding_id is not None or action is not None else self.finding_combo).setFocus()
        self._update()

    def values(self) -> dict:
        return {"finding_id": self.finding_combo.currentData(),
                "description": self.description_edit.toPlainText().strip(),
                "owner": self.owner_edit.text().strip(),
                "due_date": self.due_edit.date().toString("yyyy-MM-dd") if self.due_check.isChecked() else None,
                "status": self.status_combo.currentData(),
                "closing_note": self.closing_edit.toPlainText().strip()}

    def _update(self) -> None:
        ok = bool(self.description_edit.toPlainText().strip()) and self.finding_combo.currentData() is not None
        self.allow_ok(ok)

    def problem(self, values: dict) -> str:
        if values["finding_id"] is None:
            return self.tr("Raise a finding first: every corrective action answers a finding.")
        if not values["description"]:
            return self.tr("A corrective action needs a description.")
        return ""


def open_action_dialog(parent: QWidget, operations: Operations, session: AssessmentSession, language: str,
                       action: Action | None, finding_id: int | None, done: Callable[[], None]) -> ActionDialog:
    """Add (``action`` None) or edit a corrective action of ``session``; ``done()`` runs once it is saved."""
    store = session.store
    findings = store.findings.all(session.assessment_id)
    owners = sorted({a.owner for a in store.actions.all(session.assessment_id) if a.owner}, key=str.casefold)

    def save(values: dict) -> None:
        finding = values.pop("finding_id")
        operations.perform(lambda: workflow_ops.save_action(store, action.id if action else None, finding, **values))

    dialog = ActionDialog(parent, language, session.checklist, findings, owners, action, finding_id, save)
    dialog.accepted.connect(done)
    dialog.open()
    return dialog
