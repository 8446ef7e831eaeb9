"""Transaction-testing results: pass rates per test-card check, the item caps they cause, and the
summary records the GUI and the reports show. The store's orders, samples and results repositories feed these from SQL.

Rules (docs/scoring.md, rule 8, "sample exceptions"):
- A check's pass rate = passes / (passes + fails) over every sampled order of every sample of the assessment.
  N/A and not-yet-answered checks do not count. With no pass or fail recorded, the rate is unknown (None).
- When a check's rate is below the checklist's ``[transaction_testing] threshold``, every item the check lists
  is capped at level 3 (SAMPLE_EXCEPTION_CAP): a procedure that fails on real orders is "defined" at best.
- A failed check is an *exception*; it can raise a finding in one step (core.exception_findings).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from exportaudit.core.checklist import SampleCheck, TransactionTesting
from exportaudit.core.records import CheckResult, EvidenceRecord, Order, OrderList, RedFlagAnswer, Sample
from exportaudit.core.scoring import SAMPLE_EXCEPTION_CAP
from exportaudit.core.text import Text

RESULTS: dict[str, Text] = {
    "pass": Text("通过", "Pass"),
    "fail": Text("未通过", "Fail"),
    "na": Text("不适用", "N/A"),
}
RED_FLAG_ANSWERS: dict[str, Text] = {
    "absent": Text("未出现", "Not present"),
    "present": Text("出现", "Present"),
    "na": Text("不适用", "N/A"),
}


def rounded_percent(rate: float, decimals: int = 0, threshold: float | None = None) -> float:
    """A rate in percent rounded half up (2/3 is 67 %), except that it never rounds up to 100 % or to the
    ``threshold`` it misses: 199 of 200 is 99 %, and 179 of 200 against a 90 % threshold is 89 %, not 90 %."""
    step = 10.0 ** -decimals
    value = math.floor(rate * 100 / step + 0.5 + 1e-9) * step
    for ceiling in (1.0, threshold):
        if ceiling is not None and rate < ceiling - 1e-12 and value >= ceiling * 100 - 1e-9:
            value = math.floor(rate * 100 / step + 1e-9) * step
    return round(value, decimals)


@dataclass(frozen=True)
class CheckRate:
    """How one check fared over the sampled orders. ``exceptions`` are the sample-order ids that failed it."""

    check_id: str
    passed: int = 0
    failed: int = 0
    na: int = 0
    open: int = 0  # sampled orders with no result yet for this check
    exceptions: tuple[int, ...] = ()

    @property
    def tested(self) -> int:
        return self.passed + self.failed

    @property
    def rate(self) -> float | None:
        """Passes / (passes + fails); None while nothing was tested."""
        return self.passed / self.tested if self.tested else None

    def below(self, threshold: float) -> bool:
        """True when the check has a rate and it is under ``threshold`` (these are the sample exceptions)."""
        return self.rate is not None and self.rate < threshold - 1e-12

    @property
    def complete(self) -> bool:
        """Every sampled order has an answer for this check."""
        return self.open == 0


def pass_rates(testing: TransactionTesting, results: Iterable[tuple[int, str, str]], sampled_orders: int
               ) -> dict[str, CheckRate]:
    """Rates per check from (sample-order id, check id, result) rows; ``sampled_orders`` counts every card."""
    counts = {c.id: {"pass": 0, "fail": 0, "na": 0, "exceptions": []} for c in testing.checks}
    for sample_order_id, check_id, result in results:
        slot = counts.get(check_id)
        if slot is None or result not in RESULTS:
            continue
        slot[result] += 1
        if result == "fail":
            slot["exceptions"].append(sample_order_id)
    return {cid: CheckRate(cid, c["pass"], c["fail"], c["na"], max(0, sampled_orders - c["pass"] - c["fail"] - c["na"]),
                           tuple(sorted(c["exceptions"]))) for cid, c in counts.items()}


def item_caps(testing: TransactionTesting | None, rates: Mapping[str, CheckRate]) -> dict[str, int]:
    """Items capped at SAMPLE_EXCEPTION_CAP because a check that tests them is below the threshold."""
    if testing is None:
        return {}
    caps: dict[str, int] = {}
    for check in testing.checks:
        rate = rates.get(check.id)
        if rate is not None and rate.below(testing.threshold):
            for item_id in check.items:
                caps[item_id] = SAMPLE_EXCEPTION_CAP
    return caps


def item_rates(testing: TransactionTesting | None, rates: Mapping[str, CheckRate]) -> dict[str, list[CheckRate]]:
    """For each tested item, the rates of the checks that test it (to show beside the item)."""
    if testing is None:
        return {}
    out: dict[str, list[CheckRate]] = {}
    for check in testing.checks:
        for item_id in check.items:
            out.setdefault(item_id, []).append(rates.get(check.id, CheckRate(check.id)))
    return out


@dataclass(frozen=True)
class RedFlagReview:
    """The red-flag part of one test card: every flag answered? any present and unresolved?"""

    total: int
    answered: int
    present: tuple[str, ...]
    unresolved: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return self.answered == self.total

    @property
    def clean(self) -> bool:
        """Complete, and every present flag resolved: the red-flag check may pass."""
        return self.complete and not self.unresolved


@dataclass(frozen=True)
class CardCheck:
    """One check on a test card, with its definition, result and evidence."""

    check: SampleCheck
    result: CheckResult
    evidence: tuple[EvidenceRecord, ...] = ()


@dataclass(frozen=True)
class TestCard:
    """Everything the test-card window shows for one sampled order."""

    __test__ = False  # not a pytest test class

    sample_order_id: int
    sample: Sample
    order: Order
    stratum: str
    position: int
    checks: tuple[CardCheck, ...]
    red_flags: dict[str, RedFlagAnswer]  # flag id -> answer (absent entries: not answered yet)
    red_flag_review: RedFlagReview | None  # None when the checklist has no red-flag check

    def check(self, check_id: str) -> CardCheck:
        for c in self.checks:
            if c.check.id == check_id:
                return c
        raise KeyError(check_id)

    @property
    def complete(self) -> bool:
        return all(c.result.result is not None for c in self.checks)


@dataclass(frozen=True)
class ExceptionRow:
    """A failed check on a sampled order (for the exceptions table of a report)."""

    sample_id: int
    sample_order_id: int
    order: Order
    check_id: str
    note: str
    finding_id: int | None


@dataclass(frozen=True)
class SampleSummary:
    sample: Sample
    order_list: OrderList
    method: Text  # SamplePlan.describe(): method, rule, strata, population, size, seed
    cards_complete: int  # sampled orders with every check answered


@dataclass(frozen=True)
class TestingSummary:
    """The transaction-testing section of a report: population, sample size, seed, method, pass rates, exceptions."""

    __test__ = False  # not a pytest test class

    threshold: float | None
    checks: tuple[SampleCheck, ...]
    samples: tuple[SampleSummary, ...]
    rates: dict[str, CheckRate]
    exceptions: tuple[ExceptionRow, ...]
    caps: dict[str, int] = field(default_factory=dict)

    @property
    def population(self) -> int:
        """Orders in the lists sampled (each list counted once)."""
        seen: dict[int, int] = {}
        for s in self.samples:
            seen[s.order_list.id] = s.sample.population
        return sum(seen.values())

    @property
    def sample_size(self) -> int:
        return sum(s.sample.size for s in self.samples)

    @property
    def checks_below_threshold(self) -> list[str]:
        return [c.id for c in self.checks if self.threshold is not None and self.rates[c.id].below(self.threshold)]
