"""The few colours that carry meaning (statuses, the radar's series). Everything else uses the palette.

The status colours come from ``exportaudit.core.status_colours``, the table the reports print from too; the
rest are mid-tones chosen to stay readable on both a light and a dark window background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from exportaudit.core import status_colours

LEVEL_COLOURS = status_colours.LEVEL
ACTUAL_COLOUR = "#3d7fd9"  # the radar's assessed levels
TARGET_COLOUR = "#e08a00"  # the radar's target profile
WARNING_COLOUR = "#e0a020"  # unevidenced claims
KEY_COLOUR = "#c9a227"  # key items
BASELINE_COLOUR = "#8e6bbf"  # the radar's baseline levels in a re-audit comparison
FINDING_COLOUR = "#b0479a"  # items with findings
RECONFIRM_COLOUR = "#3d7fd9"  # answers carried over from a baseline, to re-confirm
OVERDUE_COLOUR = status_colours.text_tone(status_colours.LEVEL[0])  # corrective actions past their due date
NOT_APPLICABLE_COLOUR = status_colours.NOT_APPLICABLE

REQUEST_COLOURS = {status: QColor(colour) for status, colour in status_colours.REQUEST.items()}
DUTY_TEXT_COLOURS = {status: QColor(status_colours.text_tone(colour)) for status, colour in status_colours.DUTY.items()}


def grade_colour(grade: str | None) -> QColor:
    """A finding grade's colour, most severe first (grey for none)."""
    return QColor(status_colours.grade(grade))


def level_colour(level: int | None) -> QColor:
    """A maturity level's colour (grey when unanswered)."""
    return QColor(status_colours.level(level))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def muted_text(palette: QPalette) -> QColor:
    """De-emphasised text that keeps enough contrast in both light and dark palettes."""
    colour = QColor(palette.color(QPalette.ColorRole.WindowText))
    colour.setAlphaF(0.68)
    return colour
