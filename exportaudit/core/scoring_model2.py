"""Scoring model 2 (docs/scoring.md, "Model 2"): a result an external auditor would sign. Pure functions, no I/O.

What changed from model 1 (kept in exportaudit.core.scoring for assessments scored with it):
- Levels follow scores: an element's reported score is capped with its level (level = whole part of the
  unrounded score, never lifted by display rounding; scores are shown truncated to one decimal), and the overall
  score is computed from the capped element scores.
- Key items bound their element: the lowest answered key rating below 3 is the element's ceiling. A statutory
  key item cannot be N/A (such an answer counts as unanswered). Any unanswered item makes the element provisional
  with the range its level could still take.
- Every item rating is bounded by its caps (``Cap``): evidence kind and date, open findings, transaction testing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from exportaudit.core.checklist import Checklist, Item, TargetProfile
from exportaudit.core.scoring import AnswerState, AssessmentScore, ElementScore, ItemScore, OverallScore

MODEL_1 = 1
MODEL_2 = 2
CURRENT_MODEL = MODEL_2
MODELS = (MODEL_1, MODEL_2)

EVIDENCE_KINDS = ("document", "record", "audit")  # policy/procedure; record of operation; audit or review result
OPERATING_KINDS = ("record", "audit")  # what levels 4 and 5 need, dated within the window
DEFAULT_LOOKBACK_MONTHS = 12

DOCUMENT_LEVEL = 3  # a rating of 3 or more needs a document
OPERATING_LEVEL = 4  # a rating of 4 or more needs a current record of operation or audit result
KEY_BOUND_BELOW = 3  # an answered key item rated below this bounds its element at its own rating
CAP_LIMITS = {
    "no_document": 2, "no_current_record": 3, "finding_major": 2, "finding_minor": 3,
    "sample_exception": 2, "sample_below": 3, "sample_small": 3,
}
FINDING_CAPS = {"major": "finding_major", "minor": "finding_minor"}
SAMPLE_CAPS = frozenset({"sample_exception", "sample_below", "sample_small"})
_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class EvidenceFact:
    """What one evidence file shows (``kind``, None when never stated) and the date it covers (ISO, or None)."""

    kind: str | None
    covered: str | None = None


@dataclass(frozen=True, slots=True)
class CheckFacts:
    """One test-card check over the assessment's samples: passes and fails on orders dated within the
    assessment period, and every exception (a fail on any sampled order) for the zero-tolerance rule."""

    check_id: str
    passed_in_period: int = 0
    failed_in_period: int = 0
    exceptions: int = 0
    unraised: int = 0  # exceptions with no finding raised from them yet

    @property
    def tested_in_period(self) -> int:
        return self.passed_in_period + self.failed_in_period

    @property
    def rate(self) -> float | None:
        return self.passed_in_period / self.tested_in_period if self.tested_in_period else None


@dataclass(frozen=True, slots=True)
class Window:
    """The dates a record of operation or an audit result must fall in to support levels 4 and 5."""

    start: date
    end: date

    def status(self, covered: str | None) -> str:
        """"current", "stale" (before the window), "later" (after it) or "undated"."""
        day = parse_date(covered)
        if day is None:
            return "undated"
        if day < self.start:
            return "stale"
        if day > self.end:
            return "later"
        return "current"


@dataclass(frozen=True)
class Facts:
    """Everything model 2 reads besides the answers; the session builds it from the store."""

    window: Window
    evidence: Mapping[str, Sequence[EvidenceFact]] = field(default_factory=dict)
    open_findings: Mapping[str, Sequence[str]] = field(default_factory=dict)  # item -> grades of open findings
    checks: Mapping[str, CheckFacts] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Cap:
    """One reason a rating or a level is held down: ``kind`` (see CAP_LIMITS, or "key_item"), the ceiling it
    sets, the item it comes from and a detail (a check id, "3 of 5" orders)."""

    kind: str
    limit: int
    item_id: str = ""
    detail: str = ""

    def as_json(self) -> dict:
        return {"kind": self.kind, "limit": self.limit, "item": self.item_id or None, "detail": self.detail}


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the last day of a shorter month)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


def evidence_window(period_start: str, period_end: str, as_of: date,
                    lookback_months: int = DEFAULT_LOOKBACK_MONTHS) -> Window:
    """The assessment period, or the look-back before its end (or before ``as_of`` when no end is set), whichever
    reaches further back."""
    end = parse_date(period_end) or as_of
    start = months_before(end, lookback_months)
    begun = parse_date(period_start)
    if begun is not None and begun < start:
        start = begun
    return Window(start, end)


def is_stale(fact: EvidenceFact, window: Window) -> bool:
    """A record of operation or audit result dated before the window. A document's date is when it was approved,
    and an old policy still in force is not stale, so documents are never flagged."""
    return fact.kind in OPERATING_KINDS and window.status(fact.covered) == "stale"


def truncate(value: float, digits: int = 1) -> float:
    """Shown scores are truncated, never rounded up: 2.95 shows 2.9, so display never lifts a level."""
    factor = 10**digits
    return math.floor(value * factor + _EPS) / factor


def whole(value: float) -> int:
    return math.floor(value + _EPS)


# --- items ------------------------------------------------------------------------------------------------


def item_caps(item: Item, facts: Facts, testing) -> list[Cap]:
    """Every ceiling on ``item`` regardless of its rating (the binding ones are those below the rating)."""
    caps: list[Cap] = []
    evidence = facts.evidence.get(item.id, ())
    if not any(e.kind in ("document", None) for e in evidence):
        caps.append(Cap("no_document", CAP_LIMITS["no_document"], item.id))
    if not any(e.kind in OPERATING_KINDS and facts.window.status(e.covered) == "current" for e in evidence):
        caps.append(Cap("no_current_record", CAP_LIMITS["no_current_record"], item.id))
    grades = set(facts.open_findings.get(item.id, ()))
    for grade, kind in FINDING_CAPS.items():
        if grade in grades:
            caps.append(Cap(kind, CAP_LIMITS[kind], item.id))
    if testing is not None:
        for check in testing.checks_for_item(item.id):
            f = facts.checks.get(check.id, CheckFacts(check.id))
            if check.statutory and f.exceptions:
                caps.append(Cap("sample_exception", CAP_LIMITS["sample_exception"], item.id, check.id))
            elif f.tested_in_period < testing.minimum_sample:
                caps.append(Cap("sample_small", CAP_LIMITS["sample_small"], item.id,
                                f"{check.id}: {f.tested_in_period}/{testing.minimum_sample}"))
            elif f.rate is not None and f.rate < testing.threshold - 1e-12:
                caps.append(Cap("sample_below", CAP_LIMITS["sample_below"], item.id, check.id))
    return caps


def caps_table(checklist: Checklist, facts: Facts) -> dict[str, tuple[list[Cap], int]]:
    """item id -> (its caps, its stale records): what ``score_assessment2`` reads from the facts, which answers do
    not change; a caller rescoring after each answer with the same facts computes it once and passes it in."""
    testing = checklist.transaction_testing
    return {item.id: (item_caps(item, facts, testing),
                      sum(1 for e in facts.evidence.get(item.id, ()) if is_stale(e, facts.window)))
            for item in checklist.items}


def na_allowed(item: Item) -> bool:
    """A statutory key item cannot be N/A in model 2; the applicability tags are the only way to switch it off."""
    return not (item.key and item.is_statutory)


def score_item2(item: Item, answer: AnswerState | None, caps: Sequence[Cap], stale: int = 0) -> ItemScore:
    if answer is None or not answer.answered or (answer.na and not na_allowed(item)):
        return ItemScore(item.id, None, None, False, False, na_refused=bool(answer and answer.na), stale=stale)
    if answer.na:
        return ItemScore(item.id, None, None, True, False, stale=stale)
    return _capped(item.id, answer.level, caps, stale)


def _capped(item_id: str, rating: int, caps: Sequence[Cap], stale: int = 0) -> ItemScore:
    binding = tuple(c for c in caps if c.limit < rating)
    effective = min([rating] + [c.limit for c in binding])
    unevidenced = any(c.kind in ("no_document", "no_current_record") for c in binding)
    sample = any(c.kind in SAMPLE_CAPS for c in binding)
    return ItemScore(item_id, rating, effective, False, unevidenced, effective if sample else None,
                     caps=binding, stale=stale)


# --- elements and overall ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Result:
    raw: float | None
    level: int | None
    score: float | None
    key_bound: tuple[int, str] | None  # (rating, item) of the lowest answered key item below 3


def _level_of(result: _Result) -> int:
    return -1 if result.level is None else result.level


def _element_result(rows: list[tuple[Item, int]]) -> _Result:
    """``rows``: (item, effective rating) of the rated items."""
    total = sum(i.weight for i, _ in rows)
    if not total:
        return _Result(None, None, None, None)
    raw = sum(i.weight * e for i, e in rows) / total
    keys = sorted((e, i.id) for i, e in rows if i.key and e < KEY_BOUND_BELOW)
    bound = keys[0] if keys else None
    level = whole(raw) if bound is None else min(whole(raw), bound[0])
    return _Result(raw, level, truncate(min(raw, level + 1 - 1e-6)), bound)


def score_assessment2(
    checklist: Checklist,
    answers: Mapping[str, AnswerState],
    facts: Facts,
    *,
    operator_type: str | None = None,
    size: str | None = None,
    profile: TargetProfile | None = None,
    structure: frozenset[str] | None = None,  # the structural facts that hold (vocab.FACTS); None: not stated
    caps: Mapping[str, tuple[list[Cap], int]] | None = None,  # caps_table(checklist, facts), when kept
) -> AssessmentScore:
    testing = checklist.transaction_testing
    items: dict[str, ItemScore] = {}
    elements: list[ElementScore] = []
    ranges: list[tuple[float, _Result, _Result]] = []  # (element weight, lowest, highest) for the overall range
    for element in checklist.elements:
        applicable = [i for i in checklist.items_of(element.id) if i.applies_to(operator_type, size, structure)]
        rated: list[tuple[Item, int]] = []
        low: list[tuple[Item, int]] = []
        high: list[tuple[Item, int]] = []
        answered = 0
        reasons: list[Cap] = []
        for item in applicable:
            if caps is not None:
                item_cap_list, stale = caps[item.id]
            else:
                item_cap_list = item_caps(item, facts, testing)
                stale = sum(1 for e in facts.evidence.get(item.id, ()) if is_stale(e, facts.window))
            s = score_item2(item, answers.get(item.id), item_cap_list, stale)
            items[item.id] = s
            reasons.extend(s.caps)
            if s.na or s.effective is not None:
                answered += 1
            if s.effective is not None:
                rated.append((item, s.effective))
                low.append((item, s.effective))
                high.append((item, s.effective))
            elif not s.na:  # unanswered: the range runs from a 0 to a 5 held down by the same caps
                low.append((item, 0))
                high.append((item, _capped(item.id, 5, item_cap_list).effective))
        result = _element_result(rated)
        if result.key_bound is not None and result.raw is not None and result.key_bound[0] < whole(result.raw):
            reasons.insert(0, Cap("key_item", result.key_bound[0], result.key_bound[1]))
        provisional = answered < len(applicable)
        lo, hi = (_element_result(low), _element_result(high)) if provisional else (result, result)
        if provisional and result.level is not None and all(
                na_allowed(i) for i in applicable if items[i.id].effective is None and not items[i.id].na):
            # every open item could still be marked N/A, which leaves the level where it is now
            lo, hi = min(lo, result, key=_level_of), max(hi, result, key=_level_of)
        level_range = (lo.level, hi.level) if provisional and lo.level is not None else None
        target = profile.targets.get(element.id) if profile else None
        gap = max(0, target - result.level) if target is not None and result.level is not None else None
        weak = tuple(i.id for i, e in rated if i.key and e < KEY_BOUND_BELOW)
        elements.append(ElementScore(
            element.id, result.score, result.level, target, gap, answered, len(applicable),
            result.level is not None and result.level < whole(result.raw), sum(items[i.id].unevidenced for i, _ in rated),
            weak, tuple(i.id for i, _ in rated if items[i.id].capped_to is not None),
            score_uncapped=None if result.raw is None else truncate(result.raw), cap_reasons=tuple(reasons),
            level_range=level_range))
        if element.module is None:  # an optional module's elements are shown but stay out of the overall result
            ranges.append((element.weight, lo, hi))
    core = [e for e in elements if checklist.element(e.element_id).module is None]
    return AssessmentScore(_overall2(checklist, core, ranges), tuple(elements), items)


def _overall_of(weighted: list[tuple[float, float, int]]) -> tuple[float | None, int | None, float | None]:
    """(score, level, raw) from (weight, capped element score, element level) triples."""
    if not weighted:
        return None, None, None
    raw = sum(w * s for w, s, _ in weighted) / sum(w for w, _, _ in weighted)
    level = min(whole(raw), min(lv for _, _, lv in weighted) + 1)
    return truncate(min(raw, level + 1 - 1e-6)), level, raw


def _overall2(checklist: Checklist, elements: list[ElementScore], ranges) -> OverallScore:
    answered = sum(e.answered for e in elements)
    applicable = sum(e.applicable for e in elements)
    weights = {e.id: e.weight for e in checklist.elements}
    score, level, raw = _overall_of([(weights[e.element_id], e.score, e.level) for e in elements
                                     if e.score is not None])
    if score is None:
        return OverallScore(None, None, answered, applicable, False)
    level_range = None
    if answered < applicable:
        lows = [(w, lo.score, lo.level) for w, lo, _hi in ranges if lo.score is not None]
        highs = [(w, hi.score, hi.level) for w, _lo, hi in ranges if hi.score is not None]
        level_range = (_overall_of(lows)[1], _overall_of(highs)[1])
    return OverallScore(score, level, answered, applicable, level < whole(raw), score_uncapped=truncate(raw),
                        level_range=level_range)
