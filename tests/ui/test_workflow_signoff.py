"""Sign-off: finalising locks the assessment and shows its fingerprint, across a restart; reopening needs a
reason, which the history keeps."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from test_workflow_findings import open_mini

from exportaudit.core.fingerprint import fingerprint
from exportaudit.core.store import open_store
from exportaudit.ui.controllers.text_prompt import TextPrompt
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT

OK = QDialogButtonBox.StandardButton.Ok


def assert_locked(window):
    page, item = window.assessment_page, window.assessment_page.workspace.item
    fp = window.assessment.session.assessment.fingerprint
    assert page.final_badge.isVisible() and fp[:12] in page.final_badge.text()
    assert fp in page.final_badge.toolTip()
    assert page.final_banner.isVisible() and "read-only" in page.final_banner.text() and fp in page.final_banner.text()
    assert not any(choice.isEnabled() for choice in item.level_choices)
    assert item.notes_edit.isReadOnly() and not item.na_button.isEnabled()
    assert not page.workspace.findings.add_button.isEnabled()
    assert not page.workspace.evidence.attach_button.isEnabled()
    assert not window.assessment.action_plan.view.add_button.isEnabled()
    assert not window.assessment.requests.view.build_button.isEnabled()
    assert not window.rate_actions[3].isEnabled() and not window.raise_finding_action.isEnabled()
    assert not window.import_questionnaire_action.isEnabled()
    assert not window.finalise_action.isEnabled() and window.reopen_action.isEnabled()
    assert "read-only" in page.subtitle_label.text()


def test_finalise_locks_and_shows_the_fingerprint_across_a_restart_and_reopen_needs_a_reason(
        make_window, mini_store_path, qtbot, press, wait_dialog):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_3)
    assert not window.reopen_action.isEnabled()

    window.finalise_action.trigger()
    box = wait_dialog(QMessageBox, "confirmMessage")
    assert "5 of 6 applicable items are unanswered" in box.text()  # warned before locking unfinished work
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not window.store.assessments.get(aid).is_final
    window.finalise_action.trigger()
    box = wait_dialog(QMessageBox, "confirmMessage")
    next(b for b in box.buttons() if b.text() == "Finalise").click()
    done = wait_dialog(QMessageBox, "finalisedMessage")
    recorded = window.store.assessments.get(aid).fingerprint
    assert recorded == fingerprint(window.store, aid) and recorded in done.text()
    done.button(QMessageBox.StandardButton.Ok).click()
    assert_locked(window)
    press(Qt.Key.Key_5)
    assert window.assessment.session.response("P1").level == 3

    window.close()
    again = make_window(mini_store_path)
    assert again.pages.currentIndex() == PAGE_ASSESSMENT
    assert_locked(again)

    again.reopen_action.trigger()
    prompt = wait_dialog(TextPrompt)
    assert not prompt.buttons.button(OK).isEnabled()  # a reason is required
    qtbot.keyClicks(prompt.text_edit, "Client sent the signed training records")
    qtbot.mouseClick(prompt.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.store.assessments.get(aid).is_final)
    page = again.assessment_page
    assert not page.final_badge.isVisible() and not page.final_banner.isVisible()
    assert page.workspace.item.level_choices[4].isEnabled() and again.finalise_action.isEnabled()
    again.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_4)
    assert again.assessment.session.response(again.assessment.current_item.id).level == 4
    with open_store(mini_store_path, read_only=True) as store:
        reopened = [c for c in store.history.all(aid) if c.field == "reopened"]
    assert [(c.old, c.new) for c in reopened] == [(recorded, "Client sent the signed training records")]
