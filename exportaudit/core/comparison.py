"""Re-audit comparison: element levels then and now, items improved, regressed and unchanged, and the
baseline's corrective actions still open."""

from __future__ import annotations

from dataclasses import dataclass

from exportaudit.core.records import Action
from exportaudit.core.scoring import EVIDENCE_GATE_TO, ItemScore
from exportaudit.core.session import AssessmentSession
from exportaudit.core.upgrade import item_mapping


@dataclass(frozen=True)
class ElementChange:
    element_id: str
    level_then: int | None
    level_now: int | None
    score_then: float | None
    score_now: float | None


@dataclass(frozen=True)
class ItemChange:
    item_id: str
    then: int | None  # level after the evidence gate, without sample caps; None for N/A or unanswered
    now: int | None


@dataclass(frozen=True)
class Comparison:
    baseline_id: int
    current_id: int
    elements: tuple[ElementChange, ...]
    improved: tuple[ItemChange, ...]
    regressed: tuple[ItemChange, ...]
    unchanged: tuple[ItemChange, ...]
    not_comparable: tuple[ItemChange, ...]  # rated on one side only (new, N/A or unanswered)
    open_baseline_actions: tuple[Action, ...]
    not_reconfirmed: tuple[ItemChange, ...] = ()  # carried over from the baseline, nobody confirmed or changed yet


def _comparable(item: ItemScore | None) -> int | None:
    """The level an item is compared on: the rating after the evidence gate, without caps from transaction samples.

    A re-audit starts without the baseline's samples, so comparing capped levels would show an improvement that
    nobody made; the element levels (which do include the caps) show the caps' effect.
    """
    if item is None or item.rated is None:
        return None
    return EVIDENCE_GATE_TO if item.unevidenced else item.rated


def compare(baseline: AssessmentSession, current: AssessmentSession) -> Comparison:
    """Compare two assessments item by item on what counts (effective levels), in the current checklist's order.

    A baseline on an earlier checklist version is compared through the new version's upgrade table, so an item
    whose id moved is still compared with itself.
    """
    then_score, now_score = baseline.score, current.score
    old_id_of = {new: old for old, new in item_mapping(baseline.checklist, current.checklist).items()}
    elements = []
    for element in current.checklist.elements:
        now_e = now_score.element(element.id)
        try:
            then_e = then_score.element(element.id)
            then_level, then_value = then_e.level, then_e.score
        except KeyError:
            then_level = then_value = None
        elements.append(ElementChange(element.id, then_level, now_e.level, then_value, now_e.score))
    groups: dict[str, list[ItemChange]] = {"improved": [], "regressed": [], "unchanged": [], "not_comparable": []}
    carried: list[ItemChange] = []
    for item in current.applicable_items:
        then_item = then_score.items.get(old_id_of.get(item.id, item.id))
        then, now = _comparable(then_item), _comparable(now_score.items.get(item.id))
        change = ItemChange(item.id, then, now)
        if current.response(item.id).reconfirm:
            carried.append(change)
        if then is None or now is None:
            groups["not_comparable"].append(change)
        elif now > then:
            groups["improved"].append(change)
        elif now < then:
            groups["regressed"].append(change)
        else:
            groups["unchanged"].append(change)
    open_actions = tuple(a for a in baseline.store.actions.all(baseline.assessment_id) if a.is_open)
    return Comparison(baseline.assessment_id, current.assessment_id, tuple(elements),
                      *(tuple(groups[k]) for k in ("improved", "regressed", "unchanged", "not_comparable")),
                      open_actions, tuple(carried))


def difference(then, now):
    """``now - then`` (a score to one decimal), or None when either side has none."""
    if then is None or now is None:
        return None
    return round(now - then, 1) if isinstance(then, float) or isinstance(now, float) else now - then


def direction_mark(change: float | None) -> str:
    """A change with its direction mark, as reports print it: ▲ +1, ▼ −0.5, = 0; "" when there is none."""
    if change is None:
        return ""
    if not change:
        return "= 0"
    figure = f"{change:+d}" if isinstance(change, int) else f"{change:+.1f}"
    return f"{'▲' if change > 0 else '▼'} {figure.replace('-', '−')}"
