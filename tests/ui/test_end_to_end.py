"""A compliance lead's first session, driven as a user would: keyboard and mouse only, then a restart."""

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from conftest import dialog_open
from exportaudit.core.store import open_store
from exportaudit.ui import prompts
from exportaudit.ui.controllers.assessment_dialog import AssessmentDialog
from exportaudit.ui.controllers.organisation_dialog import OrganisationDialog
from exportaudit.ui.controllers.text_prompt import TextPrompt
from exportaudit.ui.models.element_tree import COL_LEVEL, MarksRole
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT, PAGE_BROWSER, PAGE_WELCOME

OK = QDialogButtonBox.StandardButton.Ok


def saved(path, assessment_id, item_id):
    """What the store file says, read through a separate connection."""
    with open_store(path, read_only=True) as store:
        return store.response(assessment_id, item_id)


def element_level(window, element_id):
    model = window.assessment.tree_model
    return model.index_of_element(element_id).siblingAtColumn(COL_LEVEL).data()


def radar_level(window, element_id):
    session = window.assessment.session
    ids = [e.id for e in session.checklist.elements]
    return window.assessment_page.dashboard.radar.series().levels[ids.index(element_id)]


def current_id(window):
    item = window.assessment.current_item
    return item.id if item else None


def test_first_assessment_from_empty_store_to_restart(make_window, mini_in_user_folder, tmp_path, qtbot, wait_dialog,
                                                      press, monkeypatch):
    path = tmp_path / "audit.exportaudit"
    window = make_window(path)
    assert window.pages.currentIndex() == PAGE_WELCOME

    # Create the organisation; a malformed credit code is refused with a specific message and nothing saved.
    qtbot.mouseClick(window.welcome.create_organisation_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(OrganisationDialog)
    qtbot.keyClicks(dialog.name_edit, "Acme Export Ltd")
    dialog.operator_type_combo.setCurrentIndex(dialog.operator_type_combo.findData("exporter"))
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("small"))
    qtbot.keyClicks(dialog.uscc_edit, "12345")
    qtbot.keyClick(dialog.uscc_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "18 characters" in dialog.error_label.text()
    assert window.store.organisations() == []
    dialog.uscc_edit.clear()
    qtbot.keyClicks(dialog.uscc_edit, "91320594MA1Q8R2L7A")  # a typo in the check character
    qtbot.keyClick(dialog.uscc_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "probably a typo" in dialog.error_label.text()
    dialog.uscc_edit.clear()
    qtbot.keyClicks(dialog.uscc_edit, "91320594MA1Q8R2L7E")
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == PAGE_BROWSER)
    [org] = window.store.organisations()
    assert (org.name, org.uscc, org.operator_type, org.size) == ("Acme Export Ltd", "91320594MA1Q8R2L7E",
                                                                 "exporter", "small")

    # Start an assessment on the mini checklist (installed in the user's checklist folder).
    qtbot.mouseClick(window.browser.new_assessment_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(AssessmentDialog)
    dialog.checklist_combo.setCurrentIndex(dialog.checklist_combo.findData("mini"))
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Self-check 2026")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == PAGE_ASSESSMENT)
    aid = window.assessment.session.assessment_id
    assert window.assessment_page.title_label.text() == "Self-check 2026"
    assert current_id(window) == "P1"  # the first unanswered item
    assert window.focusWidget() is window.assessment_page.workspace.tree

    # Rate with the digit keys; each answer is in the file at once and the element level follows.
    press(Qt.Key.Key_3)
    assert saved(path, aid, "P1").level == 3
    assert "Saved" in window.statusBar().currentMessage()
    assert element_level(window, "policy") == "3" and radar_level(window, "policy") == 3
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert current_id(window) == "P2"
    press(Qt.Key.Key_5)
    assert saved(path, aid, "P2").level == 5
    marks = window.assessment.tree_model.index_of_item("P2").data(MarksRole)
    assert "unevidenced" in marks  # a 5 without evidence counts as 3
    assert window.assessment_page.workspace.item.unevidenced_label.isVisible()
    assert element_level(window, "policy") == "3"

    # Attach evidence through the Attach button: copied into the store, SHA-256 recorded, the claim now counts.
    evidence = tmp_path / "policy statement.pdf"
    evidence.write_bytes(b"%PDF-1.4 signed policy statement")
    monkeypatch.setattr(prompts, "choose_files_to_attach", lambda parent: [str(evidence)])
    qtbot.mouseClick(window.assessment_page.workspace.evidence.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.assessment.evidence.model.rowCount() == 1)
    [record] = window.store.evidence(aid, "P2")
    assert record.sha256 == hashlib.sha256(evidence.read_bytes()).hexdigest()
    assert window.store.evidence_path(record).read_bytes() == evidence.read_bytes()
    assert "unevidenced" not in window.assessment.tree_model.index_of_item("P2").data(MarksRole)
    assert element_level(window, "policy") == "4" and radar_level(window, "policy") == 4

    # N marks N/A, but only with a justification: Enter on a blank one is refused and changes nothing.
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_PageDown)
    assert current_id(window) == "S1"
    press(Qt.Key.Key_N)
    prompt = wait_dialog(TextPrompt)
    assert prompt.focusWidget() is prompt.text_edit
    assert not prompt.buttons.button(OK).isEnabled()
    qtbot.keyClick(prompt.text_edit, Qt.Key.Key_Return)
    assert prompt.isVisible() and prompt.hint_label.isVisible()
    assert not saved(path, aid, "S1").answered
    qtbot.keyClicks(prompt.text_edit, "No controlled items pass screening here")
    qtbot.keyClick(prompt.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog_open(TextPrompt))
    assert window.focusWidget() is window.assessment_page.workspace.tree
    s1 = saved(path, aid, "S1")
    assert s1.na and s1.na_reason == "No controlled items pass screening here"
    assert window.assessment.tree_model.index_of_item("S1").siblingAtColumn(COL_LEVEL).data() == "N/A"

    # Undo twice (the N/A, then the 5 on P2) and redo both: each step is saved and rescored.
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not saved(path, aid, "S1").answered
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved(path, aid, "P2").level is None
    assert current_id(window) == "P2"  # undo brings the changed item into view
    assert element_level(window, "policy") == "3" and radar_level(window, "policy") == 3
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert saved(path, aid, "P2").level == 5
    assert element_level(window, "policy") == "4" and radar_level(window, "policy") == 4
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert saved(path, aid, "S1").na

    # Notes: Enter on an item moves into its notes; a digit typed there is text, not a rating.
    window.assessment.select_item("P1")
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_Return)
    notes = window.assessment_page.workspace.item.notes_edit
    assert window.focusWidget() is notes
    qtbot.keyClicks(notes, "2 staff interviewed")
    assert saved(path, aid, "P1").note == "2 staff interviewed"
    assert saved(path, aid, "P1").level == 3

    # Switch to Chinese while running: menus, headers and the checklist's own texts follow.
    window.language_zh_action.trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
    tree_model = window.assessment.tree_model
    assert tree_model.headerData(0, Qt.Orientation.Horizontal) == "要素 / 条目"
    assert tree_model.index_of_element("policy").data().endswith("政策声明")
    assert window.assessment_page.workspace.item.question_label.text() == "问题 P1"
    assert window.assessment_page.tabs.tabText(1) == "仪表板"
    assert window.assessment.dashboard.model.headerData(1, Qt.Orientation.Horizontal) == "得分"

    # Close and start again on the same store: same assessment, same item, same answers, still in Chinese.
    window.close()
    again = make_window(path, language=None)
    assert again.pages.currentIndex() == PAGE_ASSESSMENT
    assert again.assessment.session.assessment_id == aid
    assert current_id(again) == "P1"
    assert again.file_menu.title() == "文件(&F)"
    assert again.assessment_page.workspace.item.notes_edit.toPlainText() == "2 staff interviewed"
    assert again.assessment_page.workspace.item.level_choices[3].radio.isChecked()
    assert element_level(again, "policy") == "4"
    assert again.assessment.session.response("S1").na
    assert [r.file_name for r in again.store.evidence(aid, "P2")] == ["policy statement.pdf"]
