"""Everyday use, remembering and guiding: the demo store says it is the demo, the export remembers its folder,
format and language, the assessor is the user's name, focus comes back after a dialog."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from exportaudit.core.fingerprint import finalise
from exportaudit.core.user_name import configured_user_name
from exportaudit.ui import prompts


@pytest.mark.parametrize("language, word", [("en", "(demo)"), ("zh", "（演示）")])
def test_the_demo_store_says_it_is_the_demo_and_offers_a_store_of_ones_own(make_window, demo_store_path, qtbot, tmp_path,
                                                                         monkeypatch, language, word):
    window = make_window(demo_store_path, language=language)
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
    monkeypatch.setattr(window.exporter, "_run", lambda session, fmt, language, out, **_kw: written.append((fmt, language, out)))
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
    from exportaudit.ui import file_dialog

    evidence_folder, orders_folder = tmp_path / "scans", tmp_path / "erp"
    evidence_folder.mkdir()
    orders_folder.mkdir()
    asked = []

    def fake_open(parent, title, folder, filters):
        asked.append(folder)
        return str(orders_folder / "orders.csv")

    def fake_open_many(parent, title, folder, filters):
        asked.append(folder)
        return [str(evidence_folder / "policy.pdf")]

    monkeypatch.setattr(file_dialog, "open_file", fake_open)
    monkeypatch.setattr(file_dialog, "open_files", fake_open_many)
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
    assert configured_user_name() == "Li Wei"  # handed to the command line too
    assert window.ask_name_if_first_run() is None  # asked once only
    window.browser_controller.new_assessment()
    dialog = wait_dialog(AssessmentDialog)
    assert dialog.assessor_forms.en.text() == "Li Wei"
    dialog.reject()


def test_cancelling_the_first_run_question_is_remembered_too(make_window, mini_store_path, wait_dialog):
    from exportaudit.ui.controllers.text_prompt import TextPrompt

    window = make_window(mini_store_path)
    window.ask_name_if_first_run()
    wait_dialog(TextPrompt, "firstRunNamePrompt").reject()
    assert window.ask_name_if_first_run() is None and window.settings.user_name == ""


def test_after_a_dialog_closes_digits_rate_the_current_item_at_once(make_window, mini_store_path, qtbot, press,
                                                                   wait_dialog):
    from exportaudit.ui.controllers.finding_dialog import FindingDialog
    from exportaudit.ui.controllers.text_prompt import TextPrompt

    window = make_window(mini_store_path)
    window.browser_controller.open_selected()
    assessment, store = window.assessment, window.store
    aid = assessment.session.assessment_id
    assessment.select_item("P1")
    tree = window.assessment_page.workspace.tree
    tree.setFocus()
    press(Qt.Key.Key_N)  # N/A asks for the justification; the user thinks better of it
    wait_dialog(TextPrompt).reject()
    qtbot.waitUntil(lambda: window.focusWidget() is tree)
    press(Qt.Key.Key_3)
    assert store.answers.get(aid, "P1").level == 3
    press(Qt.Key.Key_F)  # raise a finding: typed into its form and saved
    finding = wait_dialog(FindingDialog)
    qtbot.keyClicks(finding.description_edit, "Policy unsigned")
    qtbot.mouseClick(finding.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.focusWidget() is tree)
    press(Qt.Key.Key_4)
    assert store.answers.get(aid, "P1").level == 4 and len(store.findings.all(aid)) == 1


def test_digits_on_a_finalised_assessment_show_the_read_only_hint_and_the_tree_stays(make_window, mini_store_path,
                                                                                    press):
    from exportaudit.core.store import open_store

    with open_store(mini_store_path, create=False) as store:
        aid = store.assessments.latest().id
        store.answers.rate(aid, "P1", 2)
        finalise(store, aid)
    window = make_window(mini_store_path)
    window.browser_controller.open_selected()
    window.assessment.select_item("P1")
    tree = window.assessment_page.workspace.tree
    tree.setFocus()
    before = tree.currentIndex()
    press(Qt.Key.Key_3)
    assert tree.currentIndex() == before  # no type-ahead jump to a row starting with 3
    assert "finalised and read-only" in window.statusBar().currentMessage()
    assert window.store.answers.get(aid, "P1").level == 2


def test_the_detail_pane_never_shows_an_item_the_filter_hides(make_window, mini_store_path, qtbot):
    window = make_window(mini_store_path)
    window.browser_controller.open_selected()
    assessment = window.assessment
    assessment.select_item("P1")
    assert assessment.current_item.id == "P1"
    shown = [i.id for i in assessment.session.applicable_items if i.id != "P1"]
    other = assessment.session.checklist.item(shown[-1])
    window.assessment_page.workspace.filter_edit.setText(other.id)
    assert assessment.current_item is not None and assessment.current_item.id == other.id
    window.assessment_page.workspace.filter_edit.setText("no item has this text 12345")
    assert assessment.current_item is None


def test_dates_in_the_file_chooser_follow_the_interface_language(qapp, tmp_path):
    import os

    from PySide6.QtCore import QDateTime, QLocale
    from PySide6.QtWidgets import QFileSystemModel

    from exportaudit.ui.file_dialog import DATE_COLUMN, LocalDates

    file = tmp_path / "orders.csv"
    file.write_text("x")
    os.utime(file, (1_780_000_000, 1_780_000_000))
    model = QFileSystemModel()
    model.setRootPath(str(tmp_path))
    proxy = LocalDates()
    proxy.setSourceModel(model)
    index = proxy.mapFromSource(model.index(str(file))).siblingAtColumn(DATE_COLUMN)
    when = QDateTime.fromSecsSinceEpoch(1_780_000_000)
    previous = QLocale()
    try:
        for locale in (QLocale(QLocale.Language.Chinese, QLocale.Country.China),
                       QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)):
            QLocale.setDefault(locale)
            assert proxy.data(index) == locale.toString(when, QLocale.FormatType.ShortFormat)
    finally:
        QLocale.setDefault(previous)
