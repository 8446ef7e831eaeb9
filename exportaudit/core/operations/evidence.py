"""Evidence files of an item: attach (a worker, with its own connection), describe, remove.

Attached evidence answers a document request, so the notice names both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from exportaudit.core.changes import Changes
from exportaudit.core.operations import Done
from exportaudit.core.records import EvidenceRecord
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store


def evidence_changed(item_id: str) -> Changes:
    return Changes(evidence=frozenset({item_id}), requests=True)


def attach(store_path: Path, user: str, assessment_id: int, item_id: str, sources: Sequence[Path],
           facts: Sequence[tuple[str, str]], report: Callable[[int, str], None],
           attached: list[str]) -> Done[list[str]]:
    """Copy files in as evidence of ``item_id`` through this thread's own connection; ``attached`` collects the
    names as they are stored, so a failure half-way still tells the caller what went in."""
    with open_store(store_path, create=False, user=user) as store:
        for number, (source, (kind, covered)) in enumerate(zip(sources, facts, strict=False), 1):
            report(int(100 * (number - 1) / len(sources)), source.name)
            attached.append(store.evidence.add(assessment_id, item_id, source, kind=kind,
                                               covered_date=covered).file_name)
    return Done(list(attached), evidence_changed(item_id))


def describe(session: AssessmentSession, record: EvidenceRecord, kind: str | None,
             covered_date: str | None) -> Changes:
    session.describe_evidence(record, kind=kind, covered_date=covered_date)
    return evidence_changed(record.item_id)


def remove(session: AssessmentSession, record: EvidenceRecord) -> Changes:
    session.detach(record)
    return evidence_changed(record.item_id)
