"""The default maturity scoring model (documented in docs/scoring.md). Pure functions, no I/O.

Rules, in order:
1. Each applicable item has a rating 0-5, or N/A with a justification, or no answer yet.
2. Evidence gate: a rating of 4 or 5 with no evidence attached counts as 3 and is flagged unevidenced.
3. Element score: weighted mean of its rated items' effective levels, rounded half-up to one decimal.
   Element level: the whole part of that score, capped at 2 while any rated key item is below 3.
4. Overall score: weighted mean of the element scores (element weights), one decimal. Overall level: its
   whole part, capped at the weakest element's level plus one.
5. Coverage: answered (rated or N/A) over applicable items. Anything under 100 % makes a level provisional.
6. External item caps (``item_caps``): in the default model these come from transaction testing. An item a
   test-card check tests is capped at SAMPLE_EXCEPTION_CAP (3) while that check's pass rate is below the
   checklist's threshold; a lowered item shows ``capped_to`` and is listed in its element's
   ``sample_exceptions`` (see exportaudit.core.testing.results).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from exportaudit.core.checklist import Checklist, TargetProfile

EVIDENCE_GATE_FROM = 4  # ratings at or above this need evidence
EVIDENCE_GATE_TO = 3  # what an unevidenced claim counts as
KEY_ITEM_THRESHOLD = 3  # a key item below this caps its element
KEY_ITEM_CAP = 2  # the level an element is capped at by a weak key item
SAMPLE_EXCEPTION_CAP = 3  # what an item counts as at most while a transaction test of it is below threshold


@dataclass(frozen=True, slots=True)
class AnswerState:
    """What the scorer needs of one response."""

    level: int | None = None
    na: bool = False

    @property
    def answered(self) -> bool:
        return self.na or self.level is not None


@dataclass(frozen=True, slots=True)
class ItemScore:
    item_id: str
    rated: int | None  # the rating given
    effective: int | None  # what counts after the evidence gate and any cap
    na: bool
    unevidenced: bool
    capped_to: int | None = None  # set when an external cap (e.g. sample exceptions) lowered it
    # model 2 only (exportaudit.core.scoring_model2): the caps that held the rating down, evidence files dated
    # before the evidence window, and an N/A refused because the item is a statutory key item
    caps: tuple = ()
    stale: int = 0
    na_refused: bool = False


class _Coverage:
    """Coverage and the provisional flag, the same for an element and for the whole assessment."""

    answered: int
    applicable: int

    @property
    def coverage(self) -> float:
        return self.answered / self.applicable if self.applicable else 1.0

    @property
    def provisional(self) -> bool:
        return self.answered < self.applicable


@dataclass(frozen=True)
class ElementScore(_Coverage):
    element_id: str
    score: float | None
    level: int | None
    target: int | None
    gap: int | None  # target minus level, never below 0; None when either is unknown
    answered: int
    applicable: int
    capped: bool  # a key item below 3 held the level at 2
    unevidenced: int
    weak_key_items: tuple[str, ...] = ()
    sample_exceptions: tuple[str, ...] = ()  # items lowered by an external cap (transaction-test exceptions)
    # model 2 only: the score before the level cap, every cap at work (scoring_model2.Cap) and, while the element
    # is provisional, the lowest and highest level it could still reach
    score_uncapped: float | None = None
    cap_reasons: tuple = ()
    level_range: tuple[int, int] | None = None


@dataclass(frozen=True)
class OverallScore(_Coverage):
    score: float | None
    level: int | None
    answered: int
    applicable: int
    capped: bool  # held at the weakest element's level plus one
    score_uncapped: float | None = None  # model 2 only
    level_range: tuple[int, int] | None = None  # model 2 only, while provisional


@dataclass(frozen=True)
class AssessmentScore:
    overall: OverallScore
    elements: tuple[ElementScore, ...]
    items: dict[str, ItemScore] = field(repr=False)

    def element(self, element_id: str) -> ElementScore:
        for e in self.elements:
            if e.element_id == element_id:
                return e
        raise KeyError(element_id)

    @property
    def unevidenced_items(self) -> list[str]:
        return [i.item_id for i in self.items.values() if i.unevidenced]

    @property
    def sample_exception_items(self) -> list[str]:
        """Items whose level a failing transaction sample held down (ItemScore.capped_to set)."""
        return [i.item_id for i in self.items.values() if i.capped_to is not None]


def round_half_up(value: float, digits: int = 1) -> float:
    """Round as people do on paper (2.45 -> 2.5), not banker's rounding."""
    factor = 10**digits
    return math.floor(value * factor + 0.5 + 1e-9) / factor


def score_item(item_id: str, answer: AnswerState | None, evidence_count: int, cap: int | None = None) -> ItemScore:
    if answer is None or not answer.answered:
        return ItemScore(item_id, None, None, False, False)
    if answer.na:
        return ItemScore(item_id, None, None, True, False)
    effective = answer.level
    unevidenced = effective >= EVIDENCE_GATE_FROM and evidence_count <= 0
    if unevidenced:
        effective = EVIDENCE_GATE_TO
    capped_to = None
    if cap is not None and effective > cap:
        effective, capped_to = cap, cap
    return ItemScore(item_id, answer.level, effective, False, unevidenced, capped_to)


def score_assessment(
    checklist: Checklist,
    answers: Mapping[str, AnswerState],
    evidence_counts: Mapping[str, int],
    *,
    operator_type: str | None = None,
    size: str | None = None,
    profile: TargetProfile | None = None,
    item_caps: Mapping[str, int] | None = None,
    structure: frozenset[str] | None = None,
) -> AssessmentScore:
    """Score one assessment. ``item_caps`` lets later evidence (such as transaction tests) cap single items."""
    item_caps = item_caps or {}
    items: dict[str, ItemScore] = {}
    elements: list[ElementScore] = []
    for element in checklist.elements:
        applicable = [i for i in checklist.items_of(element.id) if i.applies_to(operator_type, size, structure)]
        total_weight = weighted = 0.0
        answered = unevidenced = 0
        weak_keys: list[str] = []
        capped_items: list[str] = []
        for item in applicable:
            s = score_item(item.id, answers.get(item.id), evidence_counts.get(item.id, 0), item_caps.get(item.id))
            items[item.id] = s
            if s.capped_to is not None:
                capped_items.append(item.id)
            if s.na or s.effective is not None:
                answered += 1
            if s.effective is None:
                continue
            total_weight += item.weight
            weighted += item.weight * s.effective
            unevidenced += s.unevidenced
            if item.key and s.effective < KEY_ITEM_THRESHOLD:
                weak_keys.append(item.id)
        score = round_half_up(weighted / total_weight) if total_weight else None
        level = int(score) if score is not None else None
        capped = level is not None and bool(weak_keys) and level > KEY_ITEM_CAP
        if capped:
            level = KEY_ITEM_CAP
        target = profile.targets.get(element.id) if profile else None
        gap = max(0, target - level) if target is not None and level is not None else None
        elements.append(ElementScore(element.id, score, level, target, gap, answered, len(applicable), capped,
                                     unevidenced, tuple(weak_keys), tuple(capped_items)))
    # elements of an optional module are scored and shown but stay out of the checklist's overall result
    core = [e for e in elements if checklist.element(e.element_id).module is None]
    return AssessmentScore(_overall(checklist, core), tuple(elements), items)


def _overall(checklist: Checklist, elements: list[ElementScore]) -> OverallScore:
    answered = sum(e.answered for e in elements)
    applicable = sum(e.applicable for e in elements)
    scored = [(checklist.element(e.element_id).weight, e) for e in elements if e.score is not None]
    if not scored:
        return OverallScore(None, None, answered, applicable, False)
    total = sum(w for w, _ in scored)
    score = round_half_up(sum(w * e.score for w, e in scored) / total)
    level = int(score)
    ceiling = min(e.level for _, e in scored) + 1
    capped = level > ceiling
    return OverallScore(score, min(level, ceiling), answered, applicable, capped)
