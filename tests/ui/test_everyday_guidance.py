"""Everyday use, remembering and guiding: the demo store says it is the demo, the export remembers its folder,
format and language, the assessor is the user's name, focus comes back after a dialog."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from exportaudit.ui import prompts


@pytest.fixture(scope="module")
def built_demo(tmp_path_factory):
    from exportaudit.core.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.exportaudit"
    build_demo(path).close()
    return path


@pytest.fixture
def demo_path(built_demo, tmp_path):
    copy = tmp_path / "demo" / built_demo.name
    shutil.copytree(built_demo.parent, copy.parent)
    return copy


@pytest.mark.parametrize("language, word", [("en", "(demo)"), ("zh", "（演示）")])
def test_the_demo_store_says_it_is_the_demo_and_offers_a_store_of_ones_own(make_window, demo_path, qtbot, tmp_path,
                                                                         monkeypatch, language, word):
    window = make_window(demo_path, language=language)
    assert word in window.windowTitle()
    banner = window.demo_banner
    assert banner.isVisible() and banner.create_button.text() in ("Create my own store…", "创建我自己的存储库…")
    own = tmp_path / "mine.exportaudit"
    monkeypatch.setattr(prompts, "choose_new_store", lambda parent, folder="": str(own))
    qtbot.mouseClick(banner.create_button, Qt.MouseButton.LeftButton)
    assert window.store.path == own and not banner.isVisible()
    assert "demo" not in window.windowTitle() and "演示" not in window.windowTitle()


def test_an_ordinary_store_shows_no_demo_banner(make_window, mini_store_path):
    window = make_window(mini_store_path)
    assert not window.demo_banner.isVisible() and "(demo)" not in window.windowTitle()


def test_the_export_starts_in_an_existing_folder_and_remembers_folder_format_and_language(
        make_window, mini_store_path, qtbot, wait_dialog, tmp_path, monkeypatch):
    from exportaudit.ui.controllers.export import ExportDialog

    documents = tmp_path / "documents"
    assert not documents.exists()  # the system names a documents folder that is not there
    window = make_window(mini_store_path)
    window.browser_controller.open_selected()
    written = []
    monkeypatch.setattr(window.exporter, "_run", lambda session, fmt, language, out: written.append((fmt, language, out)))
    window.export_action.trigger()
    dialog = wait_dialog(ExportDialog)
    first = Path(dialog.path_edit.text())
    assert first.parent.is_dir() and first.parent == Path.home() and first.suffix == ".pdf"
    chosen = tmp_path / "reports"
    chosen.mkdir()
    dialog.xlsx_radio.click()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("both"))
    dialog.path_edit.setText(str(chosen / "acme.xlsx"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert written == [("xlsx", "both", chosen / "acme.xlsx")]
    qtbot.waitUntil(lambda: not dialog.isVisible())

    window.export_action.trigger()
    again = wait_dialog(ExportDialog)
    assert again.xlsx_radio.isChecked() and again.language_combo.currentData() == "both"
    assert Path(again.path_edit.text()).parent == chosen and again.path_edit.text().endswith(".xlsx")
    again.reject()


def test_file_choosers_start_in_the_last_folder_used_for_their_kind_of_file(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    evidence_folder, orders_folder = tmp_path / "scans", tmp_path / "erp"
    evidence_folder.mkdir()
    orders_folder.mkdir()
    asked = []

    def fake_open(parent, title, folder, filters):
        asked.append(folder)
        return str(orders_folder / "orders.csv"), ""

    def fake_open_many(parent, title, folder, filters):
        asked.append(folder)
        return [str(evidence_folder / "policy.pdf")], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_open_many)
    prompts.choose_files_to_attach(None)
    prompts.choose_order_list(None)
    prompts.choose_files_to_attach(None)
    prompts.choose_order_list(None)
    assert asked[2:] == [str(evidence_folder), str(orders_folder)]  # each kind of file its own last folder
    assert asked[0] == asked[1] and Path(asked[0]).is_dir()  # first time: an existing default folder


def test_a_fresh_install_asks_the_name_once_and_proposes_it_as_assessor(make_window, mini_store_path, qtbot,
                                                                        wait_dialog):
    from exportaudit.ui.controllers.assessment_dialog import AssessmentDialog
    from exportaudit.ui.controllers.text_prompt import TextPrompt

    window = make_window(mini_store_path)
    assert window.store.user == ""  # not the login name ("root") while nobody said who they are
    prompt = window.ask_name_if_first_run()
    assert prompt is wait_dialog(TextPrompt, "firstRunNamePrompt")
    qtbot.keyClicks(prompt.text_edit, "Li Wei")
    qtbot.keyClick(prompt.text_edit, Qt.Key.Key_Return)
    assert window.settings.user_name == "Li Wei" and window.store.user == "Li Wei"
    assert window.ask_name_if_first_run() is None  # asked once only
    window.browser_controller.new_assessment()
    dialog = wait_dialog(AssessmentDialog)
    assert dialog.assessor_edit.text() == "Li Wei"
    dialog.reject()


def test_cancelling_the_first_run_question_is_remembered_too(make_window, mini_store_path, wait_dialog):
    from exportaudit.ui.controllers.text_prompt import TextPrompt

    window = make_window(mini_store_path)
    window.ask_name_if_first_run()
    wait_dialog(TextPrompt, "firstRunNamePrompt").reject()
    assert window.ask_name_if_first_run() is None and window.settings.user_name == ""
