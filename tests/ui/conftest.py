"""Qt fixtures for the UI tests: user folders and QSettings in a temp dir, fresh catalogues, a window factory.

No test touches the real user settings or data folder: QSettings is pointed at a temporary folder and the
XDG variables (which QStandardPaths reads on Linux) at others.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
TRANSLATIONS = ROOT / "resources" / "translations"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture(scope="session", autouse=True)
def built_catalogues():
    """The set-up builds .qm from .ts; do the same here when one is missing or older than its source."""
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "documents"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setApplicationName("ExportAudit")
    yield tmp_path


@pytest.fixture
def mini_in_user_folder():
    """The small test checklist installed in the user's own checklist folder, as a user would add one."""
    from exportaudit.ui.locations import user_checklists_dir

    folder = user_checklists_dir()
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "mini.toml", folder / "mini.toml")
    return folder / "mini.toml"


@pytest.fixture
def make_window(qtbot, qapp):
    """Open a main window the way run_gui does (not entering the event loop); closed after the test."""
    from exportaudit.ui.app import create_application, create_main_window

    windows = []

    def make(store_path, language="en", read_only=False):
        app = create_application()
        window = create_main_window(app, store_path=store_path, language=language, read_only=read_only)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.translations.install("en")  # translators belong to the app, which outlives the window
        if window.isVisible():
            window.close()


@pytest.fixture
def mini_store_path(tmp_path, mini_checklist):
    """A store with one small exporter and an unanswered assessment on the mini checklist, scored with model 1."""
    from exportaudit.core.store import open_store

    path = tmp_path / "mini.exportaudit"
    with open_store(path, user="tester") as store:
        org = store.organisations.create("Acme Export Ltd", operator_type="exporter", size="small")
        store.assessments.create(org, mini_checklist, "Self-check 2026", target_profile="basic", scoring_model=1)
    return path


@pytest.fixture
def wait_dialog(qtbot):
    """``wait_dialog(cls, name=None)``: wait until such a dialog is shown and return it."""

    def wait(cls, name: str | None = None):
        found = []

        def shown() -> bool:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, cls) and widget.isVisible() and (name is None or widget.objectName() == name):
                    found.append(widget)
                    return True
            return False

        qtbot.waitUntil(shown, timeout=5000)
        return found[-1]

    return wait


def dialog_open(cls, name: str | None = None) -> bool:
    return any(isinstance(w, cls) and w.isVisible() and (name is None or w.objectName() == name)
               for w in QApplication.topLevelWidgets())


@pytest.fixture
def press(qtbot):
    """``press(key, modifiers)``: a key press delivered where the user's keystroke would go (the focus widget)."""
    from PySide6.QtCore import Qt

    def send(key, modifiers=Qt.KeyboardModifier.NoModifier):
        if QApplication.activeWindow() is None:
            # The offscreen platform drops activation when a closed dialog is finally deleted; a window
            # manager would hand it back to the main window, so do that here.
            window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible())
            with qtbot.waitActive(window):
                window.activateWindow()
        target = QApplication.focusWidget()
        assert target is not None, "nothing has keyboard focus"
        qtbot.keyClick(target, key, modifiers)

    return send


@pytest.fixture
def tt_store_path(tmp_path):
    """A store with one small exporter and an assessment on the mini checklist with transaction tests."""
    from test_transactions_store import MINI, TESTING  # the mini checklist with three checks on S1, S2 and R1

    from exportaudit.core.checklist_loader import parse_checklist
    from exportaudit.core.store import open_store

    checklist = parse_checklist(MINI + TESTING, "mini-tt.toml")
    path = tmp_path / "tt.exportaudit"
    with open_store(path, user="tester") as store:
        org = store.organisations.create("Acme Export Ltd", operator_type="exporter", size="small")
        store.assessments.create(org, checklist, "Audit 2026", target_profile="basic", period_start="2026-01-01",
                                scoring_model=1)  # the tests work out model 1's sample-exception cap
    return path
