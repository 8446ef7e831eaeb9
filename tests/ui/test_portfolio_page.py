"""The portfolio tab of "All assessments": every organisation's latest assessment as a heat-map row (number and
colour), sorted and filtered by sector, operator type, assessor and year, the selected organisation's trend,
Enter opening the assessment, and the same table exported to Excel."""

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store
from exportaudit.ui import prompts
from exportaudit.ui.models.portfolio import COL_ORGANISATION, FIRST_LEVEL
from exportaudit.ui.views.browser_view import TAB_PORTFOLIO
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT


def _store(path, checklist):
    with open_store(path, user="tester") as store:
        acme = store.organisations.create("Acme Export Ltd", operator_type="exporter", size="small", sector="Machinery")
        old = store.assessments.create(acme, checklist, "Self-check 2025", period_end="2025-12-31", assessor="Wang")
        new = store.assessments.create(acme, checklist, "Audit 2026", period_end="2026-12-31", assessor="Li")
        for item, level in {"P1": 1, "P2": 1}.items():
            store.answers.rate(old, item, level)
        for item, level in {"P1": 4, "P2": 4, "S1": 3, "S2": 3, "S3": 3, "R1": 2}.items():
            store.answers.rate(new, item, level)
        beta = store.organisations.create("Beta Institute", operator_type="research", sector="Research")
        store.assessments.create(beta, checklist, "Self-check 2024", period_end="2024-06-30", assessor="Wang")
    return new


def test_the_portfolio_shows_filters_sorts_trends_opens_and_exports(make_window, tmp_path, mini_checklist, qtbot,
                                                                   wait_dialog, monkeypatch):
    path = tmp_path / "clients.exportaudit"
    newest = _store(path, mini_checklist)
    window = make_window(path)
    window.show_browser_action.trigger()
    window.browser.tabs.setCurrentIndex(TAB_PORTFOLIO)
    view = window.browser.portfolio
    table = view.table
    model = table.model()
    assert model.rowCount() == 2
    names = [model.index(r, COL_ORGANISATION).data() for r in range(2)]
    assert names == ["Acme Export Ltd", "Beta Institute"]

    policy = model.index(0, FIRST_LEVEL)  # Acme's latest assessment, first element
    level = AssessmentSession(window.store, newest).score.element("policy").level  # as the dashboard shows it
    assert level is not None and policy.data() == str(level)
    assert policy.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert f"Policy statement: level {level}" in policy.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, FIRST_LEVEL).data() == "—"  # Beta: not yet scored, no colour
    assert model.index(1, FIRST_LEVEL).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "E1 Policy statement" in view.legend_label.text()

    # the trend of the selected organisation: its two assessments, oldest first
    assert [p.label for p in view.trend_chart.points()] == ["2025", "2026"]
    assert "Acme Export Ltd" in view.trend_heading.text()

    # sorting by the overall level (descending) and filtering by sector and year
    overall = FIRST_LEVEL + 3
    table.sortByColumn(overall, Qt.SortOrder.AscendingOrder)
    assert model.index(0, COL_ORGANISATION).data() == "Beta Institute"
    sector = view.filters["sector"]
    sector.setCurrentIndex(sector.findData("Machinery"))
    assert model.rowCount() == 1 and view.count_label.text() == "1 of 2 organisation(s)"
    sector.setCurrentIndex(0)
    year = view.filters["year"]
    year.setCurrentIndex(year.findData("2024"))
    assert [model.index(r, COL_ORGANISATION).data() for r in range(model.rowCount())] == ["Beta Institute"]
    year.setCurrentIndex(0)
    assessor = view.filters["assessor"]
    assessor.setCurrentIndex(assessor.findData("Li"))
    assert model.rowCount() == 1

    # the same table in Excel
    out = tmp_path / "portfolio.xlsx"
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, suggested, fmt: str(out))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    wait_dialog(QMessageBox, "portfolioDoneMessage").close()
    ws = openpyxl.load_workbook(out).active
    assert ws.cell(row=5, column=1).value == "Acme Export Ltd" and ws.cell(row=6, column=1).value == "Beta Institute"

    # Enter on a row opens its assessment
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == PAGE_ASSESSMENT
    assert window.assessment.session.assessment_id == newest


def test_the_portfolio_tab_is_built_when_first_shown_not_at_start(make_window, tmp_path, mini_checklist):
    from exportaudit.ui.views.portfolio_view import PortfolioView

    path = tmp_path / "clients.exportaudit"
    _store(path, mini_checklist)
    window = make_window(path)
    window.show_browser_action.trigger()
    assert window.findChildren(PortfolioView) == []  # nobody has looked at it yet
    window.browser.tabs.setCurrentIndex(TAB_PORTFOLIO)
    [view] = window.findChildren(PortfolioView)
    assert window.browser.tabs.currentWidget().isAncestorOf(view) and view.isVisible()
    assert view.table.model().rowCount() == 2  # read from the store as it is shown
