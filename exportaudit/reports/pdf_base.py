"""What every PDF section is built from: A4 geometry, paragraph styles, the section context and table helpers.

Below the sections (``pdf_sections`` and the modules it gathers) and below ``pdf``, which assembles them into the
document with its page furniture. A later section is one more function in ``pdf_sections.SECTIONS`` (returning
nothing when it has nothing to show).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

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
HEADING_ROOM = 55 * mm  # a subheading starts a new page unless this much room is left for it and what follows
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
    # a subheading is kept with what follows by the room check in Ctx.heading, not keepWithNext: that would move
    # a whole table (or a long block) to the next page with it rather than let the table split
    "h2": _style("h2", fontSize=12.5, leading=17, textColor=color(theme.NAVY), spaceBefore=10, spaceAfter=4),
    "h2_en": _style("h2_en", fontSize=9.5, leading=12, textColor=color(theme.TEAL), spaceAfter=4),
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
    "note_body": _style("note_body", fontSize=8.5, leading=12, leftIndent=20 * mm),
    "note_label": _style("note_label", fontSize=7.5, leading=10, leftIndent=20 * mm, spaceBefore=3,
                         textColor=color(theme.MUTED), keepWithNext=1),
}


HEAVY = {"h1": 0.5, "h2": 0.35, "title": 0.7, "cover_org": 0.3, "role": 0.25}  # stroke width per heading style


class HeavyParagraph(Paragraph):
    """A heading drawn heavier: the glyph outlines are stroked in the text colour as well as filled (PDF text
    render mode 2). The CJK font has one weight only; this makes Chinese headings visibly bold on screen and in
    print. Latin text is set in the bold face (and, in a mixed heading, stroked lightly too)."""

    def __init__(self, text, style, stroke: float = 0.4, **kwargs):
        super().__init__(text, style, **kwargs)
        self._stroke = stroke

    def draw(self):
        canv = self.canv
        if not self._stroke:
            return super().draw()
        canv.saveState()
        canv.setStrokeColor(self.style.textColor)
        canv.setLineWidth(self._stroke)
        canv.setLineJoin(1)
        canv.addLiteral("2 Tr")
        super().draw()
        canv.restoreState()


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
        """A paragraph of plain text (escaped; never interpreted as markup); headings drawn heavy."""
        if style in HEAVY:  # Latin in the bold face; Chinese (one weight only) stroked as well
            return HeavyParagraph(fonts.markup(text, bold=True), STYLES[style],
                                  HEAVY[style] if fonts.has_cjk(text) else 0.0)
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

    def heading(self, text: Text, level: int = 1, *, toc: bool | None = None, room: bool = True) -> list:
        """A heading; in "both", the Chinese heading with its English line below; kept with what follows. It is
        a bookmark in the PDF outline (level 1 at the top) and, for level 1, a line of the table of contents."""
        h, h_en = ("h1", "h1_en") if level == 1 else ("h2", "h2_en")
        if self.lang == "both" and text.zh != text.en:
            out = [self.p(text.zh, h), self.p(text.en, h_en)]
        else:
            out = [self.p(labels.say(text, self.lang), h)]
        out[0] = mark(out[0], self.say(text), level - 1, level == 1 if toc is None else toc)
        return out if level == 1 or not room else [CondPageBreak(HEADING_ROOM)] + out

    def date(self, text: str) -> str:
        """``text`` with its ISO dates (2026-12-06) in the report's form: 2026年12月6日 in Chinese."""
        return labels.dates(text, self.lang)

    def colon(self, label) -> str:
        """``label`` followed by a colon in the report's language: full-width in Chinese."""
        return f"{self.say(label)}{'：' if self.lang == 'zh' else ': '}"

    def bracketed(self, text: str) -> str:
        """`` (text)`` after a word, in full-width brackets in a Chinese report: ``（text）``."""
        return f"（{text}）" if self.lang == "zh" else f" ({text})"

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


def mark(flowable, title: str, level: int = 0, toc: bool = False):
    """Make ``flowable`` a bookmark: an outline entry ``title`` at ``level`` (0 at the top) where it lands, and a
    table-of-contents line when ``toc``."""
    flowable._outline = (title, level, toc)
    return flowable


class ReportTable(Table):
    """A table that never splits leaving a single body row alone on either page: it moves on whole, or gives
    up one more row to the next page."""

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        first_rows = len(parts[0]._cellvalues) - head
        second_rows = len(parts[1]._cellvalues) - head
        if first_rows < 2 and availHeight < FRAME_H - 1:  # on a fresh page a split must happen
            return []
        if second_rows < 2 and first_rows > 2:
            last = parts[0]._rowHeights[-1]
            return super().split(availWidth, availHeight - last - 0.5)
        return parts


def keep_headings_with_tables(story: list) -> None:
    """Widen each subheading's room check to what its table needs to start under it: the heading (and any short
    text between them), the table's header and its first two rows (a ReportTable never leaves fewer). Without it
    a table with tall rows moves on whole and leaves its heading alone at the foot of a page."""
    for n, flowable in enumerate(story):
        if not isinstance(flowable, CondPageBreak):
            continue
        needed, following = 0.0, story[n + 1:n + 6]
        for nxt in following:
            if isinstance(nxt, ReportTable):
                nxt.wrap(CONTENT_W, FRAME_H)
                head = nxt.repeatRows if isinstance(nxt.repeatRows, int) else len(nxt.repeatRows)
                needed += sum(nxt._rowHeights[:head + 2])
                flowable.height = min(FRAME_H - 1, max(flowable.height, needed))
                break
            if not isinstance(nxt, (Paragraph, Spacer)):
                break
            needed += nxt.wrap(CONTENT_W, FRAME_H)[1] + nxt.getSpaceBefore() + nxt.getSpaceAfter()


def table(rows: list[list], widths: list[float], *, header: bool = True, zebra: bool = True, lines: bool = True,
          extra: list | None = None, repeat: int | None = None) -> Table:
    """A report table: navy header row, hairline grid, zebra rows, cells aligned to the top."""
    t = ReportTable(rows, colWidths=widths, repeatRows=(1 if header else 0) if repeat is None else repeat,
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


def toc_flowable() -> TableOfContents:
    """The table of contents: one line per top-level section, linked to it, with its page number."""
    toc = TableOfContents(dotsMinLevel=0)
    toc.tableStyle = TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.LATIN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    toc.levelStyles = [_style("toc0", fontSize=10.5, leading=17, leftIndent=0, firstLineIndent=0),
                       _style("toc1", fontSize=9, leading=13, leftIndent=8 * mm, firstLineIndent=0,
                              textColor=color(theme.MUTED))]
    return toc
