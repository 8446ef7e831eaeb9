"""The Store: one record-store file, and the repositories every read and write goes through.

Like Anki's collection delegating to its ``models``, ``decks`` and ``cards``, the facade keeps only the plumbing
(the file, who writes, the write helper, the change-log hook) and hands each subject to a repository:
``store.answers.rate(...)``, ``store.findings.create(...)``, ``store.orders.lists(...)``. One user action is one
transaction; ``store.transaction()`` groups several into one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exportaudit.core.evidence import EvidenceVault
from exportaudit.core.store.assessments import Assessments
from exportaudit.core.store.base import Connection, default_user, evidence_folder_for, now
from exportaudit.core.store.checklists import Checklists
from exportaudit.core.store.engagements import Engagements
from exportaudit.core.store.evidence_links import Evidence
from exportaudit.core.store.findings import Actions, Findings
from exportaudit.core.store.history import History
from exportaudit.core.store.lifecycle import Lifecycle
from exportaudit.core.store.opening import open_database
from exportaudit.core.store.orders import Orders
from exportaudit.core.store.organisations import Organisations
from exportaudit.core.store.report_register import Reports
from exportaudit.core.store.requests import Requests
from exportaudit.core.store.responses import Answers
from exportaudit.core.store.results import Results
from exportaudit.core.store.samples import RedFlags, Samples
from exportaudit.core.store.upgrades import Upgrades

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["Store", "open_store", "now", "default_user", "evidence_folder_for"]


class Store:
    """The record store of one file: plumbing here, everything else in its repositories."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool, user: str,
                 backup_file: Path | None, source: str = "window"):
        self.sql = Connection(conn, path, read_only=read_only, user=user, source=source)
        self.path = path
        self.read_only = read_only
        self.backup_file = backup_file
        self.vault = EvidenceVault(evidence_folder_for(path))
        self.checklists = Checklists(self)
        self.organisations = Organisations(self)
        self.assessments = Assessments(self)
        self.engagements = Engagements(self)
        self.answers = Answers(self)
        self.evidence = Evidence(self)
        self.findings = Findings(self)
        self.actions = Actions(self)
        self.requests = Requests(self)
        self.history = History(self)
        self.lifecycle = Lifecycle(self)
        self.reports = Reports(self)
        self.upgrades = Upgrades(self)
        self.orders = Orders(self)
        self.red_flags = RedFlags(self)
        self.samples = Samples(self)
        self.results = Results(self)

    # --- who writes, and from where -----------------------------------------------------------------

    @property
    def user(self) -> str:
        return self.sql.user

    @user.setter
    def user(self, name: str) -> None:
        self.sql.user = name

    @property
    def source(self) -> str:
        """Where this connection's changes come from in the history (vocab.CHANGE_SOURCES)."""
        return self.sql.source

    @contextmanager
    def changes_from(self, source: str) -> Iterator[None]:
        """Log the changes made inside as coming from ``source`` (a questionnaire or package import)."""
        before, self.sql.source = self.sql.source, source
        try:
            yield
        finally:
            self.sql.source = before

    # --- plumbing -------------------------------------------------------------------------------------

    @property
    def db(self) -> Database:
        """sqlite-utils' Database on the store's connection (made on first use; see Connection.db)."""
        return self.sql.db

    def close(self) -> None:
        self.sql.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def transaction(self):
        """Group several changes into one transaction: all are kept, or none (an import, a batch edit)."""
        return self.sql.write()

    def log(self, assessment_id: int | None, entity: str, entity_id: Any, field: str, old: Any, new: Any,
            item_id: str | None = None) -> None:
        """The change-log hook for writers outside the repositories (package import): call it inside
        ``transaction()``."""
        self.sql.log(assessment_id, entity, entity_id, field, old, new, item_id=item_id)

    def is_own_file(self, path: Path) -> bool:
        """True for the store file or one of SQLite's files beside it. Opening one of them outside SQLite and
        closing it would drop this process's locks on the store (see ``opening``), so they are never read as
        evidence or imported."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                if Path(path).samefile(f"{self.path}{suffix}"):
                    return True
            except OSError:
                continue
        return False

    # --- facts about the store itself -----------------------------------------------------------------

    @property
    def is_demo(self) -> bool:
        """The demo store (made up, to look around in): the window says so, so nobody enters real data."""
        return self.sql.one("SELECT value FROM store_properties WHERE key = 'demo'", []) is not None

    def mark_as_demo(self) -> None:
        with self.sql.write() as db:
            db.execute("INSERT OR REPLACE INTO store_properties (key, value) VALUES ('demo', '1')")


def open_store(path: str | Path, *, create: bool = True, read_only: bool = False, user: str | None = None,
               source: str = "window") -> Store:
    """Open the store at ``path`` (created if missing and ``create``), refusing foreign or damaged files.
    ``source`` names where its changes come from in the history ("window", "cli")."""
    path = Path(path).expanduser()
    conn, backup_file = open_database(path, create=create, read_only=read_only)
    return Store(conn, path, read_only=read_only, user=user if user is not None else default_user(),
                 backup_file=backup_file, source=source)
