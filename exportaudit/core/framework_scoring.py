"""A framework's sections scored from the item results the checklist's scoring model already produced.

No second item model: each section takes the mapped items' effective levels from ``AssessmentScore.items``
(after the evidence gate and every cap the model applies) and aggregates them like an element, with each item's
weight multiplied by its relation's weight (full 1, partial 0.5, related 0: listed, not scored). A section with
nothing to score is "not assessed", never 0. Rules and a worked example: docs/frameworks.md.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from exportaudit.core.checklist import Checklist, Item
from exportaudit.core.frameworks import RELATION_FULL, Crosswalk, Framework, Link
from exportaudit.core.scoring import KEY_ITEM_CAP, KEY_ITEM_THRESHOLD, AssessmentScore, ItemScore, _Coverage, round_half_up
from exportaudit.core.scoring_model2 import KEY_BOUND_BELOW, _element_result, whole

# Why a section has no level.
NO_MAPPED_ITEM = "no-mapped-item"  # the crosswalk maps no scored item to it
NOT_IN_SCOPE = "not-in-scope"  # mapped items exist, but none applies to this assessment (type, size, module)
NOT_ANSWERED = "not-answered"  # applicable mapped items exist, none rated yet


@dataclass(frozen=True)
class SectionItem:
    link: Link
    score: ItemScore | None  # None: the item is not in this assessment's scope
    key: bool

    @property
    def counted(self) -> bool:
        return self.link.weight > 0 and self.score is not None


@dataclass(frozen=True)
class SectionScore(_Coverage):
    section_id: str
    score: float | None
    level: int | None
    answered: int
    applicable: int
    capped: bool  # a fully mapped key item below 3 held the level at 2
    weak_key_items: tuple[str, ...]
    items: tuple[SectionItem, ...]
    not_assessed: str | None  # NO_MAPPED_ITEM, NOT_IN_SCOPE or NOT_ANSWERED; None when a level exists


@dataclass(frozen=True)
class FrameworkScore:
    framework: Framework
    crosswalk: Crosswalk
    sections: tuple[SectionScore, ...]

    def section(self, section_id: str) -> SectionScore:
        for s in self.sections:
            if s.section_id == section_id:
                return s
        raise KeyError(section_id)

    @property
    def assessed(self) -> int:
        return sum(1 for s in self.sections if s.level is not None)


def score_framework(framework: Framework, crosswalk: Crosswalk, checklist: Checklist, score: AssessmentScore,
                    model: int = 1) -> FrameworkScore:
    """Score ``framework`` for an assessment on ``checklist`` (as the assessment sees it: modules applied), with the
    element rule of the scoring ``model`` the assessment is scored with."""
    rule = element_rule2 if model >= 2 else element_rule
    return FrameworkScore(framework, crosswalk, tuple(_section(s.id, crosswalk, checklist, score, rule)
                                                      for s in framework.sections))


def _section(section_id: str, crosswalk: Crosswalk, checklist: Checklist, score: AssessmentScore,
             rule) -> SectionScore:
    rows = tuple(SectionItem(link, score.items.get(link.item),
                             checklist.has_item(link.item) and checklist.item(link.item).key)
                 for link in crosswalk.links_to(section_id))
    counted = [r for r in rows if r.counted]
    answered = sum(1 for r in counted if r.score.na or r.score.effective is not None)
    # each counted, rated item as the element rule sees it: weight times the relation's, key only when it covers
    # the section fully (a partial link covers part of the section, so it cannot hold the whole section down)
    rated = [(replace(checklist.item(r.link.item), weight=checklist.item(r.link.item).weight * r.link.weight,
                      key=r.key and r.link.relation == RELATION_FULL), r.score.effective)
             for r in counted if r.score.effective is not None]
    value, level, capped, weak = rule(rated)
    reason = None
    if level is None:
        scored_links = [r for r in rows if r.link.weight > 0]
        reason = NO_MAPPED_ITEM if not scored_links else NOT_IN_SCOPE if not counted else NOT_ANSWERED
    return SectionScore(section_id, value, level, answered, len(counted), capped, weak, rows, reason)


def element_rule(rated: list[tuple[Item, int]]) -> tuple[float | None, int | None, bool, tuple[str, ...]]:
    """(score, level, capped, weak key items) of ``rated`` (item, effective level) pairs by the element rules of
    the scoring model (docs/scoring.md, rules 3 and 4): weighted mean rounded half-up to one decimal, its whole
    part, held at KEY_ITEM_CAP while a key item is below KEY_ITEM_THRESHOLD."""
    total = sum(item.weight for item, _ in rated)
    if not total:
        return None, None, False, ()
    value = round_half_up(sum(item.weight * level for item, level in rated) / total)
    weak = tuple(item.id for item, level in rated if item.key and level < KEY_ITEM_THRESHOLD)
    level = int(value)
    capped = bool(weak) and level > KEY_ITEM_CAP
    return value, KEY_ITEM_CAP if capped else level, capped, weak


def element_rule2(rated: list[tuple[Item, int]]) -> tuple[float | None, int | None, bool, tuple[str, ...]]:
    """The same for scoring model 2 (docs/scoring.md): the level is the whole part of the unrounded score, bounded by
    the lowest key item below 3, and the shown score is truncated below the level's next whole number."""
    result = _element_result(rated)
    if result.level is None:
        return None, None, False, ()
    weak = tuple(item.id for item, level in rated if item.key and level < KEY_BOUND_BELOW)
    return result.score, result.level, result.level < whole(result.raw), weak
