"""The browser's writes: organisations and the assessments listed under them (create, edit, rename, duplicate,
delete). The notice names organisations; a change to the open assessment's own record names it too."""

from __future__ import annotations

from typing import Any

from exportaudit.core.changes import Changes
from exportaudit.core.checklist import Checklist
from exportaudit.core.operations import Done
from exportaudit.core.store import Store

ORGANISATIONS = Changes(organisation=True)
ASSESSMENT = Changes(organisation=True, assessment=True)  # the open one may be it: its page reads it again


def create_organisation(store: Store, name: str = "", **values: Any) -> Done[int]:
    """A new organisation, named by ``name`` or by its forms in ``values`` (``name_zh``, ``name_en``)."""
    return Done(store.organisations.create(name, **values), ORGANISATIONS)


def update_organisation(store: Store, organisation_id: int, **values: Any) -> Changes:
    store.organisations.update(organisation_id, **values)
    return ASSESSMENT  # the assessment's header names its organisation


def delete_organisation(store: Store, organisation_id: int) -> Changes:
    store.organisations.delete(organisation_id)
    return ORGANISATIONS


def create_assessment(store: Store, organisation_id: int, checklist: Checklist, title: str,
                      **values: Any) -> Done[int]:
    return Done(store.assessments.create(organisation_id, checklist, title, **values), ORGANISATIONS)


def rename_assessment(store: Store, assessment_id: int, title: str, language: str | None = None) -> Changes:
    """A new title; with ``language`` ("zh" or "en") it is that form of the title and the other form stays."""
    store.assessments.update(assessment_id, **({f"title_{language}": title} if language else {"title": title}))
    return ASSESSMENT


def duplicate_assessment(store: Store, assessment_id: int, title: str) -> Done[int]:
    return Done(store.assessments.duplicate(assessment_id, title), ORGANISATIONS)


def delete_assessment(store: Store, assessment_id: int) -> Changes:
    store.assessments.delete(assessment_id)
    return ORGANISATIONS
