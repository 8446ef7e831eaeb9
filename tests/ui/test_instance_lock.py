"""A second window on a store already open is told so and offered it read-only; the lock goes with the window."""

import os
import socket
import subprocess
import sys

import pytest
from conftest import dialog_open
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QMessageBox

from exportaudit.core.store import open_store
from exportaudit.ui.instance_lock import StoreLock, lock_path
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT, PAGE_WELCOME

HOLDER = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "refused", flush=True)
sys.stdin.read()  # hold the lock until the test closes our input (or kills us)
"""


@pytest.fixture
def other_process():
    """``hold(store)``: another process that holds the store's lock as a running ExportAudit would."""
    started = []

    def hold(store_path):
        process = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock_path(store_path))],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        started.append(process)
        assert process.stdout.readline().strip() == "locked"
        return process

    yield hold
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(10)


@pytest.fixture
def held_here():
    """``hold(store)``: the lock held by a QLockFile in this process, as another window of it would."""
    locks = []

    def hold(store_path):
        lock = QLockFile(str(lock_path(store_path)))
        lock.setStaleLockTime(0)
        assert lock.tryLock(0)
        locks.append(lock)
        return lock

    yield hold
    for lock in locks:
        lock.unlock()


def click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def holder_pid(store_path) -> int:
    return int(lock_path(store_path).read_text().splitlines()[0])


def test_a_store_held_by_another_process_is_offered_read_only_and_edits_are_refused(
        make_window, mini_store_path, other_process, wait_dialog, qtbot, press):
    with open_store(mini_store_path) as store:
        aid = store.assessments.latest().id
        store.answers.rate(aid, "P1", 2)
    holder = other_process(mini_store_path)
    window = make_window(mini_store_path)
    box = wait_dialog(QMessageBox, "storeInUseMessage")
    assert window.store is None
    assert (f"already open in another ExportAudit window (process {holder.pid} on host {socket.gethostname()})"
            in box.text())
    click(box, "Open read-only")

    assert window.store is not None and window.store.read_only
    banner = window.read_only_banner
    assert banner.isVisible() and f"process {holder.pid}" in banner.message.text()
    assert "(read-only)" in window.windowTitle()
    assert holder_pid(mini_store_path) == holder.pid  # a read-only window takes no lock
    assert not window.new_org_action.isEnabled()
    assert not window.browser.new_assessment_button.isEnabled()

    window.browser_controller.open_selected()
    assert window.pages.currentIndex() == PAGE_ASSESSMENT
    window.assessment.select_item("P2")
    assert not window.rate_actions[3].isEnabled()
    assert window.assessment_page.workspace.item.notes_edit.isReadOnly()
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_3)
    assert window.assessment.session.response("P2").level is None
    window.assessment.select_item("P1")
    assert window.assessment_page.workspace.item.level_choices[2].radio.isChecked()  # answers are shown


def test_a_second_window_in_the_same_process_is_asked_too(make_window, mini_store_path, wait_dialog):
    first = make_window(mini_store_path)
    assert first.store is not None and not first.store.read_only
    assert holder_pid(mini_store_path) == os.getpid()
    second = make_window(mini_store_path)
    box = wait_dialog(QMessageBox, "storeInUseMessage")
    assert f"process {os.getpid()}" in box.text()
    click(box, "Open read-only")
    assert second.store.read_only and not first.store.read_only


def test_cancel_at_start_leaves_the_welcome_page_and_no_store(make_window, mini_store_path, held_here, wait_dialog,
                                                              qtbot):
    held_here(mini_store_path)
    window = make_window(mini_store_path)
    box = wait_dialog(QMessageBox, "storeInUseMessage")
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: window.asking_to_open_read_only is None)
    assert window.store is None
    assert window.pages.currentIndex() == PAGE_WELCOME
    assert not window.welcome.create_organisation_button.isEnabled()  # nowhere to create it
    assert window.welcome.open_other_button.isEnabled() and window.open_store_action.isEnabled()
    assert not window.read_only_banner.isVisible()


def test_cancel_keeps_the_store_already_open(make_window, mini_store_path, tmp_path, held_here, wait_dialog, qtbot):
    other = tmp_path / "other.exportaudit"
    window = make_window(other)
    held_here(mini_store_path)
    assert not window.open_store(mini_store_path, create=False)
    box = wait_dialog(QMessageBox, "storeInUseMessage")
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not dialog_open(QMessageBox, "storeInUseMessage"))
    assert window.store.path == other and not window.store.read_only
    assert holder_pid(other) == os.getpid()  # still holding its own store
    assert not window.read_only_banner.isVisible()


def test_a_stale_lock_of_a_killed_process_does_not_block(make_window, mini_store_path, other_process):
    holder = other_process(mini_store_path)
    holder.kill()  # a crash: the lock file stays behind
    holder.wait(10)
    assert lock_path(mini_store_path).exists()
    window = make_window(mini_store_path)
    assert not dialog_open(QMessageBox, "storeInUseMessage")
    assert window.store is not None and not window.store.read_only
    assert holder_pid(mini_store_path) == os.getpid()


def test_closing_the_window_or_switching_stores_releases_the_lock(make_window, mini_store_path, tmp_path):
    window = make_window(mini_store_path)
    assert lock_path(mini_store_path).exists()
    other = tmp_path / "other.exportaudit"
    assert window.open_store(other)
    assert not lock_path(mini_store_path).exists() and lock_path(other).exists()
    assert window.open_store(other, create=False)  # the same store again keeps its lock
    assert lock_path(other).exists() and holder_pid(other) == os.getpid()
    window.close()
    assert not lock_path(other).exists()
    again = StoreLock(other)
    assert again.acquire()
    again.release()


def test_open_for_editing_once_the_other_window_has_gone(make_window, mini_store_path, held_here, wait_dialog, qtbot):
    lock = held_here(mini_store_path)
    window = make_window(mini_store_path)
    click(wait_dialog(QMessageBox, "storeInUseMessage"), "Open read-only")
    assert window.store.read_only
    qtbot.mouseClick(window.read_only_banner.reopen_button, Qt.MouseButton.LeftButton)  # still held: asked again
    box = wait_dialog(QMessageBox, "storeInUseMessage")
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.store.read_only
    lock.unlock()
    qtbot.mouseClick(window.read_only_banner.reopen_button, Qt.MouseButton.LeftButton)
    assert not window.store.read_only and not window.read_only_banner.isVisible()
    assert holder_pid(mini_store_path) == os.getpid() and window.new_org_action.isEnabled()


def test_a_window_opened_read_only_takes_no_lock_and_says_why(make_window, mini_store_path):
    window = make_window(mini_store_path, read_only=True)
    assert window.store.read_only and not lock_path(mini_store_path).exists()
    assert window.read_only_banner.isVisible()
    assert "opened read-only" in window.read_only_banner.message.text()
    assert not window.read_only_banner.reopen_button.isVisible()


def test_a_write_protected_store_file_is_offered_read_only(make_window, mini_store_path, wait_dialog):
    mini_store_path.chmod(0o444)
    try:
        window = make_window(mini_store_path)
        box = wait_dialog(QMessageBox, "storeReadOnlyMessage")
        assert window.store is None and "read-only" in box.text()
        assert window.pages.currentIndex() == PAGE_WELCOME
        assert "No store is open" in window.welcome.intro.text()  # not "this store is empty"
        click(box, "Open read-only")
        assert window.store is not None and window.store.read_only
        assert not window.new_org_action.isEnabled()
    finally:
        mini_store_path.chmod(0o644)
