"""Start the desktop app: ``run_gui`` is what ``exportaudit`` (cmd_gui in cli.py) calls.

Order matters: the application object, then the bundled font and the language (so the first paint is
already right), then the window on the chosen store: the --store file, else the last store used, else the
default store in the per-user data folder.

With EXPORTAUDIT_SMOKE_TEST=1 in the environment (packaging/check_bundle.py sets it on the frozen build) the app
starts as usual and, once the window has painted on its store, prints ``main window ready: <store path>`` and
exits 0; if the store could not be opened it prints why and exits 1.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from exportaudit import __version__
from exportaudit.ui import accessible_names, focus_return, focus_ring, plain_text, screen_fit
from exportaudit.ui.controllers.main_window import MainWindow
from exportaudit.ui.fonts import register_bundled_font
from exportaudit.ui.i18n import LANGUAGES, Translations, system_language
from exportaudit.ui.icons import app_icon
from exportaudit.ui.locations import default_store_path
from exportaudit.ui.settings import APPLICATION, AppSettings


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with its names, icon and bundled font (reused if one already exists, as in tests)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("ExportAudit")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("exportaudit")
    app.setWindowIcon(app_icon())
    register_bundled_font(app)
    plain_text.install(app)
    screen_fit.install(app)
    focus_return.install(app)
    accessible_names.install(app)
    focus_ring.install(app)
    return app


def choose_language(requested: str | None, settings: AppSettings) -> str:
    for candidate in (requested, settings.language):
        if candidate in LANGUAGES:
            return candidate
    return system_language()


def choose_store(requested: str | Path | None, settings: AppSettings) -> tuple[Path, bool]:
    """The store to open and whether it may be created: asked for, else last used, else the default."""
    if requested:
        return Path(requested).expanduser(), True
    last = settings.last_store
    if last is not None and last.exists():
        return last, False
    return default_store_path(), True


def create_main_window(app: QApplication, *, store_path: str | Path | None = None, language: str | None = None,
                       read_only: bool = False, settings: AppSettings | None = None) -> MainWindow:
    """Build the window on its store (not yet shown). Opening errors appear in a message box on the window."""
    settings = settings or AppSettings()
    translations = Translations(app)
    chosen = choose_language(language, settings)
    translations.install(chosen)
    if language in LANGUAGES:
        settings.language = language
    window = MainWindow(settings, translations, read_only=read_only)
    path, create = choose_store(store_path, settings)
    if (not window.open_store(path, create=create) and store_path is None and path != default_store_path()
            and window.asking_to_open_read_only is None):  # in use elsewhere: the user is asked, no fallback
        window.open_store(default_store_path(), create=True)
    return window


SMOKE_TEST_VARIABLE = "EXPORTAUDIT_SMOKE_TEST"
SMOKE_TEST_TIMEOUT_MS = 60_000


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once, from the event loop, right after the widget's first paint."""

    def __init__(self, widget, callback):
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after this paint has been flushed
        return False


def _smoke_test_report(app: QApplication, window: MainWindow) -> None:
    """Say whether the window came up on its store, then close it (settings saved, lock released) and exit."""
    from PySide6.QtWidgets import QMessageBox

    if window.store is not None:
        print(f"main window ready: {window.store.path}", flush=True)
        code = 0
    else:
        shown = [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        print("main window not ready: " + (" ".join(shown) or "no store is open"), flush=True)
        code = 1
    window.close()
    app.exit(code)


def run_gui(store_path: str | None = None, language: str | None = None, read_only: bool = False) -> int:
    app = create_application()
    window = create_main_window(app, store_path=store_path, language=language, read_only=read_only)
    if os.environ.get(SMOKE_TEST_VARIABLE, "") not in ("", "0"):
        _AfterFirstPaint(window, lambda: _smoke_test_report(app, window))
        QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, lambda: (print("main window not ready: no paint within "
                                                                 f"{SMOKE_TEST_TIMEOUT_MS // 1000} s", flush=True),
                                                           app.exit(1)))
    else:
        QTimer.singleShot(0, window.ask_name_if_first_run)
    window.show()
    return app.exec()
