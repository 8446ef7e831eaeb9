"""Stores, organisations, assessments and reports from the window: what a consultant does between audits."""

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from exportaudit.ui import prompts
from exportaudit.ui.controllers.export import ExportDialog
from exportaudit.ui.controllers.organisation_dialog import OrganisationDialog
from exportaudit.ui.controllers.text_prompt import TextPrompt
from exportaudit.ui.locations import demo_store_path
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT, PAGE_BROWSER, PAGE_WELCOME

OK = QDialogButtonBox.StandardButton.Ok


def click_button(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def test_a_foreign_file_is_refused_with_a_message_and_the_open_store_stays(make_window, mini_store_path, tmp_path,
                                                                         wait_dialog):
    window = make_window(mini_store_path)
    foreign = tmp_path / "notes.exportaudit"
    foreign.write_bytes(b"this is a text file, not a store")
    assert not window.open_store(foreign, create=False)
    box = wait_dialog(QMessageBox, "errorMessage")
    assert "not an ExportAudit store" in box.text()
    assert window.store.path == mini_store_path
    assert foreign.read_bytes() == b"this is a text file, not a store"


def test_recent_stores_are_listed_in_the_file_menu_and_reopen(make_window, mini_store_path, tmp_path):
    other = tmp_path / "second.exportaudit"
    window = make_window(other)
    assert window.pages.currentIndex() == PAGE_WELCOME
    window.open_store(mini_store_path)
    window.recent_menu.aboutToShow.emit()
    entries = [a.text() for a in window.recent_menu.actions() if a.text() and not a.isSeparator()]
    assert entries[:2] == [str(mini_store_path.resolve()), str(other.resolve())]
    next(a for a in window.recent_menu.actions() if a.text() == str(other.resolve())).trigger()
    assert window.store.path == other


def test_welcome_opens_the_demo_built_off_the_gui_thread(make_window, tmp_path, qtbot):
    window = make_window(tmp_path / "empty.exportaudit")
    assert not demo_store_path().exists()
    qtbot.mouseClick(window.welcome.open_demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store is not None and window.store.path == demo_store_path(), timeout=20000)
    assert window.pages.currentIndex() == PAGE_BROWSER
    assert window.browser_controller.assessments.rowCount() == 2  # this year's assessment and last year's
    assert window.browser_controller.selected_assessment().baseline_id is not None  # the re-audit, on top


def test_organisation_edit_and_delete_with_confirmation(make_window, mini_store_path, qtbot, wait_dialog):
    window = make_window(mini_store_path)
    browser = window.browser
    qtbot.mouseClick(browser.edit_organisation_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(OrganisationDialog)
    assert (dialog.name_forms.zh.text(), dialog.name_forms.en.text()) == ("", "Acme Export Ltd")
    dialog.sector_forms.en.setFocus()
    qtbot.keyClicks(dialog.sector_forms.en, "Sensors")
    dialog.name_forms.en.clear()
    assert not dialog.buttons.button(OK).isEnabled()  # a nameless organisation cannot be saved
    qtbot.keyClicks(dialog.name_forms.en, "Acme Sensors Ltd")
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.organisations.all()[0].name == "Acme Sensors Ltd")
    assert window.store.organisations.all()[0].sector == "Sensors"
    assert "Acme Sensors Ltd" in browser.organisation_details.text()

    qtbot.mouseClick(browser.delete_organisation_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "confirmMessage")
    assert "1 assessment" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(window.store.organisations.all()) == 1
    qtbot.mouseClick(browser.delete_organisation_button, Qt.MouseButton.LeftButton)
    click_button(wait_dialog(QMessageBox, "confirmMessage"), "Delete")
    qtbot.waitUntil(lambda: window.pages.currentIndex() == PAGE_WELCOME)
    assert window.store.organisations.all() == []


def test_assessment_rename_duplicate_delete(make_window, mini_store_path, qtbot, wait_dialog):
    window = make_window(mini_store_path)
    browser, store = window.browser, window.store
    org = store.organisations.all()[0]
    [assessment] = store.assessments.all(org.id)
    store.answers.rate(assessment.id, "P1", 3)

    qtbot.mouseClick(browser.rename_assessment_button, Qt.MouseButton.LeftButton)
    prompt = wait_dialog(TextPrompt)
    prompt.text_edit.clear()
    assert not prompt.buttons.button(OK).isEnabled()
    qtbot.keyClicks(prompt.text_edit, "Self-check 2026 (draft)")
    qtbot.keyClick(prompt.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.assessments.get(assessment.id).title == "Self-check 2026 (draft)")

    qtbot.mouseClick(browser.duplicate_assessment_button, Qt.MouseButton.LeftButton)
    prompt = wait_dialog(TextPrompt)
    assert prompt.text_edit.text() == "Self-check 2026 (draft) (copy)"
    prompt.text_edit.clear()
    qtbot.keyClicks(prompt.text_edit, "Self-check 2027")
    qtbot.keyClick(prompt.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(store.assessments.all(org.id)) == 2)
    copy = next(a for a in store.assessments.all(org.id) if a.title == "Self-check 2027")
    assert store.answers.get(copy.id, "P1").level == 3
    assert window.browser_controller.selected_assessment().id == copy.id

    qtbot.mouseClick(browser.delete_assessment_button, Qt.MouseButton.LeftButton)
    click_button(wait_dialog(QMessageBox, "confirmMessage"), "Delete")
    qtbot.waitUntil(lambda: len(store.assessments.all(org.id)) == 1)
    assert store.assessments.all(org.id)[0].id == assessment.id

    qtbot.keyClick(browser.assessment_table, Qt.Key.Key_Return)  # Enter opens the selected assessment
    assert window.pages.currentIndex() == PAGE_ASSESSMENT


@pytest.fixture
def recording_reports(monkeypatch):
    """A stand-in report builder that records its calls (the real one has its own tests)."""
    calls = []

    def issue_report(session, fmt, out, *, language="both", progress=None, signer=None):
        calls.append((session.store.read_only, fmt, language))
        progress(50, "half way")
        Path(out).write_bytes(b"report")
        progress(100, "done")
        return types.SimpleNamespace(register=lambda store, aid, recipient: calls.append(("registered", recipient)))

    module = types.ModuleType("exportaudit.reports.issue")
    module.issue_report = issue_report
    monkeypatch.setitem(sys.modules, "exportaudit.reports.issue", module)
    return calls


def test_export_runs_in_a_worker_on_its_own_read_only_store_and_offers_the_file(
        make_window, mini_store_path, qtbot, wait_dialog, tmp_path, recording_reports, monkeypatch):
    window = make_window(mini_store_path)
    window.browser_controller.open_selected()
    opened = []
    monkeypatch.setattr(prompts, "open_in_desktop", lambda path: opened.append(Path(path)) or True)
    window.export_action.trigger()
    dialog = wait_dialog(ExportDialog)
    dialog.xlsx_radio.click()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("both"))
    out = tmp_path / "acme.xlsx"
    dialog.path_edit.setText(str(out))
    qtbot.keyClicks(dialog.recipient_edit, "Ms Li")
    assert not dialog.sign_check.isVisible()  # no certificate in the preferences
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "reportDoneMessage")
    assert recording_reports == [(True, "xlsx", "both"), ("registered", "Ms Li")]
    assert out.read_bytes() == b"report"
    click_button(box, "Open folder")
    assert opened == [tmp_path]


def test_export_into_a_missing_folder_is_refused_in_the_dialog(make_window, mini_store_path, qtbot, wait_dialog,
                                                               tmp_path, recording_reports):
    window = make_window(mini_store_path)
    window.browser_controller.open_selected()
    window.export_action.trigger()
    dialog = wait_dialog(ExportDialog)
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "report.pdf"))
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "does not exist" in dialog.error_label.text()
    assert recording_reports == []


def test_real_pdf_report_from_the_window(make_window, mini_store_path, qtbot, wait_dialog, tmp_path):
    pytest.importorskip("exportaudit.reports")
    window = make_window(mini_store_path)
    window.browser_controller.open_selected()
    window.export_action.trigger()
    dialog = wait_dialog(ExportDialog)
    out = tmp_path / "acme.pdf"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    wait_dialog(QMessageBox, "reportDoneMessage")
    assert out.read_bytes().startswith(b"%PDF")


def test_radar_repaints_when_levels_change(qtbot):
    from exportaudit.ui.widgets.radar_chart import RadarChart, RadarSeries

    radar = RadarChart()
    qtbot.addWidget(radar)
    radar.resize(500, 420)
    labels = tuple(f"E{i}" for i in range(9))
    radar.set_series(RadarSeries(labels, (1,) * 9, (3,) * 9))
    before = radar.grab().toImage()
    radar.set_series(RadarSeries(labels, (4,) * 9, (3,) * 9))
    after = radar.grab().toImage()
    assert before != after
    radar.set_series(RadarSeries(labels, (1,) * 9, (3,) * 9))
    assert radar.grab().toImage() == before
