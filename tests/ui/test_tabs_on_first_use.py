"""The assessment page's seldom-opened tabs (statutory duties, other frameworks, comparison, transaction testing)
are built the first time they are shown, so the window opens sooner; clicked open, each shows the open
assessment as it always did, and follows a change of language."""

from PySide6.QtCore import Qt

from exportaudit.ui.models.duties import COL_STATUS
from exportaudit.ui.views.assessment_page_view import TAB_DUTIES, TAB_FRAMEWORKS, TAB_TESTING
from exportaudit.ui.views.comparison_view import ComparisonView
from exportaudit.ui.views.duties_view import DutiesView
from exportaudit.ui.views.frameworks_view import FrameworksView
from exportaudit.ui.views.testing_view import PAGE_TESTING, TestingView

LATER = (DutiesView, FrameworksView, ComparisonView, TestingView)


def click_tab(page, qtbot, tab):
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=page.tabs.tabBar().tabRect(tab).center())
    assert page.tabs.currentIndex() == tab


def shown_view(window, kind):
    [view] = window.findChildren(kind)
    assert view.isVisible() and window.assessment_page.tabs.currentWidget().isAncestorOf(view)
    return view


def test_seldom_used_tabs_are_built_when_first_clicked_and_show_the_assessment(make_window, demo_store_path, qtbot):
    window = make_window(demo_store_path)
    window.open_assessment(window.store.assessments.latest().id)
    page = window.assessment_page
    assert [kind.__name__ for kind in LATER if window.findChildren(kind)] == []  # nothing built at start

    click_tab(page, qtbot, TAB_DUTIES)
    duties = shown_view(window, DutiesView)
    assert duties.table.model().rowCount() > 0 and "statutory duties" in duties.summary_label.text()

    click_tab(page, qtbot, TAB_FRAMEWORKS)
    frameworks = shown_view(window, FrameworksView)
    assert frameworks.framework_combo.count() == 3 and frameworks.sections.model().rowCount() > 0

    click_tab(page, qtbot, TAB_TESTING)
    testing = shown_view(window, TestingView)
    assert testing.pages.currentIndex() == PAGE_TESTING and testing.lists_table.model().rowCount() > 0

    assert window.findChildren(ComparisonView) == []  # the demo's latest audit is no re-audit: never built
    statuses = {duties.table.model().index(r, COL_STATUS).data() for r in range(duties.table.model().rowCount())}
    window.language_zh_action.trigger()  # a tab built before the switch follows it
    qtbot.waitUntil(lambda: page.tabs.tabText(TAB_DUTIES) == "法定义务")
    now = {duties.table.model().index(r, COL_STATUS).data() for r in range(duties.table.model().rowCount())}
    assert now and now.isdisjoint(statuses) and now <= {"未履行", "已履行", "未评估"}
