"""The portfolio table as an Excel workbook: one row per organisation's latest assessment, element levels as
coloured cells that also hold the number (colour is never the only carrier), written all or nothing."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from exportaudit.core.portfolio import Portfolio
from exportaudit.core.vocab import ASSESSMENT_STATUSES, OPERATOR_TYPES
from exportaudit.reports import labels
from exportaudit.reports.labels import DASH, T
from exportaudit.reports.output import atomic_output
from exportaudit.reports.xlsx_kit import CENTER_TOP, add_styles, header_row, level_fill, put


def write_portfolio_xlsx(portfolio: Portfolio, out: str | Path, language: str = "both") -> Path:
    def say(key: str) -> str:
        return labels.say(T(key), language)

    def vocab(table, key) -> str:
        return labels.say(table[key], language) if key in table else (key or DASH)

    wb = Workbook()
    add_styles(wb)
    ws = wb.active
    ws.title = say("portfolio_title")[:31].replace("/", " ")
    put(ws, 1, 1, say("portfolio_title"), style="ea_title")
    put(ws, 2, 1, say("portfolio_note"), style="ea_muted")
    fixed = [say("organisation"), say("sector"), say("operator_type"), say("assessment"), say("assessor"),
             say("year"), say("status")]
    tail = [say("overall_level"), say("open_major_findings"), say("overdue_actions"), say("next_due")]
    names = [labels.say(e.name, language) for e in portfolio.elements]
    header_row(ws, 4, fixed + names + tail, [34, 14, 14, 32, 14, 8, 10] + [11] * len(names) + [12, 12, 12, 13])
    ws.row_dimensions[4].height = 48
    first_level = len(fixed) + 1
    for r, row in enumerate(portfolio.rows, start=5):
        values = [row.organisation, row.sector or DASH, vocab(OPERATOR_TYPES, row.operator_type), row.title,
                  row.assessor or DASH, row.year, vocab(ASSESSMENT_STATUSES, row.status)]
        values += [row.levels.get(e.id) for e in portfolio.elements]
        values += [row.overall_level, row.open_major_findings, row.overdue_actions, row.next_due or DASH]
        for c, value in enumerate(values, start=1):
            cell = put(ws, r, c, DASH if value is None else value, style="ea_body", lang=language)
            if c >= first_level:
                cell.alignment = CENTER_TOP
        for c in range(first_level, first_level + len(names)):
            level_fill(ws.cell(row=r, column=c), row.levels.get(portfolio.elements[c - first_level].id))
        level_fill(ws.cell(row=r, column=first_level + len(names)), row.overall_level)
    ws.freeze_panes = ws.cell(row=5, column=2)
    last = get_column_letter(len(fixed) + len(names) + len(tail))
    ws.auto_filter.ref = f"A4:{last}{max(4, 4 + len(portfolio.rows))}"
    wb.properties.title = say("portfolio_title")
    wb.properties.creator = "ExportAudit"
    with atomic_output(out) as tmp:
        wb.save(tmp)
    return Path(out)
