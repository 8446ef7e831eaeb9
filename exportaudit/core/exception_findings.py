"""Findings raised from exceptions (a service above the store): a failed check on a test card becomes a finding,
worded in both languages by ``core.testing.wording``."""

from __future__ import annotations

from exportaudit.core.store import Store, StoreError
from exportaudit.core.testing.wording import exception_text


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
