"""The questionnaire round trip from the window: exported for a client, filled in as a client would (typed ratings,
an N/A with its justification, a rating out of range), previewed, cancelled, then applied."""

import openpyxl
from conftest import dialog_open
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from test_workflow_findings import open_mini

from exportaudit.core.store import open_store
from exportaudit.exchange import questionnaire_layout as L
from exportaudit.ui import prompts
from exportaudit.ui.controllers.questionnaire_preview import QuestionnairePreview
from exportaudit.ui.controllers.workbook_export import WorkbookExportDialog
from exportaudit.ui.models.element_tree import COL_LEVEL
from exportaudit.ui.models.questionnaire import COL_FIELD, COL_ITEM, COL_NEW, COL_OLD
from exportaudit.ui.views.assessment_page_view import TAB_DASHBOARD
from exportaudit.ui.views.questionnaire_preview_view import TAB_PROBLEMS

OK = QDialogButtonBox.StandardButton.Ok


def fill_like_a_client(path):
    wb = openpyxl.load_workbook(path)
    ws = wb[L.SHEET]
    header = {c.value: c.column for c in ws[L.HEADER_ROW]}
    col = {key: header[text] for key, text in L.HEADERS.items()}
    rows = {ws.cell(row=r, column=col["item"]).value: r for r in range(L.FIRST_ROW, ws.max_row + 1)}
    ws.cell(row=rows["P1"], column=col["rating"], value="3 - 已定义")
    ws.cell(row=rows["P1"], column=col["note"], value="Policy signed in March")
    ws.cell(row=rows["S2"], column=col["na"], value="N/A")
    ws.cell(row=rows["S2"], column=col["justification"], value="No brokering activity")
    ws.cell(row=rows["R1"], column=col["rating"], value=7)
    wb.save(path)


def preview_rows(dialog):
    model = dialog.changes_table.model()
    return {(model.index(r, COL_ITEM).data(), model.index(r, COL_FIELD).data()):
            (model.index(r, COL_OLD).data(), model.index(r, COL_NEW).data()) for r in range(model.rowCount())}


def test_export_fill_preview_cancel_then_apply(make_window, mini_store_path, qtbot, wait_dialog, tmp_path,
                                               monkeypatch):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    window.export_questionnaire_action.trigger()
    dialog = wait_dialog(WorkbookExportDialog)
    assert dialog.windowTitle() == "Export questionnaire"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("both"))
    out = tmp_path / "acme questionnaire.xlsx"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "questionnaireDoneMessage")
    box.button(QMessageBox.StandardButton.Close).click()
    assert openpyxl.load_workbook(out)[L.SHEET].cell(row=L.HEADER_ROW, column=1).value == "编号 / Item"

    fill_like_a_client(out)
    before = mini_store_path.read_bytes()
    monkeypatch.setattr(prompts, "choose_questionnaire_to_import", lambda parent, folder="": str(out))
    window.import_questionnaire_action.trigger()
    preview = wait_dialog(QuestionnairePreview)
    changes = preview_rows(preview)
    assert changes[("P1", "Rating")] == ("—", "3 · Defined")
    assert changes[("P1", "Notes")] == ("—", "Policy signed in March")
    assert changes[("S2", "Not applicable")] == ("No", "Yes")
    assert changes[("S2", "N/A justification")] == ("—", "No brokering activity")
    problems = preview.problems_table.model()
    assert problems.rowCount() == 1 and problems.index(0, 1).data() == "R1"
    assert problems.index(0, 2).data() == "Rating 7 is out of range; expected 0 to 5."
    assert preview.tabs.tabText(TAB_PROBLEMS) == "Not imported (1)"
    assert "changes 2 item(s)" in preview.summary_label.text()
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog_open(QuestionnairePreview))
    assert window.store.answers.get(aid, "P1").level is None and not window.store.answers.get(aid, "S2").na
    assert mini_store_path.read_bytes() == before  # the preview and the cancel wrote nothing

    window.import_questionnaire_action.trigger()
    preview = wait_dialog(QuestionnairePreview)
    assert preview.apply_button.isEnabled()
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "importDoneMessage")
    assert "2 item(s) changed" in box.text() and "1 row(s) were not imported" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    with open_store(mini_store_path, read_only=True) as store:
        assert store.answers.get(aid, "P1").level == 3 and store.answers.get(aid, "P1").note == "Policy signed in March"
        assert store.answers.get(aid, "S2").na and store.answers.get(aid, "S2").na_reason == "No brokering activity"
        assert store.answers.get(aid, "R1").level is None
    tree = window.assessment.tree_model
    assert tree.index_of_item("P1").siblingAtColumn(COL_LEVEL).data() == "3"
    assert tree.index_of_item("S2").siblingAtColumn(COL_LEVEL).data() == "N/A"
    window.assessment.show_tab(TAB_DASHBOARD)
    assert window.assessment.dashboard.view.radar.series().levels[0] is not None


def test_a_refused_workbook_says_why_and_changes_nothing(make_window, mini_store_path, wait_dialog, tmp_path,
                                                        monkeypatch):
    window = open_mini(make_window, mini_store_path)
    plain = tmp_path / "answers.xlsx"
    openpyxl.Workbook().save(plain)
    monkeypatch.setattr(prompts, "choose_questionnaire_to_import", lambda parent, folder="": str(plain))
    window.import_questionnaire_action.trigger()
    box = wait_dialog(QMessageBox, "errorMessage")
    assert "answers.xlsx: it is not an ExportAudit questionnaire" in box.text()
    assert not dialog_open(QuestionnairePreview)
