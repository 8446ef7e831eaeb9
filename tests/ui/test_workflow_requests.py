"""The document request list before a visit: built from the expected evidence, answered by attached evidence,
edited in place and in a dialog, and exported as a workbook for the auditee."""

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QMessageBox
from test_workflow_findings import open_mini, shown_column

from exportaudit.ui import prompts
from exportaudit.ui.controllers.evidence_facts_dialog import EvidenceFactsDialog
from exportaudit.ui.controllers.request_dialog import RequestDialog
from exportaudit.ui.controllers.workbook_export import WorkbookExportDialog
from exportaudit.ui.models.requests import COL_EVIDENCE, COL_ITEM, COL_NOTE, COL_STATUS
from exportaudit.ui.views.assessment_page_view import TAB_REQUESTS
from exportaudit.ui.views.requests_view import PAGE_EMPTY, PAGE_LIST

OK = QDialogButtonBox.StandardButton.Ok


def status_of(table, item_id):
    model = table.model()
    row = shown_column(table, COL_ITEM).index(item_id)
    return model.index(row, COL_STATUS).data()


def test_requests_are_built_answered_by_evidence_edited_and_exported(make_window, mini_store_path, qtbot, press,
                                                                     wait_dialog, tmp_path, monkeypatch):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.assessment_page.tabs.currentIndex() == TAB_REQUESTS
    view = window.assessment.requests.view
    assert view.pages.currentIndex() == PAGE_EMPTY and not view.export_button.isEnabled()
    qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == PAGE_LIST
    table = view.table
    assert shown_column(table, COL_ITEM) == ["P1", "P2", "S1", "S2", "R1", "R2"]  # the checklist's order
    assert shown_column(table, COL_EVIDENCE)[0] == "Evidence P1"
    assert status_of(table, "S1") == "Requested"
    assert "Requested 6" in view.summary_label.text()
    assert view.build_button.text() == "Update request list"

    # evidence attached to S1 in the workspace answers its request
    evidence = tmp_path / "screening log.csv"
    evidence.write_text("order,result\nSO-1,clear\n", encoding="utf-8")
    press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    window.assessment.select_item("S1")
    monkeypatch.setattr(prompts, "choose_files_to_attach", lambda parent: [str(evidence)])
    qtbot.mouseClick(window.assessment_page.workspace.evidence.attach_button, Qt.MouseButton.LeftButton)
    wait_dialog(EvidenceFactsDialog).buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.assessment.evidence.pending == 0 and bool(window.store.evidence.all(aid, "S1")))
    window.assessment.show_tab(TAB_REQUESTS)  # a hidden tab catches up with the notices when it is shown
    assert status_of(table, "S1") == "Received"
    window.activateWindow()  # the evidence dialog has closed: typing goes to the main window again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.store.requests.all(aid)["S1"].status_date == date.today().isoformat()

    # the status in place: F2 opens the choice, picking one saves it
    window.assessment.show_tab(TAB_REQUESTS)
    row = shown_column(table, COL_ITEM).index("S2")
    table.setCurrentIndex(table.model().index(row, COL_STATUS))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QComboBox, "choiceEditor")
    assert editor is not None and editor.currentData() == "requested"
    editor.setCurrentIndex(editor.findData("missing"))
    editor.activated.emit(editor.currentIndex())
    qtbot.waitUntil(lambda: window.store.requests.all(aid)["S2"].status == "missing")
    assert status_of(table, "S2") == "Missing"
    # the note in place
    table.setCurrentIndex(table.model().index(row, COL_NOTE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "ERP export promised for Friday")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.store.requests.all(aid)["S2"].note == "ERP export promised for Friday")

    # and in the dialog
    table.selectRow(shown_column(table, COL_ITEM).index("R2"))
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(RequestDialog)
    assert dialog.evidence_label.text() == "Evidence R2"
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("not_applicable"))
    dialog.note_edit.setText("No archive room")
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.requests.all(aid)["R2"].status == "not_applicable")
    assert [c.field for c in window.store.history.all(aid, "S2") if c.entity == "document_request"] == \
        ["status", "request_note"]

    # export for the auditee, in Chinese, on a worker thread; then offered to open
    opened = []
    monkeypatch.setattr(prompts, "open_in_desktop", lambda path: opened.append(Path(path)) or True)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(WorkbookExportDialog)
    assert dialog.windowTitle() == "Export request list" and not dialog.xlsx_radio.isVisible()
    assert dialog.path_edit.text().endswith("document requests.xlsx")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh"))
    out = tmp_path / "requests.xlsx"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "requestsDoneMessage")
    next(b for b in box.buttons() if b.text() == "Open file").click()
    assert opened == [out]
    ws = openpyxl.load_workbook(out).active
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["S1"][3] == "已收到" and rows["S2"][3] == "缺失" and rows["S2"][5] == "ERP export promised for Friday"
    assert rows["P1"][2] == "证据 P1"
