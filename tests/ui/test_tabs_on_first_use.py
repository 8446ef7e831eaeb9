"""Every tab of the assessment page but the workspace (dashboard, statutory duties, other frameworks, action plan,
document requests, comparison, transaction testing) is built the first time it is shown, so the window opens
sooner; opened by a click or a shortcut, each shows the open assessment as it is then, and follows a change of
language."""

from PySide6.QtCore import Qt

from exportaudit.core.session import AssessmentSession
from exportaudit.ui.models.duties import COL_STATUS
from exportaudit.ui.views.action_plan_view import ActionPlanView
from exportaudit.ui.views.assessment_page_view import (
    TAB_ACTIONS,
    TAB_DASHBOARD,
    TAB_DUTIES,
    TAB_FRAMEWORKS,
    TAB_REQUESTS,
    TAB_TESTING,
)
from exportaudit.ui.views.comparison_view import ComparisonView
from exportaudit.ui.views.dashboard_view import DashboardView
from exportaudit.ui.views.duties_view import DutiesView
from exportaudit.ui.views.frameworks_view import FrameworksView
from exportaudit.ui.views.requests_view import RequestsView
from exportaudit.ui.views.testing_view import PAGE_TESTING, TestingView

LATER = (DashboardView, DutiesView, FrameworksView, ActionPlanView, RequestsView, ComparisonView, TestingView)


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


def test_dashboard_actions_and_requests_built_after_an_answer_show_it(make_window, demo_store_path, qtbot, press):
    window = make_window(demo_store_path)
    aid = window.store.assessments.latest().id
    window.store.requests.build(aid)  # the demo asks for no document yet
    window.open_assessment(aid)
    page = window.assessment_page
    window.assessment.select_item("POL-01")
    page.workspace.tree.setFocus()
    before = window.assessment.session.response("POL-01").level
    press(Qt.Key.Key_1 if before != 1 else Qt.Key.Key_4)  # a different level: the scores move
    assert [kind.__name__ for kind in LATER if window.findChildren(kind)] == []  # the answer built no tab

    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == TAB_DASHBOARD
    dashboard = shown_view(window, DashboardView)
    score = AssessmentSession(window.store, aid).score  # read afresh from the store: the answer is in it
    elements = [e for e in score.elements if e.element_id in {x.id for x in window.assessment.session.checklist.elements
                                                              if x.module is None}]
    assert list(dashboard.radar.series().levels) == [e.level for e in elements]
    assert dashboard.overall_level_label.text() == str(score.overall.level)

    click_tab(page, qtbot, TAB_ACTIONS)
    actions = shown_view(window, ActionPlanView)
    assert actions.table.model().rowCount() == len(window.store.actions.all(aid)) > 0

    press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == TAB_REQUESTS
    requests = shown_view(window, RequestsView)
    assert requests.table.model().rowCount() == len(window.store.requests.all(aid)) > 0



def test_hidden_tabs_are_not_redrawn_by_an_answer_but_are_current_when_shown_again(make_window, demo_store_path, qtbot,
                                                                                   press, monkeypatch):
    """Answering re-reads only what is on screen: the duties, frameworks and testing tabs, once built and then left,
    wait until they are shown again (their views sit in pages the tabs hide, so the view itself never says hidden)."""
    window = make_window(demo_store_path)
    window.open_assessment(window.store.assessments.latest().id)
    page, controller = window.assessment_page, window.assessment
    for tab in (TAB_DUTIES, TAB_FRAMEWORKS, TAB_TESTING):
        click_tab(page, qtbot, tab)
    click_tab(page, qtbot, 0)
    redrawn = []

    def spy(name, target, method):
        real = getattr(target, method)
        monkeypatch.setattr(target, method, lambda *args: (redrawn.append(name), real(*args)))

    spy("duties", controller.duties, "refresh")
    spy("frameworks", controller.frameworks, "refresh")
    spy("testing", controller.testing, "reload")
    controller.select_item("POL-01")
    page.workspace.tree.setFocus()
    before = controller.session.response("POL-01").level
    press(Qt.Key.Key_1 if before != 1 else Qt.Key.Key_4)  # a different level: the scores move
    assert controller.session.response("POL-01").level != before
    assert redrawn == []
    click_tab(page, qtbot, TAB_DUTIES)
    assert redrawn == ["duties"]
