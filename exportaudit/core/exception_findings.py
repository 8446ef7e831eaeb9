"""Findings raised from exceptions: a failed check on a test card becomes a finding, worded in both languages."""

from __future__ import annotations

from exportaudit.core.checklist import SampleCheck
from exportaudit.core.records import Order
from exportaudit.core.store import Store, StoreError


def exception_text(order: Order, check: SampleCheck, note: str, lang: str) -> str:
    """The description of a finding raised from a failed check: which order failed which check, and the note,
    in ``lang`` ("zh", "en" or "both", one line each)."""
    where = " → ".join(p for p in (order.customer, order.destination) if p)
    facts = ", ".join(p for p in (order.order_date or "", where) if p)
    zh = f"抽样测试例外：订单 {order.order_ref}" + (f"（{facts}）" if facts else "") + f"未通过“{check.label.zh}”。"
    en = f"Transaction test exception: order {order.order_ref}" + (f" ({facts})" if facts else "") + \
        f" failed \"{check.label.en}\"."
    if note.strip():
        zh += f"测试说明：{note.strip()}"
        en += f" Tester's note: {note.strip()}"
    return {"zh": zh, "en": en}.get(lang, f"{zh}\n{en}")


def raise_exception_finding(store: Store, sample_order_id: int, check_id: str, grade: str = "minor", *,
                            description: str | None = None, recommendation: str = "", item_id: str | None = None,
                            lang: str = "both") -> int:
    """Raise a finding from a failed check in one step; returns the finding id.

    The finding goes on ``item_id`` (default: the check's first item). The description defaults to the check, the
    order and the tester's note, in ``lang``. The check keeps a link to the finding, and calling this again returns
    the same finding while it exists.
    """
    if description is None:
        card = store.results.card(sample_order_id)
        tested = next((c for c in card.checks if c.check.id == check_id), None)
        if tested is None:
            raise StoreError(f"Unknown test-card check '{check_id}'; expected one of: "
                             f"{', '.join(c.check.id for c in card.checks)}.")
        description = exception_text(card.order, tested.check, tested.result.note, lang)
    return store.results.raise_finding(sample_order_id, check_id, grade, description, recommendation,
                                       item_id=item_id)
