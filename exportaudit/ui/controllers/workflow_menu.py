"""The audit-workflow commands of the main window's menus: the questionnaire round trip, preferences, re-audits,
change history, finalising and reopening, findings and re-confirming from the keyboard, and the workflow tabs.

Kept out of the main window's controller, which only creates this and asks it to update its actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from exportaudit.core.fingerprint import finalise
from exportaudit.core.store import Store, StoreError
from exportaudit.core.upgrade import can_upgrade
from exportaudit.ui import prompts
from exportaudit.ui.controllers.engagement_dialog import EngagementDialog
from exportaudit.ui.controllers.preferences import PreferencesDialog, firm_defaults, history_user
from exportaudit.ui.controllers.questionnaire import QuestionnaireController
from exportaudit.ui.controllers.reaudit_dialog import ReauditDialog
from exportaudit.ui.controllers.text_prompt import TextPrompt
from exportaudit.ui.controllers.upgrade_dialog import UpgradeDialog
from exportaudit.ui.i18n import error_text
from exportaudit.ui.views.assessment_page_view import TAB_ACTIONS, TAB_COMPARISON, TAB_REQUESTS, TAB_WORKSPACE
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT

if TYPE_CHECKING:
    from exportaudit.ui.controllers.main_window import MainWindow


class WorkflowMenus(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.questionnaire = QuestionnaireController(window)
        a = window.assessment
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
        self.questionnaire.applied.connect(self._imported)
        self.questionnaire.status.connect(w.show_status)
        self.questionnaire.exporter.finished.connect(lambda _path: w._update_actions())

    @property
    def session(self):
        return self.window.assessment.session if self.window.pages.currentIndex() == PAGE_ASSESSMENT else None

    def store_opened(self, store: Store) -> None:
        """Every store the window opens records the preferred user name in its history."""
        store.user = history_user(self.window.settings)

    def update_actions(self) -> None:
        w, a = self.window, self.window.assessment
        session = self.session
        writable = w.store is not None and not w.store.read_only
        final = session is not None and session.assessment.is_final
        answering = session is not None and w.assessment_page.tabs.currentIndex() == TAB_WORKSPACE
        w.export_questionnaire_action.setEnabled(session is not None and not self.questionnaire.running)
        w.import_questionnaire_action.setEnabled(session is not None and a.editable)
        w.reaudit_action.setEnabled(writable and w._target_assessment() is not None)
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
            self.questionnaire.export(self.session, self.window.translations.language)
            self.window._update_actions()

    def import_questionnaire(self) -> None:
        if self.session is not None and self.window.assessment.editable:
            self.questionnaire.choose_and_import(self.session, self.window.translations.language)

    def _imported(self, count: int) -> None:
        self.window.assessment.reload()
        self.window._update_actions()

    # --- preferences ------------------------------------------------------------------------------

    def preferences(self) -> None:
        def saved() -> None:
            if self.window.store is not None:
                self.store_opened(self.window.store)
            self.window.show_status(self.tr("Preferences saved; changes are recorded as {user}.").format(
                user=history_user(self.window.settings)))

        PreferencesDialog(self.window, self.window.settings, saved).open()

    # --- life of an assessment --------------------------------------------------------------------

    def edit_engagement(self) -> None:
        """The engagement facts and the auditor's conclusion; a new engagement starts from the firm defaults."""
        w, session = self.window, self.session
        if session is None or w.store is None or w.store.read_only:
            return
        store, aid = w.store, session.assessment_id
        engagement = store.engagements.get(aid)
        if engagement.is_empty:
            engagement = firm_defaults(w.settings)
        from exportaudit.reports.content import build_model

        proposed = build_model(session).proposed_opinion()

        def save(value) -> None:
            store.engagements.set(aid, value)
            w.show_status(self.tr("Engagement saved."))

        EngagementDialog(w, w.translations.language, engagement,
                         evidence_files=[e.file_name for e in store.evidence.all(aid)], samples=store.samples.all(aid),
                         proposed=proposed, save=save).open()

    def new_reaudit(self) -> None:
        w = self.window
        baseline = w._target_assessment()
        if baseline is None or w.store is None or w.store.read_only:
            return
        created: list[int] = []

        def save(values: dict) -> None:
            created.append(w.store.lifecycle.reaudit(baseline.id, values.pop("title"), **values))

        dialog = ReauditDialog(w, w.translations.language, baseline, w.store.user, save)

        def done() -> None:
            w.open_assessment(created[-1])
            w.show_status(self.tr("Re-audit started from “{title}”: carried-over answers are marked to re-confirm.")
                          .format(title=baseline.title))

        dialog.accepted.connect(done)
        dialog.open()

    def _newer_checklist(self):
        """The installed version of the open assessment's checklist, when it can upgrade the assessment."""
        current = self.session.checklist
        installed, _ = self.window.browser_controller.checklists()
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

        def apply(plan) -> None:
            try:
                session.store.upgrades.apply(plan)
            except StoreError as exc:  # an UpgradeError is one too
                prompts.show_error(self.window, self.tr("Checklist not upgraded"), error_text(exc))
                return
            self.window.open_assessment(plan.assessment_id)  # the items changed: build the page afresh
            self.window._update_actions()
            self.window.show_status(self.tr("Upgraded to {checklist} {version}; new items are unanswered.").format(
                checklist=plan.new.id, version=plan.new.version))

        UpgradeDialog(self.window, self.window.translations.language, plan, apply).open()

    def finalise(self) -> None:
        session = self.session
        if session is None or session.assessment.is_final:
            return
        title = session.assessment.title

        def lock() -> None:
            try:
                fingerprint = finalise(session.store, session.assessment_id)
            except StoreError as exc:
                prompts.show_error(self.window, self.tr("Assessment not finalised"), error_text(exc))
                return
            self.window.assessment.reload()
            self.window._update_actions()
            self.window.show_status(self.tr("Finalised: {title}").format(title=title))
            prompts.show_info(self.window, self.tr("Assessment finalised"), self.tr(
                "“{title}” is finalised and read-only.\n\nContent fingerprint (SHA-256):\n{fingerprint}\n\nThe "
                "fingerprint is shown in the window and printed in the reports.").format(
                    title=title, fingerprint=fingerprint), "finalisedMessage")

        text = self.tr(
            "Finalise “{title}”? It becomes read-only and the fingerprint of its content is recorded. It can be "
            "reopened later, with a reason that is kept in the change history.").format(title=title)
        open_work = self._open_work(session)
        if open_work:
            text += "\n\n" + self.tr("Still open:") + "\n" + "\n".join(f"• {line}" for line in open_work)
        prompts.confirm(self.window, self.tr("Finalise assessment"), text, self.tr("Finalise"), lock,
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
        title = session.assessment.title

        def reopen(reason: str) -> None:
            try:
                session.store.lifecycle.reopen(session.assessment_id, reason)
            except StoreError as exc:
                prompts.show_error(self.window, self.tr("Assessment not reopened"), error_text(exc))
                return
            self.window.assessment.reload()
            self.window._update_actions()
            self.window.show_status(self.tr("Reopened: {title}").format(title=title))

        TextPrompt(self.window, title=self.tr("Reopen assessment"),
                   prompt=self.tr("Why is “{title}” reopened? The reason is recorded in the change history with the "
                                  "fingerprint it had.").format(title=title),
                   text="", required=self.tr("A reason is required to reopen a finalised assessment."),
                   on_accept=reopen).open()
