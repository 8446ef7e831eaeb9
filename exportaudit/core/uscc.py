"""The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the last a check character.

Checking it catches the typical typo in a client's code before it reaches a report.
"""

from __future__ import annotations

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I, O, S, V, Z
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def check_character(first17: str) -> str:
    total = sum(CHARSET.index(ch) * weight for ch, weight in zip(first17, WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def uscc_problem(code: str) -> str | None:
    """None for a valid code; otherwise what is wrong with it, in plain words (English; the GUI translates by kind)."""
    code = code.strip().upper()
    if len(code) != 18:
        return "length"
    if any(ch not in CHARSET for ch in code):
        return "characters"
    if check_character(code[:17]) != code[17]:
        return "check"
    return None
