"""The Excel workbook: one sheet per builder in ``SHEETS``, written with openpyxl from the report model.

Cells, styles, tables, print setup and charts come from ``xlsx_kit`` (shared with the portfolio workbook and the
exchange's questionnaire); every user-supplied text goes through its ``put``, so it is never taken for a formula.
Later sheets (findings, action plan, document requests) are new ``Sheet`` entries; the document-request sheet
also stands alone as the request list sent to the auditee (``write_request_xlsx``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import Reference
from openpyxl.formatting.rule import FormulaRule
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table as XlTable
from openpyxl.worksheet.table import TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from exportaudit import __version__
from exportaudit.core import legal
from exportaudit.core.bilingual import Forms
from exportaudit.core.comparison import direction_mark
from exportaudit.core.vocab import FINDING_GRADES
from exportaudit.reports import labels, theme
from exportaudit.reports.content import DASH, ElementRow, ReportModel
from exportaudit.reports.issue import FINGERPRINT_PROPERTY
from exportaudit.reports.labels import T, rate_text
from exportaudit.reports.output import save_workbook
from exportaudit.reports.xlsx_frameworks import add_framework_sheets
from exportaudit.reports.xlsx_kit import (
    CENTER_TOP,
    DATE_FORMAT,
    ZEBRA,
    Ctx,
    add_styles,
    autofit_rows,
    chart_on_new_page,
    fill,
    font,
    header_code,
    header_row,
    level_fill,
    pct,
    print_setup,
    put,
    radar_chart,
    section,
    series_look,
    sheet_title,
    table_rows,
)


@dataclass(frozen=True)
class Sheet:
    key: str
    title: str  # label key of the sheet name
    build: Callable[[Worksheet, ReportModel, Ctx], None]
    applies: Callable[[ReportModel], bool] = lambda model: True


# --- cells ------------------------------------------------------------------------------------------








def _list_sheet(ws: Worksheet, ctx: Ctx, keys: list[str], widths: list[float], rows: list[list[Any]], *,
                center: set[int] = frozenset(), dates: tuple[int, ...] = (), freeze: str = "A2",
                empty: str | None = None) -> None:
    """A sheet holding one table: header, rows, real date cells, fitted rows, frozen header, filter, A4 setup."""
    header_row(ws, 1, [ctx.say(k) for k in keys], widths)
    if not rows and empty:
        put(ws, 2, 1, ctx.say(empty), style="ea_muted")
    table_rows(ws, 2, rows, ctx.lang, center=center)
    for col in dates:
        for r in range(2, len(rows) + 2):
            ws.cell(row=r, column=col).number_format = DATE_FORMAT
    autofit_rows(ws, 1, len(rows) + 1)
    ws.freeze_panes = freeze
    ws.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{max(2, len(rows) + 1)}"
    print_setup(ws)


def _detail_rows(ws: Worksheet, row: int, ctx: Ctx, details: list[tuple[str, Any]], last_col: int) -> int:
    """Label / value rows (the value merged across to ``last_col``; numbers stay numbers, left-aligned); returns
    the last row written."""
    for key, value in details:
        row += 1
        put(ws, row, 1, ctx.say(key), style="ea_label")
        cell = put(ws, row, 2, value, style="ea_value", lang=ctx.lang)
        if isinstance(value, int):
            cell.alignment = Alignment(horizontal="left", vertical="top")
            cell.number_format = "0"  # a nine-digit seed, never 2.03E+08
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=last_col)
    return row


def _date(value: str) -> date | None:
    """An ISO date as a real date cell value; None (an empty cell) when there is none or it does not parse."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None







# --- summary ----------------------------------------------------------------------------------------


def _opt(ctx: Ctx, text) -> str:
    return ctx.say(text) if text is not None else DASH


def _engagement_rows(ws: Worksheet, row: int, m: ReportModel, ctx: Ctx) -> int:
    """The conclusion the report states and the engagement facts (scope, method, terms), one labelled row each;
    returns the last row written. Without engagement data the sheet stays as it always was."""
    if m.engagement.is_empty:
        return row
    e, opinion = m.engagement, m.opinion()
    source = ctx.say("opinion_auditor" if m.auditor_opinion else "opinion_proposed")
    conclusion = f"{ctx.say(opinion.label)} ({source})" + "".join(f"\n• {ctx.say(r)}" for r in opinion.reasons)
    lang = ctx.lang
    team = "\n".join(f"{t.name.get(lang)} ({t.role.get(lang)})" if t.role else t.name.get(lang) for t in e.team)
    interviews = "\n".join(" · ".join(v for v in (i.name.get(lang), i.role.get(lang), i.date) if v)
                           for i in e.interviews)
    fieldwork = " – ".join(v for v in (e.fieldwork_start, e.fieldwork_end) if v)
    rows = [(key, value.get(lang) if isinstance(value, Forms) else value) for key, value in (
        ("overall_conclusion", conclusion), ("prepared_by", e.firm), ("engagement_lead", e.lead),
        ("engagement_team", team), ("scope_entities", e.entities), ("scope_business", e.business_lines),
        ("fieldwork", fieldwork), ("exclusions", e.exclusions), ("interviews", interviews),
        ("site_visits", e.site_visits), ("documents_reviewed", "\n".join(e.documents)),
        ("sampling_basis", e.sampling_basis), ("limitations", e.limitations), ("disclaimer", e.disclaimer),
        ("distribution", "\n".join(d.get(lang) for d in e.distribution)),
        ("confidentiality", e.confidentiality)) if value]
    row += 2
    put(ws, row, 1, ctx.say("scope_and_method"), style="ea_section")
    for col in range(2, 10):
        ws.cell(row=row, column=col).style = "ea_section"
    first = row + 1
    row = _detail_rows(ws, row, ctx, rows, 9)
    for r in range(first, row + 1):
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        lines = sum(max(1, len(part) // 90 + 1) for part in str(ws.cell(row=r, column=2).value).split("\n"))
        ws.row_dimensions[r].height = max(15, 13 * lines)
    return row


def build_summary(ws: Worksheet, m: ReportModel, ctx: Ctx) -> None:
    meta, lang = m.meta, ctx.lang
    widths = [34 if lang == "both" else 24, 9, 9, 26, 9, 8, 11, 9, 12]
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    put(ws, 1, 1, ctx.say("report_title", "\n" if lang == "both" else " / "), style="ea_title")
    ws.merge_cells("A1:I1")
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="center")
    put(ws, 2, 1, ctx.say("report_subtitle"), style="ea_muted")
    ws.merge_cells("A2:I2")

    row = 4
    put(ws, row, 1, ctx.say("details"), style="ea_section")
    for col in range(2, 10):
        ws.cell(row=row, column=col).style = "ea_section"
    details = [
        ("organisation", meta.organisation),
        ("uscc", meta.uscc or DASH),
        ("assessment", meta.title),
        ("assessment_id", f"#{meta.assessment_id}"),
        ("checklist", f"{ctx.say(meta.checklist_title)} ({meta.checklist_id})"),
        ("checklist_version", meta.checklist_version),
        ("kind", ctx.say(meta.kind)),
        ("period", meta.period),
        ("assessor", meta.assessor or DASH),
        *m.who_assessed(ctx.say),
        ("status", ctx.say(meta.status) + (_bracketed(meta.finalised_at, ctx.lang) if meta.finalised_at else "")),
        ("operator_type", _opt(ctx, meta.operator_type)),
        ("size", _opt(ctx, meta.size)),
        *([("facts", _opt(ctx, meta.facts))] if meta.facts is not None else []),
        ("target_profile", _opt(ctx, meta.target_profile)),
        ("report_date", meta.report_date),
        ("fingerprint_recorded" if meta.is_final else "fingerprint", meta.fingerprint),
    ]
    row = _detail_rows(ws, row, ctx, details, 9)
    for note, warn in m.status_notes:
        row += 1
        cell = put(ws, row, 1, ctx.say(note), style="ea_muted")
        if warn:
            cell.font = font(bold=True, color=theme.WARN)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
    row = _engagement_rows(ws, row, m, ctx)

    row += 2
    put(ws, row, 1, ctx.say("results"), style="ea_section")
    for col in range(2, 10):
        ws.cell(row=row, column=col).style = "ea_section"
    o = m.overall
    row += 1
    put(ws, row, 1, ctx.say("overall_score"), style="ea_label")
    put(ws, row, 2, o.score if o.score is not None else DASH, style="ea_value").alignment = Alignment(horizontal="left")
    row += 1
    put(ws, row, 1, ctx.say("overall_level"), style="ea_label")
    cell = put(ws, row, 2, m.level_text(o.level, lang, provisional=o.provisional), style="ea_value")
    cell.font = font(bold=True, size=12, color=theme.INK)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
    level_fill(cell, o.level)
    row += 1
    put(ws, row, 1, ctx.say("coverage"), style="ea_label")
    cell = put(ws, row, 2, pct(o.coverage), style="ea_value")
    cell.number_format = "0%"
    cell.alignment = Alignment(horizontal="left")
    put(ws, row, 3, ctx.say(labels.fmt("coverage_detail", answered=o.answered, applicable=o.applicable)),
        style="ea_muted")
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=9)
    notes = []
    if o.provisional:
        notes.append(ctx.say("provisional_note"))
    if o.capped:
        notes.append(ctx.say("overall_capped_note"))
    if m.out_of_scope:
        notes.append(ctx.say(labels.fmt("out_of_scope_note", count=m.out_of_scope)))
    if m.module_note is not None:
        notes.append(ctx.say(m.module_note))
    for note in notes:
        row += 1
        put(ws, row, 1, note, style="ea_muted")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
    if m.legal_exposure is not None:
        row += 1
        put(ws, row, 1, ctx.say("legal_exposure"), style="ea_label")
        put(ws, row, 2, ctx.say(m.legal_exposure), style="ea_value")
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=9)

    row += 2
    put(ws, row, 1, ctx.say("findings_and_actions"), style="ea_section")
    for col in range(2, 10):
        ws.cell(row=row, column=col).style = "ea_section"
    for label, count, warn in m.workflow_counts:
        row += 1
        put(ws, row, 1, ctx.say(label), style="ea_label")
        cell = put(ws, row, 2, count if isinstance(count, int) else ctx.say(count), style="ea_value")
        cell.alignment = Alignment(horizontal="left")
        if warn:
            cell.font = font(bold=True, color=theme.WARN)
    if m.testing is not None:
        row += 1
        put(ws, row, 1, ctx.say("transaction_testing"), style="ea_label")
        put(ws, row, 2, ctx.long(m.testing.summary), style="ea_value")
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=9)

    row += 2
    put(ws, row, 1, ctx.say("elements"), style="ea_section")
    for col in range(2, 10):
        ws.cell(row=row, column=col).style = "ea_section"
    row += 1
    header_row(ws, row, [ctx.say(k) for k in ("element", "score", "level", "rating_label", "target", "gap",
                                               "coverage", "capped", "unevidenced")])
    for i, e in enumerate(m.elements):
        r = row + 1 + i
        level_text = m.level_text(e.level, lang, provisional=e.provisional)
        if e.level_range is not None and e.level_range != (e.level, e.level):  # model 2: what it could still be
            level_text += f" – {ctx.say(labels.fmt('level_range_short', low=e.level_range[0], high=e.level_range[1]))}"
        capped = "; ".join(ctx.say(r) for r in e.cap_reasons) if e.cap_reasons else (
            ctx.say("yes") if e.capped else "")
        # numeric columns stay numeric: an empty cell, never "—", where there is no figure
        values = [f"{e.number}. {ctx.say(e.name)}", e.score, e.level, level_text, e.target, e.gap,
                  pct(e.coverage), capped, e.unevidenced or ""]
        table_rows(ws, r, [values], lang, center={2, 3, 5, 6, 7, 8, 9})
        ws.cell(row=r, column=7).number_format = "0%"
        ws.cell(row=r, column=2).number_format = "0.0"
        level_fill(ws.cell(row=r, column=3), e.level)
        if i % 2:
            for col in range(1, 10):
                if col != 3:
                    ws.cell(row=r, column=col).fill = ZEBRA
        if e.capped or e.cap_reasons:
            ws.cell(row=r, column=8).font = font(bold=True, color=theme.WARN)
        if e.unevidenced:
            ws.cell(row=r, column=9).font = font(bold=True, color=theme.WARN)
        if e.gap:
            ws.cell(row=r, column=6).font = font(bold=True, color=theme.WARN)
    last = row + len(m.elements)
    _radar(ws, m, ctx, last)
    put(ws, last + 25, 1, ctx.say("workbook_note"), style="ea_muted")
    ws.merge_cells(start_row=last + 25, start_column=1, end_row=last + 25, end_column=9)
    autofit_rows(ws, 1, last)
    autofit_rows(ws, last + 25, last + 25)
    ws.sheet_view.showGridLines = False
    print_setup(ws, landscape=False, title_rows=None)
    ws.print_area = f"A1:I{last + 2 + CHART_ROWS}"  # the whole radar, which runs below the note


def _radar(ws: Worksheet, m: ReportModel, ctx: Ctx, last: int) -> None:
    """A native radar chart of element levels against the target, fed by a data block on a hidden sheet of its
    own (it serves the chart, not the reader; an optional module's elements left out, as they are of the
    overall result)."""
    data = ws.parent.create_sheet(sheet_title("radar_data", ctx.lang))
    data.sheet_state = "hidden"
    core = [e for e in m.elements if not e.module]
    for col, key in enumerate(("element", "radar_level", "radar_target"), start=1):
        put(data, 1, col, ctx.say(key), style="ea_header")
    for i, e in enumerate(core, start=2):
        put(data, i, 1, _short_name(e, ctx), style="ea_body")
        put(data, i, 2, e.level, style="ea_body").alignment = CENTER_TOP
        put(data, i, 3, e.target, style="ea_body").alignment = CENTER_TOP
    data.column_dimensions["A"].width = 30
    end = len(core) + 1
    chart = radar_chart(ctx.say("radar_title"), Reference(data, min_col=2, max_col=3, min_row=1, max_row=end),
                         Reference(data, min_col=1, min_row=2, max_row=end))
    level, target = chart.series
    series_look(level, theme.NAVY, 28575, marker_size=6)  # 2.25 pt
    series_look(target, theme.ORANGE, 19050, dash="dash", marker_size=0)
    chart_on_new_page(ws, chart, last + 2)


CHART_ROWS = 30  # rows of the default height a radar (15 cm tall) covers, with a margin






def _short_name(e: ElementRow, ctx: Ctx) -> str:
    return ctx.say(e.name)


# --- checklist --------------------------------------------------------------------------------------


def build_checklist(ws: Worksheet, m: ReportModel, ctx: Ctx) -> None:
    """Every applicable item; with a transaction sample, a "Sample exception" column (after "Unevidenced") marks
    the items a failing test holds down."""
    keys = ["element", "item_id", "question", "key_item", "rating", "rating_label", "counts_as", "unevidenced",
            "na_reason", "notes", "evidence_count", "basis", "legal_basis", "related_provisions", "sources"]
    widths = [18, 9, 44, 8, 8, 14, 8, 14, 24, 44, 9, 12, 30, 30, 30]
    cited = m.meta.as_cited
    if cited:  # a 1.x checklist: the report keeps the columns it always had
        del keys[11], keys[-2:], widths[11], widths[-2:]
    sampled = m.testing is not None
    if sampled:
        keys.insert(8, "sample_exception")
        widths.insert(8, 16)
    rows = []
    for item in m.items:
        e = m.element(item.element_id)
        if item.na:
            rating, label = ctx.say("not_applicable"), ctx.say("not_applicable")
        elif item.rated is None:
            rating, label = None, ctx.say("unanswered")
        else:
            scale = m.scale_label(item.rated)
            rating, label = item.rated, ctx.say(scale) if scale else ""
        values = [f"{e.number}. {ctx.say(e.name)}", item.id, ctx.long(item.question),
                  ctx.say("yes") if item.key else "", rating, label,
                  item.effective,
                  _gate_text(ctx, item), item.na_reason, item.note,
                  item.evidence_count, ctx.say(item.basis), legal.render_all(item.legal_basis, ctx.lang, as_cited=cited),
                  legal.render_all(item.related, ctx.lang),
                  ("；" if ctx.lang == "zh" else "; ").join(ctx.say(s) for s in item.sources)]
        if cited:
            del values[11], values[-2:]
        if sampled:
            values.insert(8, ctx.say(labels.fmt("sample_exception_mark", level=item.capped_to))
                          if item.capped_to is not None else "")
        rows.append(values)
    _list_sheet(ws, ctx, keys, widths, rows, center={2, 4, 5, 7, keys.index("evidence_count") + 1}, freeze="C2")
    # printed, the sheet keeps the columns a reader scans (up to the evidence flag) at a readable size; the
    # notes and references stay on screen
    ws.print_area = f"A1:{get_column_letter(keys.index('unevidenced') + 1)}{len(rows) + 1}"
    for r, item in enumerate(m.items, start=2):
        if item.rated is not None:
            level_fill(ws.cell(row=r, column=5), item.rated)
        if item.key:
            ws.cell(row=r, column=4).font = font(bold=True, color=theme.NAVY)
        if item.unevidenced:
            ws.cell(row=r, column=8).font = font(color=theme.WARN, bold=True)
        if item.capped_to is not None:
            ws.cell(row=r, column=9).font = font(color=theme.WARN, bold=True)


def _gate_text(ctx: Ctx, item) -> str:
    """The "Unevidenced" column: model 2's reasons the rating counts lower, or model 1's evidence gate."""
    if item.reasons:
        return "; ".join(ctx.say(r) for r in item.reasons)
    return ctx.say("counts_as_3") if item.unevidenced else ""


# --- statutory duties -------------------------------------------------------------------------------


def build_duties(ws: Worksheet, m: ReportModel, ctx: Ctx) -> None:
    """The statutory duties register: item, element, status, legal basis, reasons, penalty articles."""
    keys = ["item_id", "element", "question", "duty_status", "legal_basis", "duty_reasons", "penalty"]
    rows = [[d.item_id, f"{d.element_number}. {ctx.say(d.element_name)}", ctx.long(d.question),
             ctx.say(d.status_label), legal.render_all(d.references, ctx.lang),
             "; ".join(ctx.say(r) for r in d.reasons), legal.render_all(d.penalties, ctx.lang)] for d in m.duties]
    _list_sheet(ws, ctx, keys, [9, 22, 44, 12, 26, 44, 18], rows, center={1, 4})
    for r, duty in enumerate(m.duties, start=2):
        fill(ws.cell(row=r, column=4), theme.DUTY_FILL[duty.status])


# --- evidence index ---------------------------------------------------------------------------------


def build_evidence(ws: Worksheet, m: ReportModel, ctx: Ctx) -> None:
    keys = ["file_name", "sha256", "file_size", "item_id", "element", "added_at", "added_by"]
    elements = {i.id: m.element(i.element_id) for i in m.items}
    rows = []
    for ev in m.evidence:
        e = elements.get(ev.item_id)
        rows.append([ev.file_name, ev.sha256, ev.size, ev.item_id, f"{e.number}. {ctx.say(e.name)}" if e else DASH,
                     ev.added_at, ev.added_by])
    _list_sheet(ws, ctx, keys, [40, 68, 14, 10, 24, 24, 14], rows, center={4}, empty="no_evidence")
    for r in range(2, len(rows) + 2):
        ws.cell(row=r, column=2).font = font(name="Consolas", size=9, color=theme.INK)
        ws.cell(row=r, column=3).number_format = "#,##0"


# --- audit workflow: findings, action plan, document requests, comparison -------------------------

_OVERDUE = PatternFill("solid", fgColor=theme.WARN_BG)



FINDING_STATES = ("finding_open", "finding_closed", "finding_no_action")


def _finding_state(actions) -> tuple[str, str, date | None]:
    """A finding's status key, owners and target date, from its corrective actions: open while any is open, the
    target being the latest due date among the open ones (or among all once closed)."""
    if not actions:
        return "finding_no_action", "", None
    open_ = [a for a in actions if a.is_open]
    owners = "; ".join(dict.fromkeys(a.owner for a in actions if a.owner))
    due = [d for d in (_date(a.due_date) for a in (open_ or actions)) if d]
    return ("finding_open" if open_ else "finding_closed"), owners, max(due) if due else None


def _stamp_value(value: str) -> datetime | None:
    """A ``2026-11-23 10:15`` stamp as a real date-time cell value (empty when there is none)."""
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M") if value else None
    except ValueError:
        return None


def build_findings(ws: Worksheet, m: ReportModel, ctx: Ctx) -> None:
    """The findings register a client works in: an Excel Table (sortable, filterable) with a severity rank that
    sorts Major first, owner, target date and a status with a dropdown; overdue targets turn amber."""
    keys = ["finding_ref", "severity_rank", "grade", "item_id", "element", "description", "recommendation", "owner",
            "target_date", "finding_status", "recorded_at", "recorded_by", "cause", "effect", "risk_rating",
            "management_response", "response_text", "response_owner", "response_target_date"]
    rank = {grade: n for n, grade in enumerate(FINDING_GRADES, start=1)}
    rows = []
    for f in m.findings:
        state, owners, target = _finding_state([a for a in m.actions if a.finding_ref == f.ref])
        rows.append([f.ref, rank.get(f.grade), ctx.say(f.grade_label), f.subject.item_id or None,
                     f.subject.element_text(ctx.lang), f.description, f.recommendation, owners or None, target,
                     ctx.say(state), _stamp_value(f.created_at), f.created_by or None, f.cause or None,
                     f.effect or None, ctx.say(f.risk_label) if f.risk_label else None,
                     ctx.say(f.response_label) if f.response_label else None, f.response_text or None,
                     f.response_owner or None, _date(f.response_date or "")])
    _list_sheet(ws, ctx, keys, [7, 8, 16, 9, 24, 50, 40, 14, 12, 12, 16, 12, 36, 36, 10, 14, 40, 14, 12], rows,
                center={1, 2, 4, 9, 10, 15, 16, 19}, dates=(9, 19))
    last = len(rows) + 1
    # nineteen columns on one page would print at 3 pt: three pages wide instead, the reference on each
    ws.page_setup.fitToWidth = 3
    ws.print_title_cols = "A:A"
    for r in range(2, last + 1):
        ws.cell(row=r, column=11).number_format = "yyyy-mm-dd hh:mm"
    for r, f in enumerate(m.findings, start=2):
        fill(ws.cell(row=r, column=3), theme.grade_fill(f.grade))
    if not rows:
        return
    ws.auto_filter.ref = None  # the table carries its own filter
    table = XlTable(displayName="Findings", ref=f"A1:{get_column_letter(len(keys))}{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=False)
    ws.add_table(table)
    states = [ctx.say(k).replace(",", " ") for k in FINDING_STATES]
    dropdown = DataValidation(type="list", formula1='"' + ",".join(states) + '"', allow_blank=True)
    dropdown.add(f"J2:J{last}")
    ws.add_data_validation(dropdown)
    closed = ctx.say("finding_closed").replace('"', "")
    ws.conditional_formatting.add(f"I2:I{last}", FormulaRule(
        formula=[f'AND(ISNUMBER(I2),I2<TODAY(),J2<>"{closed}")'], fill=_OVERDUE,
        font=Font(bold=True, color=theme.WARN)))


def _action_values(a, ctx: Ctx) -> list[Any]:
    return [a.description, a.owner, _date(a.due_date), ctx.say("overdue") if a.overdue else "",
            ctx.say(a.status_label), a.closing_note]


def _mark_overdue(ws: Worksheet, row: int, columns: int, due_col: int) -> None:
    for col in range(1, columns + 1):
        ws.cell(row=row, column=col).fill = _OVERDUE
    ws.cell(row=row, column=due_col).font = font(bold=True, color=theme.WARN)
    ws.cell(row=row, column=due_col + 1).font = font(bold=True, color=theme.WARN)


def build_actions(ws: Worksheet, m: ReportModel, ctx: Ctx) -> None:
    keys = ["finding", "grade", "subject", "corrective_action", "owner", "due_date", "overdue", "status",
            "closing_note"]
    rows = [[a.finding_ref, ctx.say(a.grade_label), a.subject.text(ctx.lang), *_action_values(a, ctx)]
            for a in m.actions]
    _list_sheet(ws, ctx, keys, [9, 16, 26, 44, 14, 12, 10, 12, 36], rows, center={1, 6, 7, 8}, dates=(6,))
    for r, a in enumerate(m.actions, start=2):
        if a.overdue:
            _mark_overdue(ws, r, len(keys), 6)


def build_requests(ws: Worksheet, m: ReportModel, ctx: Ctx) -> None:
    keys = ["item_id", "element", "expected_evidence", "status", "status_date", "notes", "legal_basis"]
    rows = [[r.subject.item_id, r.subject.element_text(ctx.lang), ctx.long(r.evidence), ctx.say(r.status_label),
             _date(r.status_date), r.note, legal.render_all(r.legal_basis, ctx.lang, "\n")] for r in m.requests]
    widths = [9, 24, 60, 12, 12, 36, 30]
    if m.meta.as_cited:  # a 1.x checklist: the sheet keeps the columns it always had
        keys, widths, rows = keys[:-1], widths[:-1], [row[:-1] for row in rows]
    _list_sheet(ws, ctx, keys, widths, rows, center={1, 4, 5}, dates=(5,))
    for r, req in enumerate(m.requests, start=2):
        fill(ws.cell(row=r, column=4), theme.REQUEST_FILL.get(req.status, theme.NONE_FILL))



def _table_start(ws: Worksheet, row: int, ctx: Ctx, title: str, keys: tuple[str, ...], empty: str | None = None,
                 last_col: int = 6) -> int:
    """A section heading two rows below ``row``, then the table's header row, or the ``empty`` note (a label key)
    when there is nothing to list; returns that row."""
    row += 2
    section(ws, row, title, last_col)
    row += 1
    if empty:
        put(ws, row, 1, ctx.say(empty), style="ea_muted")
    else:
        header_row(ws, row, [ctx.say(k) for k in keys])
    return row


def build_comparison(ws: Worksheet, m: ReportModel, ctx: Ctx) -> None:
    """Element levels then and now with a native two-series radar, the item changes and the baseline's open
    actions; one sheet, three tables sharing the columns A–F."""
    c, lang = m.comparison, ctx.lang
    for col, width in enumerate([46, 12, 12, 12, 14, 30, 12], start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    put(ws, 1, 1, ctx.say("comparison"), style="ea_title")
    status = ctx.say(c.baseline_status) + (_bracketed(c.baseline_finalised_at, ctx.lang) if c.baseline_finalised_at
                                           else "")
    details = [("baseline", f"#{c.baseline_id} {c.baseline_title}"), ("kind", ctx.say(c.baseline_kind)),
               ("period", c.baseline_period), ("status", status)]
    if c.baseline_fingerprint:
        details.append(("fingerprint_recorded", c.baseline_fingerprint))
    row = _detail_rows(ws, 2, ctx, details, 6) + 1
    put(ws, row, 1, ctx.say("overall_level"), style="ea_label")
    put(ws, row, 2, f"{m.level_text(c.level_then, lang)}  →  {m.level_text(c.level_now, lang)}  "
                    f"{direction_mark(c.change)}", style="ea_value")
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
    row += 1
    put(ws, row, 1, ctx.say("overall_score"), style="ea_label")
    put(ws, row, 2, f"{_or_dash(c.score_then)}  →  {_or_dash(c.score_now)}  {direction_mark(c.score_change)}",
        style="ea_value")
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
    row += 1
    put(ws, row, 1, ctx.say("comparison_note"), style="ea_muted")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)

    row += 2
    section(ws, row, ctx.say("elements"))
    top = row + 1
    header_row(ws, top, [ctx.say(k) for k in ("element", "level_then", "level_now", "change", "score_then",
                                               "score_now", "score_change")])
    values = [[f"{e.number}. {ctx.say(e.name)}", e.level_then, e.level_now, e.change,
               e.score_then, e.score_now, e.score_change]
              for e in c.elements]
    table_rows(ws, top + 1, values, lang, center={2, 3, 4, 5, 6, 7})
    for r, e in enumerate(c.elements, start=top + 1):
        level_fill(ws.cell(row=r, column=2), e.level_then)
        level_fill(ws.cell(row=r, column=3), e.level_now)
        for col in (5, 6):
            ws.cell(row=r, column=col).number_format = "0.0"
        for col, (change, number_format) in ((4, (e.change, CHANGE_FORMAT)), (7, (e.score_change, SCORE_CHANGE_FORMAT))):
            cell = ws.cell(row=r, column=col)
            cell.number_format = number_format  # a number, shown with its direction mark
            if change:
                cell.font = font(bold=True, color=theme.WARN if change < 0 else theme.GOOD)
    last = top + len(c.elements)
    _comparison_radar(ws, m, ctx, last)

    row = last + 2 + CHART_ROWS  # below the chart
    section(ws, row, ctx.say("items"))
    row += 1
    header_row(ws, row, [ctx.say(k) for k in ("question", "item_id", "then", "now", "change_category",
                                               "element")])
    filter_top = row
    groups = [("outcome_improved", theme.GOOD, c.improved), ("outcome_regressed", theme.WARN, c.regressed),
              ("outcome_unchanged", None, c.unchanged), ("outcome_not_comparable", None, c.not_comparable)]
    changes = [(key, colour, i) for key, colour, items in groups for i in items]
    values = [[ctx.long(i.subject.question) if i.subject.question else DASH, i.subject.item_id,
               i.then, i.now, ctx.say(key),  # numbers; blank where a side has no level
               i.subject.element_text(lang)] for key, _, i in changes]
    table_rows(ws, row + 1, values, lang, center={2, 3, 4, 5})
    for r, (_, colour, _) in enumerate(changes, start=row + 1):
        if colour:
            ws.cell(row=r, column=5).font = font(bold=True, color=colour)
    row += len(values)
    ws.auto_filter.ref = f"A{filter_top}:F{max(filter_top + 1, row)}"

    unconfirmed = m.unconfirmed_items
    title = ctx.say("unconfirmed_items") + _bracketed(str(len(unconfirmed)), ctx.lang)
    row = _table_start(ws, row, ctx, title, ("question", "item_id", "rating"), None if unconfirmed else "none")
    if unconfirmed:  # carried over from the baseline, nobody has re-confirmed or changed them yet
        table_rows(ws, row + 1, [[ctx.long(i.question), i.id, i.rated] for i in unconfirmed], lang, center={2, 3})
        row += len(unconfirmed)

    row = _table_start(ws, row, ctx, ctx.say("open_baseline_actions"), ("corrective_action", "owner", "due_date",
                                                                          "overdue", "status", "finding"),
                       None if c.open_actions else "none")
    if c.open_actions:
        values = [[*_action_values(a, ctx)[:5],
                   f"{ctx.say(a.grade_label)} · {a.subject.text(lang)}\n{a.finding_description}"]
                  for a in c.open_actions]
        table_rows(ws, row + 1, values, lang, center={3, 4, 5})
        for r, a in enumerate(c.open_actions, start=row + 1):
            ws.cell(row=r, column=3).number_format = DATE_FORMAT
            if a.overdue:
                _mark_overdue(ws, r, 6, 3)
        row += len(values)
    autofit_rows(ws, 1, row)
    ws.sheet_view.showGridLines = False
    # the item changes run over pages: their header row repeats on each page after the one it starts on
    print_setup(ws, landscape=False, title_rows=f"{filter_top}:{filter_top}")


CHANGE_FORMAT = '"▲ +"0;"▼ −"0;"= 0"'
SCORE_CHANGE_FORMAT = '"▲ +"0.0;"▼ −"0.0;"= 0"'


def _bracketed(text: str, lang: str) -> str:
    """`` (text)`` after a word, in full-width brackets in a Chinese workbook."""
    return f"（{text}）" if lang == "zh" else f" ({text})"


def _or_dash(value) -> str:
    return DASH if value is None else str(value)


def _comparison_radar(ws: Worksheet, m: ReportModel, ctx: Ctx, last: int) -> None:
    """A native radar of the element levels now, then (the baseline, drawn after so it shows where the two are
    equal) and the target, fed by a hidden data sheet, placed below the element table."""
    c = m.comparison
    data = ws.parent.create_sheet(sheet_title("comparison_radar_data", ctx.lang))
    data.sheet_state = "hidden"
    target = {e.number: e.target for e in m.elements}
    for col, key in enumerate(("element", "this_assessment", "baseline", "radar_target"), start=1):
        put(data, 1, col, ctx.say(key), style="ea_header")
    for i, e in enumerate(c.elements, start=2):
        for col, value in enumerate((f"{e.number}. {ctx.say(e.name)}", e.level_now, e.level_then,
                                     target.get(e.number)), start=1):
            put(data, i, col, value, style="ea_body")
    end = len(c.elements) + 1
    chart = radar_chart(ctx.say("comparison_radar"), Reference(data, min_col=2, max_col=4, min_row=1, max_row=end),
                         Reference(data, min_col=1, min_row=2, max_row=end))
    now, then, goal = chart.series
    series_look(now, theme.NAVY, 28575, marker_size=6)
    series_look(then, theme.THEN, 19050, dash="dash")
    series_look(goal, theme.ORANGE, 19050, dash="sysDash", marker_size=0)
    chart_on_new_page(ws, chart, last + 2)


# --- transaction testing ----------------------------------------------------------------------------

RATE_FORMAT = "0.0%"
_TT_WIDTHS = [40, 18, 20, 9, 9, 9, 10, 11, 11, 12]  # A–J, shared by the sample details and the two tables


def _sample_details(s, ctx: Ctx) -> list[tuple[str, Any]]:
    facts = [ctx.say(labels.fmt("list_orders_n", count=s.list_orders))]
    if s.first_date or s.last_date:
        facts.append(f"{s.first_date or '…'} – {s.last_date or '…'}")
    if s.list_refused:
        facts.append(ctx.say(labels.fmt("list_refused_n", count=s.list_refused)))
    details = [("order_list", s.list_name), ("source_file", " · ".join([s.source_name, *facts])),
               ("population", s.population), ("sample_size", s.size), ("seed", s.seed),
               ("sampling_method", ctx.long(s.method))]
    if s.strata:
        details.append(("strata", "; ".join(f"{ctx.say(x.label)}: {x.sampled} / {x.population}" for x in s.strata)))
    return details + [("drawn_at", s.drawn_at or DASH), ("drawn_by", s.drawn_by or DASH),
                      ("cards_complete", s.cards_complete)]


def build_testing(ws: Worksheet, m: ReportModel, ctx: Ctx) -> None:
    """The samples (order list, population, size, seed, method, who drew them), the pass rate of each check as a
    real percentage against the threshold (filterable), and the items the exceptions cap. The title and the
    one-line summary stay frozen at the top."""
    t, lang = m.testing, ctx.lang
    last = len(_TT_WIDTHS)
    for col, width in enumerate(_TT_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    put(ws, 1, 1, ctx.say("transaction_testing"), style="ea_title")
    put(ws, 2, 1, ctx.long(t.summary), style="ea_muted")
    put(ws, 3, 1, ctx.long(labels.fmt("tt_intro", threshold=rate_text(t.threshold), level=t.cap)), style="ea_muted")
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
    ws.freeze_panes = "A3"
    row = 3
    for s in t.samples:
        row += 2
        section(ws, row, f"{ctx.say(labels.fmt('sample_n', number=s.number))} · {s.list_name}", last)
        row = _detail_rows(ws, row, ctx, _sample_details(s, ctx), last)

    title = ctx.say(labels.fmt("pass_rates_threshold", threshold=rate_text(t.threshold)))
    row = head = _table_start(ws, row, ctx, title, ("check", "check_id", "items_tested", "passed", "failed",
                                                    "not_applicable", "not_tested", "pass_rate", "threshold",
                                                    "below_threshold"), last_col=last)
    values = [[ctx.say(c.label), c.id, ", ".join(c.items), c.passed, c.failed, c.na, c.open,
               c.rate, t.threshold, ctx.say("yes") if c.below else ""] for c in t.checks]
    table_rows(ws, row + 1, values, lang, center=set(range(4, last + 1)))
    for r, c in enumerate(t.checks, start=row + 1):
        ws.cell(row=r, column=8).number_format = RATE_FORMAT
        ws.cell(row=r, column=9).number_format = "0%"
        if c.below:
            for col in (8, 10):
                ws.cell(row=r, column=col).fill = _OVERDUE
                ws.cell(row=r, column=col).font = font(bold=True, color=theme.WARN)
        if c.failed:
            ws.cell(row=r, column=5).font = font(bold=True, color=theme.WARN)
    row += len(values)
    ws.auto_filter.ref = f"A{head}:{get_column_letter(last)}{max(head + 1, row)}"

    row = _table_start(ws, row, ctx, f"{ctx.say('sample_capped_items')} ({len(t.capped)})",
                       ("question", "item_id", "element", "rating", "counts_as", "failing_checks"),
                       None if t.capped else "sample_capped_none", last)
    if t.capped:
        ws.merge_cells(start_row=row, start_column=6, end_row=row, end_column=last)
        items = {i.id: i for i in m.items}
        for n, item_id in enumerate(t.capped, start=1):
            item, r = items[item_id], row + n
            e = m.element(item.element_id)
            checks = "\n".join(f"{ctx.say(c.label)} {rate_text(c.rate)}" for c in t.failing_checks_of(item_id))
            table_rows(ws, r, [[ctx.long(item.question), item.id, f"{e.number}. {ctx.say(e.name)}", item.rated,
                                 item.effective, checks]], lang, center={2, 4, 5})
            ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=last)
            level_fill(ws.cell(row=r, column=4), item.rated)
            level_fill(ws.cell(row=r, column=5), item.effective)
        row += len(t.capped)
    if t.held:
        row += 1
        put(ws, row, 1, ctx.say(labels.fmt("sample_held_note", level=t.cap, items=", ".join(t.held))),
            style="ea_muted")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
    autofit_rows(ws, 1, row)
    ws.sheet_view.showGridLines = False
    # the pass-rate table is the long one: its header row repeats on each page after the one it starts on
    print_setup(ws, title_rows=f"{head}:{head}")


def build_test_exceptions(ws: Worksheet, m: ReportModel, ctx: Ctx) -> None:
    """One row per failed check on a sampled order: the order, the check, the tester's note, the finding."""
    keys = ["order_ref", "order_date", "customer", "destination", "check", "tester_note", "finding", "sample",
            "test_card"]
    rows = [[x.order_ref, _date(x.order_date) or x.order_date or DASH, x.customer, x.destination, ctx.say(x.check),
             x.note, x.finding_ref or DASH, x.sample_number, x.position] for x in m.testing.exceptions]
    _list_sheet(ws, ctx, keys, [16, 12, 30, 16, 30, 50, 9, 8, 9], rows, center={2, 7, 8, 9}, dates=(2,),
                freeze="B2", empty="exceptions_none")


SHEETS: list[Sheet] = [
    Sheet("summary", "sheet_summary", build_summary),
    Sheet("checklist", "sheet_checklist", build_checklist),
    Sheet("findings", "sheet_findings", build_findings, lambda m: bool(m.findings)),
    Sheet("actions", "sheet_actions", build_actions, lambda m: bool(m.actions)),
    Sheet("requests", "sheet_requests", build_requests, lambda m: bool(m.requests)),
    Sheet("comparison", "sheet_comparison", build_comparison, lambda m: m.comparison is not None),
    Sheet("evidence", "sheet_evidence", build_evidence),
    # after the evidence index, so the sheets before it keep their places whether or not there is a sample
    Sheet("testing", "sheet_testing", build_testing, lambda m: m.testing is not None),
    Sheet("test_exceptions", "sheet_test_exceptions", build_test_exceptions, lambda m: m.testing is not None),
    Sheet("duties", "sheet_duties", build_duties, lambda m: bool(m.duties)),  # model 2; last, so none moves
]


def print_furniture(ws: Worksheet, model: ReportModel, lang: str) -> None:
    """Every sheet prints on A4 with a header (organisation, confidentiality) and a footer (report title and
    date, page x of y)."""
    one = "zh" if lang == "both" else lang
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    for part in (ws.oddHeader, ws.evenHeader, ws.firstHeader):
        part.left.text, part.left.size = header_code(model.meta.organisation[:120]), 8
        marking = model.engagement.confidentiality.get(lang) or labels.say(T("confidential"), lang)
        part.right.text, part.right.size = header_code(marking[:120]), 8
    page = labels.say(labels.fmt("page_x_of_y", page="&P", pages="&N"), one)
    for part in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        part.left.text = header_code(f"{labels.say(T('report_title'), one)} · {labels.dates(model.meta.report_date, one)}")
        part.left.size = 8
        part.right.text, part.right.size = page, 8



def write_xlsx(model: ReportModel, target, lang: str, progress: Callable[[int, str], None]) -> None:
    """Write the workbook for ``model`` to ``target`` (a path or a binary file object)."""
    wb = Workbook()
    add_styles(wb)
    wb.remove(wb.active)
    ctx = Ctx(lang)
    sheets = [s for s in SHEETS if s.applies(model)]
    for n, sheet in enumerate(sheets):
        progress(10 + 70 * n // len(sheets), "")
        ws = wb.create_sheet(sheet_title(sheet.title, lang))
        sheet.build(ws, model, ctx)
    if model.frameworks:
        add_framework_sheets(wb, model, ctx)  # one sheet per chosen framework, after the fixed ones
    for hidden in [ws for ws in wb.worksheets if ws.sheet_state == "hidden"]:  # chart data: last, out of the way
        wb.move_sheet(hidden, len(wb.worksheets) - 1 - wb.index(hidden))
    for ws in wb.worksheets:
        print_furniture(ws, model, lang)
    wb.active = 0
    wb.properties.title = f"{labels.say(T('report_title'), lang)} – {model.meta.title}"[:250]
    wb.properties.creator = f"ExportAudit {__version__}"
    wb.properties.subject = model.meta.organisation[:250]
    wb.properties.keywords = f"fingerprint:{model.meta.fingerprint}"
    wb.custom_doc_props.append(StringProperty(name=FINGERPRINT_PROPERTY, value=model.meta.fingerprint))
    progress(85, "")
    save_workbook(wb, target)

def write_request_xlsx(model: ReportModel, target, lang: str) -> None:
    """The report's document-request sheet alone in a workbook, to send to the auditee before a visit: the
    organisation and assessment in the page header and the workbook properties, page x of y in the footer."""
    wb = Workbook()
    add_styles(wb)
    ws = wb.active
    ws.title = sheet_title("sheet_requests", lang)
    build_requests(ws, model, Ctx(lang))
    title = f"{model.meta.organisation} — {model.meta.title}"
    ws.oddHeader.center.text = header_code(title)[:250]
    ws.oddFooter.center.text = "&P / &N"
    wb.properties.title = f"{labels.say(T('document_requests'), lang)} – {title}"[:250]
    wb.properties.subject = model.meta.organisation[:250]
    wb.properties.creator = "ExportAudit"
    save_workbook(wb, target)
