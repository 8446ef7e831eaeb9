"""Transaction testing: deleting order lists and samples, and the test card's results, notes, red-flag answers
and findings raised from exceptions. Every one may move an item's cap, so the notice names testing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from exportaudit.core import exception_findings
from exportaudit.core.changes import Changes
from exportaudit.core.operations import Done
from exportaudit.core.store import Store, open_store

TESTING = Changes(testing=True)
EXCEPTION_FINDING = Changes(testing=True, findings=True, actions=True)


def delete_order_list(store: Store, list_id: int) -> Changes:
    store.orders.delete_list(list_id)
    return TESTING


def delete_sample(store: Store, sample_id: int) -> Changes:
    store.samples.delete(sample_id)
    return TESTING


def set_check_result(store: Store, sample_order_id: int, check_id: str, result: str | None) -> Changes:
    store.results.set_check(sample_order_id, check_id, result)
    return TESTING


def set_check_note(store: Store, sample_order_id: int, check_id: str, note: str) -> Changes:
    store.results.set_check_note(sample_order_id, check_id, note)
    return TESTING


def set_red_flag_answer(store: Store, sample_order_id: int, flag_id: str, answer: str | None,
                        **values: Any) -> Done[Any]:
    return Done(store.results.answer_red_flag(sample_order_id, flag_id, answer, **values), TESTING)


def answer_remaining_red_flags(store: Store, sample_order_id: int) -> Done[int]:
    return Done(store.results.answer_remaining_red_flags(sample_order_id), TESTING)


def raise_exception_finding(store: Store, sample_order_id: int, check_id: str, grade: str,
                            **values: Any) -> Done[int]:
    return Done(exception_findings.raise_exception_finding(store, sample_order_id, check_id, grade, **values),
                EXCEPTION_FINDING)


def attach_check_evidence(store_path: Path, user: str, sample_order_id: int, check_id: str,
                          sources: Sequence[Path]) -> Done[list[str]]:
    """Copy files in as evidence of one check of a test card, through this thread's own connection."""
    with open_store(store_path, create=False, user=user) as own:
        return Done([own.results.add_evidence(sample_order_id, check_id, source).file_name for source in sources],
                    TESTING)


def draw(store_path: Path, user: str, assessment_id: int, list_id: int, plan: Any, seed: int) -> Done[int]:
    """Draw and store a sample through this thread's own connection; the value is the new sample's id."""
    with open_store(store_path, create=False, user=user) as own:
        return Done(own.samples.draw(assessment_id, list_id, plan, seed), TESTING)


def store_order_list(store_path: Path, user: str, assessment_id: int, result: Any, name: str) -> Done[int]:
    """Store an order list read from a file, through this thread's own connection; the value is its id."""
    with open_store(store_path, create=False, user=user) as own:
        return Done(own.orders.add_list(assessment_id, result, name=name), TESTING)
