"""Read a rating or N/A as people type it into a spreadsheet: 3, "3", "3 - 已定义", "Defined", "N/A", "不适用"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from exportaudit.core.checklist import Checklist

NA_WORDS = {"n/a", "na", "n.a.", "not applicable", "不适用", "不适用。", "无此项", "免答"}
_LEADING_LEVEL = re.compile(r"^\s*([0-9]+(?:\.0+)?)(?:\s*(?:[-–—:：.、/|)）]|\s|级|$).*)?$", re.S)
_FRACTION = re.compile(r"^\s*[0-9]+\.[0-9]*[1-9]")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(frozen=True)
class ParsedAnswer:
    level: int | None = None
    na: bool = False
    blank: bool = False


class AnswerError(ValueError):
    """The cell cannot be read as a rating; the message says what was expected.

    ``code`` and ``values`` let an interface say the same in its own language.
    """

    def __init__(self, code: str, message: str, **values: object):
        super().__init__(message)
        self.code = code
        self.values = values


def parse_na(value: object) -> bool:
    """The N/A column: any of the N/A words, "yes"/"是"/"x"/"✓", or True."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in NA_WORDS or text in {"yes", "y", "x", "✓", "✔", "是", "true", "1"}:
        return True
    parts = [p.strip() for p in text.split("/")]  # the dropdown's "N/A / 不适用"
    return len(parts) > 1 and {"n/a", "n", "a", "不适用"} >= set(parts) and "不适用" in parts


def parse_rating(value: object, checklist: Checklist) -> ParsedAnswer:
    """A rating cell's content; raises AnswerError with a specific reason when it cannot be read."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ParsedAnswer(blank=True)
    if isinstance(value, bool):
        raise AnswerError("not_a_rating", f"'{value}' is not a rating; expected 0 to 5 or N/A", value=str(value))
    if isinstance(value, (int, float)):
        if value != int(value):
            raise AnswerError("not_whole", f"rating {value} is not a whole number; expected 0 to 5", value=str(value))
        return _level(int(value))
    text = str(value).strip().translate(_FULLWIDTH)
    if text.casefold() in NA_WORDS:
        return ParsedAnswer(na=True)
    if _FRACTION.match(text):
        raise AnswerError("not_whole", f"rating {_short(text)} is not a whole number; expected 0 to 5", value=_short(text))
    match = _LEADING_LEVEL.match(text)
    if match:
        return _level(int(float(match.group(1))))
    folded = text.casefold()
    for level in checklist.levels:
        if folded in (level.label.zh.casefold(), level.label.en.casefold()):
            return ParsedAnswer(level=level.level)
    raise AnswerError("not_a_rating", f"'{_short(text)}' is not a rating; expected 0 to 5 (e.g. \"3\" or \"3 - "
                      f"{checklist.level(3).label.zh}\") or N/A", value=_short(text))


def _level(value: int) -> ParsedAnswer:
    if not 0 <= value <= 5:
        raise AnswerError("out_of_range", f"rating {value} is out of range; expected 0 to 5", value=str(value))
    return ParsedAnswer(level=value)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
