"""The pieces every ExportAudit workbook is built from: the report, the portfolio, the questionnaire and the
request list share them, so the exchange needs nothing else of the report's internals.

Every user-supplied text goes through ``put``, which stores it as a string cell (never a formula, even when it
starts with ``=``, ``+``, ``-`` or ``@``), marks such cells with Excel's quote prefix so re-editing keeps them
text, replaces characters XML cannot hold by a visible �, and shortens text past Excel's 32,767-character cell
limit with a visible note. Besides: the named styles (``ea_header``, ``ea_body``, …), header and body rows,
row heights fitted to wrapped text, A4 print setup, page-header text, sheet names and the native radar chart.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import RadarChart, Reference
from openpyxl.chart.layout import Layout, ManualLayout
from openpyxl.chart.text import RichText
from openpyxl.chart.text import Text as ChartText
from openpyxl.chart.title import Title
from openpyxl.drawing.text import CharacterProperties, ParagraphProperties, RegularTextRun
from openpyxl.drawing.text import Paragraph as DrawingParagraph
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from exportaudit.reports import labels, theme
from exportaudit.reports.labels import T
from exportaudit.reports.textsafe import clean, looks_like_formula

EXCEL_CELL_LIMIT = 32767
DATE_FORMAT = "yyyy-mm-dd"
_TRUNCATED = {"zh": "……［已截断：原文 {n} 个字符，完整内容见评估记录］",
              "en": "… [truncated: the full {n} characters are in the assessment]"}

_THIN = Side(style="thin", color=theme.RULE)
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER_TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)
ZEBRA = PatternFill("solid", fgColor=theme.ZEBRA)


@dataclass
class Ctx:
    """What every sheet builder needs besides the model: the language and helpers bound to it."""

    lang: str

    def say(self, key_or_text, sep: str = " / ") -> str:
        text = T(key_or_text) if isinstance(key_or_text, str) else key_or_text
        return labels.say(text, self.lang, sep)

    def long(self, text) -> str:
        """A bilingual text that may be long (questions): Chinese line, then English line."""
        return labels.say(text, self.lang, "\n")


# --- cells and styles -------------------------------------------------------------------------------


def put(ws: Worksheet, row: int, col: int, value: Any, *, style: str | None = None, lang: str = "en"):
    """Write one cell; any str is stored as literal text (data type 's'), whatever it starts with."""
    cell = ws.cell(row=row, column=col)
    if style:
        cell.style = style  # first: a named style resets the quote prefix
    if isinstance(value, str):
        text = clean(value)
        if len(text) > EXCEL_CELL_LIMIT:
            marker = _TRUNCATED["zh" if lang == "zh" else "en"].format(n=len(text))
            text = text[: EXCEL_CELL_LIMIT - len(marker)] + marker
        cell.value = text
        cell.data_type = "s"  # openpyxl would otherwise take "=..." as a formula and "#N/A" as an error
        if looks_like_formula(text):
            cell.quotePrefix = True  # Excel keeps it text even when the user edits the cell
    else:
        cell.value = value
    return cell


FONT = "Arial"  # on every system, or metric-compatible (Liberation Sans); Excel falls back for Chinese glyphs


def font(**kw) -> Font:
    return Font(**{"name": FONT, "size": 10, **kw})


def add_styles(wb: Workbook) -> None:
    header = NamedStyle("ea_header", font=font(bold=True, color=theme.HEADER_TEXT),
                        fill=PatternFill("solid", fgColor=theme.NAVY), border=BORDER,
                        alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
    body = NamedStyle("ea_body", font=font(color=theme.INK), border=BORDER, alignment=WRAP_TOP)
    label = NamedStyle("ea_label", font=font(bold=True, color=theme.NAVY), alignment=WRAP_TOP)
    value = NamedStyle("ea_value", font=font(color=theme.INK), alignment=WRAP_TOP)
    title = NamedStyle("ea_title", font=font(bold=True, size=16, color=theme.NAVY),
                       alignment=Alignment(vertical="center"))
    section = NamedStyle("ea_section", font=font(bold=True, size=12, color=theme.NAVY),
                         border=Border(bottom=Side(style="medium", color=theme.NAVY)))
    muted = NamedStyle("ea_muted", font=font(italic=True, color=theme.MUTED), alignment=WRAP_TOP)
    for style in (header, body, label, value, title, section, muted):
        wb.add_named_style(style)


def fill(cell, hex_: str) -> None:
    cell.fill = PatternFill("solid", fgColor=hex_)


def level_fill(cell, level: int | None) -> None:
    cell.fill = PatternFill("solid", fgColor=theme.level_fill(level))


# --- tables and pages -------------------------------------------------------------------------------


def header_row(ws: Worksheet, row: int, titles: list[str], widths: list[float] | None = None) -> None:
    for col, title in enumerate(titles, start=1):
        put(ws, row, col, title, style="ea_header")
    for col, width in enumerate(widths or [], start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def table_rows(ws: Worksheet, first_row: int, rows: list[list[Any]], lang: str, center: set[int] = frozenset()):
    """Body rows with borders, wrapping and zebra stripes."""
    for r, values in enumerate(rows):
        row = first_row + r
        for col, value in enumerate(values, start=1):
            cell = put(ws, row, col, value, style="ea_body", lang=lang)
            if col in center:
                cell.alignment = CENTER_TOP
            if r % 2:
                cell.fill = ZEBRA


def section(ws: Worksheet, row: int, text: str, last_col: int = 6) -> None:
    put(ws, row, 1, text, style="ea_section")
    for col in range(2, last_col + 1):
        ws.cell(row=row, column=col).style = "ea_section"


def _text_units(text: str, size: float) -> float:
    """Roughly how many column-width units ``text`` takes on one line (Chinese characters count double)."""
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")
    return (len(text) + wide) * size / 11 * 0.92


def autofit_rows(ws: Worksheet, first: int, last: int) -> None:
    """Set each row's height from its wrapped text, so every client shows it whole (LibreOffice does not fit
    rows by itself, and Excel does not for merged cells)."""
    spans = {}
    for rng in ws.merged_cells.ranges:
        spans[(rng.min_row, rng.min_col)] = sum(
            ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(rng.min_col, rng.max_col + 1))
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if (r, c) != (rng.min_row, rng.min_col):
                    spans[(r, c)] = None
    for row in range(first, last + 1):
        lines, size_max = 1, 10.0
        for cell in ws[row]:
            if cell.value is None or (row, cell.column) in spans and spans[(row, cell.column)] is None:
                continue
            size = float(cell.font.sz or 10)
            size_max = max(size_max, size)
            width = spans.get((row, cell.column)) or ws.column_dimensions[cell.column_letter].width or 8.43
            text = str(cell.value)
            if cell.alignment.wrap_text:
                n = sum(max(1, math.ceil(_text_units(part, size) / max(1.0, width - 1.5))) for part in text.split("\n"))
            else:
                n = text.count("\n") + 1
            lines = max(lines, n * size / 10)
        ws.row_dimensions[row].height = min(409, max(15, round(lines * 12.6 + 4)))


def print_setup(ws: Worksheet, *, landscape: bool = True, title_rows: str | None = "1:1") -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows


def header_code(text: str) -> str:
    """Text for a page header or footer, where & starts a control code."""
    return text.replace("&", "&&")


def sheet_title(key: str, lang: str) -> str:
    text = labels.say(T(key), lang, " ")  # sheet names may not hold '/'
    for bad in '\\/?*[]:':
        text = text.replace(bad, " ")
    return text[:31]


def pct(value: float) -> float:
    return round(value, 4)


# --- charts -----------------------------------------------------------------------------------------


def radar_chart(title: str, data: Reference, categories: Reference) -> RadarChart:
    """A native radar chart on the 0–5 scale: series titled from the data block's header row, legend below."""
    chart = RadarChart()
    chart.type = "marker"
    chart.style = 2
    chart.title = _chart_title(title)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 5
    chart.y_axis.majorUnit = 1
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.width, chart.height = 22, 15
    chart.layout = Layout(manualLayout=ManualLayout(x=0.1, y=0.1, w=0.8, h=0.72))
    return chart


def series_look(series, colour: str, width: int, *, dash: str | None = None, marker_size: int = 5) -> None:
    """Line colour, width (EMU) and dash of a series; round markers in the same colour, or none (size 0)."""
    series.graphicalProperties.line.solidFill = colour
    series.graphicalProperties.line.width = width
    if dash:
        series.graphicalProperties.line.dashStyle = dash
    if not marker_size:
        series.marker.symbol = "none"
        return
    series.marker.symbol = "circle"
    series.marker.size = marker_size
    series.marker.graphicalProperties.solidFill = colour
    series.marker.graphicalProperties.line.solidFill = colour


def _chart_title(text: str) -> Title:
    """A 12 pt navy chart title (openpyxl's default is 18 pt bold, too loud beside 10 pt tables)."""
    props = CharacterProperties(sz=1200, b=True, solidFill=theme.NAVY)
    para = DrawingParagraph(pPr=ParagraphProperties(defRPr=props), r=[RegularTextRun(rPr=props, t=text)])
    return Title(tx=ChartText(rich=RichText(p=[para])), overlay=False)


def chart_on_new_page(ws: Worksheet, chart, row: int) -> None:
    """Anchor ``chart`` at ``row`` with a page break above it, so it prints whole on a page of its own."""
    ws.row_breaks.append(Break(id=row - 1))
    ws.add_chart(chart, f"A{row}")
