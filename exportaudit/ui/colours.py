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
