"""The test-card window: fills the card of one sampled order from the store and saves each change at once (one
operation each, whose change notice makes caps and scores follow everywhere), then tells its transaction-testing
tab which card row to repaint. A notice from elsewhere naming transaction testing shows the card again.

Evidence files are copied on a worker thread with their own store connection (a big scan takes a while), as
in the workspace. The store's refusals (N/A without a note, passing the red flags before they are all
answered) are shown beside the check, in the interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from shiboken6 import isValid

from exportaudit.core import legal
from exportaudit.core.changes import Changes
from exportaudit.core.checklist import SampleCheck
from exportaudit.core.operations import testing as testing_ops
from exportaudit.core.records import EvidenceRecord, RedFlagAnswer
from exportaudit.core.store import Store, StoreError
from exportaudit.core.testing.orders import order_field
from exportaudit.core.testing.redflags import RedFlagList
from exportaudit.core.testing.results import RESULTS, TestCard
from exportaudit.core.testing.sampling import stratum_label
from exportaudit.core.testing.wording import exception_text
from exportaudit.ui import prompts
from exportaudit.ui.controllers.file_job import failure_detail
from exportaudit.ui.controllers.finding_dialog import FindingDialog
from exportaudit.ui.i18n import error_text
from exportaudit.ui.models.red_flags import FlagIdRole, RedFlagTreeModel, answer_text
from exportaudit.ui.operations import Operations
from exportaudit.ui.views.test_card_view import CheckRowView, TestCardView

# the card's order fields (the Order record's names) and the import field whose label names them
CARD_FIELDS = {"order_ref": "order_id", "order_date": "date", "customer": "customer", "end_user": "end_user",
               "destination": "destination", "item": "item", "control_code": "control_code", "value": "value",
               "licence": "licence", "source_row": None}
_FLAG_KEYS = {Qt.Key.Key_N: "absent", Qt.Key.Key_1: "absent", Qt.Key.Key_P: "present", Qt.Key.Key_2: "present",
              Qt.Key.Key_A: "na", Qt.Key.Key_3: "na"}

RESULT, NOTE, FLAG, FINDING = "result", "note", "flag", "finding"  # what a change on a card touched
Changed = Callable[[int, str], None]  # (sample-order id, one of the above)


class TestCardWindow(TestCardView):
    """One window for every card of a sample: Previous and Next move through the sample's orders."""

    __test__ = False

    def __init__(self, parent: QWidget, operations: Operations, store: Store, checks: tuple[SampleCheck, ...],
                 language: str, cards: list[int], current: int, *, editable: bool, on_changed: Changed):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.operations = operations
        self.store, self.checks, self.language = store, checks, language
        self.cards, self.editable = list(cards), editable
        self._on_changed = on_changed
        operations.operation_did_execute.connect(self._on_operation_did_execute)
        self.card: TestCard | None = None
        self.flags: RedFlagList | None = None
        self.pending = 0  # evidence copies still running
        self._loading = False
        half = (len(CARD_FIELDS) + 1) // 2
        for n, field in enumerate(CARD_FIELDS):
            self.add_order_field(field, n % half, 2 * (n // half))
        self.rows: dict[str, CheckRowView] = {}
        for check in checks:
            row = self.add_check_row(check.id)
            self.rows[check.id] = row
            row.result_chosen.connect(lambda result, check_id=check.id: self.set_result(check_id, result))
            row.move_requested.connect(lambda step, check_id=check.id: self._move(check_id, step))
            row.note_edit.textEdited.connect(lambda text, check_id=check.id: self.set_note(check_id, text))
            row.note_edit.installEventFilter(self)
            row.attach_button.clicked.connect(lambda _c=False, check_id=check.id: self.choose_evidence(check_id))
            row.files_dropped.connect(lambda files, check_id=check.id: self.attach(check_id, files))
            row.finding_button.clicked.connect(lambda _c=False, check_id=check.id: self.raise_finding(check_id))
            row.evidence_label.linkActivated.connect(self._open_evidence)
        self.set_tab_order()
        self.flag_model = RedFlagTreeModel(self)
        self.flag_model.set_language(language)
        self.flags_tree.setModel(self.flag_model)
        self.configure_flag_columns()
        self.flags_tree.selectionModel().currentChanged.connect(self._flag_selected)
        self.flags_tree.installEventFilter(self)
        self.flag_note_edit.installEventFilter(self)
        for answer, radio in self.flag_radios.items():
            radio.clicked.connect(lambda _c=False, answer=answer: self.answer_flag(self._flag_id(), answer))
        self.resolved_check.clicked.connect(lambda on: self.resolve_flag(self._flag_id(), on))
        self.flag_note_edit.textEdited.connect(lambda text: self.set_flag_note(self._flag_id(), text))
        self.remaining_button.clicked.connect(self.answer_remaining)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        for keys, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                           (QKeySequence.StandardKey.MoveToNextPage, 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.step(step))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.show_card(current)

    # --- showing a card -------------------------------------------------------------------------------------------

    @property
    def sample_order_id(self) -> int | None:
        return self.card.sample_order_id if self.card else None

    def _on_operation_did_execute(self, changes: Changes, initiator: object | None) -> None:
        """Transaction testing changed elsewhere (another window, another connection): show the card as stored.
        Its own changes are already shown."""
        if initiator is not self and (changes.testing or changes.store) and isValid(self) and self.card is not None:
            self.show_card(self.card.sample_order_id)

    def show_card(self, sample_order_id: int) -> None:
        try:
            card = self.store.results.card(sample_order_id)
        except StoreError as exc:
            prompts.show_error(self, self.tr("Test card not opened"), error_text(exc))
            return
        first = self.card is None or card.sample.id != self.card.sample.id
        self.card = card
        if first:
            self.flags = self.store.red_flags.of_sample(card.sample.id)
        self._loading = True
        try:
            self._show_order(card)
            for check in card.checks:
                row = self.rows[check.check.id]
                row.note_edit.setText(check.result.note)
                row.note_edit.setCursorPosition(0)  # show where the note starts, not its end
                row.error_label.hide()
                self._show_check(card, check.check.id)
            self.flag_model.set_card(self.flags, card.red_flags)
            if first:
                self.flags_tree.expandAll()
            self._show_review()
        finally:
            self._loading = False
        position = self.cards.index(sample_order_id) if sample_order_id in self.cards else -1
        self.position_label.setText(self.tr("Order {n} of {count}").format(n=position + 1, count=len(self.cards)))
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(0 <= position < len(self.cards) - 1)
        self._enable()
        if first or not self.flags_tree.currentIndex().isValid():
            self._select_first_open_flag()
        else:
            self._flag_selected(self.flags_tree.currentIndex())
        if first and self.checks:
            self.rows[self.checks[0].id].setFocus()

    def _show_order(self, card: TestCard) -> None:
        o, lang = card.order, self.language
        self.title_label.setText(self.tr("Order {ref}").format(ref=o.order_ref))
        stratum = stratum_label(card.stratum).get(lang)
        self.subtitle_label.setText(self.tr("Sample #{sample}, order {position} of {size} · stratum: {stratum} · "
                                            "seed {seed}").format(sample=card.sample.number, position=card.position,
                                                                  size=card.sample.size, stratum=stratum,
                                                                  seed=card.sample.seed))
        value = "" if o.value is None else f"{o.value:,.2f} {o.currency}".strip()
        values = {"order_ref": o.order_ref, "order_date": o.order_date or "", "customer": o.customer,
                  "end_user": o.end_user, "destination": o.destination, "item": o.item,
                  "control_code": o.control_code, "value": value, "licence": o.licence, "source_row": str(o.source_row)}
        for field, text in values.items():
            self.field_values[field].setText(text or "—")
            source = CARD_FIELDS[field]
            self.field_names[field].setText(self.tr("{field}:").format(
                field=order_field(source).label.get(lang) if source else self.tr("Row in the file")))
        self.setWindowTitle(self.tr("Test card: order {ref}").format(ref=o.order_ref))

    def _show_check(self, card: TestCard, check_id: str) -> None:
        check = card.check(check_id)
        row, lang = self.rows[check_id], self.language
        result = check.result
        row.title_label.setText(check.check.label.get(lang))
        row.items_label.setText(", ".join(check.check.items))
        row.items_label.setToolTip(self.tr("The checklist items this check tests"))
        row.guidance_label.setText(check.check.guidance.get(lang) if check.check.guidance else "")
        row.guidance_label.setVisible(check.check.guidance is not None)
        row.show_result(result.result)
        row.evidence_label.setText(self._evidence_html(check.evidence))
        failed = result.result == "fail"
        row.finding_button.setVisible(failed and result.finding_id is None)
        row.finding_label.setVisible(result.finding_id is not None)
        if result.finding_id is not None:
            row.finding_label.setText(self.tr("Finding #{id} raised").format(id=result.finding_id))
        row.review_label.setVisible(check.check.red_flags and card.red_flag_review is not None)

    def _evidence_html(self, records: tuple[EvidenceRecord, ...]) -> str:
        if not records:
            return escape(self.tr("No evidence attached"))
        return " · ".join(f"<a href='{r.id}'>{escape(r.file_name)}</a>" for r in records)

    def _show_review(self) -> None:
        card = self.card
        review = card.red_flag_review if card else None
        if review is None:
            self.flags_status.setText(self.tr("This sample has no red-flag list."))
            return
        text = self.tr("{answered} of {total} signs answered").format(answered=review.answered, total=review.total)
        if review.present:
            text += " · " + self.tr("{present} present, {unresolved} not resolved").format(
                present=len(review.present), unresolved=len(review.unresolved))
        self.flags_status.setText(text)
        for check in self.checks:
            if check.red_flags:
                self.rows[check.id].review_label.setText(text)

    def _enable(self) -> None:
        editable = self.editable
        self.read_only_label.setVisible(not editable)
        for row in self.rows.values():
            for button in row.choice_buttons.values():
                button.setEnabled(editable)
            row.note_edit.setReadOnly(not editable)
            row.attach_button.setEnabled(editable)
            row.finding_button.setEnabled(editable)
        for widget in (*self.flag_radios.values(), self.remaining_button):
            widget.setEnabled(editable and self.flags is not None)
        self.flag_note_edit.setReadOnly(not editable)
        self._refresh_status()

    def _refresh_status(self) -> None:
        card = self.card
        if card is None:
            return
        answered = sum(1 for c in card.checks if c.result.result is not None)
        failed = sum(1 for c in card.checks if c.result.result == "fail")
        text = self.tr("{answered} of {total} checks done").format(answered=answered, total=len(card.checks))
        if failed:
            text += " · " + self.tr("{failed} failed").format(failed=failed)
        self.status_label.setText(text)

    def _reload_card(self) -> None:
        """Read the card again after a change (it is small: a handful of queries)."""
        self.card = self.store.results.card(self.card.sample_order_id)

    def _saved(self, what: str) -> None:
        self.status_bar.showMessage(self.tr("Saved {time}: {what}").format(
            time=datetime.now().strftime("%H:%M:%S"), what=what), 8000)

    # --- checks ------------------------------------------------------------------------------------------------------

    def _label(self, check_id: str) -> str:
        return next(c.label.get(self.language) for c in self.checks if c.id == check_id)

    def set_result(self, check_id: str, result: str | None) -> None:
        if self.card is None or not self.editable:
            return
        row = self.rows[check_id]
        if row.result() == result:
            return
        so_id = self.card.sample_order_id
        try:
            self.operations.perform(lambda: testing_ops.set_check_result(self.store, so_id, check_id, result),
                                    initiator=self)
        except StoreError as exc:
            self._refused(check_id, result, exc)
            return
        row.error_label.hide()
        self._reload_card()
        self._show_check(self.card, check_id)
        self._refresh_status()
        shown = RESULTS[result].get(self.language) if result else self.tr("cleared")
        self._saved(f"{self._label(check_id)} → {shown}")
        self._on_changed(so_id, RESULT)

    def _refused(self, check_id: str, result: str | None, exc: StoreError) -> None:
        """Say why the store refused, in the interface language when the reason is a known rule."""
        row = self.rows[check_id]
        review = self.card.red_flag_review
        if result == "na" and not row.note_edit.text().strip():
            text = self.tr("N/A needs a note saying why the check does not apply: write it first.")
            row.note_edit.setFocus()
        elif result == "pass" and review is not None and not review.clean and any(
                c.id == check_id and c.red_flags for c in self.checks):
            text = self.tr("The red flags cannot pass yet: {open} of {total} signs unanswered, {unresolved} present "
                           "and not resolved.").format(open=review.total - review.answered, total=review.total,
                                                       unresolved=len(review.unresolved))
        else:
            text = str(exc)
        row.error_label.setText(text)
        row.error_label.show()
        self.status_bar.showMessage(text, 8000)

    def set_note(self, check_id: str, text: str) -> None:
        if self.card is None or not self.editable or self._loading:
            return
        row = self.rows[check_id]
        so_id = self.card.sample_order_id
        try:
            self.operations.perform(lambda: testing_ops.set_check_note(self.store, so_id, check_id, text),
                                    initiator=self)
        except StoreError as exc:
            if not text.strip():
                message = self.tr("A check marked N/A keeps a note saying why; the saved note stays until you write "
                                  "another.")
            else:
                message = str(exc)
            row.error_label.setText(message)
            row.error_label.show()
            return
        row.error_label.hide()
        self._reload_card()
        self._saved(self.tr("note on {check}").format(check=self._label(check_id)))
        self._on_changed(self.card.sample_order_id, NOTE)

    def _move(self, check_id: str, step: int) -> None:
        ids = [c.id for c in self.checks]
        target = ids.index(check_id) + step
        if 0 <= target < len(ids):
            row = self.rows[ids[target]]
            row.setFocus()
            self.checks_scroll.ensureWidgetVisible(row)

    def focus_check(self, check_id: str) -> None:
        self.rows[check_id].setFocus()
        self.checks_scroll.ensureWidgetVisible(self.rows[check_id])

    # --- evidence --------------------------------------------------------------------------------------------------

    def choose_evidence(self, check_id: str) -> None:
        files = prompts.choose_files_to_attach(self)
        if files:
            self.attach(check_id, files)

    def attach(self, check_id: str, files: list[str]) -> None:
        if self.card is None or not self.editable:
            return
        so_id = self.card.sample_order_id
        store_path, user = self.store.path, self.store.user
        sources = [Path(f) for f in files]

        self.pending += 1
        self.status_bar.showMessage(self.tr("Attaching {count} file(s)…").format(count=len(sources)))
        self.operations.run_in_background(
            lambda _report: testing_ops.attach_check_evidence(store_path, user, so_id, check_id, sources),
            initiator=self, success=lambda names: self._attached(so_id, check_id, names),
            failure=lambda exc: self._attach_failed(so_id, exc), failed_changes=testing_ops.TESTING)

    def _attached(self, so_id: int, check_id: str, names: list[str]) -> None:
        self.pending -= 1
        if not isValid(self) or self.card is None or self.card.sample_order_id != so_id:
            return
        self._reload_card()
        self._show_check(self.card, check_id)
        self._saved(self.tr("attached to {check}: {files}").format(check=self._label(check_id), files=", ".join(names)))

    def _attach_failed(self, so_id: int, exc: BaseException) -> None:
        self.pending -= 1
        if not isValid(self):
            return
        if self.card is not None and self.card.sample_order_id == so_id:
            self._reload_card()
            for check in self.checks:
                self._show_check(self.card, check.id)
        detail = str(exc) if isinstance(exc, (StoreError, OSError)) else failure_detail(exc)
        prompts.show_error(self, self.tr("Evidence not attached"), self.tr("The file could not be attached.") +
                           "\n\n" + detail)

    def _open_evidence(self, link: str) -> None:
        record = next((r for c in self.card.checks for r in c.evidence if str(r.id) == link), None) if self.card else None
        if record is None:
            return
        if self.store.evidence.is_missing(record):
            prompts.show_error(self, self.tr("File missing"), self.tr(
                "{name} is missing from the evidence folder {folder}.").format(name=record.file_name,
                                                                           folder=self.store.vault.folder))
            return
        if not prompts.open_in_desktop(self.store.evidence.path(record)):
            self.status_bar.showMessage(self.tr("No program is set up to open {name}.").format(name=record.file_name))

    # --- findings from exceptions -------------------------------------------------------------------------------------

    def raise_finding(self, check_id: str) -> ExceptionFindingDialog | None:
        if self.card is None or not self.editable:
            return None
        card_check = self.card.check(check_id)
        if card_check.result.result != "fail":
            return None
        dialog = ExceptionFindingDialog(self, self.operations, self.store, self.card, card_check.check, self.language,
                                        lambda finding_id: self._finding_raised(check_id, finding_id))
        dialog.open()
        return dialog

    def _finding_raised(self, check_id: str, finding_id: int) -> None:
        self._reload_card()
        self._show_check(self.card, check_id)
        self._saved(self.tr("finding #{id} raised from {check}").format(id=finding_id, check=self._label(check_id)))
        self._on_changed(self.card.sample_order_id, FINDING)

    # --- red flags ------------------------------------------------------------------------------------------------

    def _flag_id(self) -> str | None:
        return self.flags_tree.currentIndex().siblingAtColumn(0).data(FlagIdRole)

    def _select_first_open_flag(self) -> None:
        model = self.flag_model
        ids = model.flag_ids()
        target = next((f for f in ids if (a := model.answer(f)) is None or a.answer is None), ids[0] if ids else None)
        if target is not None:
            self.select_flag(target)

    def select_flag(self, flag_id: str) -> None:
        index = self.flag_model.index_of_flag(flag_id)
        self.flags_tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.flags_tree.scrollTo(index)

    def _flag_selected(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        flag = self.flag_model.flag_at(current)
        self.flag_box.setEnabled(flag is not None)
        if flag is None:
            self.flag_text_label.setText(self.tr("Choose a warning sign in the list."))
            self.flag_guidance_label.clear()
            self.flag_group.setExclusive(False)
            for radio in self.flag_radios.values():
                radio.setChecked(False)
            self.flag_group.setExclusive(True)
            return
        lang = self.language
        self.flag_box.setTitle(flag.id)
        self.flag_text_label.setText(flag.text.get(lang))
        extra = []
        if flag.statutory:
            extra.append("<b>" + escape(self.tr("Statutory trigger")) + "</b> "
                         + escape(legal.render_all(flag.legal_basis, lang)))
        elif flag.legal_basis:
            extra.append(escape(legal.render_all(flag.legal_basis, lang)))
        if flag.guidance is not None:
            extra.append(escape(flag.guidance.get(lang)))
        self.flag_guidance_label.setText("<br>".join(extra))
        self.flag_guidance_label.setVisible(bool(extra))
        self._show_flag_answer(self.flag_model.answer(flag.id) or RedFlagAnswer(0, flag.id))

    def _show_flag_answer(self, answer: RedFlagAnswer) -> None:
        self.flag_group.setExclusive(False)
        for key, radio in self.flag_radios.items():
            radio.setChecked(key == answer.answer)
        self.flag_group.setExclusive(True)
        present = answer.answer == "present"
        self.resolved_check.setChecked(present and answer.resolved)
        self.resolved_check.setEnabled(present and self.editable)
        if self.flag_note_edit.text() != answer.note:
            self.flag_note_edit.setText(answer.note)
            self.flag_note_edit.setCursorPosition(0)

    def _write_flag(self, flag_id: str | None, answer: str | None, what: str, **kwargs) -> bool:
        if self.card is None or flag_id is None or not self.editable or self.flags is None:
            return False
        so_id = self.card.sample_order_id
        try:
            saved = self.operations.perform(
                lambda: testing_ops.set_red_flag_answer(self.store, so_id, flag_id, answer, **kwargs), initiator=self)
        except StoreError as exc:
            self.status_bar.showMessage(error_text(exc), 8000)
            return False
        self.flag_model.set_answer(saved)
        self._reload_card()
        self._show_review()
        if flag_id == self._flag_id():
            self._show_flag_answer(saved)
        self._saved(f"{flag_id}: {what}")
        self._on_changed(self.card.sample_order_id, FLAG)
        return True

    def _current_answer(self, flag_id: str) -> RedFlagAnswer:
        return self.flag_model.answer(flag_id) or RedFlagAnswer(0, flag_id)

    def answer_flag(self, flag_id: str | None, answer: str | None) -> None:
        if flag_id is None:
            return
        if self._current_answer(flag_id).answer == answer:
            self._show_flag_answer(self._current_answer(flag_id))
            return
        self._write_flag(flag_id, answer, answer_text(answer, self.language) or self.tr("cleared"))

    def resolve_flag(self, flag_id: str | None, resolved: bool) -> None:
        if flag_id is None:
            return
        current = self._current_answer(flag_id)
        if current.answer != "present":
            self._show_flag_answer(current)
            return
        self._write_flag(flag_id, "present", self.tr("resolved") if resolved else self.tr("not resolved"),
                         resolved=resolved)

    def set_flag_note(self, flag_id: str | None, text: str) -> None:
        if flag_id is None or self._loading:
            return
        self._write_flag(flag_id, self._current_answer(flag_id).answer, self.tr("note"), note=text)

    def answer_remaining(self) -> None:
        if self.card is None or not self.editable or self.flags is None:
            return
        so_id = self.card.sample_order_id
        try:
            count = self.operations.perform(lambda: testing_ops.answer_remaining_red_flags(self.store, so_id),
                                            initiator=self)
        except StoreError as exc:
            self.status_bar.showMessage(error_text(exc), 8000)
            return
        self._reload_card()
        self.flag_model.set_card(self.flags, self.card.red_flags)
        self._show_review()
        self._flag_selected(self.flags_tree.currentIndex())
        self._saved(self.tr("{count} remaining signs answered not present").format(count=count))
        self._on_changed(self.card.sample_order_id, FLAG)

    # --- moving between cards, keys ----------------------------------------------------------------------------------

    def step(self, direction: int) -> None:
        if self.card is None:
            return
        position = self.cards.index(self.card.sample_order_id) + direction
        if 0 <= position < len(self.cards):
            self.show_card(self.cards[position])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                                          Qt.KeyboardModifier.KeypadModifier):
            key = event.key()
            if watched is self.flags_tree:
                if key in _FLAG_KEYS:
                    self.answer_flag(self._flag_id(), _FLAG_KEYS[Qt.Key(key)])
                    return True
                if key == Qt.Key.Key_Space and self._flag_id() is not None:
                    current = self._current_answer(self._flag_id())
                    self.resolve_flag(self._flag_id(), not current.resolved)
                    return True
                if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.answer_flag(self._flag_id(), None)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._flag_id() is not None:
                    self.flag_note_edit.setFocus()
                    return True
            elif key == Qt.Key.Key_Escape and watched is self.flag_note_edit:
                self.flags_tree.setFocus()
                return True
            elif key == Qt.Key.Key_Escape and isinstance(watched, type(self.flag_note_edit)):
                row = next((r for r in self.rows.values() if r.note_edit is watched), None)
                if row is not None:
                    row.setFocus()
                    return True
        return super().eventFilter(watched, event)

    def set_language(self, language: str) -> None:
        self.language = language
        self.flag_model.set_language(language)
        if self.card is not None:
            self.show_card(self.card.sample_order_id)


class ExceptionFindingDialog(FindingDialog):
    """The finding form, prefilled from a failed check (the exception's facts in the interface language), with
    a choice of the item it goes on among those the check tests."""

    def __init__(self, parent: QWidget, operations: Operations, store: Store, card: TestCard, check: SampleCheck,
                 language: str, on_raised: Callable[[int], None]):
        subject = QCoreApplication.translate("ExceptionFindingDialog", "Order {ref} failed “{check}”.").format(
            ref=card.order.order_ref, check=check.label.get(language))
        super().__init__(parent, language, subject, None, self._raise)
        self.setObjectName("exceptionFindingDialog")
        self._operations, self._store, self._card, self._check = operations, store, card, check
        self.finding_id: int | None = None
        self.item_label, self.item_combo = self.add_item_choice()
        checklist = store.checklists.get(store.assessments.get(card.sample.assessment_id).checklist_sha256)
        for item_id in check.items:
            item = checklist.item(item_id) if checklist.has_item(item_id) else None
            self.item_combo.addItem(f"{item_id} · {item.question.get(language)}" if item else item_id, item_id)
        note = card.check(check.id).result.note
        self.description_edit.setPlainText(exception_text(card.order, check, note, language))
        self.accepted.connect(lambda: on_raised(self.finding_id))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "item_label"):
            self.setWindowTitle(self.tr("Raise a finding from an exception"))
            self.item_label.setText(self.tr("&Item:"))

    def _raise(self, values: dict) -> None:
        """Called by the form's OK: a StoreError keeps the form open with the reason shown."""
        item_id = self.item_combo.currentData()
        self.finding_id = self._operations.perform(lambda: testing_ops.raise_exception_finding(
            self._store, self._card.sample_order_id, self._check.id, values["grade"],
            description=values["description"], recommendation=values["recommendation"], item_id=item_id),
            initiator=self.parent())
