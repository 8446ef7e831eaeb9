"""Legal basis references in the reader's language: "ECL 2020 Art. 15" reads 《出口管制法》第十五条 in Chinese.

Checklist files cite in one short, stable form (see checklists/README.md); this module renders it. A reference in
another form is shown as written.
"""

from __future__ import annotations

import re

_LAWS = {
    "ECL 2020": ("《出口管制法》", "Export Control Law (2020)"),
    "DUR 2024": ("《两用物项出口管制条例》", "Dual-use Items Export Control Regulations (2024)"),
}
_GUIDANCE = {"MOFCOM 2021 Guidance": ("商务部 2021 年《两用物项出口经营者建立出口管制内部合规机制的指导意见》",
                                      "MOFCOM 2021 ICP guidance")}
_ARTICLE = re.compile(r"^(ECL 2020|DUR 2024) Art\. (\d{1,3})$")
_STATUTE = re.compile(r"^(ECL|DUR) \d{4}\b")
# The articles that set out penalties (legal liability chapters): ECL 2020 Arts. 33-45, DUR 2024 Arts. 39-47.
_PENALTY_ARTICLES = {"ECL 2020": range(33, 46), "DUR 2024": range(39, 48)}
_DIGITS = "零一二三四五六七八九"


def is_statutory_reference(reference: str) -> bool:
    """True for a reference to a statute (the Export Control Law or the Dual-use Regulations, "ECL 2020 Art. 12",
    "DUR 2024"); guidance ("MOFCOM 2021 Guidance") and anything else is not a statutory basis."""
    return bool(_STATUTE.match(reference.strip()))


def is_penalty_reference(reference: str) -> bool:
    """True for an article of a statute's legal-liability chapter (ECL 2020 Art. 34, DUR 2024 Art. 40)."""
    match = _ARTICLE.match(reference.strip())
    return bool(match) and int(match.group(2)) in _PENALTY_ARTICLES[match.group(1)]


def chinese_number(n: int) -> str:
    """1-999 in Chinese numerals as used for article numbers: 十五, 二十, 一百零三."""
    if not 0 < n < 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = f"{_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    if ones:
        out += _DIGITS[ones]
    return out


def render(reference: str, lang: str) -> str:
    """One reference in "zh", "en" or "both" (Chinese, then the form as cited)."""
    match = _ARTICLE.match(reference.strip())
    if match:
        law, article = match.group(1), int(match.group(2))
        zh = f"{_LAWS[law][0]}第{chinese_number(article)}条"
    elif reference.strip() in _LAWS:
        zh = _LAWS[reference.strip()][0]
    elif reference.strip() in _GUIDANCE:
        zh = _GUIDANCE[reference.strip()][0]
    else:
        return reference
    if lang == "zh":
        return zh
    if lang == "both":
        return f"{zh} / {reference}"
    return reference


def render_all(references, lang: str, sep: str = "; ") -> str:
    return sep.join(render(r, lang) for r in references)
