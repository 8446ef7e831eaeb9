"""The life of an assessment: engagement facts, modules, the scoring model, the checklist version, finalising,
reopening and starting a re-audit. These change what the assessment is, so the notice asks for a full read."""

from __future__ import annotations

from typing import Any

from exportaudit.core import fingerprint
from exportaudit.core.changes import Changes
from exportaudit.core.engagement import Engagement
from exportaudit.core.operations import Done
from exportaudit.core.scoring_model2 import CURRENT_MODEL
from exportaudit.core.store import Store

ASSESSMENT = Changes(assessment=True, organisation=True)  # the browser lists titles and final states too


def set_engagement(store: Store, assessment_id: int, engagement: Engagement) -> Changes:
    store.engagements.set(assessment_id, engagement)
    return Changes(engagement=True)


def set_module(store: Store, assessment_id: int, module_id: str, on: bool) -> Changes:
    store.assessments.set_module(assessment_id, module_id, on)
    return ASSESSMENT


def rescore_with_current_model(store: Store, assessment_id: int) -> Changes:
    store.assessments.set_scoring_model(assessment_id, CURRENT_MODEL)
    return ASSESSMENT


def upgrade_checklist(store: Store, plan) -> Changes:
    store.upgrades.apply(plan)
    return ASSESSMENT


def finalise(store: Store, assessment_id: int) -> Done[str]:
    """Lock the assessment; the value is its content fingerprint."""
    return Done(fingerprint.finalise(store, assessment_id), ASSESSMENT)


def reopen(store: Store, assessment_id: int, reason: str) -> Changes:
    store.lifecycle.reopen(assessment_id, reason)
    return ASSESSMENT


def start_reaudit(store: Store, baseline_id: int, title: str, **values: Any) -> Done[int]:
    return Done(store.lifecycle.reaudit(baseline_id, title, **values), Changes(organisation=True))
