"""The checklist model: what an assessment asks, how it is scaled, and which items apply to whom."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from exportaudit.core.legal import is_statutory_reference
from exportaudit.core.sources import Source, badge_of
from exportaudit.core.text import Text


@dataclass(frozen=True, slots=True)
class ScaleLevel:
    level: int
    label: Text
    definition: Text


@dataclass(frozen=True, slots=True)
class Module:
    """An optional part of a checklist that an assessment switches on (for example the items other frameworks
    ask and MOFCOM does not). Its elements are left out of every assessment that has not switched it on."""

    id: str
    name: Text
    description: Text


@dataclass(frozen=True, slots=True)
class Element:
    id: str
    name: Text
    weight: float
    module: str | None = None  # the optional module the element belongs to; None: always part of the checklist


@dataclass(frozen=True, slots=True)
class TargetProfile:
    id: str
    name: Text
    targets: dict[str, int]


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    element: str
    question: Text
    guidance: Text
    evidence: Text
    legal_basis: tuple[str, ...]
    weight: float
    key: bool
    operator_types: frozenset[str] | None = None
    sizes: frozenset[str] | None = None
    sources: tuple[Source, ...] = ()  # format 2: where the expectation comes from
    levels: tuple[tuple[int, Text], ...] = ()  # format 2: (level, what it means for this item), ascending
    changes: Text | None = None  # format 2: what changed since the previous version, and why
    related: tuple[str, ...] = ()  # format 2: statute provisions that give context but impose no duty here
    facts: frozenset[str] | None = None  # format 2: applies only when one of these structural facts holds
    also_when: frozenset[str] | None = None  # format 2: applies whatever the size when one of these facts holds

    @property
    def badge(self) -> str:
        """"statutory", "guidance" or "good-practice": what the reader is told the item rests on."""
        return badge_of(self.legal_basis, self.sources)

    def level_text(self, level: int) -> Text | None:
        """What ``level`` means for this item (format 2), or None when the checklist does not say."""
        return next((text for n, text in self.levels if n == level), None)

    def applies_to(self, operator_type: str | None, size: str | None, facts: frozenset[str] | None = None) -> bool:
        """True when the item is in scope for an organisation of this operator type, size and structural facts.

        An unknown (None) operator type, size or set of facts keeps every item in scope: better to ask too much than
        too little. A fact in ``also_when`` brings the item in whatever the size (a small exporter of listed items
        still needs independent review).
        """
        if self.operator_types is not None and operator_type and operator_type not in self.operator_types:
            return False
        if self.facts is not None and facts is not None and not self.facts & facts:
            return False
        if self.sizes is not None and size and size not in self.sizes:
            return bool(self.also_when and facts and self.also_when & facts)
        return True

    @property
    def is_statutory(self) -> bool:
        """The item tests a duty the law imposes: at least one reference is to a statute, not to guidance."""
        return any(is_statutory_reference(r) for r in self.legal_basis)

    def matches(self, needle: str) -> bool:
        """Text filter over id, question, guidance and evidence in both languages."""
        if needle.casefold() in self.id.casefold():
            return True
        return any(t.matches(needle) for t in (self.question, self.guidance, self.evidence))


@dataclass(frozen=True, slots=True)
class SampleCheck:
    """One check on a transaction-testing card (for example "parties screened before contract").

    ``items`` are the checklist items the check tests: its pass rate is shown beside them and, below the
    threshold, caps them (see docs/scoring.md, "sample exceptions"). ``red_flags`` marks the check whose card
    section lists the red-flag warning signs, each to be answered. A ``statutory`` check tests a duty of the law
    (licence in place, screening done, end-user certificate on file): scoring model 2 tolerates no exception.
    """

    id: str
    label: Text
    items: tuple[str, ...]
    red_flags: bool = False
    guidance: Text | None = None
    statutory: bool = False


@dataclass(frozen=True, slots=True)
class TransactionTesting:
    """The checklist's ``[transaction_testing]`` table: the checks of a test card and the pass-rate threshold."""

    threshold: float  # a fraction: 0.9 means a check must pass on at least 90 % of the tested orders
    checks: tuple[SampleCheck, ...]
    minimum_sample: int = 5  # model 2: a pass rate counts only from this many orders tested within the period

    def check(self, check_id: str) -> SampleCheck:
        for c in self.checks:
            if c.id == check_id:
                return c
        raise KeyError(check_id)

    def has_check(self, check_id: str) -> bool:
        return any(c.id == check_id for c in self.checks)

    def checks_for_item(self, item_id: str) -> list[SampleCheck]:
        """The checks that test ``item_id`` (empty when no sample tests it)."""
        return [c for c in self.checks if item_id in c.items]

    @property
    def tested_items(self) -> list[str]:
        """Every item some check tests, in first-mention order."""
        return list(dict.fromkeys(i for c in self.checks for i in c.items))

    @property
    def red_flag_check(self) -> SampleCheck | None:
        return next((c for c in self.checks if c.red_flags), None)


@dataclass(frozen=True)
class UpgradeTable:
    """How assessments on an earlier version of the same checklist move onto this one (format 2).

    An old item id that is still an item here keeps its id; ``moved`` maps old ids that changed to their new
    id; ``dropped`` names old ids with no successor and says why. Anything else from the old version is dropped.
    """

    from_versions: tuple[str, ...]
    moved: dict[str, str]
    dropped: dict[str, Text]


@dataclass(frozen=True)
class Checklist:
    format: int
    id: str
    version: str
    title: Text
    source: Text
    levels: tuple[ScaleLevel, ...]
    elements: tuple[Element, ...]
    items: tuple[Item, ...]
    target_profiles: tuple[TargetProfile, ...]
    sha256: str
    text: str = field(repr=False)
    transaction_testing: TransactionTesting | None = None  # None: the checklist defines no transaction tests
    warnings: tuple[str, ...] = ()  # rules a format-1 file breaks that later formats refuse (shown by validate)
    upgrade: UpgradeTable | None = None  # None: no earlier version can be upgraded to this one
    modules: tuple[Module, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_items_by_id", {i.id: i for i in self.items})
        object.__setattr__(self, "_elements_by_id", {e.id: e for e in self.elements})

    def item(self, item_id: str) -> Item:
        return self._items_by_id[item_id]  # type: ignore[attr-defined]

    def has_item(self, item_id: str) -> bool:
        return item_id in self._items_by_id  # type: ignore[attr-defined]

    def element(self, element_id: str) -> Element:
        return self._elements_by_id[element_id]  # type: ignore[attr-defined]

    def level(self, level: int) -> ScaleLevel:
        return self.levels[level]

    def items_of(self, element_id: str) -> list[Item]:
        return [i for i in self.items if i.element == element_id]

    def applicable_items(self, operator_type: str | None, size: str | None,
                         facts: frozenset[str] | None = None) -> list[Item]:
        return [i for i in self.items if i.applies_to(operator_type, size, facts)]

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)

    def for_modules(self, enabled: Iterable[str]) -> Checklist:
        """This checklist as an assessment with ``enabled`` modules sees it: other modules' elements and items
        removed. Id, version and SHA-256 stay those of the file (the assessment still pins the whole file)."""
        enabled = set(enabled)
        elements = tuple(e for e in self.elements if e.module is None or e.module in enabled)
        if len(elements) == len(self.elements):
            return self
        kept = {e.id for e in elements}
        return replace(self, elements=elements, items=tuple(i for i in self.items if i.element in kept))

    def profile(self, profile_id: str | None) -> TargetProfile | None:
        for p in self.target_profiles:
            if p.id == profile_id:
                return p
        return None
