"""Assessment > Engagement and conclusion…: filled in like a user, saved to the store, prefilled from the firm
defaults of Preferences, and a bad date refused with nothing saved."""

import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox
from test_workflow_findings import open_mini

from exportaudit.core.bilingual import Forms
from exportaudit.ui.controllers.engagement_dialog import EngagementDialog


def _open(window, wait_dialog):
    window.engagement_action.trigger()
    return wait_dialog(EngagementDialog, "engagementDialog")


def type_text(qtbot, widget, text):
    """Type ``text`` as a user would: Latin on the keyboard, Chinese committed by the input method (QTest cannot
    send keys for characters outside Latin-1); newlines with the Return key."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for n, line in enumerate(text.split("\n")):
        if n:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        for run in re.findall(r"[\x00-\xff]+|[^\x00-\xff]+", line):
            if run.isascii():
                qtbot.keyClicks(widget, run)
            else:
                event = QInputMethodEvent()
                event.setCommitString(run)
                QApplication.sendEvent(widget, event)


def _type_row(qtbot, editor, values):
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    table = editor.table
    row = table.rowCount() - 1
    for column, value in enumerate(values):
        if table.state() != table.State.EditingState:  # Tab from the previous cell opened this one already
            table.editItem(table.item(row, column))  # as a double-click on the cell does
        editor = next(e for e in table.viewport().findChildren(QLineEdit) if e.isVisible())
        type_text(qtbot, editor, value)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits the cell


def test_the_user_fills_in_the_engagement_and_the_conclusion(make_window, mini_store_path, qtbot, wait_dialog):
    window = open_mini(make_window, mini_store_path)
    window.settings.firm_name = "Hengtai Advisory"
    window.settings.confidentiality_marking = "Confidential"
    aid = window.assessment.session.assessment_id
    assert window.engagement_action.isEnabled()
    dialog = _open(window, wait_dialog)
    assert dialog.firm_forms.en.text() == "Hengtai Advisory"  # the firm defaults prefill a new engagement
    assert dialog.confidentiality_forms.en.text() == "Confidential"
    assert dialog.height() <= 700 and dialog.width() <= 1300  # fits a 1366×728 screen
    dialog.lead_forms.zh.setFocus()
    type_text(qtbot, dialog.lead_forms.zh, "王芳")
    qtbot.keyClick(dialog.lead_forms.zh, Qt.Key.Key_Tab)  # Tab goes on to the English form
    assert dialog.focusWidget() is dialog.lead_forms.en
    qtbot.keyClicks(dialog.lead_forms.en, "Wang Fang")
    _type_row(qtbot, dialog.team, ["李明", "Li Ming", "高级审核员", "Senior auditor"])
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.entities_forms.en, "Head office and Suzhou plant")
    dialog.fieldwork_start.setDate(QDate(2026, 11, 16))
    dialog.fieldwork_end.setDate(QDate(2026, 11, 27))
    dialog.tabs.setCurrentIndex(2)
    _type_row(qtbot, dialog.interviews, ["陈静", "Chen Jing", "", "Compliance manager", "2026-11-17"])
    dialog.tabs.setCurrentIndex(3)
    type_text(qtbot, dialog.distribution_forms.zh, "总经理\n董事会")
    type_text(qtbot, dialog.distribution_forms.en, "General manager\nBoard")
    dialog.tabs.setCurrentIndex(4)
    assert "Proposed from the scores" in dialog.proposed_label.text()
    dialog.opinion_combo.setCurrentIndex(dialog.opinion_combo.findText("Partially effective"))
    qtbot.keyClicks(dialog.rationale_forms.en, "Two major gaps remain.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    e = window.store.engagements.get(aid)
    assert (e.firm, e.lead, e.entities) == (Forms("", "Hengtai Advisory"), Forms("王芳", "Wang Fang"),
                                            Forms("", "Head office and Suzhou plant"))
    assert [(m.name, m.role) for m in e.team] == [(Forms("李明", "Li Ming"), Forms("高级审核员", "Senior auditor"))]
    assert [(i.name, i.role, i.date) for i in e.interviews] == [
        (Forms("陈静", "Chen Jing"), Forms("", "Compliance manager"), "2026-11-17")]
    assert (e.fieldwork_start, e.fieldwork_end) == ("2026-11-16", "2026-11-27")
    assert e.distribution == (Forms("总经理", "General manager"), Forms("董事会", "Board"))
    assert e.confidentiality == Forms("", "Confidential")
    assert (e.opinion, e.rationale) == ("partially_effective", Forms("", "Two major gaps remain."))

    again = _open(window, wait_dialog)  # reopened, it shows what was saved, each form in its own field
    assert (again.lead_forms.zh.text(), again.lead_forms.en.text()) == ("王芳", "Wang Fang")
    assert again.opinion_combo.currentData() == "partially_effective"
    assert again.distribution_forms.zh.toPlainText() == "总经理\n董事会"
    again.reject()


def test_a_bad_interview_date_is_refused_and_nothing_is_saved(make_window, mini_store_path, qtbot, wait_dialog):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    dialog = _open(window, wait_dialog)
    dialog.tabs.setCurrentIndex(2)
    _type_row(qtbot, dialog.interviews, ["", "Chen Jing", "", "", "next Tuesday"])
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    box = wait_dialog(QMessageBox, "errorMessage")
    assert "next Tuesday" in box.text() or "next Tuesday" in box.informativeText()
    box.accept()
    assert dialog.isVisible() and window.store.engagements.get(aid).is_empty
    dialog.reject()
