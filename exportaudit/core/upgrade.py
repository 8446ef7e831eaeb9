"""Moving an assessment from one version of a checklist to a newer one, item by item, with nothing lost.

Assessments pin the checklist they started on, so a new version never changes them behind the user's back.
Upgrading is an explicit step: the newer checklist's ``[upgrade]`` table says which earlier versions it accepts,
which old item ids moved and which were dropped. The plan below is shown in full before anything is applied;
answers, notes, evidence and findings follow their items; dropped items keep their answers in the store and
the history (they are simply no longer part of the checklist); new items start unanswered.
"""

from __future__ import annotations

from dataclasses import dataclass

from exportaudit.core.checklist import Checklist
from exportaudit.core.store.errors import StoreError
from exportaudit.core.text import Text

KEPT, MOVED, DROPPED, NEW = "kept", "moved", "dropped", "new"


class UpgradeError(StoreError):
    """The assessment cannot be upgraded to that checklist; the message says why and nothing was changed."""


@dataclass(frozen=True)
class ItemMove:
    """What happens to one item: ``old_id`` (None for a new item) becomes ``new_id`` (None when dropped)."""

    kind: str  # KEPT, MOVED, DROPPED or NEW
    old_id: str | None
    new_id: str | None
    answered: bool = False  # the old item had an answer, a note or evidence that is carried (or kept)
    reason: Text | None = None  # why it was dropped, or what changed in the item (its change note)


@dataclass(frozen=True)
class UpgradePlan:
    assessment_id: int
    old: Checklist
    new: Checklist
    moves: tuple[ItemMove, ...]
    notices: tuple[Text, ...] = ()  # things the user should check afterwards (e.g. a renamed operator type)

    def of_kind(self, kind: str) -> list[ItemMove]:
        return [m for m in self.moves if m.kind == kind]

    @property
    def mapping(self) -> dict[str, str]:
        """Old item id → new item id for every item that carries over."""
        return {m.old_id: m.new_id for m in self.moves if m.old_id and m.new_id}


def item_mapping(old: Checklist, new: Checklist) -> dict[str, str]:
    """Old item id → new item id, through ``new``'s upgrade table; an unchanged id maps to itself.

    Without an upgrade table (or for another checklist id) only ids present in both map, which is what a re-audit
    on a newer checklist always did.
    """
    table = new.upgrade if new.id == old.id else None
    out: dict[str, str] = {}
    for item in old.items:
        if table and item.id in table.moved:
            out[item.id] = table.moved[item.id]
        elif new.has_item(item.id) and not (table and item.id in table.dropped):
            out[item.id] = item.id
    return out


def can_upgrade(old: Checklist, new: Checklist) -> bool:
    return (new.id == old.id and new.upgrade is not None and old.version in new.upgrade.from_versions
            and new.sha256 != old.sha256)


def plan_upgrade(old: Checklist, new: Checklist, assessment_id: int, *, answered: set[str],
                 is_final: bool, operator_type: str | None = None, modules: tuple[str, ...] = ()) -> UpgradePlan:
    """The full mapping of ``old`` onto ``new`` for one assessment; raises UpgradeError when it cannot be done."""
    if is_final:
        raise UpgradeError(code="upgrade_final", id=assessment_id)
    if new.id != old.id:
        raise UpgradeError(code="upgrade_other", new=new.id, old=old.id)
    if new.sha256 == old.sha256:
        raise UpgradeError(code="upgrade_same", id=assessment_id, checklist=new.id, version=new.version)
    if new.upgrade is None or old.version not in new.upgrade.from_versions:
        accepted = ", ".join(new.upgrade.from_versions) if new.upgrade else "none"
        raise UpgradeError(code="upgrade_unsupported", checklist=new.id, version=new.version, old=old.version,
                           accepted=accepted)
    mapping = item_mapping(old, new)
    landing: dict[str, str] = {}
    for old_id, new_id in mapping.items():
        if new_id in landing:
            raise UpgradeError(code="upgrade_collision", first=landing[new_id], second=old_id, new=new_id)
        landing[new_id] = old_id
    moves: list[ItemMove] = []
    for item in old.items:
        new_id = mapping.get(item.id)
        if new_id is None:
            moves.append(ItemMove(DROPPED, item.id, None, item.id in answered, new.upgrade.dropped.get(item.id)))
        else:
            moves.append(ItemMove(KEPT if new_id == item.id else MOVED, item.id, new_id, item.id in answered,
                                  new.item(new_id).changes))
    shown = new.for_modules(modules)  # an optional module the assessment has not switched on brings nothing new
    for item in shown.items:
        if item.id not in landing:
            moves.append(ItemMove(NEW, None, item.id, False, item.changes))
    notices = []
    if operator_type == "agent" and new.format >= 2:
        notices.append(Text(zh="经营者类型“代理”现在只指以自己名义出口的外贸代理；货运代理和代理报关企业请改为“货运代理/代理报关企业”。",
                            en="Operator type \"agent\" now means a trade agent exporting in its own name; "
                               "freight forwarders and customs brokers should change it to \"Freight forwarder / "
                               "customs broker\"."))
    return UpgradePlan(assessment_id, old, new, tuple(moves), tuple(notices))
