"""Scoring model 2 in the window: the re-score offer for an open model-1 assessment, the statutory duties tab, and
the reasons beside the item and the element, in both languages."""

from conftest import dialog_open
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_workflow_findings import open_mini, shown_column

from exportaudit.core.store import open_store
from exportaudit.ui.models.duties import COL_ITEM, COL_REASONS, COL_STATUS
from exportaudit.ui.views.assessment_page_view import TAB_DASHBOARD, TAB_DUTIES


def test_an_open_model_1_assessment_offers_a_logged_rescore_showing_the_changes(make_window, mini_store_path, qtbot,
                                                                             wait_dialog):
    with open_store(mini_store_path, user="tester") as store:
        aid = store.assessments.latest().id
        for item, level in (("P1", 4), ("P2", 3), ("R1", 2), ("R2", 5)):
            store.answers.rate(aid, item, level)
    window = open_mini(make_window, mini_store_path)
    window.assessment.show_tab(TAB_DASHBOARD)
    dashboard = window.assessment.dashboard.view
    assert "Scored with model 1" in dashboard.model_label.text() and dashboard.rescore_button.isVisible()

    qtbot.mouseClick(dashboard.rescore_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "confirmMessage")
    # model 1: policy (4->3 unevidenced + 3) / 2 = 3.0; model 2: no documents, so each counts 2
    assert "Policy statement: level 3 (3.0) → level 2 (2.0)" in box.text()
    assert "P1: counts as 3 → 2" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.store.assessments.get(aid).scoring_model == 1

    qtbot.mouseClick(dashboard.rescore_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "confirmMessage")
    next(b for b in box.buttons() if b.text() == "Re-score").click()
    qtbot.waitUntil(lambda: window.store.assessments.get(aid).scoring_model == 2)
    assert "Scored with model 2" in dashboard.model_label.text() and not dashboard.rescore_button.isVisible()
    assert [c.field for c in window.store.history.all(aid) if c.entity == "assessment"][-1] == "scoring_model"
    assert window.assessment.session.score.element("policy").level == 2


def test_duties_tab_and_reasons_in_both_languages(make_window, tmp_path, mini_checklist, qtbot):
    path = tmp_path / "m2.exportaudit"
    with open_store(path, user="tester") as store:
        org = store.organisations.create("Acme Export Ltd", operator_type="exporter", size="small")
        aid = store.assessments.create(org, mini_checklist, "Audit 2025", target_profile="basic",
                                      period_start="2025-01-01", period_end="2025-12-31")
        document = tmp_path / "policy.txt"
        document.write_text("policy")
        store.answers.rate(aid, "P1", 1)
        store.answers.rate(aid, "P2", 4)
        store.evidence.add(aid, "P2", document, kind="document", covered_date="2024-01-01")
    window = open_mini(make_window, path)
    window.assessment.select_item("P2")
    reasons = window.assessment_page.workspace.item.unevidenced_label
    assert reasons.isVisible() and "Rated 4, counts as 3" in reasons.text()
    assert "no record of operation or audit result within the period: counts as 3" in reasons.text()
    tooltip = window.assessment.tree_model.index_of_element("policy").data(Qt.ItemDataRole.ToolTipRole)
    assert "key item P1 at 1 bounds the element at 1" in tooltip

    window.assessment.show_tab(TAB_DUTIES)
    table = window.assessment_page.duties.table
    assert shown_column(table, COL_ITEM) == ["P1", "P2", "S1", "S2", "R1", "R2"]
    assert shown_column(table, COL_STATUS)[:3] == ["Not met", "Met", "Not assessed"]
    assert shown_column(table, COL_REASONS)[0] == "rated 1"
    assert "1 not met" in window.assessment_page.duties.summary_label.text()

    window.language_zh_action.trigger()
    qtbot.waitUntil(lambda: window.assessment_page.tabs.tabText(TAB_DUTIES) == "法定义务")
    assert shown_column(table, COL_STATUS)[:3] == ["未履行", "已履行", "未评估"]
    assert shown_column(table, COL_REASONS)[0] == "评为 1 级"
    window.assessment.select_item("P2")
    assert "无评估期内的运行记录或审计结果，按 3 级计" in reasons.text()
    assert not dialog_open(QMessageBox)
