"""The audit workflow's records: findings, corrective actions and the document-request list."""

from __future__ import annotations

from typing import Any

from exportaudit.core.changes import Changes
from exportaudit.core.operations import Done
from exportaudit.core.store import Store
from exportaudit.core.store.records import DocumentRequest

FINDINGS = Changes(findings=True, actions=True)  # a finding's actions follow it; model 2 caps its item
ACTIONS = Changes(actions=True)
REQUESTS = Changes(requests=True)


def raise_finding(store: Store, assessment_id: int, **values: Any) -> Done[int]:
    return Done(store.create_finding(assessment_id, **values), FINDINGS)


def update_finding(store: Store, finding_id: int, **values: Any) -> Changes:
    store.update_finding(finding_id, **values)
    return FINDINGS


def delete_finding(store: Store, finding_id: int) -> Changes:
    store.delete_finding(finding_id)
    return FINDINGS


def save_action(store: Store, action_id: int | None, finding_id: int, **values: Any) -> Changes:
    """Add a corrective action to ``finding_id`` (``action_id`` None) or change one (it stays with its finding)."""
    if action_id is None:
        store.create_action(finding_id, **values)
    else:
        store.update_action(action_id, **values)
    return ACTIONS


def delete_action(store: Store, action_id: int) -> Changes:
    store.delete_action(action_id)
    return ACTIONS


def build_requests(store: Store, assessment_id: int) -> Done[int]:
    return Done(store.build_document_requests(assessment_id), REQUESTS)


def update_request(store: Store, assessment_id: int, item_id: str, **values: Any) -> Done[DocumentRequest]:
    return Done(store.update_document_request(assessment_id, item_id, **values), REQUESTS)
