"""The radar charts of the PDF as reportlab Drawings: element levels against the target, and a re-audit's levels
overlaid on its baseline's.

Drawn from shapes rather than reportlab's SpiderChart so that every label can be split into Latin and CJK font
runs (the bundled CJK font has no Latin glyphs) and so no base-14 font is ever referenced.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from exportaudit.core.text import Text
from exportaudit.reports import fonts, labels, theme
from exportaudit.reports.content import BaselineComparison, ReportModel
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


@dataclass(frozen=True)
class Series:
    """One polygon on a radar: a level per spoke (None is drawn at 0 with a hollow marker)."""

    values: tuple[int | None, ...]
    colour: str
    label: str
    dashed: bool = False
    fill: float | None = None  # opacity of the area fill; None draws the outline only
    markers: bool = True
    width: float = 2


def radar_drawing(model: ReportModel, lang: str, width: float = 440, height: float = 300) -> Drawing:
    """Element levels (navy, filled) against the target profile (orange, dashed); an optional module's elements
    are left out, as they are of the overall result."""
    elements = [e for e in model.elements if not e.module]
    drawn = [Series(tuple(e.level for e in elements), theme.NAVY, labels.say(T("radar_level"), lang), fill=0.18)]
    if any(e.target is not None for e in elements):  # drawn underneath the levels
        drawn.insert(0, Series(tuple(e.target for e in elements), theme.ORANGE, labels.say(T("radar_target"), lang),
                               dashed=True, markers=False, width=1.6))
    tags = ["—" if e.level is None else str(e.level) for e in elements]
    return spider([(e.number, e.name) for e in elements], drawn, tags, lang, width, height, legend=drawn[::-1])


def comparison_drawing(comparison: BaselineComparison, lang: str, width: float = 440, height: float = 300,
                       targets: tuple[int | None, ...] = ()) -> Drawing:
    """The baseline's element levels (slate, dashed), this assessment's (navy, filled) and the target (orange,
    dashed). The baseline is drawn last, as an outline over the filled levels, so it stays visible where the
    two are equal."""
    rows = comparison.elements
    dash = "—"
    then = Series(tuple(e.level_then for e in rows), theme.THEN,
                  f"{labels.say(T('baseline'), lang)} (#{comparison.baseline_id})", dashed=True, width=1.8)
    now = Series(tuple(e.level_now for e in rows), theme.NAVY, labels.say(T("this_assessment"), lang), fill=0.18,
                 width=2.6)
    drawn = [now, then]
    if any(t is not None for t in targets):
        drawn.insert(0, Series(tuple(targets), theme.ORANGE, labels.say(T("radar_target"), lang), dashed=True,
                               markers=False, width=1.4))
    tags = [f"{dash if e.level_then is None else e.level_then}→{dash if e.level_now is None else e.level_now}"
            for e in rows]
    return spider([(e.number, e.name) for e in rows], drawn, tags, lang, width, height,
                  legend=[then, now] + drawn[:-2])


def spider(spokes: list[tuple[int, Text]], series: list[Series], tags: list[str], lang: str, width: float,
           height: float, *, legend: list[Series] | None = None) -> Drawing:
    """A radar on the 0–5 scale: one spoke per (number, name) labelled ``number name (tag)``, the ``series``
    drawn in order (the last on top) and a legend below (``legend`` gives its order; default: drawn order)."""
    d = Drawing(width, height, initialFontName=fonts.LATIN, initialFontSize=8)
    n = len(spokes)
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

    for s in series if n else ():
        pts = [c for i, v in enumerate(s.values) for c in point(i, v or 0)]
        dash = [4, 3] if s.dashed else None
        if s.fill is not None:
            d.add(Polygon(pts, strokeColor=_c(s.colour), strokeWidth=s.width, strokeDashArray=dash,
                          fillColor=_c(s.colour, s.fill)))
        else:
            d.add(PolyLine(pts + pts[:2], strokeColor=_c(s.colour), strokeWidth=s.width, strokeDashArray=dash))
        if not s.markers:
            continue
        for i, v in enumerate(s.values):
            x, y = point(i, v or 0)
            if v is None:
                d.add(Circle(x, y, 2.6, strokeColor=_c(s.colour), strokeWidth=1, fillColor=colors.white))
            else:
                d.add(Circle(x, y, 2.8, strokeColor=colors.white, strokeWidth=0.8, fillColor=_c(s.colour)))

    size = 7.5
    for i, (number, name) in enumerate(spokes):
        angle = math.pi / 2 - 2 * math.pi * i / n
        lx, ly = cx + (radius + 10) * math.cos(angle), cy + (radius + 10) * math.sin(angle)
        cos = math.cos(angle)
        anchor = "middle" if abs(cos) < 0.2 else ("start" if cos > 0 else "end")
        lines = []
        if lang in ("zh", "both"):
            lines += _wrap(f"{number} {name.zh} ({tags[i]})", size, 120)
        if lang in ("en", "both"):
            en = name.en if lang == "both" else f"{number} {name.en} ({tags[i]})"
            lines += _wrap(en, size, 120)
        line_h = size + 1.5
        block = line_h * len(lines)
        sin = math.sin(angle)
        top = ly + (block if sin > 0.2 else block / 2 if sin > -0.2 else 0) - size + 1
        for k, line in enumerate(lines):
            muted = lang == "both" and k >= len(lines) - len(_wrap(name.en, size, 120))
            d.add(text_group(lx, top - k * line_h, line, size if not muted else size - 0.5, anchor=anchor,
                             color=theme.MUTED if muted else theme.INK))

    ly = 6
    entries = legend if legend is not None else series
    total = sum(26 + fonts.string_width(s.label, 8) + 16 for s in entries)
    x = cx - total / 2
    for s in entries:
        d.add(Line(x, ly + 3, x + 20, ly + 3, strokeColor=_c(s.colour), strokeWidth=s.width,
                   strokeDashArray=[4, 3] if s.dashed else None))
        x += 26
        d.add(text_group(x, ly, s.label, 8, color=theme.INK))
        x += fonts.string_width(s.label, 8) + 16
    d.add(Rect(0, 0, width, height, strokeColor=None, fillColor=None))
    return d
