"""One palette for both report formats: brand colours and a colour per maturity level (hex, no '#')."""

from __future__ import annotations

NAVY = "1F3A5F"  # headings, table headers, chart series
TEAL = "2A7F8E"  # accents
ORANGE = "D9822B"  # target line
INK = "222222"  # body text
MUTED = "6B7280"  # secondary text
RULE = "C9D2DC"  # table grid
ZEBRA = "F3F6F9"  # alternate table rows
HEADER_TEXT = "FFFFFF"
WARN = "B45309"  # unevidenced, capped
WARN_BG = "FEF3C7"
GOOD = "2F7D4F"  # a level that went up

# Level 0 (absent) to 5 (optimised): red through amber to green, readable with dark text.
LEVEL_FILL = {0: "E8A0A0", 1: "F2B8A0", 2: "F6D58E", 3: "D6E6A6", 4: "A8D5A2", 5: "7FC29B"}
NONE_FILL = "E5E7EB"  # unanswered
NA_FILL = "DDE3EA"  # not applicable


def level_fill(level: int | None) -> str:
    return LEVEL_FILL.get(level, NONE_FILL) if level is not None else NONE_FILL

# Finding grades, most severe first; request statuses. Light fills, readable with dark text.
GRADE_FILL = {"major": "E8A0A0", "minor": "F6D58E", "observation": "DDE3EA", "improvement": "CFE5EA",
              "good_practice": "A8D5A2"}
DUTY_FILL = {"met": "A8D5A2", "not_met": "E8A0A0", "not_assessed": NONE_FILL}  # statutory duties register
REQUEST_FILL = {"received": "A8D5A2", "requested": "F6D58E", "missing": "E8A0A0", "not_applicable": NA_FILL}
THEN = "8FA3B8"  # the baseline series in comparison charts (a muted slate beside the navy "now")


def grade_fill(grade: str) -> str:
    return GRADE_FILL.get(grade, NONE_FILL)
