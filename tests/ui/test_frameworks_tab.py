"""The "Other frameworks" tab and the optional module, clicked through like a user: pick a framework, read its
sections and the items behind one, see "not assessed" (never 0) when the module is off, switch it back on from the
tab; and start an assessment with the module from the new-assessment dialog."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from exportaudit.core.store import open_store
from exportaudit.ui.controllers.assessment_dialog import AssessmentDialog
from exportaudit.ui.models.framework_tables import COL_COUNTS, COL_ITEM, COL_LEVEL, COL_SECTION
from exportaudit.ui.views.assessment_page_view import TAB_DASHBOARD, TAB_FRAMEWORKS
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT

OK = QDialogButtonBox.StandardButton.Ok


def open_tab(window, qtbot, framework_id):
    window.open_assessment(window.store.assessments.latest().id)
    page = window.assessment_page
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=page.tabs.tabBar().tabRect(TAB_FRAMEWORKS).center())
    assert page.tabs.currentIndex() == TAB_FRAMEWORKS
    combo = page.frameworks.framework_combo
    combo.setCurrentIndex(combo.findData(framework_id))
    return page.frameworks


def section_rows(view):
    model = view.sections.model()
    return {model.index(r, COL_SECTION).data().split()[0]: model.index(r, COL_LEVEL).data()
            for r in range(model.rowCount())}


def select_section(view, qtbot, section_id):
    model = view.sections.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_SECTION).data().startswith(section_id))
    rect = view.sections.visualRect(model.index(row, COL_SECTION))
    qtbot.mouseClick(view.sections.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    items = view.items.model()
    return {items.index(r, COL_ITEM).data(): items.index(r, COL_COUNTS).data() for r in range(items.rowCount())}


def test_framework_tab_shows_sections_items_and_the_mapping_note(make_window, demo_store_path, qtbot):
    window = make_window(demo_store_path)
    view = open_tab(window, qtbot, "eu-2019-1318")
    # the dashboard stays MOFCOM's: nine spokes; the module's three elements are in its table and named as left out
    dashboard = window.assessment.dashboard.view
    window.assessment.show_tab(TAB_DASHBOARD)
    assert len(dashboard.radar.series().labels) == 9 and dashboard.table.model().rowCount() == 12
    assert "Physical and information security" in dashboard.overall_details_label.text()
    assert list(section_rows(view)) == ["E1", "E2", "E3", "E4", "E5", "E6", "E7"]
    assert all(level.isdigit() for level in section_rows(view).values())
    assert "not an official equivalence" in view.note_label.text()
    assert len(view.radar.labels()) == 7 and view.radar.labels()[0].startswith("E1 ")
    items = select_section(view, qtbot, "E7")
    assert view.section_heading.text().startswith("E7")
    counts = window.assessment.session.score.items  # what the scoring model makes of the demo's 3 and 2
    assert (items["SEC-01"], items["SEC-02"]) == (str(counts["SEC-01"].effective), str(counts["SEC-02"].effective))
    assert window.store.answers.get(window.assessment.session.assessment_id, "SEC-01").level == 3
    # Wassenaar has a section whose id is ours: it is marked
    combo = view.framework_combo
    combo.setCurrentIndex(combo.findData("wassenaar-2011"))
    assert "W-add*" in section_rows(view)
    assert "the id is ExportAudit's" in view.summary_label.text()


def test_module_off_leaves_eu_element_7_partly_mapped_and_back_on_from_the_tab(make_window, demo_store_path, qtbot):
    with open_store(demo_store_path) as store:
        store.assessments.set_module(store.assessments.latest().id, "other-frameworks", False)
    window = make_window(demo_store_path)
    view = open_tab(window, qtbot, "eu-2019-1318")
    assert not view.module_check.isChecked() and view.module_check.isEnabled()
    items = select_section(view, qtbot, "E7")
    assert items["SEC-01"] == "Out of scope" and items["REC-05"] == "—"
    tree = window.assessment.tree_model
    assert not tree.index_of_item("SEC-01").isValid()
    qtbot.mouseClick(view.module_check, Qt.MouseButton.LeftButton, pos=on_indicator())
    qtbot.waitUntil(lambda: window.store.assessments.get(window.assessment.session.assessment_id).module_ids
                    == ("other-frameworks",))
    assert tree.index_of_item("SEC-01").isValid()  # the module's items are in the tree again, answers kept
    rated = window.assessment.session.score.items["SEC-01"]
    assert rated.rated == 3 and select_section(view, qtbot, "E7")["SEC-01"] == str(rated.effective)
    assert "Module switched on" in window.statusBar().currentMessage()


def on_indicator():
    return QPoint(8, 8)  # where a check box's indicator is


def test_a_section_with_nothing_answered_says_not_assessed(make_window, tmp_path, qtbot):
    """A fresh MOFCOM assessment: every EU section reads "Not assessed", none reads 0."""
    from exportaudit.core.catalogue import DEFAULT_CHECKLIST_ID, find_checklist

    path = tmp_path / "fresh.exportaudit"
    with open_store(path, user="t") as store:
        org = store.organisations.create("Fresh Co", operator_type="exporter", size="small")
        store.assessments.create(org, find_checklist(DEFAULT_CHECKLIST_ID), "2026")
    window = make_window(path, language="zh")
    view = open_tab(window, qtbot, "bis-ecg-2017")
    assert set(section_rows(view).values()) == {"未评估"}
    assert "未评估" in view.summary_label.text()


def test_new_assessment_dialog_switches_the_module_on(make_window, tmp_path, qtbot, wait_dialog):
    path = tmp_path / "new.exportaudit"
    with open_store(path, user="t") as store:
        store.organisations.create("New Co", operator_type="exporter", size="medium")
    window = make_window(path)
    qtbot.mouseClick(window.browser.new_assessment_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(AssessmentDialog)
    dialog.checklist_combo.setCurrentIndex(dialog.checklist_combo.findData("mofcom-2021-dual-use-icp"))
    assert dialog.module_check.isVisibleTo(dialog) and not dialog.module_check.isChecked()
    assert "8 items" in dialog.module_check.text()
    qtbot.mouseClick(dialog.module_check, Qt.MouseButton.LeftButton, pos=on_indicator())
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == PAGE_ASSESSMENT)
    session = window.assessment.session
    assert session.assessment.module_ids == ("other-frameworks",)
    assert window.assessment.tree_model.index_of_item("VSD-01").isValid()
    # the general-licence checklist has no module: the row is hidden
    qtbot.mouseClick(window.assessment_page.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.browser.new_assessment_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(AssessmentDialog)
    dialog.checklist_combo.setCurrentIndex(dialog.checklist_combo.findData("general-licence-readiness"))
    assert not dialog.module_check.isVisibleTo(dialog)
    dialog.reject()


def test_export_dialog_offers_the_frameworks_and_passes_the_ticked_ones(make_window, demo_store_path, qtbot,
                                                                        wait_dialog, monkeypatch, tmp_path):
    from exportaudit.ui.controllers.export import ExportDialog

    window = make_window(demo_store_path)
    window.open_assessment(window.store.assessments.latest().id)
    runs = []
    monkeypatch.setattr(window.exporter, "_run", lambda session, fmt, language, out, **kw: runs.append(kw))
    window.export_action.trigger()
    dialog = wait_dialog(ExportDialog)
    assert list(dialog.framework_checks) == ["bis-ecg-2017", "eu-2019-1318", "wassenaar-2011"]
    assert not any(c.isChecked() for c in dialog.framework_checks.values())  # none unless asked
    qtbot.mouseClick(dialog.framework_checks["eu-2019-1318"], Qt.MouseButton.LeftButton, pos=on_indicator())
    dialog.path_edit.setText(str(tmp_path / "r.pdf"))
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert [kw["frameworks"] for kw in runs] == [("eu-2019-1318",)]
