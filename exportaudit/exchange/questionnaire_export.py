"""Export an assessment as an Excel questionnaire for a client to fill in.

One row per applicable item; the structure columns are locked, the answer columns are open, the rating has a
dropdown with the scale's labels, and a very hidden sheet identifies the assessment and the checklist hash so
the import can tell a questionnaire from another one. A second very hidden sheet keeps every answer as it was
at export, so the import can tell an answer changed in the workbook from one changed in ExportAudit since.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from exportaudit.core import legal
from exportaudit.core.session import AssessmentSession
from exportaudit.core.sources import BADGES
from exportaudit.core.text import Text
from exportaudit.exchange import questionnaire_layout as L
from exportaudit.reports import theme
from exportaudit.reports.output import atomic_output, save_workbook
from exportaudit.reports.xlsx_kit import WRAP_TOP, autofit_rows, put

_HEADER_FILL = PatternFill("solid", fgColor=theme.NAVY)
_ANSWER_FILL = PatternFill("solid", fgColor="FFF8E1")
_INTRO = Text(
    "请在浅黄色列中作答：从下拉列表选择评分（0-5），或在“不适用”列选择 N/A 并填写理由；可填写备注。留空的单元格不会改变现有答复。"
    "请勿增删行列或修改编号，完成后将本文件发回。",
    "Answer in the pale yellow columns: pick a rating (0-5) from the list, or choose N/A in the N/A column and give the "
    "justification; add notes as you like. Blank cells leave the current answer unchanged. Please do not add or delete "
    "rows or columns or change the item numbers; send the file back when done.")


def _text(text: Text, lang: str) -> str:
    return text.get(lang) if lang != "both" else f"{text.zh}\n{text.en}"


def _write_base(wb: Workbook, session: AssessmentSession, item_ids: list[str]) -> str:
    """The very hidden sheet of answers at export; returns its digest, kept on the meta sheet."""
    base = wb.create_sheet(L.BASE_SHEET)
    base.sheet_state = "veryHidden"
    for col, key in enumerate(L.BASE_COLUMNS, start=1):
        put(base, 1, col, key)
    for row, item_id in enumerate(item_ids, start=2):
        response = session.response(item_id)
        for col, value in enumerate((item_id, response.level, 1 if response.na else 0, response.na_reason,
                                     response.note), start=1):
            put(base, row, col, value)
    return L.base_digest([[c.value for c in row] for row in base.iter_rows(min_row=2, max_col=len(L.BASE_COLUMNS))])


def _basis(item, language: str) -> str:
    """The item's badge (statutory, guidance, good practice) over its statute references, in the sheet's language."""
    lines = [_text(BADGES[item.badge], language).replace("\n", " / ")]
    lines += [legal.render(r, language) for r in item.legal_basis]
    return "\n".join(lines)


def export_questionnaire(session: AssessmentSession, out: str | Path, *, language: str = "both",
                         progress: Callable[[int, str], None] | None = None) -> Path:
    """Write the questionnaire to ``out`` (all or nothing) and return its path."""
    progress = progress or (lambda percent, message: None)
    a, checklist = session.assessment, session.checklist
    wb = Workbook()
    ws = wb.active
    ws.title = L.SHEET
    meta = wb.create_sheet(L.META_SHEET)
    meta.sheet_state = "veryHidden"

    # identification, read back by the importer
    items = session.applicable_items
    for row, (key, value) in enumerate([
        ("format", L.FORMAT), ("assessment_id", a.id), ("assessment_created_at", a.created_at),
        ("assessment_title", a.title), ("organisation", session.organisation.name), ("checklist_id", checklist.id),
        ("checklist_version", checklist.version), ("checklist_sha256", checklist.sha256),
        ("exported_at", datetime.now().astimezone().isoformat(timespec="seconds")), ("language", language),
        ("header_row", L.HEADER_ROW), ("items", ",".join(i.id for i in items)),
        (L.BASE_DIGEST_KEY, _write_base(wb, session, [i.id for i in items])),
    ], start=1):
        put(meta, row, 1, key)
        put(meta, row, 2, value)
    for level in checklist.levels:
        put(meta, level.level + 1, 4, L.level_choice(level.level, level.label))
    meta[L.NA_LIST_CELL] = L.NA_CHOICE

    # title block
    ws["A1"].font = Font(bold=True, size=14, color=theme.NAVY)
    put(ws, 1, 1, _text(Text("出口管制内部合规自评问卷", "Export-control ICP questionnaire"), language).replace("\n", " / "))
    put(ws, 2, 1, f"{session.organisation.in_language('name', language)} — {a.in_language('title', language)}")
    put(ws, 3, 1, f"{_text(checklist.title, language).replace(chr(10), ' / ')} ({checklist.version})")
    put(ws, 4, 1, _text(_INTRO, language))
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=len(L.COLUMNS))
    ws["A4"].alignment = WRAP_TOP
    ws.row_dimensions[4].height = 48 if language == "both" else 32

    for col, (_key, text, width, _answer) in enumerate(L.COLUMNS, start=1):
        cell = put(ws, L.HEADER_ROW, col, L.header(text, language))
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[L.HEADER_ROW].height = 34 if language == "both" else 22

    levels_ref = f"{L.META_SHEET}!${L.LEVEL_LIST_COLUMN}$1:${L.LEVEL_LIST_COLUMN}$6"
    rating_dv = DataValidation(type="list", formula1=f"={levels_ref}", allow_blank=True, showErrorMessage=True,
                               errorStyle="warning", error="0-5 / N/A", errorTitle="ExportAudit")
    na_dv = DataValidation(type="list", formula1=f"={L.META_SHEET}!${L.NA_LIST_CELL[0]}${L.NA_LIST_CELL[1:]}",
                           allow_blank=True)
    ws.add_data_validation(rating_dv)
    ws.add_data_validation(na_dv)
    columns = {key: col for col, (key, _, _, _) in enumerate(L.COLUMNS, start=1)}
    for n, item in enumerate(items):
        row = L.FIRST_ROW + n
        response = session.response(item.id)
        element = checklist.element(item.element)
        values = {
            "item": item.id,
            "element": _text(element.name, language),
            "key": "★" if item.key else "",
            "question": _text(item.question, language),
            "evidence": _text(item.evidence, language),
            "basis": _basis(item, language),
            "rating": (L.level_choice(response.level, checklist.level(response.level).label)
                       if response.level is not None else ""),
            "na": L.NA_CHOICE if response.na else "",
            "justification": response.na_reason,
            "note": response.note,
        }
        for key, _, _, answer in L.COLUMNS:
            cell = put(ws, row, columns[key], values[key], lang="zh" if language == "zh" else "en")
            cell.alignment = WRAP_TOP
            if answer:
                cell.protection = Protection(locked=False)
                cell.fill = _ANSWER_FILL
        rating_dv.add(ws.cell(row=row, column=columns["rating"]))
        na_dv.add(ws.cell(row=row, column=columns["na"]))
        if n % 20 == 0:
            progress(int(90 * n / max(1, len(items))), "")
    ws.freeze_panes = ws.cell(row=L.FIRST_ROW, column=columns["question"])
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # the client may still widen columns and rows
    ws.protection.formatRows = False
    ws.print_title_rows = f"{L.HEADER_ROW}:{L.HEADER_ROW}"
    autofit_rows(ws, L.FIRST_ROW, L.FIRST_ROW + len(items) - 1)  # wrapped questions show whole
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    with atomic_output(out) as tmp:
        save_workbook(wb, tmp)
    progress(100, "")
    return Path(out)
