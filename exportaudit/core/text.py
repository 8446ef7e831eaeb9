"""Bilingual text: every checklist and vocabulary string carries Chinese and English."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("zh", "en")


@dataclass(frozen=True, slots=True)
class Text:
    zh: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("zh" or "en"); "both" joins them as Chinese / English."""
        if lang == "zh":
            return self.zh
        if lang == "both":
            return self.zh if self.zh == self.en else f"{self.zh} / {self.en}"
        return self.en

    def matches(self, needle: str) -> bool:
        """Case-insensitive search in either language."""
        needle = needle.casefold()
        return needle in self.zh.casefold() or needle in self.en.casefold()
