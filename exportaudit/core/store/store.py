"""The Store: every read and write of the record store goes through here, one user action per transaction.

The methods live in mixins by subject (organisations, assessments, responses, evidence, history, ...).
"""

from __future__ import annotations

from pathlib import Path

from exportaudit.core.store.assessments import AssessmentsMixin
from exportaudit.core.store.base import StoreBase, default_user, evidence_folder_for, now
from exportaudit.core.store.engagements import EngagementsMixin
from exportaudit.core.store.evidence_links import EvidenceMixin
from exportaudit.core.store.findings import FindingsMixin
from exportaudit.core.store.history import HistoryMixin
from exportaudit.core.store.lifecycle import LifecycleMixin
from exportaudit.core.store.opening import open_database
from exportaudit.core.store.organisations import OrganisationsMixin
from exportaudit.core.store.report_register import ReportRegisterMixin
from exportaudit.core.store.requests import DocumentRequestsMixin
from exportaudit.core.store.responses import ResponsesMixin
from exportaudit.core.store.transactions import TransactionsMixin
from exportaudit.core.store.upgrades import UpgradesMixin

__all__ = ["Store", "open_store", "now", "default_user", "evidence_folder_for"]


class Store(OrganisationsMixin, EngagementsMixin, AssessmentsMixin, ResponsesMixin, EvidenceMixin, FindingsMixin,
            DocumentRequestsMixin, LifecycleMixin, HistoryMixin, TransactionsMixin, ReportRegisterMixin, UpgradesMixin,
            StoreBase):
    """The record store of one file."""


def open_store(path: str | Path, *, create: bool = True, read_only: bool = False, user: str | None = None,
               source: str = "window") -> Store:
    """Open the store at ``path`` (created if missing and ``create``), refusing foreign or damaged files.
    ``source`` names where its changes come from in the history ("window", "cli")."""
    path = Path(path).expanduser()
    db, backup_file = open_database(path, create=create, read_only=read_only)
    return Store(db, path, read_only=read_only, user=user if user is not None else default_user(),
                 backup_file=backup_file, source=source)
