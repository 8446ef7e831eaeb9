"""User text made safe for any report: characters that XML (and so .xlsx and PDF markup) cannot hold are
replaced by a visible mark instead of being dropped or breaking the build."""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"  # �, the Unicode replacement character

# XML 1.0 allows tab, newline and carriage return among the C0 controls; none of the others, nor the
# surrogates or U+FFFE/U+FFFF. openpyxl raises IllegalCharacterError on the C0 ones.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@")


def clean(text: str | None) -> str:
    """``text`` with line ends made ``\\n`` and every illegal control character replaced by �."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub(REPLACEMENT, text)


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would read ``text`` as a formula if it were typed in."""
    return text.startswith(FORMULA_STARTS)
