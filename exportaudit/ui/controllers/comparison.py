"""The comparison tab of a re-audit: the baseline's and the current element levels and the target overlaid on the
radar, the levels and scores with their changes in a table, the items that improved, regressed, stayed the same or
cannot be compared, those carried over and not yet re-confirmed, and the baseline's corrective actions still open.
Recomputed only while the tab is visible, after the answers changed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from exportaudit.core.changes import Changes
from exportaudit.core.comparison import Comparison, compare, difference, direction_mark
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError
from exportaudit.core.vocab import ASSESSMENT_KINDS
from exportaudit.ui.colours import ACTUAL_COLOUR, BASELINE_COLOUR, TARGET_COLOUR
from exportaudit.ui.controllers._tables import show_sorted
from exportaudit.ui.models.actions import COL_DUE, ActionTableModel
from exportaudit.ui.models.comparison import ElementChangeModel, ItemChangeModel
from exportaudit.ui.operations import Operations
from exportaudit.ui.views.comparison_view import (
    TAB_IMPROVED,
    TAB_NOT_COMPARABLE,
    TAB_NOT_RECONFIRMED,
    TAB_OPEN_ACTIONS,
    TAB_REGRESSED,
    TAB_UNCHANGED,
    ComparisonView,
)
from exportaudit.ui.widgets.radar_chart import RadarPlot


def load_baseline(session: AssessmentSession | None) -> AssessmentSession | None:
    """The assessment a re-audit is compared with; None when it is no re-audit or its baseline was deleted."""
    if session is None or not session.assessment.baseline_id:
        return None
    try:
        return AssessmentSession(session.store, session.assessment.baseline_id)
    except StoreError:
        return None  # the baseline was deleted: nothing to compare with


def _or_dash(value) -> str:
    return "—" if value is None else str(value)


class ComparisonController(QObject):
    def __init__(self, view: ComparisonView, operations: Operations):
        super().__init__(view)
        self.view = view
        operations.operation_did_execute.connect(self._on_operation_did_execute)
        self.elements = ElementChangeModel(self)
        self.groups = [ItemChangeModel(self) for _ in view.item_tables()]
        self.actions = ActionTableModel(self)
        show_sorted(view.element_table, self.elements)  # the checklist's own order
        for table, model in zip(view.item_tables(), self.groups, strict=False):
            show_sorted(table, model, column=0)
        show_sorted(view.actions_table, self.actions, column=COL_DUE)
        view.configure_columns()
        self.session: AssessmentSession | None = None
        self.baseline: AssessmentSession | None = None
        self.comparison: Comparison | None = None
        self.language = "en"
        self._stale = True

    def set_language(self, language: str) -> None:
        self.language = language
        for model in (self.elements, *self.groups, self.actions):
            model.set_language(language)
        self._stale = True
        self.refresh_if_shown()

    def show(self, session: AssessmentSession | None) -> None:
        """Follow a newly opened assessment; the baseline is read once here."""
        self.session, self.baseline, self.comparison = session, load_baseline(session), None
        self._stale = True
        if self.baseline is None:
            self._clear()
        self.refresh_if_shown()

    @property
    def available(self) -> bool:
        return self.baseline is not None

    def _on_operation_did_execute(self, changes: Changes, _initiator: object | None) -> None:
        """Scores or actions moved: compare again now if shown, else when next shown."""
        if self.session is not None and (changes.scores or changes.actions):
            self._stale = True
            self.refresh_if_shown()

    def refresh_if_shown(self) -> None:
        if self._stale and self.view.isVisible():
            self.refresh()

    def refresh(self) -> None:
        session, baseline = self.session, self.baseline
        self._stale = False
        if session is None or baseline is None:
            self._clear()
            return
        result = compare(baseline, session)
        self.comparison = result
        checklist, language = session.checklist, self.language
        self.elements.set_changes(checklist, result.elements)
        for model, changes in zip(self.groups, (result.improved, result.regressed, result.unchanged,
                                                result.not_comparable, result.not_reconfirmed), strict=True):
            model.set_changes(checklist, changes)
        self.actions.set_actions(baseline.checklist, list(result.open_baseline_actions))
        labels = [checklist.element(e.element_id).name.get(language) for e in result.elements]
        targets = {e.element_id: e.target for e in session.score.elements}
        self.view.radar.set_plots(labels, [  # the baseline last, as an outline: it shows where levels are equal
            RadarPlot(self.tr("Target"), tuple(targets.get(e.element_id) for e in result.elements), TARGET_COLOUR,
                      filled=False),
            RadarPlot(self.tr("Now"), tuple(e.level_now for e in result.elements), ACTUAL_COLOUR),
            RadarPlot(self.tr("Baseline"), tuple(e.level_then for e in result.elements), BASELINE_COLOUR,
                      filled=False, labelled=True)])
        tabs = self.view.item_tabs
        for tab, text, count in ((TAB_IMPROVED, self.tr("Improved ({count})"), len(result.improved)),
                                 (TAB_REGRESSED, self.tr("Regressed ({count})"), len(result.regressed)),
                                 (TAB_UNCHANGED, self.tr("Unchanged ({count})"), len(result.unchanged)),
                                 (TAB_NOT_COMPARABLE, self.tr("Not comparable ({count})"), len(result.not_comparable)),
                                 (TAB_NOT_RECONFIRMED, self.tr("Not yet re-confirmed ({count})"),
                                  len(result.not_reconfirmed)),
                                 (TAB_OPEN_ACTIONS, self.tr("Open actions from the baseline ({count})"),
                                  len(result.open_baseline_actions))):
            tabs.setTabText(tab, text.format(count=count))
            tabs.widget(tab).setAccessibleName(text.format(count=count))  # the list is named as its tab
        tabs.setTabToolTip(TAB_NOT_COMPARABLE, self.tr("Rated on one side only: new, not applicable or unanswered"))
        tabs.setTabToolTip(TAB_NOT_RECONFIRMED, self.tr("Answers carried over from the baseline that nobody has "
                                                        "confirmed or changed yet"))
        base = baseline.assessment
        then, now = baseline.score.overall, session.score.overall
        kind = ASSESSMENT_KINDS.get(base.kind)
        self.view.baseline_label.setText(
            self.tr("Baseline: <b>{title}</b> ({kind}, {period})").format(
                title=escape(base.in_language("title", language)),
                kind=escape(kind.get(language) if kind else base.kind),
                period=escape(f"{base.period_start or '…'} – {base.period_end or '…'}"))
            + "<br>" + escape(self.tr("Overall level {then} then, {now} now ({level_change}); score {score_then} → "
                                      "{score_now} ({score_change})").format(
                then=_or_dash(then.level), now=_or_dash(now.level),
                level_change=direction_mark(difference(then.level, now.level)) or "—",
                score_then=_or_dash(then.score), score_now=_or_dash(now.score),
                score_change=direction_mark(difference(then.score, now.score)) or "—")))

    def _clear(self) -> None:
        self.comparison = None
        self.elements.set_changes(None, [])
        for model in self.groups:
            model.set_changes(None, [])
        self.actions.set_actions(None, [])
        self.view.radar.set_plots([], [])
        self.view.baseline_label.clear()
