"""The PDF report: A4, embedded fonts, page x of y, and one builder per section in ``SECTIONS``.

This module holds the machinery (styles, page furniture, the two-pass numbered canvas, flowable helpers);
``pdf_sections`` holds what each section says. A later section is one more function in
``pdf_sections.SECTIONS`` (returning nothing when it has nothing to show).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle

from exportaudit.core.text import Text
from exportaudit.reports import fonts, labels, theme
from exportaudit.reports.content import DASH, ReportModel
from exportaudit.reports.labels import T

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
CHUNK = 2500  # long user text is laid out in pieces of about this many characters, so it splits across pages


def color(hex_: str) -> colors.Color:
    return colors.HexColor("#" + hex_)


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=fonts.LATIN, fontSize=9.5, leading=13.5, textColor=color(theme.INK), wordWrap="CJK",
                splitLongWords=1, allowWidows=0, allowOrphans=0)
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES = {
    "body": _style("body"),
    "small": _style("small", fontSize=8, leading=11),
    "muted": _style("muted", fontSize=8, leading=11, textColor=color(theme.MUTED)),
    "en": _style("en", fontSize=8.5, leading=12, textColor=color(theme.MUTED)),
    "cell": _style("cell", fontSize=8.5, leading=11.5),
    "cell_muted": _style("cell_muted", fontSize=7.5, leading=10, textColor=color(theme.MUTED)),
    "cell_center": _style("cell_center", fontSize=8.5, leading=11.5, alignment=TA_CENTER),
    "head": _style("head", fontSize=8.5, leading=11, textColor=colors.white),
    "head_center": _style("head_center", fontSize=8.5, leading=11, textColor=colors.white, alignment=TA_CENTER),
    "h1": _style("h1", fontSize=17, leading=22, textColor=color(theme.NAVY), spaceBefore=2, spaceAfter=2,
                 keepWithNext=1),
    "h1_en": _style("h1_en", fontSize=11.5, leading=15, textColor=color(theme.TEAL), spaceAfter=6, keepWithNext=1),
    "h2": _style("h2", fontSize=12.5, leading=17, textColor=color(theme.NAVY), spaceBefore=10, spaceAfter=4,
                 keepWithNext=1),
    "h2_en": _style("h2_en", fontSize=9.5, leading=12, textColor=color(theme.TEAL), spaceAfter=4, keepWithNext=1),
    "title": _style("title", fontSize=24, leading=32, textColor=color(theme.NAVY), alignment=TA_LEFT),
    "title_en": _style("title_en", fontSize=15, leading=20, textColor=color(theme.TEAL)),
    "cover_org": _style("cover_org", fontSize=16, leading=22, textColor=color(theme.INK)),
    "kpi": _style("kpi", fontSize=15, leading=19, alignment=TA_CENTER),
    "kpi_label": _style("kpi_label", fontSize=8, leading=10.5, textColor=color(theme.MUTED), alignment=TA_CENTER),
    "hash": _style("hash", fontSize=6.5, leading=9, textColor=color(theme.MUTED)),
    "warn": _style("warn", textColor=color(theme.WARN)),
    "role": _style("role", fontSize=10.5, leading=14, textColor=color(theme.NAVY)),
    "cell_warn": _style("cell_warn", fontSize=7.5, leading=10, textColor=color(theme.WARN)),
    "mark": _style("mark", fontSize=7, leading=9, alignment=TA_CENTER),  # a small flag under a figure
    "rule": _style("rule", leftIndent=14, firstLineIndent=-14, spaceAfter=1),
    "rule_en": _style("rule_en", fontSize=8.5, leading=12, textColor=color(theme.MUTED), leftIndent=14,
                      spaceAfter=5),
    "note_body": _style("note_body", fontSize=9, leading=13, leftIndent=20 * mm),
    "note_label": _style("note_label", fontSize=7.5, leading=10, leftIndent=20 * mm, spaceBefore=3,
                         textColor=color(theme.MUTED), keepWithNext=1),
}


_WORD_STYLES: dict[str, ParagraphStyle] = {}


def word_style(name: str) -> ParagraphStyle:
    """``STYLES[name]`` wrapping between words only. reportlab's CJK wrap splits a Latin word when the line would
    otherwise be short ("Major nonconfor|mity" in a narrow cell); fixed labels are short in Chinese, so they use
    this."""
    if name not in _WORD_STYLES:
        _WORD_STYLES[name] = ParagraphStyle(f"{name}_words", parent=STYLES[name], wordWrap=None)
    return _WORD_STYLES[name]


@dataclass
class Ctx:
    """The language of this report and helpers to turn texts into flowables in it."""

    lang: str
    model: ReportModel

    def say(self, key_or_text, sep: str = " / ") -> str:
        text = T(key_or_text) if isinstance(key_or_text, str) else key_or_text
        return labels.say(text, self.lang, sep)

    def p(self, text: str, style: str = "body", *, bold: bool = False) -> Paragraph:
        """A paragraph of plain text (escaped; never interpreted as markup)."""
        return Paragraph(fonts.markup(text, bold=bold), STYLES[style])

    def bi(self, text, style: str = "cell", *, bold: bool = False) -> Paragraph:
        """A bilingual text in one paragraph: in "both", the Chinese line then the English line in grey."""
        text = T(text) if isinstance(text, str) else text
        if self.lang != "both" or text.zh == text.en:
            return self.p(labels.say(text, self.lang), style, bold=bold)
        size = STYLES[style].fontSize
        en = fonts.markup(text.en, bold=bold)
        return Paragraph(f"{fonts.markup(text.zh, bold=bold)}<br/>"
                         f'<font size="{size - 1}" color="#{theme.MUTED}">{en}</font>', STYLES[style])

    def label(self, text, style: str = "cell", sep: str = "\n") -> Paragraph:
        """A fixed label (label key or Text) in a narrow cell: the report's language, wrapped between words."""
        return Paragraph(fonts.markup(self.say(text, sep)), word_style(style))

    def heading(self, text: Text, level: int = 1) -> list:
        """A heading; in "both", the Chinese heading with its English line below; kept with what follows."""
        h, h_en = ("h1", "h1_en") if level == 1 else ("h2", "h2_en")
        if self.lang == "both" and text.zh != text.en:
            return [self.p(text.zh, h), self.p(text.en, h_en)]
        return [self.p(labels.say(text, self.lang), h)]

    def prose(self, text, style: str = "body", en_style: str | None = None) -> list:
        """Running text in the report language; in "both", a Chinese paragraph and an English one."""
        text = T(text) if isinstance(text, str) else text
        if self.lang == "both" and text.zh != text.en:
            return [self.p(text.zh, style), self.p(text.en, en_style or ("en" if style == "body" else style))]
        return [self.p(labels.say(text, self.lang), style)]

    def user_text(self, text: str, style: str = "body") -> list[Paragraph]:
        """What a user typed: escaped, line breaks kept, very long text cut into paragraphs that split across
        pages (a single paragraph of 100,000 characters would be slow to lay out)."""
        out = []
        for block in text.split("\n\n"):
            while block:
                if len(block) <= CHUNK:
                    piece, block = block, ""
                else:
                    cut = max(block.rfind(" ", CHUNK // 2, CHUNK), block.rfind("\n", CHUNK // 2, CHUNK))
                    cut = cut if cut > 0 else CHUNK
                    piece, block = block[:cut], block[cut:].lstrip(" ")
                out.append(self.p(piece, style))
        return out


def table(rows: list[list], widths: list[float], *, header: bool = True, zebra: bool = True, lines: bool = True,
          extra: list | None = None, repeat: int | None = None) -> Table:
    """A report table: navy header row, hairline grid, zebra rows, cells aligned to the top."""
    t = Table(rows, colWidths=widths, repeatRows=(1 if header else 0) if repeat is None else repeat,
              hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if lines:
        style.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, color(theme.RULE)))
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), color(theme.NAVY)), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    if zebra:
        first = 1 if header else 0
        for r in range(first, len(rows)):
            if (r - first) % 2:
                style.append(("BACKGROUND", (0, r), (-1, r), color(theme.ZEBRA)))
    t.setStyle(TableStyle(style + (extra or [])))
    return t


CELL_CLIP = 600  # characters of user text shown inside a table cell
NOTE_INDENT = 20 * mm  # as note_body's leftIndent: notes line up under a block's second column


def clip(text: str, limit: int = CELL_CLIP) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def pct(value: float) -> str:
    return f"{value:.0%}"


def num(value) -> str:
    return DASH if value is None else str(value)


def level_chip(ctx: Ctx, level: int | None, *, provisional: bool = False, style: str = "cell_center"):
    """A level as text (a provisional one with a second, smaller line saying so) plus its cell colour."""
    text = fonts.markup(ctx.model.level_text(level, ctx.lang))
    if provisional and level is not None:
        size = max(6.5, STYLES[style].fontSize * 0.55)
        text += (f'<br/><font size="{size:.1f}" color="#{theme.WARN}">'
                 f'{fonts.markup(labels.say(T("provisional"), ctx.lang))}</font>')
    return Paragraph(text, word_style(style)), color(theme.level_fill(level))


def element_name(ctx: Ctx, number: int, name: Text) -> list[Paragraph]:
    """``3. 全面风险评估`` in a table cell; in "both" with the English name in grey below."""
    cell = [ctx.p(f"{number}. {name.zh}" if ctx.lang != "en" else f"{number}. {name.en}", "cell")]
    if ctx.lang == "both":
        cell.append(ctx.p(name.en, "cell_muted"))
    return cell


def head_row(ctx: Ctx, keys: tuple[str, ...], left: tuple[str, ...] = ()) -> list:
    """A table header row from label keys; the ``left`` ones left-aligned, the rest centred."""
    return [ctx.label(k, "head" if k in left else "head_center") for k in keys]


def coloured(text: str, hex_: str, style: str = "cell_muted", *, bold: bool = False) -> Paragraph:
    """A short fixed text (a mark, a figure) in colour, wrapped between words."""
    return Paragraph(f'<font color="#{hex_}">{fonts.markup(text, bold=bold)}</font>', word_style(style))


def counted(text: Text, count: int) -> Text:
    """A heading with its count: ``审核发现（3）`` / ``Findings (3)``."""
    return Text(f"{text.zh}（{count}）", f"{text.en} ({count})")


def figure_strip(ctx: Ctx, figures: list[tuple], extra: list | None = None) -> Table:
    """Figures side by side on a light band, each over its label: ``(label key or Text, figure, is a warning)``;
    a warning figure is drawn in the warning colour."""
    values = [Paragraph(f'<font color="#{theme.WARN}">{fonts.markup(str(figure))}</font>', STYLES["kpi"]) if warn
              else ctx.p(str(figure), "kpi") for _, figure, warn in figures]
    names = [ctx.label(label, "kpi_label") for label, _, _ in figures]
    t = Table([values, names], colWidths=[CONTENT_W / len(figures)] * len(figures))
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN), ("BACKGROUND", (0, 0), (-1, -1), color(theme.ZEBRA)),
        ("LINEAFTER", (0, 0), (-2, -1), 3, color("FFFFFF")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 6), *(extra or [])]))
    return t


def details_table(ctx: Ctx, rows: list[tuple], label_w: float = 48 * mm) -> Table:
    """Label / value rows without a header (the cover, a baseline, a sample): ``(label key or Text, value)``, a
    value being plain text or flowables."""
    data = [[ctx.bi(key, "cell_muted"), ctx.p(value, "cell") if isinstance(value, str) else value]
            for key, value in rows]
    return table(data, [label_w, CONTENT_W - label_w], header=False, zebra=False)


def block(ctx: Ctx, row: list, widths: list[float], fills: dict[int, colors.Color],
          notes: list[tuple[str, str]]) -> list:
    """An item or finding: a one-row header band (navy rule above, ``fills`` colouring some of its cells), then
    each non-empty labelled note as running text below it. The header stays with the start of its first note;
    a long note flows on over the following pages."""
    t = Table([row], colWidths=widths)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), color(theme.ZEBRA)),
        *[("BACKGROUND", (col, 0), (col, 0), fill) for col, fill in fills.items()],
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, color(theme.NAVY)),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    body: list = []
    for key, text in notes:
        if text:
            body.append(ctx.p(ctx.say(key), "note_label"))
            body += ctx.user_text(text, "note_body")
    if not body:
        return [KeepTogether([t]), Spacer(1, 3 * mm)]
    return [KeepTogether([t, body[0], body[1]]), *body[2:], Spacer(1, 3 * mm)]


# --- pages ------------------------------------------------------------------------------------------


def _furniture(canvas: Canvas, model: ReportModel, lang: str, page: int, pages: int) -> None:
    """Header (organisation, report title) on every page but the cover; footer (report date, fingerprint,
    page x of y) on every page."""
    canvas.saveState()
    ink, muted = color(theme.INK), color(theme.MUTED)
    if page > 1:
        y = PAGE_H - 13 * mm
        canvas.setFillColor(color(theme.NAVY))
        title = labels.say(T("report_title"), "zh" if lang == "both" else lang)
        right_w = fonts.string_width(title, 8)
        fonts.draw(canvas, PAGE_W - MARGIN_X, y, title, 8, anchor="end")
        canvas.setFillColor(ink)
        fonts.draw(canvas, MARGIN_X, y, fonts.fit(model.meta.organisation, 8, CONTENT_W - right_w - 12 * mm), 8)
        canvas.setStrokeColor(color(theme.NAVY))
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, y - 3.5 * mm, PAGE_W - MARGIN_X, y - 3.5 * mm)
    y = 12 * mm
    canvas.setStrokeColor(color(theme.RULE))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 4 * mm, PAGE_W - MARGIN_X, y + 4 * mm)
    canvas.setFillColor(muted)
    fonts.draw(canvas, MARGIN_X, y, f"{labels.say(T('report_date'), lang)}: {model.meta.report_date}", 7)
    meta = model.meta
    which = labels.say(T("footer_fingerprint_recorded"), lang) if meta.is_final else \
        f"{labels.say(T('footer_fingerprint'), lang)} (SHA-256)"
    fonts.draw(canvas, MARGIN_X, y - 3.6 * mm, f"{which}: {meta.fingerprint}", 6)
    canvas.setFillColor(ink)
    fonts.draw(canvas, PAGE_W - MARGIN_X, y,
               labels.say(labels.fmt("page_x_of_y", page=page, pages=pages), lang), 7.5, anchor="end")
    canvas.restoreState()


def numbered_canvas(model: ReportModel, lang: str):
    """A canvas class that keeps every page until the end, then draws 'page x of y' with the real total."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _furniture(self, model, lang, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class ReportDoc(BaseDocTemplate):
    def __init__(self, target, model: ReportModel, lang: str, progress: Callable[[int, str], None], total: int):
        title = f"{labels.say(T('report_title'), lang)} – {model.meta.title}"
        super().__init__(target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, title=title, author=model.meta.assessor or "ExportAudit",
                         subject=model.meta.organisation, creator="ExportAudit",
                         keywords=f"fingerprint:{model.meta.fingerprint}", initialFontName=fonts.LATIN,
                         initialFontSize=9.5, initialLeading=13.5, lang="zh-CN" if lang != "en" else "en")
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, FRAME_H, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._progress, self._total, self._done = progress, max(total, 1), 0

    def afterFlowable(self, flowable):
        self._done += 1
        if self._done % 25 == 0:
            self._progress(15 + 70 * min(self._done, self._total) // self._total, "")


def write_pdf(model: ReportModel, target, lang: str, progress: Callable[[int, str], None]) -> None:
    from exportaudit.reports.pdf_sections import SECTIONS

    fonts.register()
    ctx = Ctx(lang, model)
    story = []
    for n, section in enumerate(SECTIONS):
        story.extend(section(ctx))
        progress(8 + 7 * (n + 1) // len(SECTIONS), "")
    doc = ReportDoc(str(target), model, lang, progress, len(story))
    doc.build(story, canvasmaker=numbered_canvas(model, lang))
