"""Findings and the action plan, driven as an auditor would: a finding raised from the keyboard during the
interview, corrective actions with owners and due dates, the overdue one marked, sorted and filtered."""

from datetime import date, timedelta

from conftest import dialog_open
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from exportaudit.core.operations import workflow as workflow_ops
from exportaudit.ui.colours import OVERDUE_COLOUR
from exportaudit.ui.controllers.action_dialog import ActionDialog
from exportaudit.ui.controllers.finding_dialog import FindingDialog
from exportaudit.ui.models.actions import COL_DESCRIPTION, COL_DUE, COL_OWNER, OverdueRole
from exportaudit.ui.models.element_tree import MarksRole
from exportaudit.ui.views.assessment_page_view import TAB_ACTIONS, TAB_WORKSPACE
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT

OK = QDialogButtonBox.StandardButton.Ok


def open_mini(make_window, path, **kwargs):
    window = make_window(path, **kwargs)
    if window.pages.currentIndex() != PAGE_ASSESSMENT:
        window.browser_controller.open_selected()
    assert window.pages.currentIndex() == PAGE_ASSESSMENT
    return window


def shown_column(table, column):
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_finding_is_raised_from_the_keyboard_marked_in_the_tree_edited_and_deleted(
        make_window, mini_store_path, qtbot, press, wait_dialog):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    window.assessment.select_item("S1")
    window.assessment_page.workspace.tree.setFocus()
    panel = window.assessment_page.workspace.findings
    assert panel.empty_label.isVisible() and not panel.edit_button.isEnabled()

    press(Qt.Key.Key_F)
    dialog = wait_dialog(FindingDialog)
    assert "S1" in dialog.subject_label.text()
    assert not dialog.buttons.button(OK).isEnabled()  # no description yet
    assert dialog.focusWidget() is dialog.grade_combo
    qtbot.keyClick(dialog.grade_combo, Qt.Key.Key_Up)  # minor -> major
    assert dialog.grade_combo.currentData() == "major"
    qtbot.keyClick(dialog.grade_combo, Qt.Key.Key_Tab)
    # the whole audit form from the keyboard: condition, cause, effect, risk, recommendation, then the response
    for kind, entry in (("text", "Orders are shipped before screening"), ("text", "No gate in the ERP"),
                        ("text", "Listed parties could be served"), ("key", Qt.Key.Key_Down),
                        ("text", "Block shipment until screened"), ("key", Qt.Key.Key_Down),
                        ("text", "Agreed; gate by June"), ("text", "Li Qiang"), ("key", Qt.Key.Key_Space)):
        if kind == "text":
            qtbot.keyClicks(dialog.focusWidget(), entry)
        else:
            qtbot.keyClick(dialog.focusWidget(), entry)
        if entry != Qt.Key.Key_Space:
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.response_date_check and dialog.response_date_edit.isEnabled()
    dialog.response_date_edit.setDate(QDate(2027, 6, 30))
    assert dialog.sizeHint().height() <= 728 and dialog.sizeHint().width() <= 1366  # fits the smallest screen
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog_open(FindingDialog))

    [finding] = window.store.findings.all(aid)
    assert (finding.item_id, finding.element_id, finding.grade) == ("S1", "screening", "major")
    assert (finding.cause, finding.effect, finding.risk) == ("No gate in the ERP", "Listed parties could be served",
                                                            "high")
    assert finding.recommendation == "Block shipment until screened"
    assert (finding.response, finding.response_text, finding.response_owner, finding.response_date) == (
        "agreed", "Agreed; gate by June", "Li Qiang", "2027-06-30")
    assert "finding" in window.assessment.tree_model.index_of_item("S1").data(MarksRole)
    assert "finding" not in window.assessment.tree_model.index_of_item("S2").data(MarksRole)
    assert panel.table.isVisible() and panel.table.model().rowCount() == 1
    assert panel.table.model().index(0, 0).data() == "Major nonconformity"

    # Ctrl+Shift+F raises one too; on the element row it goes on the element
    window.assessment.select_item("R1")
    index = window.assessment.proxy.mapFromSource(window.assessment.tree_model.index_of_element("records"))
    window.assessment_page.workspace.tree.setCurrentIndex(index)
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = wait_dialog(FindingDialog)
    dialog.grade_combo.setCurrentIndex(dialog.grade_combo.findData("good_practice"))
    dialog.description_edit.setPlainText("Archive well kept")
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.store.findings.all(aid)) == 2)
    assert window.store.findings.all(aid)[1].element_id == "records" and window.store.findings.all(aid)[1].item_id is None

    # edit the first, then delete it after a confirmation (Cancel first keeps it)
    window.assessment.select_item("S1")
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(FindingDialog)
    assert dialog.description_edit.toPlainText() == "Orders are shipped before screening"
    assert (dialog.response_combo.currentData(), dialog.response_owner_edit.text()) == ("agreed", "Li Qiang")
    assert dialog.response_date_check.isChecked() and dialog.response_date_edit.date() == QDate(2027, 6, 30)
    dialog.grade_combo.setCurrentIndex(dialog.grade_combo.findData("minor"))
    dialog.response_combo.setCurrentIndex(dialog.response_combo.findData("partly_agreed"))
    qtbot.mouseClick(dialog.response_date_check, Qt.MouseButton.LeftButton)  # no target date after all
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.findings.get(finding.id).grade == "minor")
    edited = window.store.findings.get(finding.id)
    assert (edited.response, edited.response_date, edited.cause) == ("partly_agreed", None, "No gate in the ERP")
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "confirmMessage")
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(window.store.findings.all(aid)) == 2
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "confirmMessage")
    next(b for b in box.buttons() if b.text() == "Delete").click()
    qtbot.waitUntil(lambda: len(window.store.findings.all(aid)) == 1)
    assert "finding" not in window.assessment.tree_model.index_of_item("S1").data(MarksRole)
    assert {(c.entity, c.field) for c in window.store.history.all(aid, "S1")} >= {
        ("finding", "created"), ("finding", "grade"), ("finding", "deleted")}


def test_an_overdue_action_is_marked_and_the_plan_sorts_and_filters(make_window, mini_store_path, qtbot, press,
                                                                    wait_dialog):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    first = window.operations.perform(lambda: workflow_ops.raise_finding(
        window.store, aid, grade="minor", description="Training records incomplete", item_id="R1"))
    window.operations.perform(lambda: workflow_ops.raise_finding(
        window.store, aid, grade="observation", description="Screening log kept in two places", item_id="S2"))
    window.assessment.select_item("R1")
    panel = window.assessment_page.workspace.findings
    assert panel.table.model().rowCount() == 1

    # from the findings panel: an action due yesterday
    qtbot.mouseClick(panel.action_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(ActionDialog)
    assert dialog.finding_combo.currentData() == first
    assert dialog.focusWidget() is dialog.description_edit
    qtbot.keyClicks(dialog.description_edit, "Collect the missing sign-in sheets")
    dialog.owner_edit.setText("Wang Fang")
    dialog.due_edit.setDate(QDate.currentDate().addDays(-1))
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.store.actions.all(aid)) == 1)

    # from the action plan tab (Ctrl+3): two more, one without a due date
    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.assessment_page.tabs.currentIndex() == TAB_ACTIONS
    plan = window.assessment.action_plan.view
    for description, owner, due in (("Merge the screening logs", "Li Qiang", QDate.currentDate().addDays(20)),
                                    ("Annual refresher", "Li Qiang", None)):
        qtbot.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
        dialog = wait_dialog(ActionDialog)
        dialog.finding_combo.setCurrentIndex(1)
        dialog.description_edit.setPlainText(description)
        dialog.owner_edit.setText(owner)
        if due is None:
            dialog.due_check.setChecked(False)
            assert not dialog.due_edit.isEnabled()
        else:
            dialog.due_edit.setDate(due)
        qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog_open(ActionDialog))
    assert len(window.store.actions.all(aid)) == 3
    assert window.store.actions.all(aid)[2].due_date is None

    table = plan.table
    assert plan.summary_label.text() == "3 of 3 action(s) · 1 overdue"
    due_column = shown_column(table, COL_DUE)
    assert due_column[0] == (date.today() - timedelta(days=1)).isoformat() and due_column[-1] == "—"
    overdue = table.model().index(0, COL_DUE)
    assert overdue.data(OverdueRole) and not table.model().index(1, COL_DUE).data(OverdueRole)
    assert not overdue.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) == QColor(OVERDUE_COLOUR)
    assert "Overdue" in overdue.data(Qt.ItemDataRole.ToolTipRole)

    # sorting by clicking headers: owner, then due date descending
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(COL_OWNER) + 5, header.height() // 2))
    assert shown_column(table, COL_OWNER) == ["Li Qiang", "Li Qiang", "Wang Fang"]
    table.sortByColumn(COL_DUE, Qt.SortOrder.DescendingOrder)
    assert shown_column(table, COL_DESCRIPTION)[0] == "Annual refresher"

    # filters: overdue only, an owner, free text
    plan.status_combo.setCurrentIndex(plan.status_combo.findData("overdue"))
    assert shown_column(table, COL_DESCRIPTION) == ["Collect the missing sign-in sheets"]
    assert plan.summary_label.text().startswith("1 of 3")
    plan.status_combo.setCurrentIndex(0)
    plan.owner_combo.setCurrentIndex(plan.owner_combo.findData("Li Qiang"))
    assert len(shown_column(table, COL_DESCRIPTION)) == 2
    plan.owner_combo.setCurrentIndex(0)
    qtbot.keyClicks(plan.filter_edit, "REFRESH")
    assert shown_column(table, COL_DESCRIPTION) == ["Annual refresher"]
    plan.filter_edit.clear()

    # closing the overdue action removes the mark
    table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = wait_dialog(ActionDialog)
    assert not dialog.finding_combo.isEnabled()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
    dialog.closing_edit.setPlainText("Sheets filed in the training binder")
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.summary_label.text() == "3 of 3 action(s)")
    assert not any(table.model().index(r, COL_DUE).data(OverdueRole) for r in range(3))
    press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.assessment_page.tabs.currentIndex() == TAB_WORKSPACE
