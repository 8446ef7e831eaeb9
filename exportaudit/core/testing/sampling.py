"""Draw a reproducible (optionally stratified) random sample of orders from an order list.

The algorithm ("random-keys-2"; samples drawn before it keep "random-keys-1", see step 5), written out so
that a reviewer can redraw the same sample from the seed:

1. **Population.** The list's orders in list order (``seq`` 1..N, the order of the rows in the imported file).
2. **Random keys.** ``rng = random.Random(seed)``; every order, in list order, gets ``key = rng.random()``
   (one call per order, whether or not it is picked). Python guarantees that ``random()`` after seeding with
   an integer gives the same numbers in every version, so the keys never change.
3. **Size.** ``n`` = the fixed count, or the rule: ``ceil(N × percent / 100)`` and ``max_count``, whichever is
   smaller (or larger, if the rule says so); at least ``minimum``; never more than N.
4. **Strata** (optional). Each order falls in the first stratum it matches, in this order: high-risk
   destination (each destination the user ticks is a stratum of its own, in alphabetical order of the folded
   name; "random-keys-1" put all ticked destinations in one stratum), listed control code (any code that is not a "not listed"
   marker such as 无 / N/A / EAR99, or a code matching the user's patterns such as ``1C*``), new customer
   (first order of that customer in the whole list on or after ``new_since``, or flagged by the user), other.
   Names are compared after folding full-width forms, case and spaces.
5. **Allocation.** First every non-empty stratum (the "other" one too) gets one order, in the order above,
   while the sample has room: a sample at least as large as the number of strata draws from each of them.
   Then each risk stratum is topped up to ``min(min_per_stratum, its size)``, in the same order, while the
   sample has room. The rest of ``n`` is shared out in proportion to what each stratum has left (largest
   remainder; ties go to the earlier stratum). Unstratified: one stratum "all".
   ("random-keys-1" skipped the first round: each risk stratum got its minimum in turn, so a small sample
   could leave a later stratum empty. Its samples are redrawn with their own rule.)
6. **Selection.** Within each stratum, the orders with the smallest keys are taken (ties by ``seq``). The
   sample is listed in list order.

Same order list + same plan + same seed = same sample, on any machine.
"""

from __future__ import annotations

import fnmatch
import json
import math
import random
import secrets
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from exportaudit.core.text import Text

ALGORITHM = "random-keys-2"  # the method new samples are drawn with
FIRST_ALGORITHM = "random-keys-1"  # one high-risk-destination stratum, minimum per risk stratum in turn
ALGORITHMS = (FIRST_ALGORITHM, ALGORITHM)
DESTINATION = "high_risk_destination"
STRATA_ORDER = ("high_risk_destination", "listed_code", "new_customer", "other")
ALL = "all"
STRATUM_LABELS: dict[str, Text] = {
    "high_risk_destination": Text("高风险目的地", "High-risk destination"),
    "listed_code": Text("列管物项", "Listed control code"),
    "new_customer": Text("新客户", "New customer"),
    "other": Text("其他", "Other"),
    ALL: Text("全部", "All orders"),
}
# Control-code cells that mean "not on the list" (compared case-insensitively after folding).
UNLISTED_MARKERS = frozenset({"", "无", "否", "没有", "不受管制", "非管制", "非管制物项", "不适用", "n/a", "na", "none", "no",
                              "-", "--", "/", "0", "ear99", "nlr", "not listed", "not controlled"})


class SamplingError(ValueError):
    """A sample cannot be drawn as asked (empty list, bad size rule...)."""


def destination_stratum(name: str) -> str:
    """The stratum key of one ticked high-risk destination ("random-keys-2")."""
    return f"{DESTINATION}:{name}"


def stratum_kind(key: str) -> str:
    """The kind of a stratum key: one of STRATA_ORDER or ALL (a destination's own stratum gives DESTINATION)."""
    return key.split(":", 1)[0]


def stratum_label(key: str) -> Text:
    """What a stratum is called in the window and the reports, e.g. "High-risk destination: Iran"."""
    kind, _, name = key.partition(":")
    if kind == DESTINATION and name:
        return Text(f"高风险目的地：{name}", f"High-risk destination: {name}")
    return STRATUM_LABELS.get(key, Text(key, key))


def stratum_sort_key(key: str) -> tuple[int, str]:
    """Strata in the order they are filled: STRATA_ORDER, destinations alphabetically by folded name."""
    kind = stratum_kind(key)
    rank = (*STRATA_ORDER, ALL).index(kind) if kind in (*STRATA_ORDER, ALL) else len(STRATA_ORDER) + 1
    return rank, fold(key.partition(":")[2])


class OrderLike(Protocol):
    seq: int
    order_date: str | None
    customer: str
    destination: str
    control_code: str


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Comparison form of a name: full-width folded, case-folded, inner spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def new_seed() -> int:
    """A fresh seed: a nine-digit number, easy to write down and read out to a reviewer."""
    return 100_000_000 + secrets.randbelow(900_000_000)


@dataclass(frozen=True)
class SampleSize:
    """How many orders to test: a fixed ``count``, or a rule (``percent`` of the list and ``max_count``,
    ``combine``\\ d by "smaller" or "larger"), never below ``minimum`` nor above the population."""

    count: int | None = None
    max_count: int | None = 25
    percent: float | None = 10.0
    combine: str = "smaller"
    minimum: int = 1

    def __post_init__(self) -> None:
        if self.count is not None and (isinstance(self.count, bool) or not isinstance(self.count, int) or self.count < 1):
            raise SamplingError(f"Sample size {self.count!r} must be a whole number of at least 1.")
        if self.count is None and self.max_count is None and self.percent is None:
            raise SamplingError("Give a sample size or a rule (a percentage, a maximum count or both).")
        if self.max_count is not None and self.max_count < 1:
            raise SamplingError(f"Maximum count {self.max_count!r} must be at least 1.")
        if self.percent is not None and not 0 < self.percent <= 100:
            raise SamplingError(f"Percentage {self.percent!r} must be above 0 and at most 100.")
        if self.combine not in ("smaller", "larger"):
            raise SamplingError(f"Unknown rule '{self.combine}'; expected 'smaller' or 'larger'.")
        if self.minimum < 0:
            raise SamplingError("The minimum cannot be negative.")

    def size_for(self, population: int) -> int:
        if population <= 0:
            return 0
        if self.count is not None:
            n = self.count
        else:
            parts = [p for p in (self.max_count, math.ceil(population * self.percent / 100 - 1e-9)
                                 if self.percent is not None else None) if p is not None]
            n = min(parts) if self.combine == "smaller" else max(parts)
            n = max(n, self.minimum)
        return max(0, min(n, population))

    def describe(self) -> Text:
        if self.count is not None:
            return Text(f"固定样本量 {self.count}", f"fixed size {self.count}")
        zh, en = [], []
        if self.percent is not None:
            zh.append(f"{self.percent:g}%")
            en.append(f"{self.percent:g} %")
        if self.max_count is not None:
            zh.append(f"{self.max_count} 笔")
            en.append(f"{self.max_count}")
        word = ("取较小者", "whichever is smaller") if self.combine == "smaller" else ("取较大者", "whichever is larger")
        zh_s = "或".join(zh) + (f"，{word[0]}" if len(zh) > 1 else "")
        en_s = " or ".join(en) + (f", {word[1]}" if len(en) > 1 else "")
        if self.minimum > 1:
            zh_s += f"，至少 {self.minimum} 笔"
            en_s += f", at least {self.minimum}"
        return Text(f"规则：{zh_s}", f"rule: {en_s}")


@dataclass(frozen=True)
class Strata:
    """Which risk strata to use. Empty settings switch a stratum off."""

    high_risk_destinations: frozenset[str] = frozenset()
    listed_codes: bool = False
    code_patterns: tuple[str, ...] = ()  # glob patterns such as "1C*"; with none, any listed code counts
    new_customers: bool = False
    new_since: str | None = None  # YYYY-MM-DD: first order in the list on or after this date = new customer
    flagged_customers: frozenset[str] = frozenset()  # customers the user marks as new
    min_per_stratum: int = 2

    def __post_init__(self) -> None:
        object.__setattr__(self, "high_risk_destinations", frozenset(self.high_risk_destinations))
        object.__setattr__(self, "flagged_customers", frozenset(self.flagged_customers))
        object.__setattr__(self, "code_patterns", tuple(p for p in self.code_patterns if p.strip()))
        if self.min_per_stratum < 0:
            raise SamplingError("The minimum per stratum cannot be negative.")

    @property
    def active(self) -> bool:
        return bool(self.high_risk_destinations or self.listed_codes or self.code_patterns or self.new_customers
                    or self.flagged_customers)

    def describe(self) -> Text:
        zh, en = [], []
        if self.high_risk_destinations:
            names = "、".join(sorted(self.high_risk_destinations))
            zh.append(f"高风险目的地（{names}）")
            en.append(f"high-risk destinations ({', '.join(sorted(self.high_risk_destinations))})")
        if self.listed_codes or self.code_patterns:
            pats = ", ".join(self.code_patterns)
            zh.append(f"列管物项（{pats}）" if pats else "列管物项")
            en.append(f"listed control codes ({pats})" if pats else "listed control codes")
        if self.new_customers or self.flagged_customers:
            since = f"{self.new_since} 起首次下单" if self.new_since else ""
            flagged = f"人工标记 {len(self.flagged_customers)} 家" if self.flagged_customers else ""
            zh.append("新客户（" + "，".join(p for p in (since, flagged) if p) + "）")
            since_en = f"first order on or after {self.new_since}" if self.new_since else ""
            flagged_en = f"{len(self.flagged_customers)} flagged by hand" if self.flagged_customers else ""
            en.append("new customers (" + ", ".join(p for p in (since_en, flagged_en) if p) + ")")
        return Text("分层：" + "；".join(zh) + f"；每层至少 {self.min_per_stratum} 笔",
                    "strata: " + "; ".join(en) + f"; at least {self.min_per_stratum} per stratum")


@dataclass(frozen=True)
class SamplePlan:
    """Everything that decides a sample except the seed and the population."""

    size: SampleSize = field(default_factory=SampleSize)
    strata: Strata | None = None
    algorithm: str = ALGORITHM  # a plan read back from an old sample keeps the method it was drawn with

    def __post_init__(self) -> None:
        if self.algorithm not in ALGORITHMS:
            raise SamplingError(f"Unknown sampling method '{self.algorithm}'; this version knows "
                                f"{', '.join(ALGORITHMS)}.")

    def to_dict(self) -> dict:
        s = self.strata
        return {
            "algorithm": self.algorithm,
            "size": {"count": self.size.count, "max_count": self.size.max_count, "percent": self.size.percent,
                     "combine": self.size.combine, "minimum": self.size.minimum},
            "strata": None if s is None else {
                "high_risk_destinations": sorted(s.high_risk_destinations), "listed_codes": s.listed_codes,
                "code_patterns": list(s.code_patterns), "new_customers": s.new_customers, "new_since": s.new_since,
                "flagged_customers": sorted(s.flagged_customers), "min_per_stratum": s.min_per_stratum},
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping) -> SamplePlan:
        size = SampleSize(**data.get("size", {}))
        raw = data.get("strata")
        strata = None if raw is None else Strata(
            frozenset(raw.get("high_risk_destinations", ())), raw.get("listed_codes", False),
            tuple(raw.get("code_patterns", ())), raw.get("new_customers", False), raw.get("new_since"),
            frozenset(raw.get("flagged_customers", ())), raw.get("min_per_stratum", 2))
        return cls(size, strata, data.get("algorithm", FIRST_ALGORITHM))

    @classmethod
    def from_json(cls, text: str) -> SamplePlan:
        return cls.from_dict(json.loads(text))

    def describe(self, population: int, size: int, seed: int) -> Text:
        """One sentence for a report: method, size rule, strata, population, sample size, seed."""
        kind = ("分层随机抽样", "Stratified random sample") if self.strata and self.strata.active \
            else ("简单随机抽样", "Simple random sample")
        parts_zh = [self.size.describe().zh] + ([self.strata.describe().zh] if self.strata and self.strata.active else [])
        parts_en = [self.size.describe().en] + ([self.strata.describe().en] if self.strata and self.strata.active else [])
        return Text(f"{kind[0]}：从 {population} 笔订单中抽取 {size} 笔（{'；'.join(parts_zh)}），随机种子 {seed}，"
                    f"算法 {self.algorithm}。",
                    f"{kind[1]} of {size} from {population} orders ({'; '.join(parts_en)}), seed {seed}, "
                    f"algorithm {self.algorithm}.")


@dataclass(frozen=True)
class DrawnSample:
    """The outcome of draw_sample(): the picked orders (seq, stratum) in list order, and the counts per stratum."""

    seed: int
    plan: SamplePlan
    population: int
    picks: tuple[tuple[int, str], ...]
    strata_population: dict[str, int]
    strata_sample: dict[str, int]

    @property
    def algorithm(self) -> str:
        return self.plan.algorithm

    @property
    def size(self) -> int:
        return len(self.picks)

    @property
    def seqs(self) -> list[int]:
        return [seq for seq, _ in self.picks]

    def describe(self) -> Text:
        return self.plan.describe(self.population, self.size, self.seed)


def is_listed_code(code: str | None, patterns: Sequence[str] = ()) -> bool:
    """A control code that puts an order in the "listed control code" stratum."""
    folded = fold(code)
    if patterns:
        return bool(folded) and any(fnmatch.fnmatchcase(folded, fold(p)) for p in patterns)
    return folded not in UNLISTED_MARKERS


def first_seen(orders: Sequence[OrderLike]) -> dict[str, str]:
    """Each customer's (folded name) earliest order date in the list."""
    out: dict[str, str] = {}
    for o in orders:
        if o.order_date:
            key = fold(o.customer)
            if key and (key not in out or o.order_date < out[key]):
                out[key] = o.order_date
    return out


def classify(orders: Sequence[OrderLike], strata: Strata | None, per_destination: bool = False) -> list[str]:
    """The stratum of each order (same order as ``orders``); ``per_destination`` gives each ticked destination
    its own stratum (destination_stratum), as "random-keys-2" does."""
    if strata is None or not strata.active:
        return [ALL] * len(orders)
    if strata.new_customers and not strata.new_since and not strata.flagged_customers:
        raise SamplingError("New customers need a date (first order on or after it) or customers flagged by hand.")
    risky: dict[str, str] = {}
    for name in sorted(strata.high_risk_destinations, key=lambda d: (fold(d), d)):
        risky.setdefault(fold(name), destination_stratum(name) if per_destination else DESTINATION)
    flagged = {fold(c) for c in strata.flagged_customers}
    seen = first_seen(orders) if strata.new_customers and strata.new_since else {}
    use_codes = strata.listed_codes or bool(strata.code_patterns)
    out: list[str] = []
    for o in orders:
        customer = fold(o.customer)
        if risky and fold(o.destination) in risky:
            out.append(risky[fold(o.destination)])
        elif use_codes and is_listed_code(o.control_code, strata.code_patterns):
            out.append("listed_code")
        elif customer and (customer in flagged or (seen and seen.get(customer, "") >= strata.new_since)):
            out.append("new_customer")
        else:
            out.append("other")
    return out


def allocate(n: int, sizes: Mapping[str, int], minimum: int) -> dict[str, int]:
    """Share ``n`` picks among strata as "random-keys-1" did (in STRATA_ORDER): minimum per risk stratum first,
    the rest in proportion to what each has left, largest remainder first (ties to the earlier stratum)."""
    order = [s for s in (*STRATA_ORDER, ALL) if sizes.get(s, 0) > 0]
    alloc = {s: 0 for s in order}
    left = n
    for s in order:
        if s in ("other", ALL):
            continue
        give = min(minimum, sizes[s], left)
        alloc[s] += give
        left -= give
    _share_rest(left, sizes, alloc, order)
    return {s: k for s, k in alloc.items() if k}


def allocate_each(n: int, sizes: Mapping[str, int], minimum: int) -> dict[str, int]:
    """Share ``n`` picks among strata ("random-keys-2"): one for every non-empty stratum first (in
    stratum_sort_key order, while there is room), then each risk stratum topped up to ``minimum``, then the rest
    in proportion to what each has left, largest remainder first (ties to the earlier stratum)."""
    order = sorted((s for s in sizes if sizes[s] > 0), key=stratum_sort_key)
    alloc = {s: 0 for s in order}
    left = n
    for s in order:
        if left:
            alloc[s], left = 1, left - 1
    for s in order:
        if stratum_kind(s) not in ("other", ALL):
            give = max(0, min(minimum, sizes[s], alloc[s] + left) - alloc[s])
            alloc[s] += give
            left -= give
    _share_rest(left, sizes, alloc, order)
    return {s: k for s, k in alloc.items() if k}


def _share_rest(left: int, sizes: Mapping[str, int], alloc: dict[str, int], order: list[str]) -> None:
    """Add ``left`` picks to ``alloc`` in proportion to each stratum's unpicked orders (largest remainder)."""
    capacity = {s: sizes[s] - alloc[s] for s in order}
    total = sum(capacity.values())
    if left <= 0 or total <= 0:
        return
    quotas = {s: left * capacity[s] / total for s in order}
    floors = {s: min(capacity[s], math.floor(quotas[s] + 1e-9)) for s in order}
    for s in order:
        alloc[s] += floors[s]
    rest = left - sum(floors.values())
    ranked = sorted(order, key=lambda s: (-(quotas[s] - floors[s]), order.index(s)))
    while rest > 0:
        progressed = False
        for s in ranked:
            if rest and alloc[s] < sizes[s]:
                alloc[s] += 1
                rest -= 1
                progressed = True
        if not progressed:
            break


def draw_sample(orders: Sequence[OrderLike], plan: SamplePlan, seed: int | None = None) -> DrawnSample:
    """Draw the sample described in the module docstring. ``seed`` None picks a fresh one (see new_seed)."""
    if seed is None:
        seed = new_seed()
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**63:
        raise SamplingError(f"Seed {seed!r} must be a whole number from 0 to 2^63 - 1.")
    population = sorted(orders, key=lambda o: o.seq)
    if not population:
        raise SamplingError("The order list has no orders to sample.")
    rng = random.Random(seed)
    keys = [rng.random() for _ in population]
    each = plan.algorithm != FIRST_ALGORITHM
    strata = classify(population, plan.strata, per_destination=each)
    sizes: dict[str, int] = {}
    for s in strata:
        sizes[s] = sizes.get(s, 0) + 1
    n = plan.size.size_for(len(population))
    share = allocate_each if each else allocate
    alloc = share(n, sizes, plan.strata.min_per_stratum if plan.strata and plan.strata.active else 0)
    members: dict[str, list[tuple[float, int]]] = {}
    for order, key, s in zip(population, keys, strata, strict=True):
        members.setdefault(s, []).append((key, order.seq))
    picks = sorted((seq, s) for s, k in alloc.items() for _key, seq in sorted(members[s])[:k])
    return DrawnSample(seed, plan, len(population), tuple(picks), dict(sizes), dict(alloc))
