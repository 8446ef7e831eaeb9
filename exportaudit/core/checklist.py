"""The checklist model: what an assessment asks, how it is scaled, and which items apply to whom."""

from __future__ import annotations

from dataclasses import dataclass, field

from exportaudit.core.text import Text


@dataclass(frozen=True, slots=True)
class ScaleLevel:
    level: int
    label: Text
    definition: Text


@dataclass(frozen=True, slots=True)
class Element:
    id: str
    name: Text
    weight: float


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

    def applies_to(self, operator_type: str | None, size: str | None) -> bool:
        """True when the item is in scope for an organisation of this operator type and size.

        An unknown (None) operator type or size keeps every item in scope: better to ask too much than too little.
        """
        if self.operator_types is not None and operator_type and operator_type not in self.operator_types:
            return False
        if self.sizes is not None and size and size not in self.sizes:
            return False
        return True

    def matches(self, needle: str) -> bool:
        """Text filter over id, question, guidance and evidence in both languages."""
        if needle.casefold() in self.id.casefold():
            return True
        return any(t.matches(needle) for t in (self.question, self.guidance, self.evidence))


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

    def applicable_items(self, operator_type: str | None, size: str | None) -> list[Item]:
        return [i for i in self.items if i.applies_to(operator_type, size)]

    def profile(self, profile_id: str | None) -> TargetProfile | None:
        for p in self.target_profiles:
            if p.id == profile_id:
                return p
        return None
