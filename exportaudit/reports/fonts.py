"""The PDF fonts: the bundled CJK TrueType font plus a Latin companion, both embedded, and text split between them.

The bundled ``DroidSansFallbackFull.ttf`` (shared with the GUI) has Chinese glyphs but no Latin ones at all: not
even ``A`` or ``0``. Qt falls back to a system font for those; reportlab does not, so every string is split into
runs, each drawn with the font that has its glyphs: Liberation Sans (SIL OFL 1.1, shipped in ``resources/fonts/``
with its licence) for Latin, digits and typographic punctuation, the CJK font for the rest. Both are TrueType and
embedded as subsets, so ``pdffonts`` lists only embedded fonts and no base-14 font is ever referenced.

A character neither font has is drawn as a visible box (□) rather than an invisible gap.
"""

from __future__ import annotations

import threading
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from exportaudit.paths import font_path, resources_dir
from exportaudit.reports import kinsoku
from exportaudit.reports.errors import ReportError

CJK = "EA-CJK"
LATIN = "EA-Latin"
LATIN_BOLD = "EA-Latin-Bold"
MISSING = "\u25a1"  # □, in the Latin font

_LATIN_FILES = {LATIN: "LiberationSans-Regular.ttf", LATIN_BOLD: "LiberationSans-Bold.ttf"}
_lock = threading.Lock()
_cmaps: dict[str, frozenset[int] | set[int]] = {}


def latin_file(name: str) -> Path:
    """A Latin font file from resources/fonts, where every bundled font and its licence live."""
    path = resources_dir() / "fonts" / name
    if path.is_file():
        return path
    raise ReportError(f"The report font {name} is missing from the installation.")


def register() -> None:
    """Register the report fonts with reportlab once per process (thread-safe; later calls cost nothing)."""
    if _cmaps:
        return
    kinsoku.install()
    with _lock:
        if _cmaps:
            return
        files = {CJK: font_path(), **{k: latin_file(v) for k, v in _LATIN_FILES.items()}}
        cmaps = {}
        for name, file in files.items():
            try:
                font = TTFont(name, str(file))
            except Exception as exc:  # reportlab raises TTFError, OSError, ...
                raise ReportError(f"Could not load the report font {file}: {exc}") from None
            pdfmetrics.registerFont(font)
            cmaps[name] = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN, boldItalic=LATIN_BOLD)
        _cmaps.update(cmaps)


def runs(text: str, latin: str = LATIN) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, segment) runs, Latin font first, CJK font second, □ for the rest.

    Spaces and other characters both fonts have stay in the current run, so a line breaks into few runs.
    """
    register()
    latin_map, cjk_map = _cmaps[latin], _cmaps[CJK]
    out: list[tuple[str, list[str]]] = []
    current: str | None = None
    for ch in text:
        code = ord(ch)
        in_latin, in_cjk = code in latin_map, code in cjk_map
        if in_latin and in_cjk and current is not None:
            font = current
        elif in_latin:
            font = latin
        elif in_cjk:
            font = CJK
        elif ch in "\n\t":
            font = current or latin
        else:
            font, ch = latin, MISSING
        if font != current:
            out.append((font, []))
            current = font
        out[-1][1].append(ch)
    return [(f, "".join(chars)) for f, chars in out]


def has_cjk(text: str) -> bool:
    register()
    latin_map, cjk_map = _cmaps[LATIN], _cmaps[CJK]
    return any(ord(c) in cjk_map and ord(c) not in latin_map for c in text)


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup for plain ``text``: escaped (``<``, ``>`` and ``&`` show literally), line breaks kept,
    each run wrapped in the font that has its glyphs."""
    latin = LATIN_BOLD if bold else LATIN
    parts = []
    for font, segment in runs(text, latin):
        body = escape(segment).replace("\n", "<br/>").replace("\t", "    ")
        parts.append(f'<font face="{font}">{body}</font>')
    return "".join(parts)


def string_width(text: str, size: float, *, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(seg, font, size) for font, seg in runs(text, LATIN_BOLD if bold else LATIN))


def draw(canvas, x: float, y: float, text: str, size: float, *, anchor: str = "start", bold: bool = False) -> None:
    """Draw one line of plain text on a canvas (page headers and footers), run by run."""
    if anchor != "start":
        width = string_width(text, size, bold=bold)
        x -= width if anchor == "end" else width / 2
    for font, segment in runs(text, LATIN_BOLD if bold else LATIN):
        canvas.setFont(font, size)
        canvas.drawString(x, y, segment)
        x += pdfmetrics.stringWidth(segment, font, size)


def fit(text: str, size: float, width: float, *, bold: bool = False) -> str:
    """``text`` shortened with an ellipsis so it fits ``width`` on one line."""
    if string_width(text, size, bold=bold) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if string_width(text[:mid] + "…", size, bold=bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
