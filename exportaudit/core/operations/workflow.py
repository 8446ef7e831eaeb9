"""The audit workflow's records: findings, corrective actions and the document-request list."""

from __future__ import annotations

from typing import Any

from exportaudit.core.changes import Changes
from exportaudit.core.operations import Done
from exportaudit.core.records import DocumentRequest
from exportaudit.core.store import Store

FINDINGS = Changes(findings=True, actions=True)  # a finding's actions follow it; model 2 caps its item
ACTIONS = Changes(actions=True)
REQUESTS = Changes(requests=True)


def raise_finding(store: Store, assessment_id: int, **values: Any) -> Done[int]:
    return Done(store.findings.create(assessment_id, **values), FINDINGS)


def update_finding(store: Store, finding_id: int, **values: Any) -> Changes:
    store.findings.update(finding_id, **values)
    return FINDINGS


def delete_finding(store: Store, finding_id: int) -> Changes:
    store.findings.delete(finding_id)
    return FINDINGS


def save_action(store: Store, action_id: int | None, finding_id: int, **values: Any) -> Changes:
    """Add a corrective action to ``finding_id`` (``action_id`` None) or change one (it stays with its finding)."""
    if action_id is None:
        store.actions.create(finding_id, **values)
    else:
        store.actions.update(action_id, **values)
    return ACTIONS


def delete_action(store: Store, action_id: int) -> Changes:
    store.actions.delete(action_id)
    return ACTIONS


def build_requests(store: Store, assessment_id: int) -> Done[int]:
    return Done(store.requests.build(assessment_id), REQUESTS)


def update_request(store: Store, assessment_id: int, item_id: str, **values: Any) -> Done[DocumentRequest]:
    return Done(store.requests.update(assessment_id, item_id, **values), REQUESTS)
