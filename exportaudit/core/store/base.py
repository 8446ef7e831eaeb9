"""The plumbing every repository of the store shares: one connection, the write helper, the change log, row helpers."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exportaudit.core.store.errors import ReadOnlyError, StoreError
from exportaudit.core.store.forms import form_fields
from exportaudit.core.user_name import configured_user_name

if TYPE_CHECKING:
    from sqlite_utils import Database

# A text saved on every keystroke (a note, a reason) keeps one history entry per pause of this length.
TEXT_EDIT_BURST_SECONDS = 60


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _seconds_since(stamp: str) -> float:
    try:
        return (datetime.now().astimezone() - datetime.fromisoformat(stamp)).total_seconds()
    except ValueError:
        return float("inf")


def default_user() -> str:
    """Who a change is recorded as when the caller names nobody: the name the user gave the window (shared with the
    command line), or nobody. Never the login name: it would reach the history and the client's report."""
    return configured_user_name()


def evidence_folder_for(path: Path) -> Path:
    """Evidence lives beside the store, in a folder named after it."""
    return path.with_name(f"{path.stem}-evidence")


def _encode(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class Connection:
    """One store file's connection, shared by every repository: who writes, from where, and how.

    Repositories read with ``one``/``all`` and write inside ``write()``; every write goes to the change log
    through ``log`` (or ``log_burst`` for text typed a keystroke at a time).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool, user: str, source: str = "window"):
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self.user = user
        self.source = source  # where this connection's changes come from (vocab.CHANGE_SOURCES)

    @cached_property
    def db(self) -> Database:
        """sqlite-utils' Database on the connection, made when first written through: reads are plain SQL on the
        connection, so opening a store and showing it does not pay sqlite-utils' imports (~60 ms at start)."""
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One user action, one transaction. BEGIN IMMEDIATE takes the write lock up front, so a second
        process writing the same store waits its turn (busy timeout) instead of failing half-way. (sqlite-utils'
        ``atomic()`` begins a deferred transaction, which would fail at the first write instead.) Nested, it is a
        savepoint inside the caller's transaction."""
        if self.read_only:
            raise ReadOnlyError(code="store_read_only", path=self.path)
        conn = self.conn
        if conn.in_transaction:
            with self.db.atomic():  # nested: a savepoint
                yield self.db
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(code="store_busy", path=self.path, detail=exc) from None
        try:
            yield self.db
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):  # disk full, I/O error, locked: say so, keep nothing half-done
                raise StoreError(code="not_saved", path=self.path, detail=exc) from exc
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(code="not_saved", path=self.path, detail=exc) from None

    def log(self, assessment_id: int | None, entity: str, entity_id: Any, field: str, old: Any, new: Any,
            item_id: str | None = None) -> None:
        """One change-log entry, by this connection's user and source."""
        self.db.execute(
            "INSERT INTO change_log (at, user, assessment_id, entity, entity_id, item_id, field, old, new, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [now(), self.user, assessment_id, entity, None if entity_id is None else str(entity_id), item_id,
             field, _encode(old), _encode(new), self.source])

    def log_burst(self, assessment_id: int, entity: str, entity_id: Any, field: str, old: str, new: str,
                  item_id: str | None = None) -> None:
        """Log a text edit, folding a burst of keystrokes into one entry.

        Notes are saved on every keystroke; the history keeps one entry per editing burst: while the newest
        entry of the assessment is this user's edit of the same field of the same thing less than
        ``TEXT_EDIT_BURST_SECONDS`` ago, it is extended.
        """
        last = self.one("SELECT id, at, user, entity, entity_id, field FROM change_log WHERE assessment_id = ? "
                        "ORDER BY id DESC LIMIT 1", [assessment_id])
        if (last and last["entity"] == entity and last["entity_id"] == str(entity_id) and last["field"] == field
                and last["user"] == self.user and _seconds_since(last["at"]) < TEXT_EDIT_BURST_SECONDS):
            self.db.execute("UPDATE change_log SET at = ?, new = ? WHERE id = ?", [now(), new, last["id"]])
        else:
            self.log(assessment_id, entity, entity_id, field, old, new, item_id=item_id)

    def one(self, sql: str, params: list) -> dict | None:
        cursor = self.conn.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def all(self, sql: str, params: list | None = None) -> list[dict]:
        cursor = self.conn.execute(sql, params or [])
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def insert(self, table: str, row: dict) -> int:
        """Insert one row (inside the caller's ``write()``); returns its rowid. Plain SQL rather than sqlite-utils'
        ``insert``, which reads the table's schema on every call: a package import inserts thousands of rows."""
        cursor = self.db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                                 list(row.values()))
        return cursor.lastrowid

    def update_fields(self, table: str, key: Any, old: Any, fields: dict, *, assessment_id: int | None,
                      entity: str, item_id: str | None = None) -> dict:
        """Update the changed ``fields`` of one row and log each change; returns what changed.

        Runs inside the caller's transaction when there is one, else in its own.
        """
        changed = {k: v for k, v in fields.items() if getattr(old, k) != v}
        if not changed:
            return {}
        stamp = now()
        with self.write() as db:
            db[table].update(key, {**changed, "updated_at": stamp})
            forms = set(form_fields(table))  # a form's change is logged as the change of the joined value
            for name, value in changed.items():
                if name in forms:
                    continue
                self.log(assessment_id, entity, key, name, getattr(old, name), value, item_id=item_id)
            if assessment_id is not None and table != "assessments":
                self.touch(assessment_id, stamp)
        return changed

    def touch(self, assessment_id: int, stamp: str) -> None:
        """Mark an assessment changed now (its list sorts by last change)."""
        self.db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [stamp, assessment_id])
