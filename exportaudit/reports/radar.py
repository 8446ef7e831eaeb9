"""The radar chart of element levels against the target, as a reportlab Drawing for the PDF.

Drawn from shapes rather than reportlab's SpiderChart so that every label can be split into Latin and CJK font
runs (the bundled CJK font has no Latin glyphs) and so no base-14 font is ever referenced.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from exportaudit.reports import fonts, labels, theme
from exportaudit.reports.content import ReportModel
from exportaudit.reports.labels import T

MAX_LEVEL = 5


def _c(hex_: str, alpha: float | None = None) -> colors.Color:
    c = colors.HexColor("#" + hex_)
    return colors.Color(c.red, c.green, c.blue, alpha=alpha) if alpha is not None else c


def text_group(x: float, y: float, text: str, size: float, *, anchor: str = "start", color: str = theme.INK,
               bold: bool = False) -> Group:
    """One line of text as font runs (Latin / CJK), anchored like a String."""
    runs = fonts.runs(text, fonts.LATIN_BOLD if bold else fonts.LATIN)
    width = sum(stringWidth(seg, f, size) for f, seg in runs)
    if anchor == "middle":
        x -= width / 2
    elif anchor == "end":
        x -= width
    group = Group()
    for font, segment in runs:
        group.add(String(x, y, segment, fontName=font, fontSize=size, fillColor=_c(color)))
        x += stringWidth(segment, font, size)
    return group


def _wrap(text: str, size: float, width: float) -> list[str]:
    """Break a label into lines no wider than ``width`` (at spaces; Chinese anywhere)."""
    lines: list[str] = []
    for part in text.split("\n"):
        words = part.split(" ") if not fonts.has_cjk(part) else list(part)
        joiner = "" if fonts.has_cjk(part) else " "
        line = ""
        for word in words:
            candidate = f"{line}{joiner}{word}" if line else word
            if line and fonts.string_width(candidate, size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def radar_drawing(model: ReportModel, lang: str, width: float = 440, height: float = 300) -> Drawing:
    d = Drawing(width, height, initialFontName=fonts.LATIN, initialFontSize=8)
    elements = model.elements
    n = len(elements)
    legend_h = 22
    cx, cy = width / 2, (height + legend_h) / 2
    label_room = 34 if lang == "both" else 24
    radius = min(width * 0.28, (height - legend_h) / 2 - label_room)
    if n < 3:  # a radar needs three spokes; fewer still shows the rings and the figures
        radius = min(radius, 80)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / max(n, 1)
        r = radius * value / MAX_LEVEL
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    grid = _c(theme.RULE)
    for level in range(1, MAX_LEVEL + 1):
        pts = [c for i in range(n) for c in point(i, level)]
        if n >= 3:
            d.add(Polygon(pts, strokeColor=grid, strokeWidth=0.6, fillColor=None))
        else:
            d.add(Circle(cx, cy, radius * level / MAX_LEVEL, strokeColor=grid, strokeWidth=0.6, fillColor=None))
    for i in range(n):
        x, y = point(i, MAX_LEVEL)
        d.add(Line(cx, cy, x, y, strokeColor=grid, strokeWidth=0.6))
    for level in range(0, MAX_LEVEL + 1):
        x, y = point(0, level)
        d.add(text_group(x + 3, y - 2.5, str(level), 6.5, color=theme.MUTED))

    if n:
        targets = [e.target for e in elements]
        if any(t is not None for t in targets):
            pts = [c for i, t in enumerate(targets) for c in point(i, t or 0)]
            d.add(PolyLine(pts + pts[:2], strokeColor=_c(theme.ORANGE), strokeWidth=1.6, strokeDashArray=[4, 3]))
        levels = [e.level for e in elements]
        pts = [c for i, lv in enumerate(levels) for c in point(i, lv or 0)]
        d.add(Polygon(pts, strokeColor=_c(theme.NAVY), strokeWidth=2, fillColor=_c(theme.NAVY, 0.18)))
        for i, lv in enumerate(levels):
            x, y = point(i, lv or 0)
            if lv is None:
                d.add(Circle(x, y, 2.6, strokeColor=_c(theme.NAVY), strokeWidth=1, fillColor=colors.white))
            else:
                d.add(Circle(x, y, 2.8, strokeColor=colors.white, strokeWidth=0.8, fillColor=_c(theme.NAVY)))

    size = 7.5
    for i, e in enumerate(elements):
        angle = math.pi / 2 - 2 * math.pi * i / n
        lx, ly = cx + (radius + 10) * math.cos(angle), cy + (radius + 10) * math.sin(angle)
        cos = math.cos(angle)
        anchor = "middle" if abs(cos) < 0.2 else ("start" if cos > 0 else "end")
        level = "—" if e.level is None else str(e.level)
        lines = []
        if lang in ("zh", "both"):
            lines += _wrap(f"{e.number} {e.name.zh} ({level})", size, 120)
        if lang in ("en", "both"):
            en = e.name.en if lang == "both" else f"{e.number} {e.name.en} ({level})"
            lines += _wrap(en, size, 120)
        line_h = size + 1.5
        block = line_h * len(lines)
        sin = math.sin(angle)
        top = ly + (block if sin > 0.2 else block / 2 if sin > -0.2 else 0) - size + 1
        for k, line in enumerate(lines):
            muted = lang == "both" and k >= len(lines) - len(_wrap(e.name.en, size, 120))
            d.add(text_group(lx, top - k * line_h, line, size if not muted else size - 0.5, anchor=anchor,
                             color=theme.MUTED if muted else theme.INK))

    # legend
    ly = 6
    items = [(theme.NAVY, False, labels.say(T("radar_level"), lang)),
             (theme.ORANGE, True, labels.say(T("radar_target"), lang))]
    total = sum(26 + fonts.string_width(t, 8) + 16 for _, _, t in items)
    x = cx - total / 2
    for color, dashed, text in items:
        d.add(Line(x, ly + 3, x + 20, ly + 3, strokeColor=_c(color), strokeWidth=2 if not dashed else 1.6,
                   strokeDashArray=[4, 3] if dashed else None))
        x += 26
        d.add(text_group(x, ly, text, 8, color=theme.INK))
        x += fonts.string_width(text, 8) + 16
    d.add(Rect(0, 0, width, height, strokeColor=None, fillColor=None))
    return d
