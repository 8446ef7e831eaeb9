"""The framework part of the report model: the assessment read against EU 2019/1318, BIS ECG 2017 or Wassenaar
2011 through ExportAudit's crosswalks (``core.framework_scoring``), one ``FrameworkReport`` per chosen framework.

Which frameworks a report carries is the caller's choice (``build_model(..., frameworks=...)``); the PDF gets one
section and the workbook one sheet per framework carried.
"""

from __future__ import annotations

from dataclasses import dataclass

from exportaudit.core.framework_catalogue import load_catalogue
from exportaudit.core.framework_scoring import score_framework
from exportaudit.core.text import Text
from exportaudit.core.vocab import MAPPING_NOTE, NOT_ASSESSED_REASONS, RELATIONS
from exportaudit.reports.errors import ReportError

ALL_FRAMEWORKS = "all"


@dataclass(frozen=True)
class FrameworkItemRow:
    item_id: str
    question: Text | None  # None: not in the assessment's checklist version
    relation: str  # full, partial, related
    relation_label: Text
    in_scope: bool
    effective: int | None
    na: bool
    rationale: Text


@dataclass(frozen=True)
class FrameworkSectionRow:
    id: str
    ours: bool  # the id is ExportAudit's, not the framework's
    name: Text
    summary: Text
    label: Text  # a few words for the radar
    score: float | None
    level: int | None
    answered: int
    applicable: int
    capped: bool
    not_assessed: Text | None  # why there is no level
    items: tuple[FrameworkItemRow, ...]

    @property
    def coverage(self) -> float:
        return self.answered / self.applicable if self.applicable else 0.0


@dataclass(frozen=True)
class FrameworkReport:
    id: str
    title: Text
    short: Text
    source: Text
    confidence: Text
    note: Text  # the mapping is ours, not an official equivalence
    sections: tuple[FrameworkSectionRow, ...]

    @property
    def assessed(self) -> int:
        return sum(1 for s in self.sections if s.level is not None)


def framework_reports(session, chosen: tuple[str, ...] | list[str]) -> tuple[FrameworkReport, ...]:
    """The chosen frameworks (ids, or ``["all"]``) scored for ``session``; ReportError naming the choices when
    an id is unknown or has no crosswalk from the session's checklist."""
    catalogue = load_catalogue()
    available = catalogue.for_checklist(session.checklist.id)
    ids = [f.id for f, _ in available]
    wanted = ids if ALL_FRAMEWORKS in chosen else list(dict.fromkeys(chosen))
    unknown = [f for f in wanted if f not in ids]
    if unknown:
        raise ReportError(f"No framework '{unknown[0]}' for checklist {session.checklist.id}; expected one of: "
                          f"{', '.join(ids) or '(none)'}, or {ALL_FRAMEWORKS}.")
    full = session.store.checklists.get(session.assessment.checklist_sha256)  # module items too, for their questions
    out = []
    for framework, crosswalk in available:
        if framework.id not in wanted:
            continue
        result = score_framework(framework, crosswalk, session.checklist, session.score, session.model)
        sections = []
        for s in result.sections:
            section = framework.section(s.section_id)
            items = tuple(FrameworkItemRow(
                r.link.item, full.item(r.link.item).question if full.has_item(r.link.item) else None,
                r.link.relation, RELATIONS[r.link.relation], r.score is not None,
                r.score.effective if r.score else None, bool(r.score and r.score.na), r.link.rationale)
                for r in s.items)
            sections.append(FrameworkSectionRow(
                section.id, section.ours, section.name, section.summary, section.label, s.score, s.level, s.answered,
                s.applicable, s.capped, NOT_ASSESSED_REASONS[s.not_assessed] if s.not_assessed else None, items))
        out.append(FrameworkReport(framework.id, framework.title, framework.short, framework.source,
                                   framework.confidence, MAPPING_NOTE, tuple(sections)))
    return tuple(out)
