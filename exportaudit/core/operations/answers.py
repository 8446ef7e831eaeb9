"""Answering items: a rating, N/A with its reason, clearing, notes and re-confirming a carried-over answer.

They write through the session, which keeps its answers in step; the notice names the item, so a panel repaints
only its row, its element and the scores.
"""

from __future__ import annotations

from exportaudit.core.changes import Changes
from exportaudit.core.session import AssessmentSession


def answer(session: AssessmentSession, item_id: str, level: int | None, na: bool = False,
           na_reason: str = "") -> Changes:
    """Rate ``item_id`` (``level``), mark it N/A with ``na_reason``, or clear it (no level, not N/A)."""
    if na:
        session.mark_not_applicable(item_id, na_reason)
    elif level is not None:
        session.rate(item_id, level)
    else:
        session.clear(item_id)
    return Changes(answers=frozenset({item_id}))


def set_note(session: AssessmentSession, item_id: str, text: str) -> Changes:
    session.set_note(item_id, text)
    return Changes(notes=frozenset({item_id}))


def reconfirm(session: AssessmentSession, item_id: str) -> Changes:
    session.reconfirm(item_id)
    return Changes(answers=frozenset({item_id}))
