"""One colour per status, shared by the window and both reports, so a status looks the same wherever it is shown.

Hex strings ``#rrggbb`` only: the window turns them into QColors, the reports into reportlab and openpyxl
colours. Each is a mid-tone, drawn as it is on screen (tree marks, swatches, chart series), where it stays
visible on light and dark window backgrounds. Printed tables fill their cells with ``tint`` of the same colour
(the hue mixed with white), under near-black text at 7:1 contrast or better; words set in a status colour use
``text_tone``, the same hue darkened until it reads on white at 4.5:1.
"""

from __future__ import annotations

# Maturity levels 0 (absent) to 5 (optimised): red through amber and green to teal.
LEVEL = ("#d9534f", "#e8803a", "#e0b020", "#8cb43c", "#3a9e5c", "#2d8a9e")
UNANSWERED = "#8a8a8a"
NOT_APPLICABLE = "#7b8ea3"  # a slate, so "not applicable" never looks like "not answered yet"
IMPROVEMENT = "#3d7fd9"

# Finding grades, most severe first.
GRADE = {"major": LEVEL[0], "minor": LEVEL[1], "observation": LEVEL[2], "improvement": IMPROVEMENT,
         "good_practice": LEVEL[4]}
# Document request statuses.
REQUEST = {"requested": LEVEL[2], "received": LEVEL[4], "missing": LEVEL[0], "not_applicable": NOT_APPLICABLE}
# The statutory duties register.
DUTY = {"met": LEVEL[4], "not_met": LEVEL[0], "not_assessed": UNANSWERED}
# A transaction test (a sampled order's checks, a red-flag review).
PASSED, FAILED, PARTLY, OPEN = LEVEL[4], LEVEL[0], LEVEL[2], UNANSWERED


def level(value: int | None) -> str:
    """The colour of a maturity level; unanswered (None) is grey."""
    return UNANSWERED if value is None else LEVEL[max(0, min(5, value))]


def grade(value: str | None) -> str:
    return GRADE.get(value or "", UNANSWERED)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(rgb) -> str:
    return "#" + "".join(f"{round(c):02x}" for c in rgb)


def tint(colour: str, strength: float = 0.45) -> str:
    """``colour`` mixed with white (``strength`` of the colour): a printed cell's fill."""
    return _hex(c * strength + 255 * (1 - strength) for c in _rgb(colour))


def luminance(colour: str) -> float:
    """Relative luminance as WCAG 2 defines it (0 black to 1 white)."""
    channels = [c / 255 for c in _rgb(colour)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, other: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_tone(colour: str, ratio: float = 4.5) -> str:
    """``colour`` darkened in small steps until text in it reads on white at ``ratio``."""
    rgb = _rgb(colour)
    shade = colour
    step = 1.0
    while contrast(shade, "#ffffff") < ratio and step > 0:
        step -= 0.04
        shade = _hex(c * step for c in rgb)
    return shade
