"""The few colours that carry meaning (maturity levels, the radar's series). Everything else uses the palette.

Each is a mid-tone chosen to stay readable on both a light and a dark window background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

LEVEL_COLOURS = ("#d9534f", "#e8803a", "#e0b020", "#8cb43c", "#3a9e5c", "#2d8a9e")
ACTUAL_COLOUR = "#3d7fd9"  # the radar's assessed levels
TARGET_COLOUR = "#e08a00"  # the radar's target profile
WARNING_COLOUR = "#e0a020"  # unevidenced claims
KEY_COLOUR = "#c9a227"  # key items
BASELINE_COLOUR = "#8e6bbf"  # the radar's baseline levels in a re-audit comparison
FINDING_COLOUR = "#b0479a"  # items with findings
RECONFIRM_COLOUR = "#3d7fd9"  # answers carried over from a baseline, to re-confirm
OVERDUE_COLOUR = "#d0453f"  # corrective actions past their due date


GRADE_COLOURS = {"major": "#d9534f", "minor": "#e8803a", "observation": "#e0b020", "improvement": "#3d7fd9",
                 "good_practice": "#3a9e5c"}  # finding grades, most severe first


REQUEST_COLOURS = {"requested": QColor("#e0b020"), "received": QColor("#3a9e5c"), "missing": QColor("#d9534f"),
                   "not_applicable": QColor("#8a8a8a")}  # document request statuses


def grade_colour(grade: str | None) -> QColor:
    return QColor(GRADE_COLOURS.get(grade or "", "#8a8a8a"))


def level_colour(level: int | None) -> QColor:
    if level is None:
        return QColor("#8a8a8a")
    return QColor(LEVEL_COLOURS[max(0, min(5, level))])


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def muted_text(palette: QPalette) -> QColor:
    """De-emphasised text that keeps enough contrast in both light and dark palettes."""
    colour = QColor(palette.color(QPalette.ColorRole.WindowText))
    colour.setAlphaF(0.68)
    return colour
