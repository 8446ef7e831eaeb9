"""Other ICP frameworks (EU 2019/1318, BIS ECG 2017, Wassenaar 2011) and the crosswalks that map a checklist's
items onto their sections, so one assessment can be reported against several frameworks.

The mapping is ExportAudit's own reading, not an official equivalence: every link carries a relation and a
one-line rationale so a reader can disagree with it item by item.
"""

from __future__ import annotations

from dataclasses import dataclass

from exportaudit.core.text import Text

# How much a mapped item weighs in a framework section, by relation (see docs/frameworks.md).
RELATION_FULL, RELATION_PARTIAL, RELATION_RELATED = "full", "partial", "related"
RELATION_WEIGHTS = {RELATION_FULL: 1.0, RELATION_PARTIAL: 0.5, RELATION_RELATED: 0.0}


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    name: Text
    summary: Text  # one line in our own words, not the framework's text
    ours: bool = False  # True: the framework does not number this section; the id is ExportAudit's
    short: Text | None = None  # a few words for chart labels; the name when not given

    @property
    def label(self) -> Text:
        return self.short or self.name


@dataclass(frozen=True)
class Framework:
    id: str
    version: str
    title: Text
    short: Text  # a few characters for tabs, sheet names and radar titles
    source: Text  # where it was read
    confidence: Text  # what was read in the source and what rests on recollection
    sections: tuple[Section, ...]

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)


@dataclass(frozen=True, slots=True)
class Link:
    """One checklist item mapped to one framework section."""

    item: str
    section: str
    relation: str  # full, partial or related
    rationale: Text

    @property
    def weight(self) -> float:
        return RELATION_WEIGHTS[self.relation]


@dataclass(frozen=True)
class Crosswalk:
    checklist: str  # checklist id
    framework: str  # framework id
    version: str
    links: tuple[Link, ...]
    unmapped_sections: tuple[str, ...] = ()  # sections of the framework no item maps to (reported, not refused)

    def links_to(self, section_id: str) -> list[Link]:
        return [link for link in self.links if link.section == section_id]
