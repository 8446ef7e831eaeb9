"""One palette for both report formats (hex, no '#'): brand colours, and status fills tinted from the status colours
the window shows too."""

from __future__ import annotations

from exportaudit.core import status_colours

NAVY = "1F3A5F"  # headings, table headers, chart series
TEAL = "2A7F8E"  # accents
ORANGE = "D9822B"  # target line
INK = "222222"  # body text, 7:1 or better on every status fill
MUTED = "6B7280"  # secondary text
RULE = "C9D2DC"  # table grid
ZEBRA = "F3F6F9"  # alternate table rows
HEADER_TEXT = "FFFFFF"
WARN = "B45309"  # unevidenced, capped
WARN_BG = "FEF3C7"
GOOD = "2F7D4F"  # a level that went up


def _fill(colour: str) -> str:
    """A status colour of the shared table as a printed cell's fill (hex without '#')."""
    return status_colours.tint(colour).lstrip("#").upper()


# Level 0 (absent) to 5 (optimised) and the other statuses: light tints of the colours the window shows,
# readable with dark text (see exportaudit.core.status_colours).
LEVEL_FILL = {n: _fill(colour) for n, colour in enumerate(status_colours.LEVEL)}
NONE_FILL = _fill(status_colours.UNANSWERED)  # unanswered
NA_FILL = _fill(status_colours.NOT_APPLICABLE)  # not applicable


def level_fill(level: int | None) -> str:
    return LEVEL_FILL.get(level, NONE_FILL) if level is not None else NONE_FILL


# Finding grades, most severe first; the statutory duties register; request statuses.
GRADE_FILL = {grade: _fill(colour) for grade, colour in status_colours.GRADE.items()}
DUTY_FILL = {status: _fill(colour) for status, colour in status_colours.DUTY.items()}
REQUEST_FILL = {status: _fill(colour) for status, colour in status_colours.REQUEST.items()}
THEN = "8FA3B8"  # the baseline series in comparison charts (a muted slate beside the navy "now")


def grade_fill(grade: str) -> str:
    return GRADE_FILL.get(grade, NONE_FILL)
