"""The main window's controller: which store is open, which page shows, the menus' actions, the language,
and what is remembered between runs (geometry, last store, where the user was).

It owns the window's ``Operations``: every write runs through it, and its ``operation_did_execute`` signal is
the broadcast each panel listens to. Commits by other connections are noticed by ``ExternalWrites`` and broadcast
the same way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent

from exportaudit.core.changes import Changes
from exportaudit.core.store import Store, StoreError, open_store
from exportaudit.core.store.errors import WriteProtectedError
from exportaudit.ui import prompts, tasks
from exportaudit.ui.controllers.assessment import AssessmentController
from exportaudit.ui.controllers.browser import BrowserController
from exportaudit.ui.controllers.consultant_menus import PACKAGE_SUFFIX, ConsultantMenus
from exportaudit.ui.controllers.export import ReportExporter
from exportaudit.ui.controllers.workflow_menu import WorkflowMenus
from exportaudit.ui.i18n import Translations, error_text
from exportaudit.ui.instance_lock import LockHolder, StoreLock
from exportaudit.ui.locations import demo_store_path
from exportaudit.ui.operations import ExternalWrites, Operations
from exportaudit.ui.screen_fit import centre_on_screen
from exportaudit.ui.settings import AppSettings
from exportaudit.ui.views.assessment_page_view import TAB_DASHBOARD, TAB_DUTIES, TAB_TESTING, TAB_WORKSPACE
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT, PAGE_BROWSER, PAGE_WELCOME, MainWindowView
from exportaudit.ui.views.read_only_banner import FOLDER, IN_USE, NETWORK, READ_ONLY

STATUS_TIMEOUT_MS = 8000


class MainWindow(MainWindowView):
    def __init__(self, settings: AppSettings, translations: Translations, *, read_only: bool = False):
        super().__init__()
        self.settings, self.translations, self.read_only = settings, translations, read_only
        self.store: Store | None = None
        self._lock: StoreLock | None = None  # the open store's instance lock, while it is open for writing
        self.asking_to_open_read_only: Path | None = None  # a store another window holds, while the user decides
        self.operations = Operations(self)
        self.operation_did_execute = self.operations.operation_did_execute  # the one broadcast of change notices
        self.external_writes = ExternalWrites(self, self.operations)
        self.browser_controller = BrowserController(self.browser, self.operations)
        self.assessment = AssessmentController(self.assessment_page, self.operations)
        self.exporter = ReportExporter(self, lambda: self.settings.report_logo, lambda: self.settings.signing_certificate)
        self.workflow = WorkflowMenus(self, self.operations, self.assessment, settings, translations,
                                      store=lambda: self.store, target=self._target_assessment,
                                      installed_checklists=self.browser_controller.checklists)
        self.consultant = ConsultantMenus(self, self.operations, settings, store=lambda: self.store,
                                          target=self._target_assessment, open_store=self.open_store)
        self._building_demo = False
        self._connect()
        self._language_changed()
        self._restore_geometry()
        self._update_actions()

    # --- wiring ---------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.new_store_action.triggered.connect(self.choose_new_store)
        self.open_store_action.triggered.connect(self.choose_store)
        self.open_demo_action.triggered.connect(self.open_demo)
        self.clear_recent_action.triggered.connect(self._clear_recent)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.export_action.triggered.connect(self.export_report)
        self.quit_action.triggered.connect(self.close)

        b = self.browser_controller
        self.new_org_action.triggered.connect(self._new_organisation)
        self.edit_org_action.triggered.connect(b.edit_organisation)
        self.delete_org_action.triggered.connect(b.delete_organisation)
        self.new_assessment_action.triggered.connect(b.new_assessment)
        self.rename_assessment_action.triggered.connect(lambda: b.rename_assessment(self._target_assessment()))
        self.duplicate_assessment_action.triggered.connect(lambda: b.duplicate_assessment(self._target_assessment()))
        self.delete_assessment_action.triggered.connect(lambda: b.delete_assessment(self._target_assessment()))
        b.open_requested.connect(self.open_assessment)
        b.selection_changed.connect(self._update_actions)
        b.status.connect(self.show_status)

        a = self.assessment
        self.undo_action.triggered.connect(a.undo_stack.undo)
        self.redo_action.triggered.connect(a.undo_stack.redo)
        a.undo_stack.canUndoChanged.connect(self._undo_state_changed)
        a.undo_stack.canRedoChanged.connect(self._undo_state_changed)
        self.find_action.triggered.connect(a.focus_filter)
        for level, action in enumerate(self.rate_actions):
            action.triggered.connect(lambda _checked=False, level=level: a.rate(level))
        self.na_action.triggered.connect(a.ask_not_applicable)
        self.clear_answer_action.triggered.connect(a.clear_answer)
        self.next_unanswered_action.triggered.connect(a.next_unanswered)
        a.status.connect(self.show_status)
        a.current_changed.connect(self._update_actions)
        self.assessment_page.back_button.clicked.connect(self.show_browser)
        self.assessment_page.tabs.currentChanged.connect(lambda _tab: self._update_actions())

        self.show_browser_action.triggered.connect(self.show_browser)
        self.show_workspace_action.triggered.connect(lambda: a.show_tab(TAB_WORKSPACE))
        self.show_dashboard_action.triggered.connect(lambda: a.show_tab(TAB_DASHBOARD))
        self.show_testing_action.triggered.connect(lambda: a.show_tab(TAB_TESTING))
        self.show_duties_action.triggered.connect(lambda: a.show_tab(TAB_DUTIES))
        self.language_zh_action.triggered.connect(lambda: self.set_language("zh"))
        self.language_en_action.triggered.connect(lambda: self.set_language("en"))
        self.shortcuts_action.triggered.connect(self._show_shortcuts)
        self.about_action.triggered.connect(self._show_about)

        self.welcome.create_organisation_button.clicked.connect(self._new_organisation)
        self.welcome.open_demo_button.clicked.connect(self.open_demo)
        self.welcome.open_other_button.clicked.connect(self.choose_store)
        self.read_only_banner.reopen_requested.connect(self._reopen_for_editing)
        self.demo_banner.create_requested.connect(self.choose_new_store)

        self.operations.operation_did_execute.connect(self._on_operation_did_execute)
        self.operations.assessment_gone.connect(self.show_browser)
        w = self.workflow
        w.status.connect(self.show_status)
        w.open_requested.connect(self.open_assessment)
        w.actions_changed.connect(self._update_actions)
        c = self.consultant
        c.status.connect(self.show_status)
        c.actions_changed.connect(self._update_actions)

    def _on_operation_did_execute(self, changes: Changes, initiator: object | None) -> None:
        """The window's own share of a change notice: the enabled actions, the welcome or browser page as
        organisations come and go, and the browser's lists when they changed elsewhere (the browser shows its own
        changes itself, with what it changed selected)."""
        if self.store is not None and (changes.organisation or changes.store):
            if initiator is not self.browser_controller:
                self.browser_controller.reload()
            self._show_welcome_or_browser()
        self._update_actions()

    @Slot(bool)
    def _undo_state_changed(self, _possible: bool) -> None:
        """Only Undo and Redo follow the stack (every answer pushes onto it; the rest follows its notice). A bound
        slot: disconnected when the window goes, unlike a lambda."""
        in_assessment = self.pages.currentIndex() == PAGE_ASSESSMENT and self.assessment.session is not None
        self.undo_action.setEnabled(in_assessment and self.assessment.undo_stack.canUndo())
        self.redo_action.setEnabled(in_assessment and self.assessment.undo_stack.canRedo())

    def _update_actions(self) -> None:
        on_page = self.pages.currentIndex()
        has_store = self.store is not None
        writable = has_store and not self.store.read_only
        in_assessment = on_page == PAGE_ASSESSMENT and self.assessment.session is not None
        answering = in_assessment and self.assessment_page.tabs.currentIndex() == TAB_WORKSPACE
        item = self.assessment.current_item is not None
        can_answer = answering and item and self.assessment.editable
        for action in (*self.rate_actions, self.na_action, self.clear_answer_action):
            action.setEnabled(can_answer)
        self.next_unanswered_action.setEnabled(answering)
        self.find_action.setEnabled(in_assessment)
        self.undo_action.setEnabled(in_assessment and self.assessment.undo_stack.canUndo())
        self.redo_action.setEnabled(in_assessment and self.assessment.undo_stack.canRedo())
        self.show_workspace_action.setEnabled(in_assessment)
        self.show_dashboard_action.setEnabled(in_assessment)
        self.show_testing_action.setEnabled(in_assessment)
        self.show_duties_action.setEnabled(in_assessment)
        self.show_browser_action.setEnabled(has_store)
        self.export_action.setEnabled(in_assessment and not self.exporter.running)
        has_org = self.browser_controller.selected_organisation() is not None
        target = self._target_assessment() is not None
        self.new_org_action.setEnabled(writable)
        self.welcome.create_organisation_button.setEnabled(writable)
        self.welcome.set_has_store(self.store is not None)
        self.edit_org_action.setEnabled(writable and has_org)
        self.delete_org_action.setEnabled(writable and has_org and not in_assessment)
        self.new_assessment_action.setEnabled(writable and has_org)
        self.rename_assessment_action.setEnabled(writable and target)
        self.duplicate_assessment_action.setEnabled(writable and target)
        self.delete_assessment_action.setEnabled(writable and target and not in_assessment)
        self.workflow.update_actions()
        self.consultant.update_actions()

    def _target_assessment(self):
        """The open assessment on its page, the selected one in the browser."""
        if self.pages.currentIndex() == PAGE_ASSESSMENT and self.assessment.session is not None:
            return self.assessment.session.assessment
        return self.browser_controller.selected_assessment()

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    # --- stores ---------------------------------------------------------------------------------

    def open_store(self, path: str | Path, *, create: bool = True, read_only: bool = False,
                   holder: LockHolder | None = None, place: WriteProtectedError | None = None) -> bool:
        """Open a store and show it; on failure the message is shown and the current store stays open.

        Open for writing, the store is locked against other windows; if another window holds it, the user is
        asked whether to open it read-only instead (False is returned meanwhile, and the current store stays).
        A store in a place that cannot be written (a read-only folder or medium, a network share) opens
        read-only at once, the banner saying why (``place``).
        """
        path = Path(path).expanduser()
        if path.suffix.lower() == PACKAGE_SUFFIX:  # an audit package opens as its working store beside it, once
            self.consultant.open_package(path, read_only=read_only)  # unpacked off the GUI thread
            return False
        read_only = read_only or self.read_only
        lock = None
        if not read_only:
            lock = self._lock if self._lock is not None and self._lock.same_store(path) else StoreLock(path)
            if not lock.acquire() and lock.held_elsewhere:
                self._offer_read_only(path, lock.holder())
                return False
        try:
            store = open_store(path, create=create and not read_only, read_only=read_only)
        except StoreError as exc:
            if lock is not None and lock is not self._lock:
                lock.release()
            if isinstance(exc, WriteProtectedError) and path.exists():
                if exc.reason in (FOLDER, NETWORK):
                    return self.open_store(path, create=False, read_only=True, place=exc)
                self._offer_read_only_file(path)
                return False
            prompts.show_error(self, self.tr("Store not opened"),
                               self.tr("The store could not be opened.") + "\n\n" + self._refusal_text(exc, path))
            if not path.exists():
                self.settings.forget_recent_store(path)
            return False
        if lock is self._lock:
            self._lock = None  # the same store again: keep its lock across the reopen
        self._close_store()
        self.store, self._lock = store, lock
        self.workflow.store_opened(store)
        self.external_writes.watch(store)
        if store.read_only:
            reason = IN_USE if holder else place.reason if place is not None else READ_ONLY
            self.read_only_banner.show_reason(reason, pid=holder.pid if holder else 0,
                                              host=holder.host if holder else "", fs=place.fs if place else "")
        self.demo_banner.setVisible(self.is_demo)
        self.settings.last_store = store.path.resolve()
        self.settings.add_recent_store(store.path)
        self.browser_controller.set_store(store)
        self._update_title()
        self.store_label.setText(str(store.path) + (self.tr(" (read-only)") if store.read_only else ""))
        position = self.settings.last_position(store.path)
        if position is not None and self._open_assessment_quietly(*position):
            pass
        elif store.organisations.all():
            self.show_browser()
        else:
            self.pages.setCurrentIndex(PAGE_WELCOME)
            self.welcome.create_organisation_button.setFocus()
        if store.backup_file is not None:
            self.show_status(self.tr("The store was upgraded; a copy of the old file is {path}").format(
                path=store.backup_file))
        self._update_actions()
        return True

    def _close_store(self) -> None:
        if self.store is None:
            return
        self._remember_position()
        self.assessment.close()  # writes a note still waiting for a pause in typing
        self.external_writes.watch(None)
        self.browser_controller.set_store(None)
        self.store.close()
        self.store = None
        self.read_only_banner.hide()
        self.demo_banner.hide()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _refusal_text(self, exc: StoreError, path: Path) -> str:
        """A refusal to create a store where it could not be written, in the window's language."""
        if isinstance(exc, WriteProtectedError) and exc.reason == NETWORK:
            return self.tr("{path} is on a network share ({fs}), where saved answers cannot be kept safe; "
                           "choose a folder on this computer's own disk.").format(path=path, fs=exc.fs)
        if isinstance(exc, WriteProtectedError) and exc.reason == FOLDER:
            return self.tr("{path} is in a folder or on a medium that cannot be written; choose a writable "
                           "folder.").format(path=path)
        return error_text(exc)

    def _offer_read_only(self, path: Path, holder: LockHolder) -> None:
        """Another window has this store open: say so, and offer it read-only (Cancel keeps what is open)."""
        text = self.tr("This store is already open in another ExportAudit window (process {pid} on host {host}). "
                       "Open it read-only, or cancel?").format(pid=holder.pid, host=holder.host or "?")

        def open_read_only() -> None:
            self.open_store(path, create=False, read_only=True, holder=holder)

        def ask() -> None:
            box = prompts.confirm(self, self.tr("Store already open"), f"{path}\n\n{text}",
                                  self.tr("Open read-only"), open_read_only, destructive=False)
            box.setObjectName("storeInUseMessage")
            box.finished.connect(lambda _result: setattr(self, "asking_to_open_read_only", None))

        self.asking_to_open_read_only = path
        if self.isVisible():
            ask()
        else:
            QTimer.singleShot(0, self, ask)  # at start-up: once the window is on screen, so the question is on top

    def _offer_read_only_file(self, path: Path) -> None:
        """The file itself is write-protected: offer to open it read-only (Cancel keeps what is open)."""
        text = self.tr("This store file is read-only (write-protected, or you may not change it). Open it "
                       "read-only to read and report on it, or cancel?")

        def ask() -> None:
            box = prompts.confirm(self, self.tr("Read-only store"), f"{path}\n\n{text}", self.tr("Open read-only"),
                                  lambda: self.open_store(path, create=False, read_only=True), destructive=False)
            box.setObjectName("storeReadOnlyMessage")

        if self.isVisible():
            ask()
        else:
            QTimer.singleShot(0, self, ask)

    def _reopen_for_editing(self) -> None:
        if self.store is not None:
            self.open_store(self.store.path, create=False)

    def choose_store(self) -> None:
        folder = str(self.store.path.parent) if self.store else ""
        path = prompts.choose_store_to_open(self, folder)
        if path:
            self.open_store(path, create=False)

    def choose_new_store(self) -> None:
        folder = str(self.store.path.parent) if self.store else ""
        path = prompts.choose_new_store(self, folder)
        if path:
            if Path(path).exists():
                prompts.show_error(self, self.tr("Store not created"),
                                   self.tr("{path} already exists. Use Open store to open it.").format(path=path))
                return
            self.open_store(path, create=True)

    def open_demo(self) -> None:
        """Open the demo store, building it first (off the GUI thread) when it does not exist yet."""
        path = demo_store_path()
        if path.exists():
            self.open_store(path, create=False)
            return
        if self._building_demo:
            return
        self._building_demo = True
        self.show_status(self.tr("Building the demo store…"))
        self.setCursor(Qt.CursorShape.BusyCursor)

        def build(_report) -> Path:
            from exportaudit.core.demo import build_demo
            from exportaudit.reports.demo_report import issue_demo_report

            with build_demo(path) as store:
                issue_demo_report(store)  # one report in the register, to verify
            return path

        def built(result: Path) -> None:
            self._building_demo = False
            self.unsetCursor()
            self.open_store(result, create=False)

        def failed(exc: BaseException) -> None:
            self._building_demo = False
            self.unsetCursor()
            prompts.show_error(self, self.tr("Demo not available"),
                               self.tr("The demo store could not be built.") + "\n\n" + str(exc))

        tasks.run_in_background(build, on_success=built, on_failure=failed)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_stores()
        for path in recent:
            action = QAction(str(path), self.recent_menu)
            action.triggered.connect(lambda _checked=False, path=path: self.open_store(path, create=False))
            self.recent_menu.addAction(action)
        if recent:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(recent))

    def _clear_recent(self) -> None:
        self.settings.clear_recent_stores()

    @property
    def is_demo(self) -> bool:
        """The open store is the demo: marked so when built, or the demo file itself."""
        return self.store is not None and (self.store.is_demo or self.store.path.resolve() == demo_store_path())

    def _update_title(self) -> None:
        if self.store is None:
            self.setWindowTitle("ExportAudit")
            return
        suffix = self.tr(" (read-only)") if self.store.read_only else ""
        demo = self.tr(" (demo)") if self.is_demo else ""
        self.setWindowTitle(f"{self.store.path.name}{demo}{suffix} — ExportAudit")

    # --- pages ----------------------------------------------------------------------------------

    def show_browser(self) -> None:
        if self.store is None:
            return
        self._remember_position()
        self.assessment.close()
        if self.store.organisations.all():
            self.pages.setCurrentIndex(PAGE_BROWSER)
            self.browser_controller.reload()
            self.browser.assessment_table.setFocus()
        else:
            self.pages.setCurrentIndex(PAGE_WELCOME)
        self._update_actions()

    def open_assessment(self, assessment_id: int, item_id: str | None = None) -> None:
        try:
            self.assessment.open(self.store, assessment_id, item_id)
        except StoreError as exc:
            prompts.show_error(self, self.tr("Assessment not opened"), error_text(exc))
            return
        self.pages.setCurrentIndex(PAGE_ASSESSMENT)
        self.browser_controller.select_assessment(self.assessment.session.assessment)
        self.assessment_page.workspace.tree.setFocus()
        self._update_actions()

    def _open_assessment_quietly(self, assessment_id: int, item_id: str | None) -> bool:
        """Reopen where the user left off, if that assessment still exists."""
        try:
            self.store.assessments.get(assessment_id)
        except StoreError:
            return False
        self.open_assessment(assessment_id, item_id)
        return self.pages.currentIndex() == PAGE_ASSESSMENT

    def _show_welcome_or_browser(self) -> None:
        """The first organisation leaves the welcome page for the browser; deleting the last one goes back."""
        if self.pages.currentIndex() == PAGE_WELCOME and self.store.organisations.all():
            self.pages.setCurrentIndex(PAGE_BROWSER)
        elif self.pages.currentIndex() == PAGE_BROWSER and not self.store.organisations.all():
            self.pages.setCurrentIndex(PAGE_WELCOME)

    def _new_organisation(self) -> None:
        if self.pages.currentIndex() != PAGE_BROWSER:
            self.pages.setCurrentIndex(PAGE_BROWSER if self.store and self.store.organisations.all() else PAGE_WELCOME)
        self.browser_controller.new_organisation()

    def export_report(self) -> None:
        if self.assessment.session is not None:
            self.exporter.start(self.assessment.session, self.translations.language)

    # --- language -------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.settings.language = language
        if language != self.translations.language:
            self.translations.install(language)
            self._language_changed()  # models and data-dependent texts; static texts follow LanguageChange

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._language_changed()

    def _language_changed(self) -> None:
        language = self.translations.language
        (self.language_zh_action if language == "zh" else self.language_en_action).setChecked(True)
        self.browser_controller.set_language(language)
        self.assessment.set_language(language)
        self._update_title()
        if self.store is not None:
            self.store_label.setText(str(self.store.path) + (self.tr(" (read-only)") if self.store.read_only else ""))

    def ask_name_if_first_run(self):
        """A fresh install asks the user's name once; it names their changes and is proposed as assessor."""
        from exportaudit.ui.controllers.preferences import ask_name_once

        def named() -> None:
            if self.store is not None:
                self.workflow.store_opened(self.store)

        return ask_name_once(self, self.settings, named)

    # --- help -----------------------------------------------------------------------------------

    def _show_shortcuts(self) -> None:
        from exportaudit.ui.views.shortcuts_view import ShortcutsView

        dialog = ShortcutsView(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _show_about(self) -> None:
        from exportaudit.ui.controllers.about import AboutDialog  # built on first use, not at start

        dialog = AboutDialog(self, self.translations.language)
        dialog.show()

    # --- persistence ----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self.settings.window_geometry is None or not self.restoreGeometry(self.settings.window_geometry):
            centre_on_screen(self)  # first run: the middle of the available screen, never past its edges
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)
        if self.settings.workspace_splitter is not None:
            self.assessment_page.workspace.splitter.restoreState(self.settings.workspace_splitter)

    def _remember_position(self) -> None:
        if self.store is None:
            return
        session = self.assessment.session
        if self.pages.currentIndex() == PAGE_ASSESSMENT and session is not None:
            item = self.assessment.current_item
            self.settings.set_last_position(self.store.path, session.assessment_id, item.id if item else None)
        else:
            self.settings.set_last_position(self.store.path, None)

    def closeEvent(self, event: QCloseEvent) -> None:
        if tasks.busy():
            self.show_status(self.tr("Finishing the work in progress…"))
        tasks.wait_for_all()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.workspace_splitter = self.assessment_page.workspace.splitter.saveState()
        self._close_store()
        self.settings.sync()
        super().closeEvent(event)
