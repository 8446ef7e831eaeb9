"""Fills the item panel and reference panel from the session, and turns the user's input there into requests.

It never saves anything itself: the assessment controller does, so keyboard and mouse share one path.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Signal

from exportaudit.core import legal
from exportaudit.core.checklist import Element, Item
from exportaudit.core.session import AssessmentSession
from exportaudit.ui.sample_feed import element_exceptions_tooltip, sample_tests_html
from exportaudit.ui.views.item_view import PAGE_ELEMENT, PAGE_ITEM, PAGE_NOTHING, ItemView
from exportaudit.ui.views.reference_view import ReferenceView


class ItemPanelController(QObject):
    level_chosen = Signal(int)
    not_applicable_requested = Signal()
    clear_requested = Signal()
    note_edited = Signal(str)
    reconfirm_requested = Signal()
    history_requested = Signal()

    def __init__(self, view: ItemView, reference: ReferenceView):
        super().__init__(view)
        self.view, self.reference = view, reference
        self._loading = False
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

    def show_nothing(self) -> None:
        self.view.pages.setCurrentIndex(PAGE_NOTHING)
        for label in (self.reference.guidance_label, self.reference.evidence_label, self.reference.legal_label):
            label.clear()

    def show_item(self, session: AssessmentSession, item: Item, language: str, *, editable: bool) -> None:
        view = self.view
        view.pages.setCurrentIndex(PAGE_ITEM)
        view.item_id_label.setText(item.id)
        view.key_badge.setVisible(item.key)
        element = session.checklist.element(item.element)
        view.element_label.setText(element.name.get(language))
        view.question_label.setText(item.question.get(language))
        for scale, choice in zip(session.checklist.levels, view.level_choices):
            choice.radio.setText(f"{scale.level} · {scale.label.get(language)}")
            choice.definition.setText(scale.definition.get(language))
            choice.radio.setAccessibleDescription(self.tr("{definition} Key {level} rates the item at this level.")
                                                  .format(definition=scale.definition.get(language), level=scale.level))
        self.reference.guidance_label.setText(item.guidance.get(language))
        self.reference.evidence_label.setText(item.evidence.get(language))
        self.reference.legal_label.setText(legal.render_all(item.legal_basis, language, "\n") if item.legal_basis
                                           else self.tr("No statutory duty: good practice."))
        self._loading = True
        try:
            note = session.response(item.id).note
            if view.notes_edit.toPlainText() != note:
                view.notes_edit.setPlainText(note)
        finally:
            self._loading = False
        for widget in (*(c for c in view.level_choices), view.na_button, view.clear_button):
            widget.setEnabled(editable)
        view.notes_edit.setReadOnly(not editable)
        sample_tests = sample_tests_html(session, item, language)  # pass rates move only with test cards
        view.sample_label.setText(sample_tests)
        view.sample_label.setVisible(bool(sample_tests))
        self.refresh_answer(session, item)

    def refresh_answer(self, session: AssessmentSession, item: Item) -> None:
        """Show the item's answer as saved: the checked level, the N/A justification, the evidence warning."""
        view = self.view
        response = session.response(item.id)
        view.show_level(response.level)
        view.na_reason_label.setVisible(response.na)
        if response.na:
            view.na_reason_label.setText(self.tr("Not applicable: {reason}").format(reason=response.na_reason))
        item_score = session.score.items.get(item.id)
        unevidenced = bool(item_score and item_score.unevidenced)
        view.unevidenced_label.setVisible(unevidenced)
        if unevidenced:
            view.unevidenced_label.setText(self.tr(
                "Rated {level} without evidence: it counts as 3 until a file is attached.").format(level=response.level))
        view.clear_button.setEnabled(view.na_button.isEnabled() and response.answered)
        view.reconfirm_box.setVisible(response.reconfirm)
        view.reconfirm_button.setEnabled(view.na_button.isEnabled())

    def show_element(self, session: AssessmentSession, element: Element, language: str) -> None:
        view = self.view
        view.pages.setCurrentIndex(PAGE_ELEMENT)
        score = session.score.element(element.id)
        view.element_title_label.setText(element.name.get(language))
        dash = "—"
        rows = [
            (self.tr("Level"), dash if score.level is None else str(score.level)),
            (self.tr("Score"), dash if score.score is None else str(score.score)),
            (self.tr("Target"), dash if score.target is None else str(score.target)),
            (self.tr("Gap"), dash if score.gap is None else str(score.gap)),
            (self.tr("Answered"), f"{score.answered}/{score.applicable} ({score.coverage:.0%})"),
            (self.tr("Unevidenced claims"), str(score.unevidenced)),
        ]
        html = "<table cellspacing='0' cellpadding='3'>" + "".join(
            f"<tr><td>{escape(k)}</td><td><b>{escape(v)}</b></td></tr>" for k, v in rows) + "</table>"
        if score.capped:
            html += "<p>" + escape(self.tr("Held at level 2 by key items rated below 3: {items}").format(
                items=", ".join(score.weak_key_items))) + "</p>"
        if score.sample_exceptions:
            html += "<p>" + escape(element_exceptions_tooltip(score.sample_exceptions)) + "</p>"
        view.element_summary_label.setText(html)
        self.reference.guidance_label.clear()
        self.reference.evidence_label.clear()
        self.reference.legal_label.clear()
