"""The portfolio across clients: each organisation's latest assessment with its element levels, overall level,
open major findings, overdue actions and next due date; a trend per organisation; the CLI and its Excel export."""

import json
from datetime import date

import openpyxl

from exportaudit.cli import main
from exportaudit.core.portfolio import build_portfolio, organisation_trend

TODAY = date(2026, 6, 1)


def _clients(store, checklist):
    acme = store.organisations.create("Acme Export Ltd", operator_type="exporter", size="small", sector="Machinery")
    old = store.assessments.create(acme, checklist, "Self-check 2025", period_start="2025-01-01",
                                  period_end="2025-12-31", assessor="Wang")
    new = store.assessments.create(acme, checklist, "Audit 2026", period_start="2026-01-01", period_end="2026-12-31",
                                  assessor="Li", kind="external")
    for item, level in {"P1": 1, "P2": 1, "S1": 1, "S2": 1}.items():
        store.answers.rate(old, item, level)
    for item, level in {"P1": 4, "P2": 4, "S1": 2, "S2": 2, "R1": 3}.items():
        store.answers.rate(new, item, level)
    major = store.findings.create(new, "major", "No screening", item_id="S1")
    store.actions.create(major, "Buy a screening tool", due_date="2026-03-31")  # overdue on TODAY
    store.actions.create(major, "Train the sales team", due_date="2026-09-30")
    closed = store.findings.create(new, "major", "Old policy", item_id="P1")
    done = store.actions.create(closed, "Rewrite", due_date="2026-01-31")
    store.actions.update(done, status="done")
    store.findings.create(new, "minor", "Typos", item_id="P2")
    beta = store.organisations.create("Beta Research Institute", operator_type="research", sector="Research")
    store.assessments.create(beta, checklist, "Self-check 2026", period_end="2026-06-30", assessor="Li")
    return acme, old, new, beta


def test_each_organisation_shows_its_latest_assessment_with_levels_findings_and_actions(store, mini_checklist):
    acme, _old, new, beta = _clients(store, mini_checklist)
    portfolio = build_portfolio(store, today=TODAY)
    assert [e.id for e in portfolio.elements] == [e.id for e in mini_checklist.elements]
    rows = {r.organisation: r for r in portfolio.rows}
    a = rows["Acme Export Ltd"]
    assert (a.assessment_id, a.year, a.assessor, a.sector) == (new, "2026", "Li", "Machinery")
    assert a.open_major_findings == 1  # the one whose actions are all done is closed
    assert (a.overdue_actions, a.next_due) == (1, "2026-03-31")
    assert a.levels["policy"] is not None and a.overall_level is not None
    b = rows["Beta Research Institute"]
    assert (b.open_major_findings, b.overdue_actions, b.next_due, b.overall_level) == (0, 0, None, None)


def test_the_trend_follows_the_organisations_assessments_oldest_first(store, mini_checklist):
    acme, old, new, _beta = _clients(store, mini_checklist)
    trend = organisation_trend(store, acme)
    assert [(p.assessment_id, p.year) for p in trend] == [(old, "2025"), (new, "2026")]
    assert trend[0].overall_score < trend[1].overall_score


def test_cli_prints_the_table_as_json_and_writes_the_same_table_to_excel(store, mini_checklist, tmp_path, capsys):
    _clients(store, mini_checklist)
    out = tmp_path / "portfolio.xlsx"
    assert main(["portfolio", "--store", str(store.path), "--json", "--xlsx", str(out), "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["organisation"] for r in data["rows"]] == ["Acme Export Ltd", "Beta Research Institute"]
    assert data["rows"][0]["open_major_findings"] == 1
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[4]]
    assert header[:2] == ["Organisation", "Sector"] and "Open major findings" in header
    first = [c.value for c in ws[5]]
    assert first[0] == "Acme Export Ltd"
    policy = header.index("Policy statement")
    level_cell = ws.cell(row=5, column=policy + 1)
    assert level_cell.value == data["rows"][0]["levels"]["policy"]  # the number is in the coloured cell
    assert level_cell.fill.fgColor.rgb not in (None, "00000000")

    assert main(["portfolio", "--store", str(store.path)]) == 0
    text = capsys.readouterr().out
    assert "Acme Export Ltd" in text and "Elements: E1 " in text
