"""A compliance lead's first session, driven as a user would: keyboard and mouse only, then a restart."""

import hashlib

from conftest import dialog_open
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from exportaudit.core.store import open_store
from exportaudit.ui import prompts
from exportaudit.ui.controllers.assessment_dialog import AssessmentDialog
from exportaudit.ui.controllers.evidence_facts_dialog import EvidenceFactsDialog
from exportaudit.ui.controllers.organisation_dialog import OrganisationDialog
from exportaudit.ui.controllers.text_prompt import TextPrompt
from exportaudit.ui.models.element_tree import COL_LEVEL, MarksRole
from exportaudit.ui.views.assessment_page_view import TAB_DASHBOARD, TAB_WORKSPACE
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT, PAGE_BROWSER, PAGE_WELCOME

OK = QDialogButtonBox.StandardButton.Ok


def saved(path, assessment_id, item_id):
    """What the store file says, read through a separate connection."""
    with open_store(path, read_only=True) as store:
        return store.answers.get(assessment_id, item_id)


def element_level(window, element_id):
    model = window.assessment.tree_model
    return model.index_of_element(element_id).siblingAtColumn(COL_LEVEL).data()


def radar_level(window, element_id):
    """The element's level on the dashboard's radar, looked at as a user does: on its tab (a hidden dashboard
    repaints when shown), then back to the workspace."""
    session = window.assessment.session
    ids = [e.id for e in session.checklist.elements]
    window.assessment.show_tab(TAB_DASHBOARD)
    level = window.assessment.dashboard.view.radar.series().levels[ids.index(element_id)]
    window.assessment.show_tab(TAB_WORKSPACE)
    return level


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
    qtbot.keyClicks(dialog.name_forms.en, "Acme Export Ltd")
    dialog.operator_type_combo.setCurrentIndex(dialog.operator_type_combo.findData("exporter"))
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("small"))
    qtbot.keyClicks(dialog.uscc_edit, "12345")
    qtbot.keyClick(dialog.uscc_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "18 characters" in dialog.error_label.text()
    assert window.store.organisations.all() == []
    dialog.uscc_edit.clear()
    qtbot.keyClicks(dialog.uscc_edit, "91320594MA1Q8R2L7A")  # a typo in the check character
    qtbot.keyClick(dialog.uscc_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "probably a typo" in dialog.error_label.text()
    dialog.uscc_edit.clear()
    qtbot.keyClicks(dialog.uscc_edit, "91320594MA1Q8R2L7E")
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == PAGE_BROWSER)
    [org] = window.store.organisations.all()
    assert (org.name, org.uscc, org.operator_type, org.size) == ("Acme Export Ltd", "91320594MA1Q8R2L7E",
                                                                 "exporter", "small")

    # Start an assessment on the mini checklist (installed in the user's checklist folder).
    qtbot.mouseClick(window.browser.new_assessment_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(AssessmentDialog)
    dialog.checklist_combo.setCurrentIndex(dialog.checklist_combo.findData("mini"))
    dialog.title_forms.zh.clear()  # an English title only: the suggested Chinese one goes
    dialog.title_forms.en.selectAll()
    qtbot.keyClicks(dialog.title_forms.en, "Self-check 2026")
    # who assessed: the role, and an independence that follows the type until changed
    assert dialog.independence_combo.currentData() == "self"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("internal"))
    assert dialog.independence_combo.currentData() == "internal"
    qtbot.keyClicks(dialog.role_forms.en, "Internal auditor")
    qtbot.keyClicks(dialog.reviewer_forms.en, "Wang Fang")
    qtbot.keyClicks(dialog.review_date_edit, "20261399")  # no such date: refused, nothing created
    qtbot.keyClick(dialog.title_forms.en, Qt.Key.Key_Return)
    assert dialog.isVisible() and "'2026-13-99' is not a date" in dialog.error_label.text()
    assert window.store.assessments.all() == []
    dialog.review_date_edit.clear()
    qtbot.keyClicks(dialog.review_date_edit, "20270115")
    qtbot.keyClick(dialog.title_forms.en, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == PAGE_ASSESSMENT)
    aid = window.assessment.session.assessment_id
    a = window.store.assessments.get(aid)
    assert (a.kind, a.assessor_role, a.independence, a.reviewer, a.review_date, a.scoring_model) == (
        "internal", "Internal auditor", "internal", "Wang Fang", "2027-01-15", 2)
    assert window.assessment_page.title_label.text() == "Self-check 2026"
    assert current_id(window) == "P1"  # the first unanswered item
    assert window.focusWidget() is window.assessment_page.workspace.tree

    # Rate with the digit keys; each answer is in the file at once and the element level follows (model 2).
    assert window.assessment.session.model == 2
    press(Qt.Key.Key_3)
    assert saved(path, aid, "P1").level == 3
    assert "Saved" in window.statusBar().currentMessage()
    # P1's 3 has no document yet: it counts as 2; with P2 unanswered policy is 2 and could be 1 to 2
    assert element_level(window, "policy") == "2 (1–2)" and radar_level(window, "policy") == 2
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert current_id(window) == "P2"
    press(Qt.Key.Key_5)
    assert saved(path, aid, "P2").level == 5
    marks = window.assessment.tree_model.index_of_item("P2").data(MarksRole)
    assert "unevidenced" in marks  # a 5 without a document counts as 2
    reasons = window.assessment_page.workspace.item.unevidenced_label
    assert reasons.isVisible() and "Rated 5, counts as 2" in reasons.text()
    assert "no policy or procedure document: counts as 2" in reasons.text()
    assert element_level(window, "policy") == "2"

    # Attach a policy and a log through the Attach button: the dialog asks what each shows and the date it covers
    # (defaults from the names and the file dates); copied into the store, SHA-256 recorded, the claim now counts.
    evidence = tmp_path / "policy statement.pdf"
    evidence.write_bytes(b"%PDF-1.4 signed policy statement")
    log = tmp_path / "screening log.csv"
    log.write_text("order,screened\nSO-1,yes\n", encoding="utf-8")
    monkeypatch.setattr(prompts, "choose_files_to_attach", lambda parent: [str(evidence), str(log)])
    qtbot.mouseClick(window.assessment_page.workspace.evidence.attach_button, Qt.MouseButton.LeftButton)
    facts = wait_dialog(EvidenceFactsDialog)
    assert [kind for kind, _date in facts.values()] == ["document", "record"]
    facts.buttons.button(OK).click()
    qtbot.waitUntil(lambda: window.assessment.evidence.model.rowCount() == 2)
    record = next(r for r in window.store.evidence.all(aid, "P2") if r.file_name == evidence.name)
    assert record.sha256 == hashlib.sha256(evidence.read_bytes()).hexdigest() and record.kind == "document"
    assert window.store.evidence.path(record).read_bytes() == evidence.read_bytes()
    assert "unevidenced" not in window.assessment.tree_model.index_of_item("P2").data(MarksRole)
    # P2 now counts 5: (2 + 5) / 2 = 3.5, but key item P1 (counting 2) bounds policy at 2, and says so
    assert element_level(window, "policy") == "2" and radar_level(window, "policy") == 2
    tooltip = window.assessment.tree_model.index_of_element("policy").data(Qt.ItemDataRole.ToolTipRole)
    assert "key item P1 at 2 bounds the element at 2" in tooltip and "Score before the cap: 3.5" in tooltip

    # N marks N/A, but only with a justification: Enter on a blank one is refused and changes nothing.
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_PageDown)
    assert current_id(window) == "S1"
    press(Qt.Key.Key_N)  # S1 is a statutory key item: never N/A in model 2
    assert "cannot be marked not applicable" in window.statusBar().currentMessage()
    assert not dialog_open(TextPrompt) and not saved(path, aid, "S1").answered
    press(Qt.Key.Key_Down)
    assert current_id(window) == "S2"
    press(Qt.Key.Key_N)
    prompt = wait_dialog(TextPrompt)
    assert prompt.focusWidget() is prompt.text_edit
    assert not prompt.buttons.button(OK).isEnabled()
    qtbot.keyClick(prompt.text_edit, Qt.Key.Key_Return)
    assert prompt.isVisible() and prompt.hint_label.isVisible()
    assert not saved(path, aid, "S2").answered
    qtbot.keyClicks(prompt.text_edit, "No controlled items pass screening here")
    qtbot.keyClick(prompt.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog_open(TextPrompt))
    assert window.focusWidget() is window.assessment_page.workspace.tree
    s2 = saved(path, aid, "S2")
    assert s2.na and s2.na_reason == "No controlled items pass screening here"
    assert window.assessment.tree_model.index_of_item("S2").siblingAtColumn(COL_LEVEL).data() == "N/A"

    # Undo twice (the N/A, then the 5 on P2) and redo both: each step is saved and rescored.
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not saved(path, aid, "S2").answered
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved(path, aid, "P2").level is None
    assert current_id(window) == "P2"  # undo brings the changed item into view
    assert element_level(window, "policy") == "2 (1–2)" and radar_level(window, "policy") == 2
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert saved(path, aid, "P2").level == 5
    assert element_level(window, "policy") == "2" and radar_level(window, "policy") == 2
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert saved(path, aid, "S2").na

    # Notes: Enter on an item moves into its notes; a digit typed there is text, not a rating.
    window.assessment.select_item("P1")
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_Return)
    notes = window.assessment_page.workspace.item.notes_edit
    assert window.focusWidget() is notes
    qtbot.keyClicks(notes, "2 staff interviewed")
    qtbot.waitUntil(lambda: saved(path, aid, "P1").note == "2 staff interviewed")  # written once typing pauses
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
    assert element_level(again, "policy") == "2"
    assert again.assessment.session.response("S2").na
    assert [r.file_name for r in again.store.evidence.all(aid, "P2")] == ["policy statement.pdf", "screening log.csv"]
