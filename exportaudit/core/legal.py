"""Legal basis references in the reader's language, checked against the statutes' real articles and paragraphs.

Checklists cite in one short, stable form (see checklists/README.md): ``ECL 2020 Art. 12(3)`` is paragraph 3 of
Article 12 of the Export Control Law and reads 《出口管制法》第十二条第三款 in Chinese and "Export Control Law,
Art. 12(3)" in English; ``DUR 2024 Art. 16(2)(1)`` adds the numbered item: 第十六条第二款第（一）项. A reference in
another form is shown as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exportaudit.core.statutes import DUR_2024, ECL_2020

_LAWS = {
    "ECL 2020": ("《出口管制法》", "Export Control Law", ECL_2020),
    "DUR 2024": ("《两用物项出口管制条例》", "Dual-use Items Export Control Regulations", DUR_2024),
}
# Format 1 cited the guidance in the statute field; still rendered for pinned 1.x assessments.
_GUIDANCE = {"MOFCOM 2021 Guidance": ("商务部公告2021年第10号（据二手资料转述）",
                                      "MOFCOM Announcement 2021 No. 10 (as reported in secondary sources)")}
_REFERENCE = re.compile(r"^(ECL 2020|DUR 2024) Art\. (\d{1,3})(?:\((\d{1,2})\))?(?:\((\d{1,2})\))?$")
_STATUTE = re.compile(r"^(ECL|DUR) \d{4}\b")
# The articles that set out penalties (legal liability chapters): ECL 2020 Arts. 33-45, DUR 2024 Arts. 39-47.
_PENALTY_ARTICLES = {"ECL 2020": range(33, 46), "DUR 2024": range(39, 48)}
_DIGITS = "零一二三四五六七八九"


@dataclass(frozen=True)
class Reference:
    """A parsed statute reference; ``paragraph`` and ``item`` are None when the citation stops above them."""

    law: str
    article: int
    paragraph: int | None = None
    item: int | None = None


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


def parse(reference: str) -> Reference | None:
    """The reference's parts, or None when it is not in the ``ECL 2020 Art. N(p)(i)`` form."""
    match = _REFERENCE.match(reference.strip())
    if not match:
        return None
    law, article, paragraph, item = match.groups()
    return Reference(law, int(article), int(paragraph) if paragraph else None, int(item) if item else None)


def is_statutory_reference(reference: str) -> bool:
    """True for a reference to a statute (the Export Control Law or the Dual-use Regulations, "ECL 2020 Art. 12",
    "DUR 2024"); guidance ("MOFCOM 2021 Guidance") and anything else is not a statutory basis."""
    return bool(_STATUTE.match(reference.strip()))


def is_penalty_reference(reference: str) -> bool:
    """True for an article of a statute's legal-liability chapter (ECL 2020 Art. 34, DUR 2024 Art. 40(1))."""
    ref = parse(reference)
    return ref is not None and ref.article in _PENALTY_ARTICLES[ref.law]


def problem(reference: str) -> str | None:
    """Why ``reference`` cannot stand in a statute-only legal_basis (format 2), or None when it can."""
    text = reference.strip()
    if text.startswith("MOFCOM") or "guidance" in text.casefold() or "指南" in text or "公告" in text:
        return (f"'{text}' is guidance, not a statute; cite it under sources "
                '(e.g. { kind = "mofcom-2021" }) and keep legal_basis for statute articles')
    ref = parse(text)
    if ref is None:
        return f"'{text}' is not a statute reference; expected the form 'ECL 2020 Art. 12(3)' or 'DUR 2024 Art. 16(2)(1)'"
    table = _LAWS[ref.law][2]
    if ref.article not in table:
        return f"'{text}': {ref.law} has no Article {ref.article} (it has Articles 1 to {max(table)})"
    paragraphs = table[ref.article]
    if ref.paragraph is not None and not 1 <= ref.paragraph <= len(paragraphs):
        count = "one paragraph" if len(paragraphs) == 1 else f"{len(paragraphs)} paragraphs"
        return f"'{text}': {ref.law} Art. {ref.article} has {count}, not a paragraph {ref.paragraph}"
    if ref.item is not None:
        items = paragraphs[ref.paragraph - 1]
        if not 1 <= ref.item <= items:
            where = f"Art. {ref.article}({ref.paragraph})"
            return (f"'{text}': {ref.law} {where} has no numbered items" if not items
                    else f"'{text}': {ref.law} {where} has {items} numbered items, not an item {ref.item}")
    return None


def _chinese(ref: Reference) -> str:
    out = f"{_LAWS[ref.law][0]}第{chinese_number(ref.article)}条"
    single_paragraph = len(_LAWS[ref.law][2].get(ref.article, ())) == 1
    if ref.paragraph is not None and not (single_paragraph and ref.item is not None):
        out += f"第{chinese_number(ref.paragraph)}款"  # a lone paragraph is named only when no item follows
    if ref.item is not None:
        out += f"第（{chinese_number(ref.item)}）项"
    return out


def _english(ref: Reference) -> str:
    parts = "".join(f"({n})" for n in (ref.paragraph, ref.item) if n is not None)
    return f"{_LAWS[ref.law][1]}, Art. {ref.article}{parts}"


def render(reference: str, lang: str, *, as_cited: bool = False) -> str:
    """One reference in "zh", "en" or "both" (Chinese, then English).

    ``as_cited`` keeps the English as written ("ECL 2020 Art. 15"), as reports on 1.x checklists always showed it,
    so a finalised report of a pinned 1.x assessment still reads exactly as it did.
    """
    text = reference.strip()
    ref = parse(text)
    if ref is not None:
        zh, en = _chinese(ref), _english(ref)
    elif text in _LAWS:
        zh, en = _LAWS[text][0], _LAWS[text][1]
    elif text in _GUIDANCE:
        zh, en = _GUIDANCE[text]
    else:
        return reference
    if as_cited:
        en = text
    if lang == "zh":
        return zh
    if lang == "both":
        return f"{zh} / {en}"
    return en


def render_all(references, lang: str, sep: str | None = None, *, as_cited: bool = False) -> str:
    """References joined by ``sep``; by default the Chinese full-width semicolon in Chinese, "; " otherwise (and
    always "; " ``as_cited``, the 1.x report form)."""
    if sep is None:
        sep = "；" if lang == "zh" and not as_cited else "; "
    return sep.join(render(r, lang, as_cited=as_cited) for r in references)
