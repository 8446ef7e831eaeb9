"""Who changed what: the user name chosen in the preferences is recorded with each change, and the history is
viewed per assessment and per item, filtered, and exported as CSV."""

import csv
import getpass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from test_workflow_findings import open_mini, shown_column

from exportaudit.core.user_name import configured_user_name
from exportaudit.ui import prompts
from exportaudit.ui.controllers.history import HistoryDialog
from exportaudit.ui.controllers.preferences import PreferencesDialog
from exportaudit.ui.models.history import COL_FIELD, COL_NEW, COL_OLD, COL_WHO

OK = QDialogButtonBox.StandardButton.Ok


def test_preferences_name_the_history_which_is_filtered_and_exported(make_window, mini_store_path, qtbot, press,
                                                                    wait_dialog, tmp_path, monkeypatch):
    window = open_mini(make_window, mini_store_path)
    assert window.store.user == ""  # no name given yet: never the login name
    window.preferences_action.trigger()
    dialog = wait_dialog(PreferencesDialog)
    assert dialog.user_edit.text() == "" and getpass.getuser() not in dialog.user_edit.placeholderText()
    qtbot.keyClicks(dialog.user_edit, "Auditor Wang")
    dialog.logo_edit.setText(str(tmp_path / "missing.png"))
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "There is no file" in dialog.error_label.text()
    logo = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    image.save(str(logo))
    dialog.logo_edit.setText(str(logo))
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.store.user == "Auditor Wang" and window.settings.user_name == "Auditor Wang"
    assert configured_user_name() == "Auditor Wang"  # the command line records the same name
    assert window.exporter.report_logo(window.assessment.session) == logo  # the organisation has no logo

    window.assessment.select_item("S1")
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_4)
    window.assessment.select_item("P1")
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_3)

    # the whole assessment (Ctrl+H), newest first, filtered
    press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = wait_dialog(HistoryDialog)
    table = history.table
    assert shown_column(table, COL_WHO)[:3] == ["Auditor Wang"] * 3
    assert shown_column(table, COL_FIELD)[0] == "Rating"
    assert (table.model().index(1, COL_OLD).data(), table.model().index(1, COL_NEW).data()) == ("2", "4")
    qtbot.keyClicks(history.filter_edit, "auditor")
    assert history.count_label.text() == "3 of 4 change(s)"  # the creation was logged as the test set-up's user
    history.entity_combo.setCurrentIndex(history.entity_combo.findData("assessment"))
    assert table.model().rowCount() == 0  # the assessment was created by the set-up's user, not the auditor
    history.filter_edit.clear()
    assert table.model().rowCount() == 1 and history.entity_combo.currentText() == "Assessment"

    written = tmp_path / "history.csv"
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, suggested, fmt, purpose="": str(written))
    qtbot.mouseClick(history.export_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "historyDoneMessage")
    assert "4 change(s)" in box.text()  # every entry, whatever the filter shows
    box.button(QMessageBox.StandardButton.Close).click()
    with written.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {(r["user"], r["item_id"], r["field"], r["old"], r["new"]) for r in rows} >= {
        ("Auditor Wang", "S1", "level", "2", "4"), ("Auditor Wang", "P1", "level", "", "3")}
    history.close()

    # one item's history, from the item panel
    window.assessment.select_item("S1")
    qtbot.mouseClick(window.assessment_page.workspace.item.history_button, Qt.MouseButton.LeftButton)
    history = wait_dialog(HistoryDialog)
    assert history.windowTitle() == "Change history of item S1"
    assert history.model.rowCount() == 2
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, suggested, fmt, purpose="": str(tmp_path / "s1.csv"))
    qtbot.mouseClick(history.export_button, Qt.MouseButton.LeftButton)
    wait_dialog(QMessageBox, "historyDoneMessage")
    with Path(tmp_path / "s1.csv").open(encoding="utf-8-sig") as fh:
        assert len(list(csv.DictReader(fh))) == 2

    # the name holds for the next store opened too
    window.close()
    again = make_window(mini_store_path)
    assert again.store.user == "Auditor Wang"
