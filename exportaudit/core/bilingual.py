"""Names and free texts the user types in two forms, Chinese and English, so a single-language report stays
single-language: an organisation's name, an assessment's title, people's names and the engagement texts.

``Forms.get(lang)`` is the one place that picks the form a reader sees: the form in ``lang`` when there is one,
else the other form (a name typed only in Chinese still shows in an English report); ``"both"`` gives
"中文 / English" only when both forms exist and differ. A single value typed before the two forms existed is
read by ``Forms.of``: its script says which form it is, and "陈静 / Chen Jing" is split into its two forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# CJK ideographs (with extension A and compatibility ideographs), kana, Hangul and the CJK symbols and full-width
# punctuation block: a value with any of them is written in Chinese for our purposes.
_CJK = re.compile("[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_LATIN = re.compile("[A-Za-z]")
_SLASH = re.compile(r"\s*/\s*")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text or ""))


def in_language(zh: str, en: str, lang: str) -> str:
    """The form of a name or text a reader of ``lang`` ("zh", "en" or "both") sees; the other form when the one
    asked for is empty."""
    zh, en = (zh or "").strip(), (en or "").strip()
    if lang == "both":
        return f"{zh} / {en}" if zh and en and zh != en else zh or en
    if lang == "zh":
        return zh or en
    return en or zh


@dataclass(frozen=True, slots=True)
class Forms:
    """A name or text in its Chinese and English forms; either may be empty."""

    zh: str = ""
    en: str = ""

    @classmethod
    def of(cls, text: str | None) -> Forms:
        """A single value as its forms: "中文 / English" (exactly one slash, Chinese on one side only, Latin letters
        on the other) split in two; otherwise the whole value is the form in the script it is written in."""
        text = (text or "").strip()
        parts = _SLASH.split(text)
        if len(parts) == 2 and all(parts):
            first, second = parts
            if has_cjk(first) and not has_cjk(second) and _LATIN.search(second):
                return cls(first, second)
            if has_cjk(second) and not has_cjk(first) and _LATIN.search(first):
                return cls(second, first)
        return cls(text, "") if has_cjk(text) else cls("", text)

    def get(self, lang: str) -> str:
        return in_language(self.zh, self.en, lang)

    @property
    def joined(self) -> str:
        """Both forms as one value ("中文 / English"): what single-value fields and the bilingual report show."""
        return self.get("both")

    def stripped(self) -> Forms:
        return Forms(self.zh.strip(), self.en.strip())

    def __bool__(self) -> bool:
        return bool(self.zh.strip() or self.en.strip())


def forms_from(value) -> Forms:
    """Stored or typed data as Forms: a ``{"zh": ..., "en": ...}`` mapping, a Forms, or an older single value."""
    if isinstance(value, Forms):
        return value
    if isinstance(value, dict):
        return Forms(str(value.get("zh") or ""), str(value.get("en") or ""))
    return Forms.of(value if isinstance(value, str) else "")
