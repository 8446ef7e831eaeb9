"""What transaction testing says in prose, in both languages: the description of a finding raised from an exception.
Pure: the window proposes it in the finding form, and ``core.exception_findings`` uses it as the default."""

from __future__ import annotations

from exportaudit.core.checklist import SampleCheck
from exportaudit.core.records import Order


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
