"""Keeps the dashboard (radar, overall result, element table) in step with the session's scores."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Signal

from exportaudit.core.changes import Changes
from exportaudit.core.scoring_model2 import CURRENT_MODEL
from exportaudit.core.session import AssessmentSession
from exportaudit.core.vocab import INDEPENDENCE
from exportaudit.ui.colours import level_colour
from exportaudit.ui.models.element_table import ElementTableModel
from exportaudit.ui.operations import Operations
from exportaudit.ui.score_reasons import level_text as level_with_range
from exportaudit.ui.views.assessment_page_view import tab_shown
from exportaudit.ui.views.dashboard_view import DashboardView
from exportaudit.ui.widgets.radar_chart import RadarSeries


class DashboardController(QObject):
    rescore_requested = Signal()

    def __init__(self, view: DashboardView, operations: Operations):
        super().__init__(view)
        self.view = view
        self._session: AssessmentSession | None = None
        self._language = "en"
        self._stale = False
        operations.operation_did_execute.connect(self._on_operation_did_execute)
        view.rescore_button.clicked.connect(self.rescore_requested)
        self.model = ElementTableModel(self)
        view.table.setModel(self.model)
        view.configure_columns()
        self._fitted = False

    def set_language(self, language: str) -> None:
        self.model.set_language(language)

    def show(self, session: AssessmentSession, language: str) -> None:
        """Follow ``session``: painted now when the tab is shown, else when it is next shown."""
        self._session, self._language = session, language
        self._stale = True
        self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        if self._stale and self._session is not None and tab_shown(self.view):
            self._stale = False
            self.refresh(self._session, self._language, editable=self._session.editable)

    def _on_operation_did_execute(self, changes: Changes, _initiator: object | None) -> None:
        """Scores moved (or the assessment's facts, shown under the result): repaint, or once shown again."""
        if self._session is not None and (changes.scores or changes.engagement):
            self._stale = True
            self.refresh_if_stale()

    def clear(self) -> None:
        self._session = None
        self.model.set_score(None, None)
        self.view.radar.set_series(RadarSeries((), (), ()))
        self.view.overall_level_label.clear()
        self.view.overall_details_label.clear()
        self.view.model_label.clear()
        self.view.rescore_button.hide()
        self.view.scale_label.clear()

    def refresh(self, session: AssessmentSession, language: str, *, editable: bool = False) -> None:
        score, checklist = session.score, session.checklist
        self.model.set_score(checklist, score)
        core = [e for e in score.elements if checklist.element(e.element_id).module is None]  # the radar is MOFCOM's
        self.view.radar.set_series(RadarSeries(
            tuple(checklist.element(e.element_id).name.get(language) for e in core),
            tuple(e.level for e in core), tuple(e.target for e in core)))
        overall = score.overall
        level_text = "—" if overall.level is None else str(overall.level)
        self.view.overall_level_label.setText(level_text)
        colour = level_colour(overall.level).name()
        self.view.overall_level_label.setStyleSheet(f"color: {colour};")
        lines = []
        if overall.level is not None:
            lines.append("<b>" + escape(checklist.level(overall.level).label.get(language)) + "</b>")
            lines.append(escape(self.tr("Score {score} of 5").format(score=overall.score)))
        else:
            lines.append(escape(self.tr("No item rated yet")))
        lines.append(escape(self.tr("Coverage {coverage:.0%} ({answered} of {applicable} items)").format(
            coverage=overall.coverage, answered=overall.answered, applicable=overall.applicable)))
        if overall.provisional:
            lines.append(escape(self.tr("Provisional until every applicable item is answered.")))
        if overall.level_range is not None and overall.level_range != (overall.level, overall.level):
            lines.append(escape(self.tr("Level {level}").format(
                level=level_with_range(overall.level, overall.level_range, language))))
        if overall.capped:
            lines.append(escape(self.tr("Held at the weakest element's level plus one.")))
        if score.sample_exception_items:
            lines.append(escape(self.tr("Sample exceptions hold {items} at 3 at most.").format(
                items=", ".join(sorted(score.sample_exception_items)))))
        module_elements = [e for e in checklist.elements if e.module is not None]
        if module_elements:
            lines.append(escape(self.tr("Not in the overall result (optional module): {elements}").format(
                elements=", ".join(e.name.get(language) for e in module_elements))))
        profile = checklist.profile(session.assessment.target_profile)
        if profile is not None:
            lines.append(escape(self.tr("Target profile: {name}").format(name=profile.name.get(language))))
        gaps = sum(1 for e in score.elements if e.gap)
        if gaps:
            lines.append(escape(self.tr("Elements below target: {count}").format(count=gaps)))
        self.view.overall_details_label.setText("<br>".join(lines))
        self._show_model(session, language, editable)
        self.view.scale_label.setText("<table cellspacing='0' cellpadding='2'>" + "".join(
            f"<tr><td><span style='color:{level_colour(s.level).name()}'>&#9632;</span></td>"
            f"<td><b>{s.level}</b></td><td>{escape(s.label.get(language))}</td></tr>" for s in checklist.levels)
            + "</table>")
        if not self._fitted and self.view.isVisible():
            self.view.fit_table_height()
            self._fitted = True

    def _show_model(self, session: AssessmentSession, language: str, editable: bool) -> None:
        """Which scoring model the result comes from and who assessed; an open model-1 assessment is offered a
        re-score with the current model."""
        a = session.assessment
        lines = [self.tr("Scored with model {model}").format(model=a.scoring_model)]
        who = a.assessor or "—"
        if a.assessor_role:
            who += f" ({a.assessor_role})"
        if a.independence in INDEPENDENCE:
            who += f" · {INDEPENDENCE[a.independence].get(language)}"
        lines.append(self.tr("Assessed by {who}").format(who=who))
        if a.reviewer:
            lines.append(self.tr("Reviewed by {name} on {date}").format(name=a.reviewer, date=a.review_date or "—"))
        self.view.model_label.setText("\n".join(lines))
        self.view.rescore_button.setVisible(editable and a.scoring_model < CURRENT_MODEL)

    def fit(self) -> None:
        self.view.fit_table_height()
        self._fitted = True
