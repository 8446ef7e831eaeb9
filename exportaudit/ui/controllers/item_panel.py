"""Fills the item panel and reference panel from the session, and turns the user's input there into requests.

It never saves anything itself: the assessment controller does, so keyboard and mouse share one path. It follows
the change notices itself: a change naming the item (or the scores) repaints its answer and reasons; the note
being typed is never rewritten by the notice of its own save.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Signal

from exportaudit.core import legal
from exportaudit.core.changes import Changes
from exportaudit.core.checklist import Element, Item
from exportaudit.core.reasons import check_labels
from exportaudit.core.scoring_model2 import na_allowed
from exportaudit.core.session import AssessmentSession
from exportaudit.core.sources import BADGES
from exportaudit.ui.operations import Operations
from exportaudit.ui.sample_feed import element_exceptions_tooltip, sample_tests_html
from exportaudit.ui.score_reasons import cap_lines, element_cap_lines, level_text
from exportaudit.ui.views.item_view import PAGE_ELEMENT, PAGE_ITEM, PAGE_NOTHING, ItemView
from exportaudit.ui.views.reference_view import ReferenceView


class ItemPanelController(QObject):
    level_chosen = Signal(int)
    not_applicable_requested = Signal()
    clear_requested = Signal()
    note_edited = Signal(str)
    reconfirm_requested = Signal()
    history_requested = Signal()

    def __init__(self, view: ItemView, reference: ReferenceView, operations: Operations):
        super().__init__(view)
        self.view, self.reference = view, reference
        self._session: AssessmentSession | None = None
        self._item: Item | None = None
        self._element: Element | None = None
        operations.operation_did_execute.connect(self._on_operation_did_execute)
        self._loading = False
        self._language = "en"
        self._labels: dict = {}
        view.level_clicked.connect(self.level_chosen)
        view.na_button.clicked.connect(self.not_applicable_requested)
        view.clear_button.clicked.connect(self.clear_requested)
        view.reconfirm_button.clicked.connect(self.reconfirm_requested)
        view.history_button.clicked.connect(self.history_requested)
        view.notes_edit.textChanged.connect(self._note_changed)

    def _note_changed(self) -> None:
        if not self._loading:
            self.note_edited.emit(self.view.notes_edit.toPlainText())

    # --- showing --------------------------------------------------------------------------------

    def _on_operation_did_execute(self, changes: Changes, initiator: object | None) -> None:
        """Repaint the item's answer when the notice touches it; the element's summary when scores moved. A change
        to the assessment as a whole is left to the assessment controller, which shows the current item again."""
        session = self._session
        if session is None or changes.structure:
            return
        if self._item is not None and changes.touches(self._item.id):
            if changes.testing:
                self._show_sample_tests(session, self._item)
            if changes.answers or changes.evidence or changes.findings or changes.testing:
                self.refresh_answer(session, self._item)
            if self._item.id in changes.notes and initiator is not self:  # never the note being typed
                self._show_note(session, self._item)
        elif self._element is not None and changes.scores:
            self.show_element(session, self._element, self._language)

    def show_nothing(self) -> None:
        self._session, self._item, self._element = None, None, None
        self.view.pages.setCurrentIndex(PAGE_NOTHING)
        for label in (self.reference.guidance_label, self.reference.evidence_label, self.reference.legal_label,
                      self.reference.sources_label, self.reference.changes_label):
            label.clear()

    def show_item(self, session: AssessmentSession, item: Item, language: str, *, editable: bool) -> None:
        self._session, self._item, self._element = session, item, None
        self._language = language
        self._labels = check_labels(session.checklist)
        view = self.view
        view.pages.setCurrentIndex(PAGE_ITEM)
        view.item_id_label.setText(item.id)
        view.key_badge.setVisible(item.key)
        view.basis_badge.setText(BADGES[item.badge].get(language))
        view.basis_badge.setToolTip(self._badge_tooltip(item.badge))
        element = session.checklist.element(item.element)
        view.element_label.setText(element.name.get(language))
        view.question_label.setText(item.question.get(language))
        for scale, choice in zip(session.checklist.levels, view.level_choices, strict=False):
            choice.radio.setText(f"{scale.level} · {scale.label.get(language)}")
            specific = item.level_text(scale.level)  # format 2: what the level means for this item
            definition = (specific or scale.definition).get(language)
            choice.definition.setText(definition)
            choice.definition.setToolTip(scale.definition.get(language) if specific else "")
            choice.radio.setAccessibleDescription(self.tr("{definition} Key {level} rates the item at this level.")
                                                  .format(definition=definition, level=scale.level))
        self.reference.guidance_label.setText(item.guidance.get(language))
        self.reference.evidence_label.setText(item.evidence.get(language))
        self._show_basis(session, item, language)
        self._show_note(session, item)
        for widget in (*(c for c in view.level_choices), view.na_button, view.clear_button):
            widget.setEnabled(editable)
        na_refused = session.model >= 2 and not na_allowed(item)  # a statutory key item is never N/A in model 2
        view.na_button.setEnabled(editable and not na_refused)
        view.na_button.setToolTip(self.tr("A key item with a statutory basis cannot be marked not applicable.")
                                  if na_refused else "")
        view.notes_edit.setReadOnly(not editable)
        self._show_sample_tests(session, item)
        self.refresh_answer(session, item)

    def _show_sample_tests(self, session: AssessmentSession, item: Item) -> None:
        sample_tests = sample_tests_html(session, item, self._language)  # pass rates move only with test cards
        self.view.sample_label.setText(sample_tests)
        self.view.sample_label.setVisible(bool(sample_tests))

    def _show_note(self, session: AssessmentSession, item: Item) -> None:
        self._loading = True
        try:
            note = session.response(item.id).note
            if self.view.notes_edit.toPlainText() != note:
                self.view.notes_edit.setPlainText(note)
        finally:
            self._loading = False

    def _badge_tooltip(self, badge: str) -> str:
        return {"statutory": self.tr("A statute imposes this duty: the legal basis names the articles."),
                "guidance": self.tr("An authority's guidance expects this; no statute requires it."),
                "good-practice": self.tr("Good practice: neither a statute nor an authority's guidance requires it.")
                }[badge]

    def _show_basis(self, session: AssessmentSession, item: Item, language: str) -> None:
        """Legal basis (statute articles only), related provisions, the typed sources and the change note."""
        lines = [legal.render(r, language) for r in item.legal_basis] or [self.tr("No statutory duty.")]
        if item.related:
            lines.append(self.tr("Related provisions (context, no duty on the operator): {refs}").format(
                refs=legal.render_all(item.related, language)))
        self.reference.legal_label.setText("\n".join(lines))
        format2 = session.checklist.format >= 2
        self.reference.show_format2(format2)
        if format2:
            self.reference.sources_label.setText("\n".join(
                "• " + s.label.get(language) + (f" — {s.note.get(language)}" if s.note else "") for s in item.sources))
        self.reference.changes_label.setText(item.changes.get(language) if item.changes else "")
        self.reference.show_changes(item.changes is not None)

    def refresh_answer(self, session: AssessmentSession, item: Item) -> None:
        """Show the item's answer as saved: the checked level, the N/A justification, the evidence warning."""
        view = self.view
        response = session.response(item.id)
        view.show_level(response.level)
        view.na_reason_label.setVisible(response.na)
        if response.na:
            view.na_reason_label.setText(self.tr("Not applicable: {reason}").format(reason=response.na_reason))
        item_score = session.score.items.get(item.id)
        reasons = self._reasons(item_score, response.level)
        view.unevidenced_label.setVisible(bool(reasons))
        view.unevidenced_label.setText(reasons)
        editable = view.level_choices[0].isEnabled()
        view.clear_button.setEnabled(editable and response.answered)
        view.reconfirm_box.setVisible(response.reconfirm)
        view.reconfirm_button.setEnabled(editable)

    def _reasons(self, item_score, rating: int | None) -> str:
        """Why the item counts lower than rated (model 2: each cap; model 1: the evidence gate), or ""."""
        if item_score is None:
            return ""
        lines = []
        if item_score.na_refused:
            lines.append(self.tr("A key item with a statutory basis cannot be N/A: rate it (it counts as "
                                 "unanswered until then)."))
        if item_score.caps:
            lines.append(self.tr("Rated {rated}, counts as {counts}:").format(rated=rating,
                                                                             counts=item_score.effective))
            lines += [f"• {line}" for line in cap_lines(item_score.caps, self._language, self._labels)]
        elif item_score.unevidenced:
            lines.append(self.tr("Rated {level} without evidence: it counts as 3 until a file is attached.").format(
                level=rating))
        if item_score.stale:
            lines.append(self.tr("{count} record(s) dated before the evidence window (stale).").format(
                count=item_score.stale))
        return "\n".join(lines)

    def show_element(self, session: AssessmentSession, element: Element, language: str) -> None:
        self._session, self._item, self._element = session, None, element
        view = self.view
        view.pages.setCurrentIndex(PAGE_ELEMENT)
        score = session.score.element(element.id)
        view.element_title_label.setText(element.name.get(language))
        dash = "—"
        rows = [
            (self.tr("Level"), level_text(score.level, score.level_range, language)),
            (self.tr("Score"), dash if score.score is None else str(score.score)),
            (self.tr("Target"), dash if score.target is None else str(score.target)),
            (self.tr("Gap"), dash if score.gap is None else str(score.gap)),
            (self.tr("Answered"), f"{score.answered}/{score.applicable} ({score.coverage:.0%})"),
            (self.tr("Unevidenced claims"), str(score.unevidenced)),
        ]
        if score.score_uncapped is not None and score.score_uncapped != score.score:
            rows.insert(2, (self.tr("Score before the cap"), str(score.score_uncapped)))
        html = "<table cellspacing='0' cellpadding='3'>" + "".join(
            f"<tr><td>{escape(k)}</td><td><b>{escape(v)}</b></td></tr>" for k, v in rows) + "</table>"
        if score.cap_reasons:  # model 2
            html += "<p><b>" + escape(self.tr("Why it is held down:")) + "</b></p><ul>" + "".join(
                f"<li>{escape(line)}</li>"
                for line in element_cap_lines(score, language, check_labels(session.checklist))) + "</ul>"
        elif score.capped:
            html += "<p>" + escape(self.tr("Held at level 2 by key items rated below 3: {items}").format(
                items=", ".join(score.weak_key_items))) + "</p>"
        if score.sample_exceptions and not score.cap_reasons:
            html += "<p>" + escape(element_exceptions_tooltip(score.sample_exceptions)) + "</p>"
        view.element_summary_label.setText(html)
        for label in (self.reference.guidance_label, self.reference.evidence_label, self.reference.legal_label,
                      self.reference.sources_label, self.reference.changes_label):
            label.clear()
