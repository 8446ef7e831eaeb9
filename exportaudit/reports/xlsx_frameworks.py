"""One workbook sheet per framework the report carries: the statement that the mapping is ExportAudit's own, the
sections with level, score and coverage ("not assessed" where nothing can be scored), a native radar of the
section levels, and every item behind each section with its relation, what it counts as and why it maps there."""

from __future__ import annotations

from openpyxl.chart import Reference
from openpyxl.worksheet.worksheet import Worksheet

from exportaudit.core.vocab import NOT_ASSESSED
from exportaudit.reports import labels, theme
from exportaudit.reports.content import DASH, ReportModel
from exportaudit.reports.framework_content import FrameworkReport
from exportaudit.reports.labels import T
from exportaudit.reports.xlsx_kit import (
    Ctx,
    autofit_rows,
    header_row,
    level_fill,
    pct,
    print_setup,
    put,
    radar_chart,
    section,
    series_look,
    table_rows,
)

_LAST_COL = 7


def framework_sheet_title(fw: FrameworkReport, lang: str) -> str:
    """The sheet's name: the framework's short name (sheet names may not hold '/', so it becomes a space)."""
    text = labels.say(fw.short, lang, " ")
    for bad in '\\/?*[]:':
        text = text.replace(bad, " ")
    return text[:31]


def add_framework_sheets(wb, model: ReportModel, ctx: Ctx) -> None:
    taken = {ws.title for ws in wb.worksheets}
    for fw in model.frameworks:
        title = framework_sheet_title(fw, ctx.lang)
        if title in taken:  # never clash with a fixed sheet
            title = f"{title[:28]} ({len(taken)})"
        taken.add(title)
        build_framework(wb.create_sheet(title), fw, ctx)


def build_framework(ws: Worksheet, fw: FrameworkReport, ctx: Ctx) -> None:
    put(ws, 1, 1, ctx.say(labels.fmt("fw_heading", framework=fw.short)), style="ea_title")
    put(ws, 2, 1, ctx.long(fw.title), style="ea_value")
    put(ws, 3, 1, ctx.long(fw.note), style="ea_label")
    put(ws, 4, 1, ctx.long(T("fw_weights")), style="ea_muted")
    for row in (2, 3, 4):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=_LAST_COL)
    row = 6
    section(ws, row, ctx.say("fw_sections"), _LAST_COL)
    row += 1
    keys = ["fw_section_id", "fw_section", "level", "score", "coverage", "fw_item_count", "fw_summary"]
    header_row(ws, row, [ctx.say(k) for k in keys], [10, 40, 14, 9, 11, 11, 44])
    first = row + 1
    rows = []
    for s in fw.sections:
        in_scope = [i for i in s.items if i.in_scope]
        rows.append([f"{s.id}{'*' if s.ours else ''}", ctx.say(s.name),
                     s.level if s.level is not None else ctx.say(NOT_ASSESSED), s.score,
                     pct(s.coverage) if s.applicable else DASH, len(in_scope),
                     ctx.say(s.not_assessed) if s.not_assessed else ctx.say(s.summary)])
    table_rows(ws, first, rows, ctx.lang, center={1, 3, 4, 5, 6})
    for r, s in enumerate(fw.sections):
        level_fill(ws.cell(row=first + r, column=3), s.level)
        if s.applicable:
            ws.cell(row=first + r, column=5).number_format = "0%"
    last = first + len(rows) - 1
    _radar(ws, fw, ctx, first - 1, last)
    row = last + 1
    if any(s.ours for s in fw.sections):
        row += 1
        put(ws, row, 1, ctx.say("fw_ours"), style="ea_muted")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=_LAST_COL)
    row += 24  # room for the radar chart placed under the sections table
    section(ws, row, ctx.say("fw_items"), _LAST_COL)
    row += 1
    header_row(ws, row, [ctx.say(k) for k in ("fw_section_id", "fw_item", "question", "fw_relation",
                                               "fw_counts_as", "fw_rationale")])
    item_rows = []
    for s in fw.sections:
        for i in s.items:
            counts = (ctx.say("fw_out_of_scope") if not i.in_scope else ctx.say("not_applicable") if i.na
                      else (i.effective if i.effective is not None else DASH))
            item_rows.append([s.id, i.item_id, ctx.long(i.question) if i.question else DASH, ctx.say(i.relation_label),
                              counts, ctx.say(i.rationale)])
    table_rows(ws, row + 1, item_rows, ctx.lang, center={1, 2, 5})
    end = row + len(item_rows)
    row = end + 2
    section(ws, row, ctx.say("fw_source"), _LAST_COL)
    for text in (fw.source, fw.confidence):
        row += 1
        put(ws, row, 1, ctx.long(text), style="ea_muted")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=_LAST_COL)
    autofit_rows(ws, 1, row)
    ws.sheet_view.showGridLines = False
    print_setup(ws, title_rows=None)


def _radar(ws: Worksheet, fw: FrameworkReport, ctx: Ctx, header_row: int, last: int) -> None:
    """A native radar of the section levels from a small data block right of the table (blank = not assessed)."""
    col = 10  # J: section (id and short name), K: level
    put(ws, header_row - 1, col, ctx.say("radar_data"), style="ea_section")
    put(ws, header_row, col, ctx.say("fw_section"), style="ea_header")
    put(ws, header_row, col + 1, ctx.say("radar_level"), style="ea_header")
    for n, s in enumerate(fw.sections, start=1):
        put(ws, header_row + n, col, f"{s.id} {ctx.say(s.label)}", style="ea_body")
        put(ws, header_row + n, col + 1, s.level, style="ea_body")
    chart = radar_chart(ctx.say("fw_radar"), Reference(ws, min_col=col + 1, min_row=header_row, max_row=last),
                         Reference(ws, min_col=col, min_row=header_row + 1, max_row=last))
    series_look(chart.series[0], theme.NAVY, 28575, marker_size=6)
    ws.add_chart(chart, f"A{last + 3}")
