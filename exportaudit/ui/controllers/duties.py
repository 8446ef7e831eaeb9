"""Keeps the statutory duties tab in step with the session's scores: painted when the tab is shown, and again on
each change notice that moves scores while it is shown."""

from __future__ import annotations

from PySide6.QtCore import QObject

from exportaudit.core.changes import Changes
from exportaudit.core.reasons import DUTY_STATUSES
from exportaudit.core.session import AssessmentSession
from exportaudit.ui.models.duties import DutiesTableModel
from exportaudit.ui.operations import Operations
from exportaudit.ui.views.assessment_page_view import tab_shown
from exportaudit.ui.views.duties_view import DutiesView


class DutiesController(QObject):
    def __init__(self, view: DutiesView, operations: Operations):
        super().__init__(view)
        self.view = view
        self.session: AssessmentSession | None = None
        operations.operation_did_execute.connect(self._on_operation_did_execute)
        self.model = DutiesTableModel(self)
        view.table.setModel(self.model)
        view.configure_columns()
        self.language = "en"

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)

    def _on_operation_did_execute(self, changes: Changes, _initiator: object | None) -> None:
        if self.session is not None and changes.scores and tab_shown(self.view):
            self.refresh(self.session)

    def clear(self) -> None:
        self.session = None
        self.model.set_duties([], {})
        self.view.summary_label.clear()

    def refresh(self, session: AssessmentSession) -> None:
        self.session = session
        duties = session.duties()
        self.model.set_duties(duties, {e.id: e.name for e in session.checklist.elements})
        counts = {k: sum(d.status == k for d in duties) for k in DUTY_STATUSES}
        self.view.summary_label.setText(self.tr("{total} statutory duties: {not_met} not met, {not_assessed} not "
                                                "assessed, {met} met").format(total=len(duties), **counts))
        self.view.table.resizeRowsToContents()
