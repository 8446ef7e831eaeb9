"""The PDF report: the document that assembles the sections of ``pdf_sections.SECTIONS`` into A4 pages.

Page furniture (header, footer, page x of y, the draft watermark), the two-pass numbered canvas and the PDF
metadata live here, above the sections; the styles and flowable helpers the sections share live below them in
``pdf_base``. The sections never import this module, so the three stay free of import cycles.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import lru_cache

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageBreak, PageTemplate, Spacer
from reportlab.platypus.doctemplate import ActionFlowable

from exportaudit import __version__
from exportaudit.paths import font_path
from exportaudit.reports import fonts, labels, theme
from exportaudit.reports.content import ReportModel
from exportaudit.reports.labels import T
from exportaudit.reports.pdf_base import (
    CONTENT_W,
    FRAME_H,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    Ctx,
    color,
    keep_headings_with_tables,
)
from exportaudit.reports.pdf_sections import SECTIONS

# --- pages ------------------------------------------------------------------------------------------


WATERMARK_TEXT = {"zh": "草稿", "en": "DRAFT", "both": "草稿 DRAFT"}


@lru_cache(maxsize=3)
def _watermark_image(lang: str) -> ImageReader:
    """The watermark as a faint picture (drawn once per PDF, shared by every page). A picture rather than text,
    so copying or extracting the page's text never picks up stray letters of it."""
    from PIL import Image, ImageDraw, ImageFont

    text = WATERMARK_TEXT[lang]
    size = 220
    latin = ImageFont.truetype(str(fonts.latin_file("LiberationSans-Bold.ttf")), size)
    cjk = ImageFont.truetype(str(font_path()), size)
    parts = [(cjk if fonts.has_cjk(ch) else latin, ch) for ch in text]
    width = int(sum(font.getlength(ch) for font, ch in parts)) + 40
    image = Image.new("RGBA", (width, int(size * 1.3)), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    rgb = tuple(int(theme.WARN[i:i + 2], 16) for i in (0, 2, 4))
    x = 20.0
    for font, ch in parts:
        draw.text((x, size * 0.1), ch, font=font, fill=(*rgb, 34), stroke_width=4, stroke_fill=(*rgb, 34))
        x += font.getlength(ch)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    buffer.seek(0)
    return ImageReader(buffer)


def _watermark(canvas: Canvas, lang: str) -> None:
    """DRAFT / 草稿 across the page, under the content and light enough to read the page through it."""
    image = _watermark_image(lang)
    iw, ih = image.getSize()
    width = min(PAGE_W * 0.95, iw * 0.5)
    height = width * ih / iw
    canvas.saveState()
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(50)
    canvas.drawImage(image, -width / 2, -height / 2, width, height, mask="auto")
    canvas.restoreState()


def _furniture(canvas: Canvas, model: ReportModel, lang: str, page: int, pages: int, continued: str = "") -> None:
    """Header (organisation; the report title, or the section a page continues) on every page but the cover;
    footer (report date, fingerprint, page x of y) on every page."""
    canvas.saveState()
    ink, muted = color(theme.INK), color(theme.MUTED)
    head_lang = "zh" if lang == "both" else lang
    if page > 1:
        y = PAGE_H - 13 * mm
        canvas.setFillColor(color(theme.NAVY))
        if continued:
            suffix = labels.say(T("continued"), head_lang)
            title = fonts.fit(continued, 8, CONTENT_W / 2) + (suffix if head_lang == "zh" else f" {suffix}")
        else:
            title = labels.say(T("report_title"), head_lang)
        # the organisation is named in full when it fits in three fifths of the line; the title takes the rest
        org = fonts.fit(model.meta.organisation, 8, CONTENT_W * 0.6)
        title = fonts.fit(title, 8, CONTENT_W - fonts.string_width(org, 8) - 8 * mm)
        fonts.draw(canvas, PAGE_W - MARGIN_X, y, title, 8, anchor="end")
        canvas.setFillColor(ink)
        fonts.draw(canvas, MARGIN_X, y, org, 8)
        canvas.setStrokeColor(color(theme.NAVY))
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, y - 3.5 * mm, PAGE_W - MARGIN_X, y - 3.5 * mm)
    y = 12 * mm
    canvas.setStrokeColor(color(theme.RULE))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 4 * mm, PAGE_W - MARGIN_X, y + 4 * mm)
    canvas.setFillColor(muted)
    colon = "：" if lang == "zh" else ": "
    page_text = labels.say(labels.fmt("page_x_of_y", page=page, pages=pages), lang)
    page_w = fonts.string_width(page_text, 7.5) + 6 * mm
    fonts.draw(canvas, MARGIN_X, y, f"{labels.say(T('report_date'), lang)}{colon}"
                                    f"{labels.dates(model.meta.report_date, lang)}", 7)
    meta = model.meta
    which = labels.say(T("footer_fingerprint_recorded"), lang) if meta.is_final else \
        labels.say(T("footer_fingerprint_sha"), lang)
    fonts.draw(canvas, MARGIN_X, y - 3.6 * mm, fonts.fit(f"{which}{colon}{meta.fingerprint}", 6, CONTENT_W - page_w), 6)
    canvas.setFillColor(ink)
    fonts.draw(canvas, PAGE_W - MARGIN_X, y, page_text, 7.5, anchor="end")
    marking = model.engagement.confidentiality.get(lang)
    if marking:  # the confidentiality marking, centred in the footer of every page
        canvas.setFillColor(color(theme.NAVY))
        fonts.draw(canvas, PAGE_W / 2, y, fonts.fit(marking, 7.5, CONTENT_W / 3, bold=True), 7.5, anchor="middle",
                   bold=True)
    canvas.restoreState()


def report_canvas(model: ReportModel, lang: str):
    """A canvas class that adds the outline view and XMP metadata when the file is saved."""

    class ReportCanvas(Canvas):
        def save(self):
            _metadata(self, model, lang)
            super().save()

    return ReportCanvas


class PageTotal(Flowable):
    """Invisible; asks for one more layout pass while the page total drawn in the footers ("page x of y", taken
    from the previous pass) differs from the number of pages this pass produced."""

    def __init__(self, doc: ReportDoc):
        super().__init__()
        self.doc = doc

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        pass

    def isIndexing(self):
        return 1

    def beforeBuild(self):
        pass

    def afterBuild(self):
        pass

    def notify(self, kind, stuff):
        pass

    def isSatisfied(self):
        return self.doc.page_total == self.doc.page

def _metadata(canvas: Canvas, model: ReportModel, lang: str) -> None:
    """The outline shown on opening, and XMP metadata matching the document information."""
    from reportlab.pdfbase.pdfdoc import XMP

    canvas.showOutline()
    info = canvas._doc.info
    canvas._doc.Catalog.Metadata = XMP(creator=lambda doc: xmp_packet(
        title=info.title, author=info.author, subject=info.subject, creator=info.creator,
        keywords=info.keywords, lang="zh-CN" if lang != "en" else "en").encode("utf-8"))


def xmp_packet(*, title: str, author: str, subject: str, creator: str, keywords: str, lang: str) -> str:
    """An XMP packet (Dublin Core, PDF and XMP basic schemas) with the document's title, author and creator."""
    from xml.sax.saxutils import escape

    e = lambda v: escape(v or "")  # noqa: E731
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(title)}</rdf:li>
<rdf:li xml:lang="{lang}">{e(title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{e(author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>{e(keywords)}</pdf:Keywords><pdf:Producer>ReportLab</pdf:Producer>
<xmp:CreatorTool>{e(creator)}</xmp:CreatorTool>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""


class ReportDoc(BaseDocTemplate):
    def __init__(self, target, model: ReportModel, lang: str, progress: Callable[[int, str], None], total: int):
        title = f"{labels.say(T('report_title'), lang)} – {model.meta.title}"
        super().__init__(target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, title=title, author=report_author(model, lang),
                         subject=model.meta.organisation, creator=f"ExportAudit {__version__}",
                         keywords=f"fingerprint:{model.meta.fingerprint}", initialFontName=fonts.LATIN,
                         initialFontSize=9.5, initialLeading=13.5, lang="zh-CN" if lang != "en" else "en")
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, FRAME_H, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        # the draft watermark is drawn first on each page, under the content
        def watermark(canvas, doc):
            if not model.meta.is_final:
                _watermark(canvas, lang)

        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=watermark)])
        self._progress, self._total, self._done = progress, max(total, 1), 0
        self.model, self.lang, self.page_total = model, lang, 0
        self.beforeDocument()

    def beforeDocument(self):
        """Each layout pass (the second fills in the contents' page numbers and the page total) starts afresh."""
        self._marks, self._section, self._empty_page = 0, "", True
        self._continued: dict[int, str] = {}  # page number -> the section it continues

    def handle_documentBegin(self):
        if getattr(self, "page", 0):  # the page count of the pass before: the "y" of "page x of y" in this one
            self.page_total = self.page
        super().handle_documentBegin()

    def handle_pageBegin(self):
        super().handle_pageBegin()
        self._empty_page = True
        if self._section:
            self._continued[self.page] = self._section

    def afterPage(self):
        """The page furniture, drawn over the finished page."""
        _furniture(self.canv, self.model, self.lang, self.page, max(self.page_total, self.page),
                   self._continued.get(self.page, ""))

    def afterFlowable(self, flowable):
        self._done += 1
        if self._done % 25 == 0:
            self._progress(15 + 70 * min(self._done, self._total) // self._total, "")
        page = self.page
        outline = getattr(flowable, "_outline", None)
        if outline is not None:
            title, level, toc = outline
            key = f"sec{self._marks}"
            self._marks += 1
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
            if toc:
                self.notify("TOCEntry", (level, fonts.markup(title), page, key))
                self._section = title
                if self._empty_page:  # the section starts this page: it continues nothing
                    self._continued.pop(page, None)
        if not isinstance(flowable, (Spacer, CondPageBreak, PageBreak, ActionFlowable)):
            self._empty_page = False


def report_author(model: ReportModel, lang: str) -> str:
    """Who the document is by: the preparing firm when the report names one (in the report's language), else the
    assessor."""
    return model.engagement.firm.get(lang) or model.meta.assessor or "ExportAudit"


def write_pdf(model: ReportModel, target, lang: str, progress: Callable[[int, str], None]) -> None:
    fonts.register()
    ctx = Ctx(lang, model)
    story = []
    for n, section in enumerate(SECTIONS):
        story.extend(section(ctx))
        progress(8 + 7 * (n + 1) // len(SECTIONS), "")
    keep_headings_with_tables(story)
    doc = ReportDoc(str(target), model, lang, progress, len(story))
    doc.multiBuild(story + [PageTotal(doc)], canvasmaker=report_canvas(model, lang))
