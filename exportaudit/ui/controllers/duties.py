"""Keeps the statutory duties tab in step with the session's scores."""

from __future__ import annotations

from PySide6.QtCore import QObject

from exportaudit.core.reasons import DUTY_STATUSES
from exportaudit.core.session import AssessmentSession
from exportaudit.ui.models.duties import DutiesTableModel
from exportaudit.ui.views.duties_view import DutiesView


class DutiesController(QObject):
    def __init__(self, view: DutiesView):
        super().__init__(view)
        self.view = view
        self.model = DutiesTableModel(self)
        view.table.setModel(self.model)
        view.configure_columns()
        self.language = "en"

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)

    def clear(self) -> None:
        self.model.set_duties([], {})
        self.view.summary_label.clear()

    def refresh(self, session: AssessmentSession) -> None:
        duties = session.duties()
        self.model.set_duties(duties, {e.id: e.name for e in session.checklist.elements})
        counts = {k: sum(d.status == k for d in duties) for k in DUTY_STATUSES}
        self.view.summary_label.setText(self.tr("{total} statutory duties: {not_met} not met, {not_assessed} not "
                                                "assessed, {met} met").format(total=len(duties), **counts))
        self.view.table.resizeRowsToContents()
