"""One open assessment: answering from keyboard or mouse, undo and redo, filtering, navigation, and pointing the
panels (item, evidence, findings, dashboard, the workflow tabs) at the current assessment and item.

Every change runs as an operation (``exportaudit.ui.operations``) and is saved at once, one transaction each;
its change notice reaches each panel, which repaints only what the notice names (an answer: its tree row, its
element and the scores), keeping an answer well inside one frame. No panel is told by another to refresh.

Notes are the exception to "at once": typing writes once per pause (``NOTE_PAUSE_MS`` after the last keystroke)
and immediately when the notes lose focus, another item is chosen, another write runs, the assessment closes or
the application quits. The data-safety rule "a crash loses at most the keystroke in flight" is read as: at most
the keystrokes of the last fraction of a second, never a note the user has paused on or left.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack

from exportaudit.core.changes import Changes
from exportaudit.core.checklist import Item
from exportaudit.core.operations import answers as answer_ops
from exportaudit.core.operations import assessments as assessment_ops
from exportaudit.core.rescore import model_changes
from exportaudit.core.scoring_model2 import CURRENT_MODEL, na_allowed
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import Store
from exportaudit.core.vocab import ASSESSMENT_KINDS
from exportaudit.ui import prompts
from exportaudit.ui.colours import level_colour
from exportaudit.ui.controllers.evidence import EvidenceController
from exportaudit.ui.controllers.findings import FindingsController
from exportaudit.ui.controllers.item_panel import ItemPanelController
from exportaudit.ui.controllers.text_prompt import TextPrompt
from exportaudit.ui.models.element_tree import ElementTreeModel, ItemFilterProxy
from exportaudit.ui.operations import Operations
from exportaudit.ui.undo import Answer, AnswerCommand
from exportaudit.ui.views.assessment_page_view import (
    TAB_ACTIONS,
    TAB_COMPARISON,
    TAB_DASHBOARD,
    TAB_DUTIES,
    TAB_FRAMEWORKS,
    TAB_REQUESTS,
    TAB_TESTING,
    TAB_WORKSPACE,
    AssessmentPageView,
)

if TYPE_CHECKING:  # the tabs seldom opened are imported with their controllers, on first use
    from exportaudit.ui.controllers.action_plan import ActionPlanController
    from exportaudit.ui.controllers.comparison import ComparisonController
    from exportaudit.ui.controllers.dashboard import DashboardController
    from exportaudit.ui.controllers.duties import DutiesController
    from exportaudit.ui.controllers.frameworks import FrameworksController
    from exportaudit.ui.controllers.requests import RequestsController
    from exportaudit.ui.controllers.testing import TestingController

MAX_CHANGES_SHOWN = 25  # the re-score question lists this many changes, then a count
NOTE_PAUSE_MS = 600  # a note is written this long after the last keystroke (and at once on leaving it)


class AssessmentController(QObject):
    status = Signal(str)  # a message for the status bar
    current_changed = Signal()  # the current item (or its editability) changed

    def __init__(self, page: AssessmentPageView, operations: Operations):
        super().__init__(page)
        self.page = page
        self.operations = operations
        self.workspace = page.workspace
        self.session: AssessmentSession | None = None
        self.language = "en"
        self.read_only = False
        self.undo_stack = QUndoStack(self)
        self.tree_model = ElementTreeModel(self)
        self.proxy = ItemFilterProxy(self)
        self.proxy.setSourceModel(self.tree_model)
        self.workspace.tree.setModel(self.proxy)
        self.workspace.configure_tree_columns()
        self.item_panel = ItemPanelController(self.workspace.item, self.workspace.reference, operations)
        self.evidence = EvidenceController(self.workspace.evidence, operations)
        self._dashboard: DashboardController | None = None  # every tab's controller but the workspace's is made
        self._duties: DutiesController | None = None  # with its tab, on first use
        self._frameworks: FrameworksController | None = None
        self.findings = FindingsController(self.workspace.findings, operations)
        self._action_plan: ActionPlanController | None = None
        self._requests: RequestsController | None = None
        self._comparison: ComparisonController | None = None
        self._has_baseline = False  # the open assessment is a re-audit with a baseline to compare with
        self._testing: TestingController | None = None
        self._current_item: Item | None = None
        self._current_element = None
        self._na_prompt: TextPrompt | None = None
        self._pending_note: tuple[str, str] | None = None  # (item id, text) typed but not yet written
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_PAUSE_MS)
        self._note_timer.timeout.connect(self.flush_note)
        operations.operation_will_execute.connect(self.flush_note)  # a pending note is written before any write
        operations.operation_did_execute.connect(self._on_operation_did_execute)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush_note)

        self.workspace.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.workspace.tree.activated.connect(self._on_activated)
        self.workspace.filter_edit.textChanged.connect(self._on_filter_changed)
        self.workspace.filter_edit.installEventFilter(self)
        self.workspace.tree.installEventFilter(self)  # digits rate, never type-ahead (see _digit_in_tree)
        self.workspace.item.notes_edit.installEventFilter(self)
        self.item_panel.level_chosen.connect(self.rate)
        self.item_panel.not_applicable_requested.connect(self.ask_not_applicable)
        self.item_panel.clear_requested.connect(self.clear_answer)
        self.item_panel.note_edited.connect(self._note_typed)
        self.item_panel.reconfirm_requested.connect(self.reconfirm)
        self.item_panel.history_requested.connect(self.show_item_history)
        self.evidence.status.connect(self.status)
        self.findings.status.connect(self.status)
        page.tabs.currentChanged.connect(self._on_tab_changed)

    @property
    def dashboard(self) -> DashboardController:
        """The dashboard tab's controller, made (with its view) the first time anything needs it and pointed at
        the open assessment then."""
        if self._dashboard is None:
            from exportaudit.ui.controllers.dashboard import DashboardController

            controller = self._dashboard = DashboardController(self.page.dashboard, self.operations)
            controller.rescore_requested.connect(self.rescore)
            controller.set_language(self.language)
            if self.session is not None:
                controller.show(self.session, self.language)
        return self._dashboard

    @property
    def action_plan(self) -> ActionPlanController:
        """The action plan tab's controller, made (with its view) the first time anything needs it and pointed at
        the open assessment then."""
        if self._action_plan is None:
            from exportaudit.ui.controllers.action_plan import ActionPlanController

            controller = self._action_plan = ActionPlanController(self.page.action_plan, self.operations)
            controller.status.connect(self.status)
            controller.set_language(self.language)
            controller.show(self.session, editable=self.editable)
        return self._action_plan

    @property
    def requests(self) -> RequestsController:
        """The document requests tab's controller, made (with its view) the first time anything needs it and
        pointed at the open assessment then."""
        if self._requests is None:
            from exportaudit.ui.controllers.requests import RequestsController

            controller = self._requests = RequestsController(self.page.requests, self.operations)
            controller.status.connect(self.status)
            controller.set_language(self.language)
            controller.show(self.session, editable=self.editable)
        return self._requests

    @property
    def duties(self) -> DutiesController:
        """The statutory duties tab's controller, made (with its view) the first time anything needs it."""
        if self._duties is None:
            from exportaudit.ui.controllers.duties import DutiesController

            self._duties = DutiesController(self.page.duties, self.operations)
            self._duties.set_language(self.language)
        return self._duties

    @property
    def frameworks(self) -> FrameworksController:
        """The other frameworks tab's controller, made (with its view) the first time anything needs it."""
        if self._frameworks is None:
            from exportaudit.ui.controllers.frameworks import FrameworksController

            self._frameworks = FrameworksController(self.page.frameworks, self.operations)
            self._frameworks.module_toggled.connect(self.set_module)
            self._frameworks.set_language(self.language)
        return self._frameworks

    @property
    def comparison(self) -> ComparisonController:
        """The comparison tab's controller, made (with its view) the first time anything needs it."""
        if self._comparison is None:
            from exportaudit.ui.controllers.comparison import ComparisonController

            controller = self._comparison = ComparisonController(self.page.comparison, self.operations)
            controller.set_language(self.language)
            controller.show(self.session)
        return self._comparison

    @property
    def comparison_available(self) -> bool:
        """The open assessment has a baseline to compare with (without building the tab to find out)."""
        return self._comparison.available if self._comparison is not None else self._has_baseline

    @property
    def testing(self) -> TestingController:
        """The transaction-testing tab's controller, made (with its view) the first time anything needs it and
        pointed at the open assessment then."""
        if self._testing is None:
            from exportaudit.ui.controllers.testing import TestingController

            controller = self._testing = TestingController(self.page.testing, self.operations)
            controller.status.connect(self.status)
            controller.set_language(self.language)
            controller.show(self.session, editable=self.editable,
                            shown=self.page.tabs.currentIndex() == TAB_TESTING)
        return self._testing

    # --- opening and closing --------------------------------------------------------------------

    def open(self, store: Store, assessment_id: int, item_id: str | None = None) -> None:
        """Show an assessment; raises StoreError when it cannot be read."""
        self.flush_note()
        session = AssessmentSession(store, assessment_id)
        self.session = session
        self.operations.session = session
        self.read_only = store.read_only or session.assessment.is_final
        self.undo_stack.clear()
        self.workspace.filter_edit.clear()
        self.tree_model.set_session(session)
        self.workspace.set_mark_slots(self.tree_model.mark_slots)
        self.workspace.tree.expandAll()
        self._refresh_header()
        if self._dashboard is not None:  # else it reads the assessment when it is made
            self._dashboard.show(session, self.language)
        self._show_workflow()
        start = item_id if item_id and session.checklist.has_item(item_id) else None
        if start is None:
            nxt = session.next_unanswered(None)
            start = nxt.id if nxt else (session.applicable_items[0].id if session.applicable_items else None)
        if start is not None:
            self.select_item(start)
        else:
            self._show_nothing()
        self.page.tabs.setCurrentIndex(TAB_WORKSPACE)

    def close(self) -> None:
        self.flush_note()
        if self._na_prompt is not None:
            self._na_prompt.reject()
        self.session = None
        self.operations.session = None
        self._current_item = None
        self.undo_stack.clear()
        self.tree_model.set_session(None)
        if self._dashboard is not None:
            self._dashboard.clear()
        for controller in (self._duties, self._frameworks):
            if controller is not None:
                controller.clear()
        self._show_workflow()
        self.evidence.show(None, None, editable=False)
        self.findings.show(None, None, None, editable=False)
        self.item_panel.show_nothing()
        self.current_changed.emit()

    @property
    def current_item(self) -> Item | None:
        return self._current_item

    @property
    def editable(self) -> bool:
        return self.session is not None and not self.read_only

    def set_language(self, language: str) -> None:
        self.language = language
        self.tree_model.set_language(language)
        for controller in (self._dashboard, self.findings, self._action_plan, self._requests, self._duties,
                           self._frameworks, self._comparison, self._testing):
            if controller is not None:
                controller.set_language(language)
        if self.session is not None:
            self._refresh_header()
            if self._dashboard is not None:
                self._dashboard.show(self.session, language)
            self._show_current()

    # --- navigation -----------------------------------------------------------------------------

    def select_item(self, item_id: str) -> None:
        source = self.tree_model.index_of_item(item_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid() and source.isValid():
            self.workspace.filter_edit.clear()  # the filter hides it: show everything again
            index = self.proxy.mapFromSource(source)
        tree = self.workspace.tree
        tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        tree.scrollTo(index)

    def next_unanswered(self) -> None:
        """Go to the next unanswered item among those the filter shows, wrapping round; focus the tree."""
        if self.session is None:
            return
        items = [i for i in self.session.applicable_items
                 if self.proxy.mapFromSource(self.tree_model.index_of_item(i.id)).isValid()]
        ids = [i.id for i in items]
        current = self._current_item.id if self._current_item else None
        start = ids.index(current) + 1 if current in ids else 0
        for item in items[start:] + items[:start]:
            if item.id != current and not self.session.response(item.id).answered:
                self.select_item(item.id)
                self.workspace.tree.setFocus()
                return
        self.status.emit(self.tr("Every item shown is answered."))

    def focus_filter(self) -> None:
        self.page.tabs.setCurrentIndex(TAB_WORKSPACE)
        self.workspace.filter_edit.setFocus()
        self.workspace.filter_edit.selectAll()

    def show_tab(self, tab: int) -> None:
        self.page.tabs.setCurrentIndex(tab)
        if tab == TAB_WORKSPACE:
            self.workspace.tree.setFocus()

    def _on_filter_changed(self, text: str) -> None:
        """The tree shows the matching items; the detail pane follows: it never shows an item the filter hides
        (the first match takes its place, or nothing when nothing matches)."""
        self.proxy.set_needle(text)
        self.workspace.tree.expandAll()
        if self._current_item is not None:
            index = self.proxy.mapFromSource(self.tree_model.index_of_item(self._current_item.id))
            if index.isValid():
                self.workspace.tree.scrollTo(index)
                return
        elif self._current_element is not None and self.proxy.mapFromSource(
                self.tree_model.index_of_element(self._current_element.id)).isValid():
            return
        first = next((item for item in (self.session.applicable_items if self.session else [])
                      if self.proxy.mapFromSource(self.tree_model.index_of_item(item.id)).isValid()), None)
        if first is not None:
            self.select_item(first.id)
        elif self.session is not None:
            self._show_nothing()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return  # the filter hid it: _on_filter_changed picks what the pane shows
        self.flush_note()  # the note typed so far belongs to the item being left
        source = self.proxy.mapToSource(current)
        self._current_item = self.tree_model.item_at(source)
        self._current_element = self.tree_model.element_at(source)
        self._show_current()

    def _on_activated(self, index: QModelIndex) -> None:
        """Enter on an item: start writing its notes."""
        if self.tree_model.item_at(self.proxy.mapToSource(index)) is not None:
            self.workspace.item.notes_edit.setFocus()

    def _on_tab_changed(self, tab: int) -> None:
        if tab == TAB_DASHBOARD and self.session is not None:
            self.dashboard.refresh_if_stale()
            self.dashboard.fit()
        elif tab == TAB_DUTIES and self.session is not None:
            self.duties.refresh(self.session)
        elif tab == TAB_FRAMEWORKS and self.session is not None:
            self.frameworks.refresh(self.session, self.editable)
        elif tab == TAB_ACTIONS:
            self.action_plan.refresh_if_stale()
        elif tab == TAB_REQUESTS:
            self.requests.refresh_if_stale()
        elif tab == TAB_COMPARISON:
            self.comparison.refresh_if_shown()
        elif tab == TAB_TESTING:
            self.testing.refresh_if_stale()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the filter clears it and Down moves into the tree; Esc in the notes returns to the tree."""
        if event.type() == QEvent.Type.FocusOut and watched is self.workspace.item.notes_edit:
            self.flush_note()  # leaving the notes writes them, whatever the pause
        elif event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.workspace.filter_edit and key in (Qt.Key.Key_Escape, Qt.Key.Key_Down):
                if key == Qt.Key.Key_Escape:
                    self.workspace.filter_edit.clear()
                self.workspace.tree.setFocus()
                return True
            if watched is self.workspace.item.notes_edit and key == Qt.Key.Key_Escape:
                self.workspace.tree.setFocus()
                return True
            if watched is self.workspace.tree and Qt.Key.Key_0 <= key <= Qt.Key.Key_5 \
                    and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self._digit_in_tree()
                return True
        return super().eventFilter(watched, event)

    def _digit_in_tree(self) -> None:
        """A rating key the rating actions did not take (they are off): say why instead of letting the tree jump
        to a row starting with that digit."""
        if self.session is None:
            return
        if self.session.assessment.is_final:
            self.status.emit(self.tr("This assessment is finalised and read-only; Assessment > Reopen… makes it "
                                     "editable again."))
        elif self.read_only:
            self.status.emit(self.tr("The store is open read-only; ratings cannot be changed."))
        elif self._current_item is None:
            self.status.emit(self.tr("Choose an item first: 0–5 rate the current item."))

    def _show_current(self) -> None:
        session = self.session
        if session is None:
            return
        if self._current_item is not None:
            self.item_panel.show_item(session, self._current_item, self.language, editable=self.editable)
            self.evidence.show(session, self._current_item.id, editable=self.editable)
            self.findings.show(session, self._current_item, None, editable=self.editable)
        elif self._current_element is not None:
            self.item_panel.show_element(session, self._current_element, self.language)
            self.evidence.show(session, None, editable=False)
            self.findings.show(session, None, self._current_element, editable=self.editable)
        else:
            self._show_nothing()
        self.current_changed.emit()

    def _show_nothing(self) -> None:
        self._current_item = None
        self._current_element = None
        self.item_panel.show_nothing()
        self.evidence.show(self.session, None, editable=False)
        self.findings.show(self.session, None, None, editable=False)
        self.current_changed.emit()

    # --- answering ------------------------------------------------------------------------------

    def rate(self, level: int) -> None:
        if self._current_item is None:
            return
        self._answer(self._current_item.id, Answer(level), self.tr("rate {item} {level}").format(
            item=self._current_item.id, level=level))

    def clear_answer(self) -> None:
        if self._current_item is None or not self.session.response(self._current_item.id).answered:
            return
        self._answer(self._current_item.id, Answer(), self.tr("clear {item}").format(item=self._current_item.id))

    def ask_not_applicable(self) -> None:
        """Ask for the justification (required); the item is marked N/A only once one is given."""
        if self._current_item is None or not self.editable:
            return
        item_id = self._current_item.id
        response = self.session.response(item_id)
        if self.session.model >= CURRENT_MODEL and not na_allowed(self._current_item) and not response.na:
            self.status.emit(self.tr("{item} is a key item with a statutory basis: it cannot be marked not "
                                     "applicable.").format(item=item_id))
            return
        prompt = TextPrompt(
            self.page.window(), title=self.tr("Not applicable: {item}").format(item=item_id),
            prompt=self.tr("Why does item {item} not apply to this organisation? The justification goes into the "
                           "report.").format(item=item_id),
            text=response.na_reason if response.na else "",
            required=self.tr("A justification is required to mark an item not applicable."),
            on_accept=lambda reason: self._answer(item_id, Answer(None, True, reason),
                                                  self.tr("mark {item} not applicable").format(item=item_id)))
        prompt.finished.connect(lambda _result: setattr(self, "_na_prompt", None))
        self._na_prompt = prompt
        prompt.open()

    def _answer(self, item_id: str, after: Answer, text: str) -> None:
        if not self.editable:
            return
        before = Answer.of(self.session.response(item_id))
        if before == after:
            return
        if not self._write(item_id, after):
            return
        self.undo_stack.push(AnswerCommand(item_id, before, after, text, self._apply_from_history))
        self._saved(item_id, text)

    def _write(self, item_id: str, answer: Answer) -> bool:
        session = self.session
        return self.operations.run(
            lambda: answer_ops.answer(session, item_id, answer.level, answer.na, answer.na_reason),
            parent=self.page, title=self.tr("Answer not saved"), initiator=self)

    def _apply_from_history(self, item_id: str, answer: Answer) -> None:
        """Undo/redo: write the remembered answer and bring its item into view."""
        if self.session is None:
            return
        if self._write(item_id, answer):
            if self._current_item is None or self._current_item.id != item_id:
                self.select_item(item_id)
            self._saved(item_id, self.tr("restored the answer of {item}").format(item=item_id))

    # --- notes: one write per pause in typing ---------------------------------------------------

    def _note_typed(self, text: str) -> None:
        if self._current_item is None or not self.editable:
            return
        self._pending_note = (self._current_item.id, text)
        self._note_timer.start()  # restarted by every keystroke: fires once typing pauses

    @property
    def note_pending(self) -> bool:
        return self._pending_note is not None

    def flush_note(self) -> None:
        """Write the note typed since the last pause now (idempotent; nothing pending, nothing written)."""
        pending, self._pending_note = self._pending_note, None
        self._note_timer.stop()
        session = self.session
        if pending is None or session is None or not self.editable:
            return
        item_id, text = pending
        if session.response(item_id).note == text:
            return
        if self.operations.run(lambda: answer_ops.set_note(session, item_id, text), parent=self.page,
                               title=self.tr("Note not saved"), initiator=self.item_panel):
            self._saved(item_id, self.tr("note"))

    def _saved(self, item_id: str, what: str) -> None:
        self.status.emit(self.tr("Saved {time}: {what}").format(time=datetime.now().strftime("%H:%M:%S"),
                                                              what=what))

    # --- change notices: what the workspace tree and the header show ----------------------------

    def _on_operation_did_execute(self, changes: Changes, _initiator: object | None) -> None:
        """Repaint what the notice names: the rows of the items it names (and their elements), every row when
        caps may move anywhere (tests, findings), the header when scores moved; a change to the assessment itself
        or of unknown extent (another connection) reads and shows everything again."""
        session = self.session
        if session is None:
            return
        if changes.structure:
            self._rebuild()
            return
        tree = self.tree_model
        if changes.findings:
            self._show_findings_marks()
        if changes.testing or changes.findings:
            tree.refresh_all()
        else:
            for item_id in changes.answers | changes.notes | changes.evidence:
                tree.refresh_item(item_id)
        if changes.scores:
            self._refresh_header()

    def _rebuild(self) -> None:
        """The assessment changed as a whole (modules, model, checklist, finalised, another connection's write):
        its items may differ, so the tree is rebuilt and every panel pointed at it again, keeping the current
        item when it is still there."""
        session = self.session
        self.read_only = session.store.read_only or session.assessment.is_final
        self.undo_stack.clear()  # the store now holds answers the remembered steps never saw
        current = self._current_item.id if self._current_item else None
        ids = [i.id for i in session.applicable_items]
        if ids != self.tree_model.item_ids():
            self.tree_model.set_session(session)
            self.workspace.set_mark_slots(self.tree_model.mark_slots)
            self.workspace.tree.expandAll()
        else:
            self.tree_model.refresh_all()
        self._refresh_header()
        self._show_findings_marks()
        if current in ids:
            if self.proxy.mapToSource(self.workspace.tree.currentIndex()) != self.tree_model.index_of_item(current):
                self.select_item(current)
            else:
                self._show_current()
        elif ids:
            self.select_item(ids[0])
        else:
            self._show_nothing()

    def _refresh_header(self) -> None:
        session = self.session
        a, org = session.assessment, session.organisation
        self.page.title_label.setText(a.in_language("title", self.language))  # names in the window's language
        kind = ASSESSMENT_KINDS[a.kind].get(self.language) if a.kind in ASSESSMENT_KINDS else a.kind
        parts = [org.in_language("name", self.language), kind]
        if a.period_start or a.period_end:
            parts.append(f"{a.period_start} – {a.period_end}")
        if a.assessor:
            parts.append(a.in_language("assessor", self.language))
        if self.read_only:
            parts.append(self.tr("read-only"))
        self.page.subtitle_label.setText(" · ".join(parts))
        self._show_final_state(a)
        overall = session.score.overall
        level = "—" if overall.level is None else str(overall.level)
        self.page.overall_label.setText(
            "<span style='font-size:large'>" + escape(self.tr("Overall level")) +
            f" <b style='color:{level_colour(overall.level).name()}'>{level}</b></span><br>" +
            escape(self.tr("Coverage {coverage:.0%}").format(coverage=overall.coverage)) +
            (" · " + escape(self.tr("provisional")) if overall.provisional else ""))

    def _show_final_state(self, a) -> None:
        """A finalised assessment says so: a badge with its fingerprint and a notice that it is read-only."""
        page = self.page
        page.final_badge.setVisible(a.is_final)
        page.final_banner.setVisible(a.is_final)
        if not a.is_final:
            return
        fingerprint = a.fingerprint or ""
        page.final_badge.setText(self.tr("Finalised · {short}").format(short=fingerprint[:12]))
        page.final_badge.setToolTip(self.tr("Finalised {when}\nContent fingerprint (SHA-256):\n{fingerprint}").format(
            when=(a.finalised_at or "")[:16].replace("T", " "), fingerprint=fingerprint))
        page.final_banner.setText(self.tr(
            "This assessment is finalised and read-only: answers, notes, evidence, findings, actions and requests "
            "cannot be changed. Its content fingerprint is {fingerprint}. Assessment > Reopen… makes it editable "
            "again; the reopening is recorded with its reason.").format(fingerprint=fingerprint))

    # --- audit workflow: findings, actions, requests, comparison, re-confirming ---------------------

    def _show_workflow(self) -> None:
        """Point the findings marks, action plan, requests and comparison at the newly opened assessment (or none);
        later they follow the change notices themselves."""
        session = self.session
        self.findings.language = self.language
        self._show_findings_marks()
        for controller in (self._action_plan, self._requests):  # else they read the assessment when made
            if controller is not None:
                controller.show(session, editable=self.editable)
        if self._comparison is not None:
            self._comparison.show(session)
        elif session is not None and session.assessment.baseline_id:
            from exportaudit.ui.controllers.comparison import load_baseline

            self._has_baseline = load_baseline(session) is not None
        else:
            self._has_baseline = False
        self.page.tabs.setTabVisible(TAB_COMPARISON, self.comparison_available)
        if self._testing is not None:  # else it reads the assessment when it is made
            self._testing.show(session, editable=self.editable, shown=self.page.tabs.currentIndex() == TAB_TESTING)

    def _show_findings_marks(self) -> None:
        session = self.session
        self.tree_model.set_items_with_findings(
            {f.item_id for f in session.store.findings.all(session.assessment_id) if f.item_id} if session else ())

    def rescore(self) -> None:
        """Offer to move an open model-1 assessment to model 2, listing what would change first (logged)."""
        session = self.session
        if session is None or not self.editable or session.model >= CURRENT_MODEL:
            return
        changes = model_changes(session.checklist, session.score, session.score_with(CURRENT_MODEL))
        shown = [c.text.get(self.language) for c in changes[:MAX_CHANGES_SHOWN]]
        if len(changes) > MAX_CHANGES_SHOWN:
            shown.append(self.tr("… and {count} more").format(count=len(changes) - MAX_CHANGES_SHOWN))
        text = self.tr("This assessment is scored with model 1. Re-scoring it with model 2 is recorded in its "
                       "history and cannot be undone. What changes:") + "\n\n" + (
            "\n".join(shown) if shown else self.tr("No result changes."))

        def apply() -> None:
            self.operations.run(lambda: assessment_ops.rescore_with_current_model(session.store,
                                                                                  session.assessment_id),
                                parent=self.page, title=self.tr("Not re-scored"), initiator=self,
                                success=lambda _value: self.status.emit(self.tr("Re-scored with model 2.")))

        prompts.confirm(self.page.window(), self.tr("Re-score with model 2"), text, self.tr("Re-score"), apply,
                        destructive=False)

    def set_module(self, module_id: str, on: bool) -> None:
        """Switch the checklist's optional module on or off: its elements join or leave the tree and the scores
        (answers to its items are kept either way). The notice rebuilds the tree and the tabs."""
        session = self.session
        if session is None or not self.editable:
            return

        def switched(_value) -> None:
            module = session.checklist.module(module_id)
            name = module.name.get(self.language) if module else module_id
            self.status.emit((self.tr("Module switched on: {module}") if on else
                              self.tr("Module switched off: {module}")).format(module=name))

        def refused(exc) -> None:
            prompts.show_error(self.page.window(), self.tr("Module not switched"), str(exc))
            self.frameworks.refresh(session, self.editable)  # the switch shows the stored state again

        self.operations.run(lambda: assessment_ops.set_module(session.store, session.assessment_id, module_id, on),
                            parent=self.page, title=self.tr("Module not switched"), initiator=self,
                            success=switched, failure=refused)

    def raise_finding(self) -> None:
        """Raise a finding on the current item (or element), from anywhere in the assessment."""
        if not self.editable:
            return
        if self.page.tabs.currentIndex() != TAB_WORKSPACE:
            self.page.tabs.setCurrentIndex(TAB_WORKSPACE)
        self.findings.raise_finding()

    def can_reconfirm(self) -> bool:
        item = self._current_item
        return item is not None and self.editable and self.session.response(item.id).reconfirm

    def reconfirm(self) -> None:
        """Confirm the carried-over answer of the current item unchanged."""
        if not self.can_reconfirm():
            return
        item_id, session = self._current_item.id, self.session
        if self.operations.run(lambda: answer_ops.reconfirm(session, item_id), parent=self.page,
                               title=self.tr("Not confirmed"), initiator=self):
            self.current_changed.emit()
            self._saved(item_id, self.tr("{item} confirmed unchanged").format(item=item_id))

    def show_item_history(self) -> None:
        if self.session is None or self._current_item is None:
            return
        from exportaudit.ui.controllers.history import HistoryDialog

        dialog = HistoryDialog(self.page.window(), self.session.store, self.session.assessment_id, self.language,
                               item_id=self._current_item.id, subject=self.session.assessment.title,
                               operations=self.operations)
        dialog.show()

    def show_history(self) -> None:
        if self.session is None:
            return
        from exportaudit.ui.controllers.history import HistoryDialog

        dialog = HistoryDialog(self.page.window(), self.session.store, self.session.assessment_id, self.language,
                               subject=self.session.assessment.title, operations=self.operations)
        dialog.show()
