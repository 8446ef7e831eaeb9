"""A re-audit a year on: started from the earlier assessment, carried-over answers marked until re-confirmed or
changed, and the comparison tab with both radars, the item changes and the baseline's open actions."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_workflow_findings import open_mini, shown_column

from exportaudit.core.bilingual import Forms
from exportaudit.core.store import open_store
from exportaudit.ui.colours import ACTUAL_COLOUR, BASELINE_COLOUR, TARGET_COLOUR
from exportaudit.ui.controllers.reaudit_dialog import ReauditDialog
from exportaudit.ui.models.comparison import COL_CHANGE, COL_NOW, COL_SCORE_CHANGE, COL_THEN
from exportaudit.ui.models.element_tree import MarksRole
from exportaudit.ui.views.assessment_page_view import TAB_COMPARISON
from exportaudit.ui.views.comparison_view import (
    TAB_IMPROVED,
    TAB_NOT_RECONFIRMED,
    TAB_OPEN_ACTIONS,
    TAB_REGRESSED,
    ComparisonView,
)

OK = QDialogButtonBox.StandardButton.Ok


def test_reaudit_carries_answers_to_reconfirm_and_compares_with_the_baseline(make_window, mini_store_path, qtbot,
                                                                            press, wait_dialog):
    with open_store(mini_store_path, user="tester") as store:
        base = store.assessments.latest().id
        store.assessments.update(base, period_start="2025-01-01", period_end="2025-12-31", assessor="Chen Jing",
                                 assessor_role="Compliance manager", independence="internal")
        for item, level in (("P1", 2), ("P2", 3), ("S1", 3), ("S2", 2), ("R1", 3)):
            store.answers.rate(base, item, level)
        store.answers.set_note(base, "P1", "Draft policy only")
        for item in ("P1", "P2", "R1"):  # documents, so the re-audit (scored with model 2) may count a 3
            document = mini_store_path.with_name(f"{item}-procedure.txt")
            document.write_text(f"{item} procedure")
            store.evidence.add(base, item, document, kind="document", covered_date="2025-02-01")
        finding = store.findings.create(base, "minor", "No policy owner", item_id="P1")
        store.actions.create(finding, "Name a policy owner", owner="Chen Jing", due_date="2026-03-31")
    window = open_mini(make_window, mini_store_path)
    assert not window.assessment_page.tabs.isTabVisible(TAB_COMPARISON)
    assert not window.show_comparison_action.isEnabled()

    window.reaudit_action.trigger()
    dialog = wait_dialog(ReauditDialog)
    assert dialog.title_forms.forms() == Forms("", "Self-check 2026 – re-audit 2026")
    assert dialog.period_start_edit.date().toString("yyyy-MM-dd") == "2026-01-01"
    assert dialog.period_end_edit.date().toString("yyyy-MM-dd") == "2026-12-31"
    assert dialog.assessor_forms.en.text() == "Chen Jing"
    assert not dialog.checklist_combo.isVisible() and dialog.intro_label.isVisible()
    assert dialog.role_forms.en.text() == "Compliance manager"  # who assesses carries over; the review does not
    assert dialog.independence_combo.currentData() == "internal"
    qtbot.keyClicks(dialog.reviewer_forms.en, "Wang Lei")
    dialog.title_forms.en.selectAll()
    qtbot.keyClicks(dialog.title_forms.en, "Re-audit 2026")
    qtbot.keyClick(dialog.title_forms.en, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.assessment.session.assessment_id != base)
    session = window.assessment.session
    assert session.assessment.title == "Re-audit 2026" and session.assessment.baseline_id == base
    assert session.assessment.reviewer == "Wang Lei" and session.assessment.assessor_role == "Compliance manager"
    assert window.assessment_page.title_label.text() == "Re-audit 2026"

    tree = window.assessment.tree_model
    assert "reconfirm" in tree.index_of_item("P1").data(MarksRole)
    assert "reconfirm" not in tree.index_of_item("R2").data(MarksRole)  # unanswered: nothing carried over
    assert window.assessment_page.workspace.tree.iconSize().width() > 3 * 14 + 3 * 3  # room for the fifth mark

    window.assessment.select_item("P2")
    item = window.assessment_page.workspace.item
    assert item.reconfirm_box.isVisible() and item.reconfirm_button.isEnabled()
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_C)  # confirm unchanged from the keyboard
    assert not session.response("P2").reconfirm and not item.reconfirm_box.isVisible()
    assert "reconfirm" not in tree.index_of_item("P2").data(MarksRole)
    assert session.response("P2").level == 3
    assert [c.field for c in window.store.history.all(session.assessment_id, "P2")] == ["reconfirmed"]
    window.assessment.select_item("S1")
    qtbot.mouseClick(item.level_choices[1].radio, Qt.MouseButton.LeftButton)  # changing the answer clears it too
    assert not session.response("S1").reconfirm and "reconfirm" not in tree.index_of_item("S1").data(MarksRole)
    window.assessment.select_item("P1")
    assert item.notes_edit.toPlainText() == "Draft policy only"
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_4)  # a 4 with a document but no record of operation counts as 3
    assert "reconfirm" not in tree.index_of_item("P1").data(MarksRole)

    assert window.assessment_page.tabs.isTabVisible(TAB_COMPARISON)
    assert window.findChildren(ComparisonView) == []  # built when first shown, not with the window
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.assessment_page.tabs.currentIndex() == TAB_COMPARISON
    [view] = window.findChildren(ComparisonView)
    assert view is window.assessment_page.comparison and view.isVisible()
    plots = view.radar.plots()
    # the target, then this assessment, then the baseline drawn last as an outline, so it shows where levels are equal
    assert [(p.name, p.colour, p.filled) for p in plots] == [("Target", TARGET_COLOUR, False),
                                                              ("Now", ACTUAL_COLOUR, True),
                                                              ("Baseline", BASELINE_COLOUR, False)]
    policy = view.radar.labels().index("Policy statement")
    assert plots[2].values[policy] == 2 and plots[1].values[policy] == 3  # key item P1 no longer holds it at 2
    assert plots[0].values[policy] == window.assessment.session.score.element("policy").target
    assert plots[2].labelled  # each spoke names its level then and now
    elements = view.element_table.model()
    row = [elements.index(r, 0).data() for r in range(elements.rowCount())].index("Policy statement")
    assert (elements.index(row, COL_THEN).data(), elements.index(row, COL_NOW).data(),
            elements.index(row, COL_CHANGE).data()) == ("2", "3", "▲ +1")
    assert elements.index(row, COL_SCORE_CHANGE).data().startswith("▲ +")
    # R1 and S2 were carried over and nobody has touched them (P2 was confirmed, P1 and S1 changed)
    assert shown_column(view.not_reconfirmed_table, 0) == ["R1", "S2"]
    assert view.item_tabs.tabText(TAB_NOT_RECONFIRMED) == "Not yet re-confirmed (2)"
    assert "Self-assessment" in view.baseline_label.text()
    assert shown_column(view.improved_table, 0) == ["P1"] and shown_column(view.regressed_table, 0) == ["S1"]
    assert view.item_tabs.tabText(TAB_IMPROVED) == "Improved (1)"
    assert view.item_tabs.tabText(TAB_REGRESSED) == "Regressed (1)"
    assert view.item_tabs.tabText(TAB_OPEN_ACTIONS) == "Open actions from the baseline (1)"
    assert shown_column(view.actions_table, 2) == ["Name a policy owner"]
    assert "Self-check 2026" in view.baseline_label.text()

    # the comparison follows answers given meanwhile
    press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    window.assessment.select_item("S1")
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_3)
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert shown_column(view.regressed_table, 0) == []


def test_the_demo_lands_on_its_reaudit_whose_comparison_marks_changes_and_lists_unconfirmed_answers(
        make_window, demo_store_path, press):
    window = make_window(demo_store_path)
    selected = window.browser_controller.selected_assessment()  # what a user sees selected on opening the demo
    assert selected.title.startswith("2026") and selected.baseline_id is not None
    baseline = window.store.assessments.get(selected.baseline_id)
    assert baseline.is_final and baseline.title.startswith("2025") and baseline.kind == selected.kind == "self"
    assert (baseline.period_end, selected.period_start) == ("2025-12-31", "2026-01-01")
    window.browser_controller.open_selected()
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    view = window.assessment_page.comparison
    elements = view.element_table.model()
    changes = {elements.index(r, 0).data(): elements.index(r, COL_CHANGE).data() for r in range(elements.rowCount())}
    assert changes["Policy statement"] == "▲ +1" and changes["Contingency measures"] == "▼ −1"
    assert changes["Records and archives"] == "= 0"
    assert shown_column(view.not_reconfirmed_table, 0) == ["MAN-06", "ORG-08", "POL-07", "REC-06", "RSK-05", "TRN-05"]
    assert shown_column(view.actions_table, 2) == ["复核风险登记册并制定评分方法。/ Review the risk register and write its "
                                                   "scoring method."]  # the baseline's finding still open
    assert "Self-assessment, 2025-01-01 – 2025-12-31" in view.baseline_label.text()
    assert [p.name for p in view.radar.plots()] == ["Target", "Now", "Baseline"]
