"""In the window: an assessment on checklist 1.1 is upgraded from the Assessment menu after the whole mapping is
shown; the item panel shows what an item rests on (statutory, guidance, good practice) and its sources."""

from conftest import DATA
from PySide6.QtCore import QPoint, Qt
from test_workflow_findings import open_mini, shown_column

from exportaudit.core.checklist_loader import load_checklist_file
from exportaudit.core.store import open_store
from exportaudit.ui.controllers.upgrade_dialog import UpgradeDialog
from exportaudit.ui.models.upgrade import COL_CHANGE, COL_NEW, COL_OLD


def shown_column_of(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _v11_store(tmp_path):
    path = tmp_path / "v11.exportaudit"
    with open_store(path, user="tester") as store:
        org = store.organisations.create("Hengxin Precision", operator_type="exporter", size="medium")
        aid = store.assessments.create(org, load_checklist_file(DATA / "mofcom-icp-1.1.0.toml"), "2026 self-assessment",
                                      target_profile="established-exporter")
        store.answers.rate(aid, "SCR-03", 3)
        store.answers.set_note(aid, "SCR-03", "Catch-all questions on the order form.")
    return path


def test_upgrade_shows_the_mapping_then_moves_the_assessment(make_window, tmp_path, qtbot, wait_dialog):
    window = open_mini(make_window, _v11_store(tmp_path))
    assert window.assessment.session.checklist.version == "1.1.0"
    action = window.upgrade_checklist_action
    assert action.isEnabled() and action.text() == "&Upgrade to checklist 2.0.0…"
    assert action in window.assessment_menu.actions()

    action.trigger()
    dialog = wait_dialog(UpgradeDialog)
    table = dialog.mapping_table
    assert table.model().rowCount() == 90  # 79 kept and 11 new: the whole mapping, before anything changes
    rows = list(zip(shown_column(table, COL_CHANGE), shown_column(table, COL_OLD), shown_column(table, COL_NEW), strict=True))
    assert ("New, unanswered", "—", "SCR-16") in rows and ("Kept", "SCR-03", "SCR-03") in rows
    assert "79 items kept, 0 moved, 0 dropped, 11 new." in dialog.summary_label.text()
    assert window.assessment.session.checklist.version == "1.1.0"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.assessment.session.checklist.version == "2.0.0")
    session = window.assessment.session
    assert session.response("SCR-03").level == 3 and session.response("SCR-03").note.startswith("Catch-all")
    assert not window.upgrade_checklist_action.isEnabled()
    assert any(c.field == "checklist" for c in session.store.history.all(session.assessment_id))
    from exportaudit.ui.models.history import COL_FIELD, HistoryTableModel

    history = HistoryTableModel()
    history.set_entries(session.store.history.all(session.assessment_id))
    assert "Checklist upgraded" in shown_column_of(history, COL_FIELD)  # the history names the upgrade in words


def test_item_panel_shows_the_basis_badge_sources_and_levels(make_window, demo_store_path):
    window = open_mini(make_window, demo_store_path)
    panel, reference = window.assessment_page.workspace.item, window.assessment_page.workspace.reference
    window.assessment.select_item("SCR-03")
    assert panel.basis_badge.text() == "Statutory"
    assert "Export Control Law, Art. 12(3)" in reference.legal_label.text()
    assert "Dual-use Items Export Control Regulations, Art. 35" in reference.legal_label.text()
    assert reference.changes_label.isVisibleTo(reference) and "DUR Art. 35" in reference.changes_label.text()
    assert panel.level_choices[2].definition.text() == "Only listed items are reviewed."  # the item's own level 2
    window.assessment.select_item("POL-05")
    assert panel.basis_badge.text() == "Good practice"
    assert "Good practice (no statutory basis)" in reference.sources_label.text()
    assert reference.legal_label.text().startswith("No statutory duty.")
    window.assessment.select_item("POL-01")
    assert panel.basis_badge.text() == "Guidance"
    assert "as reported in secondary sources" in reference.sources_label.text()
    assert "Related provisions" in reference.legal_label.text() and "Art. 5(4)" in reference.legal_label.text()


def test_new_assessment_records_the_structural_facts(make_window, mini_store_path, qtbot, wait_dialog):
    from exportaudit.ui.controllers.assessment_dialog import AssessmentDialog
    from exportaudit.ui.views.main_window_view import PAGE_BROWSER

    window = make_window(mini_store_path)
    if window.pages.currentIndex() != PAGE_BROWSER:
        window.show_browser_action.trigger()
    qtbot.mouseClick(window.browser.new_assessment_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(AssessmentDialog)
    abroad, listed = dialog.fact_checks["subsidiaries-abroad"], dialog.fact_checks["listed-items"]
    assert abroad.text() == "Has subsidiaries or branches abroad" and not abroad.isChecked()
    qtbot.mouseClick(listed, Qt.MouseButton.LeftButton, pos=QPoint(8, listed.height() // 2))  # on its box
    dialog.title_forms.zh.clear()
    dialog.title_forms.en.selectAll()
    qtbot.keyClicks(dialog.title_forms.en, "Listed items 2026")
    qtbot.keyClick(dialog.title_forms.en, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(a.title == "Listed items 2026" for a in window.store.assessments.all()))
    [created] = [a for a in window.store.assessments.all() if a.title == "Listed items 2026"]
    assert created.fact_set == {"listed-items"}
