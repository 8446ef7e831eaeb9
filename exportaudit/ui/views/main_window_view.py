"""The main window's frame: menus and their actions, the status bar, and the three pages it switches between
(welcome for an empty store, the assessment browser, an open assessment)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QVBoxLayout, QWidget

from exportaudit.ui.screen_fit import preferred_size
from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views.assessment_page_view import AssessmentPageView
from exportaudit.ui.views.browser_view import BrowserView
from exportaudit.ui.views.demo_banner import DemoBanner
from exportaudit.ui.views.read_only_banner import ReadOnlyBanner
from exportaudit.ui.views.welcome_view import WelcomeView

PAGE_WELCOME, PAGE_BROWSER, PAGE_ASSESSMENT = range(3)
LEVELS = range(6)


def _keys(*sequences) -> list[QKeySequence]:
    return [QKeySequence(s) for s in sequences]


class MainWindowView(Retranslatable, QMainWindow):
    def __init__(self):
        super().__init__()
        self.setObjectName("mainWindow")
        preferred_size(self, 1360, 860)
        self.setMinimumSize(900, 600)
        self._build_actions()
        self._build_menus()
        self.pages = QStackedWidget()
        self.welcome = WelcomeView()
        self.browser = BrowserView()
        self.assessment_page = AssessmentPageView()
        for page in (self.welcome, self.browser, self.assessment_page):
            self.pages.addWidget(page)
        self.read_only_banner = ReadOnlyBanner()  # above the pages, shown while the store is read-only
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        self.demo_banner = DemoBanner()  # above the pages while the demo store is open
        column.addWidget(self.demo_banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.store_label = QLabel()
        self.store_label.setObjectName("storeLabel")
        self.store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.store_label)
        self.retranslate()

    def _action(self, shortcuts=(), *, checkable: bool = False, name: str = "") -> QAction:
        action = QAction(self)
        if shortcuts:
            action.setShortcuts(_keys(*shortcuts) if isinstance(shortcuts, tuple) else shortcuts)
        action.setCheckable(checkable)
        if name:
            action.setObjectName(name)
        self.addAction(action)  # window-wide shortcuts even while the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        k = QKeySequence.StandardKey
        self.new_store_action = self._action(name="newStoreAction")
        self.open_store_action = self._action(_keys(k.Open), name="openStoreAction")
        self.open_demo_action = self._action(name="openDemoAction")
        self.clear_recent_action = self._action(name="clearRecentAction")
        self.export_action = self._action(("Ctrl+E",), name="exportAction")
        self.export_questionnaire_action = self._action(name="exportQuestionnaireAction")
        self.import_questionnaire_action = self._action(name="importQuestionnaireAction")
        self.export_package_action = self._action(name="exportPackageAction")
        self.import_package_action = self._action(name="importPackageAction")
        self.verify_report_action = self._action(name="verifyReportAction")
        self.quit_action = self._action(_keys(k.Quit), name="quitAction")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.new_org_action = self._action(("Ctrl+Shift+N",), name="newOrganisationAction")
        self.edit_org_action = self._action(name="editOrganisationAction")
        self.delete_org_action = self._action(name="deleteOrganisationAction")

        self.new_assessment_action = self._action(_keys(k.New), name="newAssessmentAction")
        self.rename_assessment_action = self._action(("F2",), name="renameAssessmentAction")
        self.duplicate_assessment_action = self._action(name="duplicateAssessmentAction")
        self.delete_assessment_action = self._action(name="deleteAssessmentAction")
        self.reaudit_action = self._action(name="reauditAction")
        self.upgrade_checklist_action = self._action(name="upgradeChecklistAction")
        self.history_action = self._action(("Ctrl+H",), name="historyAction")
        self.engagement_action = self._action(name="engagementAction")
        self.finalise_action = self._action(name="finaliseAction")
        self.reopen_action = self._action(name="reopenAction")

        self.undo_action = self._action(("Ctrl+Z",), name="undoAction")
        self.redo_action = self._action(("Ctrl+Shift+Z", "Ctrl+Y"), name="redoAction")
        self.find_action = self._action(_keys(k.Find), name="findAction")
        self.preferences_action = self._action(_keys(k.Preferences), name="preferencesAction")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.rate_actions = []
        for level in LEVELS:
            action = self._action([QKeySequence(str(level)),
                                   QKeySequence(Qt.KeyboardModifier.KeypadModifier | Qt.Key(Qt.Key.Key_0 + level))],
                                  name=f"rate{level}Action")
            self.rate_actions.append(action)
        self.na_action = self._action(("N",), name="notApplicableAction")
        self.clear_answer_action = self._action(("Delete",), name="clearAnswerAction")
        self.next_unanswered_action = self._action(("Ctrl+Return", "Ctrl+Enter", "PgDown"),
                                                   name="nextUnansweredAction")
        self.raise_finding_action = self._action(("F", "Ctrl+Shift+F"), name="raiseFindingAction")
        self.reconfirm_action = self._action(("C",), name="reconfirmAction")

        self.show_browser_action = self._action(("Ctrl+0",), name="showBrowserAction")
        self.show_workspace_action = self._action(("Ctrl+1",), name="showWorkspaceAction")
        self.show_dashboard_action = self._action(("Ctrl+2",), name="showDashboardAction")
        self.show_actions_action = self._action(("Ctrl+3",), name="showActionsAction")
        self.show_requests_action = self._action(("Ctrl+4",), name="showRequestsAction")
        self.show_comparison_action = self._action(("Ctrl+5",), name="showComparisonAction")
        self.show_testing_action = self._action(("Ctrl+6",), name="showTestingAction")
        self.show_duties_action = self._action(("Ctrl+7",), name="showDutiesAction")

        self.language_group = QActionGroup(self)
        self.language_zh_action = self._action(checkable=True, name="languageZhAction")
        self.language_en_action = self._action(checkable=True, name="languageEnAction")
        self.language_group.addAction(self.language_zh_action)
        self.language_group.addAction(self.language_en_action)
        # Each language is named in itself, so a user who cannot read the current one still finds theirs.
        self.language_zh_action.setText("中文（简体）")
        self.language_en_action.setText("English")

        self.shortcuts_action = self._action(_keys(k.HelpContents), name="shortcutsAction")
        self.about_action = self._action(name="aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("recentMenu")
        for action in (self.new_store_action, self.open_store_action):
            self.file_menu.addAction(action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.open_demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.export_questionnaire_action)
        self.file_menu.addAction(self.import_questionnaire_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_package_action)
        self.file_menu.addAction(self.import_package_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        for action in (self.undo_action, self.redo_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)

        self.answer_menu = bar.addMenu("")
        for action in self.rate_actions:
            self.answer_menu.addAction(action)
        self.answer_menu.addAction(self.na_action)
        self.answer_menu.addAction(self.clear_answer_action)
        self.answer_menu.addAction(self.reconfirm_action)
        self.answer_menu.addSeparator()
        self.answer_menu.addAction(self.raise_finding_action)
        self.answer_menu.addSeparator()
        self.answer_menu.addAction(self.next_unanswered_action)

        self.organisation_menu = bar.addMenu("")
        for action in (self.new_org_action, self.edit_org_action, self.delete_org_action):
            self.organisation_menu.addAction(action)

        self.assessment_menu = bar.addMenu("")
        for action in (self.new_assessment_action, self.rename_assessment_action, self.duplicate_assessment_action,
                       self.delete_assessment_action):
            self.assessment_menu.addAction(action)
        self.assessment_menu.addSeparator()
        self.assessment_menu.addAction(self.reaudit_action)
        self.assessment_menu.addAction(self.upgrade_checklist_action)
        self.assessment_menu.addAction(self.history_action)
        self.assessment_menu.addAction(self.engagement_action)
        self.assessment_menu.addSeparator()
        self.assessment_menu.addAction(self.finalise_action)
        self.assessment_menu.addAction(self.reopen_action)

        self.view_menu = bar.addMenu("")
        for action in (self.show_browser_action, self.show_workspace_action, self.show_dashboard_action,
                       self.show_actions_action, self.show_requests_action, self.show_comparison_action,
                       self.show_testing_action, self.show_duties_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addAction(self.language_zh_action)
        self.language_menu.addAction(self.language_en_action)

        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.verify_report_action)

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_store_action.setText(self.tr("&New store…"))
        self.open_store_action.setText(self.tr("&Open store…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.clear_recent_action.setText(self.tr("&Clear list"))
        self.open_demo_action.setText(self.tr("Open the &demo"))
        self.export_action.setText(self.tr("&Export report…"))
        self.export_questionnaire_action.setText(self.tr("Export &questionnaire…"))
        self.import_questionnaire_action.setText(self.tr("&Import questionnaire…"))
        self.export_package_action.setText(self.tr("Export audit &package…"))
        self.import_package_action.setText(self.tr("Import audit pac&kage…"))
        self.quit_action.setText(self.tr("&Quit"))

        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo answer"))
        self.redo_action.setText(self.tr("&Redo answer"))
        self.find_action.setText(self.tr("&Find items…"))
        self.preferences_action.setText(self.tr("&Preferences…"))

        self.answer_menu.setTitle(self.tr("&Answer"))
        for level, action in enumerate(self.rate_actions):
            action.setText(self.tr("Rate {level}").format(level=level))
        self.na_action.setText(self.tr("&Not applicable…"))
        self.clear_answer_action.setText(self.tr("&Clear answer"))
        self.next_unanswered_action.setText(self.tr("Ne&xt unanswered item"))
        self.raise_finding_action.setText(self.tr("Raise a &finding…"))
        self.reconfirm_action.setText(self.tr("C&onfirm unchanged"))

        self.organisation_menu.setTitle(self.tr("&Organisation"))
        self.new_org_action.setText(self.tr("&New organisation…"))
        self.edit_org_action.setText(self.tr("&Edit organisation…"))
        self.delete_org_action.setText(self.tr("&Delete organisation…"))

        self.assessment_menu.setTitle(self.tr("A&ssessment"))
        self.new_assessment_action.setText(self.tr("&New assessment…"))
        self.rename_assessment_action.setText(self.tr("&Rename…"))
        self.duplicate_assessment_action.setText(self.tr("D&uplicate…"))
        self.delete_assessment_action.setText(self.tr("&Delete…"))
        self.reaudit_action.setText(self.tr("New re-&audit from this…"))
        self.history_action.setText(self.tr("&History…"))
        self.engagement_action.setText(self.tr("&Engagement and conclusion…"))
        self.finalise_action.setText(self.tr("&Finalise…"))
        self.reopen_action.setText(self.tr("Re&open…"))

        self.view_menu.setTitle(self.tr("&View"))
        self.show_browser_action.setText(self.tr("&All assessments"))
        self.show_workspace_action.setText(self.tr("&Workspace"))
        self.show_dashboard_action.setText(self.tr("&Dashboard"))
        self.show_actions_action.setText(self.tr("Action &plan"))
        self.show_requests_action.setText(self.tr("Document &requests"))
        self.show_comparison_action.setText(self.tr("&Comparison with the baseline"))
        self.show_testing_action.setText(self.tr("&Transaction testing"))
        self.show_duties_action.setText(self.tr("&Statutory duties"))
        self.language_menu.setTitle(self.tr("&Language"))

        self.tools_menu.setTitle(self.tr("&Tools"))
        self.verify_report_action.setText(self.tr("&Verify report…"))

        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About ExportAudit"))
