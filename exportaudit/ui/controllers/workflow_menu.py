"""The audit-workflow commands of the main window's menus: the questionnaire round trip, preferences, re-audits,
change history, finalising and reopening, findings and re-confirming from the keyboard, and the workflow tabs.

Kept out of the main window's controller, which creates this with what it needs (the window's view with its
actions, the assessment controller, the window's operations, and getters for the open store and the assessment the
menus act on) and listens to its signals; it never reaches into the window. Writes run as operations: their change
notices refresh the panels and the window's actions, so nothing here repaints anything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from exportaudit.core.operations import assessments as assessment_ops
from exportaudit.core.records import Assessment
from exportaudit.core.store import Store, StoreError
from exportaudit.core.upgrade import can_upgrade
from exportaudit.ui import prompts
from exportaudit.ui.controllers.assessment import AssessmentController
from exportaudit.ui.controllers.preferences import PreferencesDialog, firm_defaults, history_user
from exportaudit.ui.controllers.questionnaire import QuestionnaireController
from exportaudit.ui.controllers.text_prompt import TextPrompt
from exportaudit.ui.i18n import Translations, error_text
from exportaudit.ui.operations import Operations
from exportaudit.ui.settings import AppSettings
from exportaudit.ui.views.assessment_page_view import TAB_ACTIONS, TAB_COMPARISON, TAB_REQUESTS, TAB_WORKSPACE
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT, MainWindowView


class WorkflowMenus(QObject):
    status = Signal(str)
    open_requested = Signal(int)  # an assessment to open (a re-audit just started, a checklist just upgraded)
    actions_changed = Signal()  # something the menus' enabled state depends on changed (a job started or ended)

    def __init__(self, window: MainWindowView, operations: Operations, assessment: AssessmentController,
                 settings: AppSettings, translations: Translations, *, store: Callable[[], Store | None],
                 target: Callable[[], Assessment | None], installed_checklists: Callable[[], list]):
        super().__init__(window)
        self.window, self.operations, self.assessment = window, operations, assessment
        self.settings, self.translations = settings, translations
        self._store, self._target, self._installed = store, target, installed_checklists
        self.questionnaire = QuestionnaireController(window, operations)
        a = assessment
        w = window
        w.export_questionnaire_action.triggered.connect(self.export_questionnaire)
        w.import_questionnaire_action.triggered.connect(self.import_questionnaire)
        w.preferences_action.triggered.connect(self.preferences)
        w.reaudit_action.triggered.connect(self.new_reaudit)
        w.upgrade_checklist_action.triggered.connect(self.upgrade_checklist)
        w.history_action.triggered.connect(a.show_history)
        w.engagement_action.triggered.connect(self.edit_engagement)
        w.finalise_action.triggered.connect(self.finalise)
        w.reopen_action.triggered.connect(self.reopen)
        w.raise_finding_action.triggered.connect(a.raise_finding)
        w.reconfirm_action.triggered.connect(a.reconfirm)
        w.show_actions_action.triggered.connect(lambda: a.show_tab(TAB_ACTIONS))
        w.show_requests_action.triggered.connect(lambda: a.show_tab(TAB_REQUESTS))
        w.show_comparison_action.triggered.connect(lambda: a.show_tab(TAB_COMPARISON))
        self.questionnaire.status.connect(self.status)
        self.questionnaire.exporter.finished.connect(lambda _path: self.actions_changed.emit())

    @property
    def session(self):
        return self.assessment.session if self.window.pages.currentIndex() == PAGE_ASSESSMENT else None

    def store_opened(self, store: Store) -> None:
        """Every store the window opens records the preferred user name in its history."""
        store.user = history_user(self.settings)

    def update_actions(self) -> None:
        w, a = self.window, self.assessment
        session = self.session
        store = self._store()
        writable = store is not None and not store.read_only
        final = session is not None and session.assessment.is_final
        answering = session is not None and w.assessment_page.tabs.currentIndex() == TAB_WORKSPACE
        w.export_questionnaire_action.setEnabled(session is not None and not self.questionnaire.running)
        w.import_questionnaire_action.setEnabled(session is not None and a.editable)
        w.reaudit_action.setEnabled(writable and self._target() is not None)
        newer = self._newer_checklist() if session is not None and writable and not final else None
        w.upgrade_checklist_action.setEnabled(newer is not None)
        w.upgrade_checklist_action.setText(self.tr("&Upgrade to checklist {version}…").format(version=newer.version)
                                           if newer else self.tr("&Upgrade checklist…"))
        w.history_action.setEnabled(session is not None)
        w.engagement_action.setEnabled(session is not None and writable and not final)
        w.finalise_action.setEnabled(session is not None and writable and not final)
        w.reopen_action.setEnabled(session is not None and writable and final)
        w.raise_finding_action.setEnabled(answering and a.findings.can_raise())
        w.reconfirm_action.setEnabled(answering and a.can_reconfirm())
        for action in (w.show_actions_action, w.show_requests_action):
            action.setEnabled(session is not None)
        w.show_comparison_action.setEnabled(session is not None and a.comparison_available)

    # --- questionnaire ----------------------------------------------------------------------------

    def export_questionnaire(self) -> None:
        if self.session is not None:
            self.questionnaire.export(self.session, self.translations.language)
            self.actions_changed.emit()

    def import_questionnaire(self) -> None:
        if self.session is not None and self.assessment.editable:
            self.questionnaire.choose_and_import(self.session, self.translations.language)

    # --- preferences ------------------------------------------------------------------------------

    def preferences(self) -> None:
        def saved() -> None:
            if self._store() is not None:
                self.store_opened(self._store())
            self.status.emit(self.tr("Preferences saved; changes are recorded as {user}.").format(
                user=history_user(self.settings)))

        PreferencesDialog(self.window, self.settings, saved).open()

    # --- life of an assessment --------------------------------------------------------------------

    def edit_engagement(self) -> None:
        """The engagement facts and the auditor's conclusion; a new engagement starts from the firm defaults."""
        w, session, store = self.window, self.session, self._store()
        if session is None or store is None or store.read_only:
            return
        aid = session.assessment_id
        engagement = store.engagements.get(aid)
        if engagement.is_empty:
            engagement = firm_defaults(self.settings)
        from exportaudit.reports.content import build_model

        proposed = build_model(session).proposed_opinion()

        def save(value) -> None:
            self.operations.perform(lambda: assessment_ops.set_engagement(store, aid, value), initiator=self)
            self.status.emit(self.tr("Engagement saved."))

        from exportaudit.ui.controllers.engagement_dialog import EngagementDialog

        EngagementDialog(w, self.translations.language, engagement,
                         evidence_files=[e.file_name for e in store.evidence.all(aid)], samples=store.samples.all(aid),
                         proposed=proposed, save=save).open()

    def new_reaudit(self) -> None:
        baseline, store = self._target(), self._store()
        if baseline is None or store is None or store.read_only:
            return
        created: list[int] = []

        def save(values: dict) -> None:
            created.append(self.operations.perform(  # the title and assessor come in their two forms
                lambda: assessment_ops.start_reaudit(store, baseline.id, "", **values), initiator=self))

        from exportaudit.ui.controllers.reaudit_dialog import ReauditDialog

        dialog = ReauditDialog(self.window, self.translations.language, baseline, store.user, save)

        def done() -> None:
            self.open_requested.emit(created[-1])
            self.status.emit(self.tr("Re-audit started from “{title}”: carried-over answers are marked to re-confirm.")
                             .format(title=baseline.in_language("title", self.translations.language)))

        dialog.accepted.connect(done)
        dialog.open()

    def _newer_checklist(self):
        """The installed version of the open assessment's checklist, when it can upgrade the assessment."""
        current = self.session.checklist
        installed, _ = self._installed()
        return next((c for c in installed if c.id == current.id and can_upgrade(current, c)), None)

    def upgrade_checklist(self) -> None:
        session = self.session
        newer = self._newer_checklist() if session is not None else None
        if newer is None:
            return
        try:
            plan = session.store.upgrades.plan(session.assessment_id, newer)
        except StoreError as exc:  # an UpgradeError is one too
            prompts.show_error(self.window, self.tr("Checklist not upgraded"), error_text(exc))
            return

        def upgraded(_value) -> None:
            self.open_requested.emit(plan.assessment_id)  # the items changed: build the page afresh
            self.status.emit(self.tr("Upgraded to {checklist} {version}; new items are unanswered.").format(
                checklist=plan.new.id, version=plan.new.version))

        def apply(plan) -> None:
            self.operations.run(lambda: assessment_ops.upgrade_checklist(session.store, plan), parent=self.window,
                                title=self.tr("Checklist not upgraded"), initiator=self, success=upgraded)

        from exportaudit.ui.controllers.upgrade_dialog import UpgradeDialog

        UpgradeDialog(self.window, self.translations.language, plan, apply).open()

    def finalise(self) -> None:
        session = self.session
        if session is None or session.assessment.is_final:
            return
        title = session.assessment.in_language("title", self.translations.language)

        def finalised(fingerprint: str) -> None:
            self.status.emit(self.tr("Finalised: {title}").format(title=title))
            prompts.show_info(self.window, self.tr("Assessment finalised"), self.tr(
                "“{title}” is finalised and read-only.\n\nContent fingerprint (SHA-256):\n{fingerprint}\n\nThe "
                "fingerprint is shown in the window and printed in the reports.").format(
                    title=title, fingerprint=fingerprint), "finalisedMessage")

        def finalise() -> None:
            self.operations.run(lambda: assessment_ops.finalise(session.store, session.assessment_id),
                                parent=self.window, title=self.tr("Assessment not finalised"), initiator=self,
                                success=finalised)

        text = self.tr(
            "Finalise “{title}”? It becomes read-only and the fingerprint of its content is recorded. It can be "
            "reopened later, with a reason that is kept in the change history.").format(title=title)
        open_work = self._open_work(session)
        if open_work:
            text += "\n\n" + self.tr("Still open:") + "\n" + "\n".join(f"• {line}" for line in open_work)
        prompts.confirm(self.window, self.tr("Finalise assessment"), text, self.tr("Finalise"), finalise,
                        destructive=bool(open_work))

    def _open_work(self, session) -> list[str]:
        """What a careful auditor would want to know before locking: unanswered, unconfirmed, unevidenced items."""
        lines = []
        overall = session.score.overall
        unanswered = overall.applicable - overall.answered
        if unanswered:
            lines.append(self.tr("{count} of {total} applicable items are unanswered (coverage {coverage:.0%}); "
                                 "the levels stay provisional.").format(count=unanswered, total=overall.applicable,
                                                                        coverage=overall.coverage))
        reconfirm = sum(1 for i in session.applicable_items if session.response(i.id).reconfirm)
        if reconfirm:
            lines.append(self.tr("{count} items carried over from the baseline are not re-confirmed yet.").format(
                count=reconfirm))
        unevidenced = len(session.score.unevidenced_items)
        if unevidenced:
            lines.append(self.tr("{count} items rated 4 or 5 have no evidence and count as 3.").format(
                count=unevidenced))
        return lines

    def reopen(self) -> None:
        session = self.session
        if session is None or not session.assessment.is_final:
            return
        title = session.assessment.in_language("title", self.translations.language)

        def reopen(reason: str) -> None:
            self.operations.run(lambda: assessment_ops.reopen(session.store, session.assessment_id, reason),
                                parent=self.window, title=self.tr("Assessment not reopened"), initiator=self,
                                success=lambda _value: self.status.emit(self.tr("Reopened: {title}").format(
                                    title=title)))

        TextPrompt(self.window, title=self.tr("Reopen assessment"),
                   prompt=self.tr("Why is “{title}” reopened? The reason is recorded in the change history with the "
                                  "fingerprint it had.").format(title=title),
                   text="", required=self.tr("A reason is required to reopen a finalised assessment."),
                   on_accept=reopen).open()
