"""Store plumbing shared by every part of the store: transactions, the change log, row helpers."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from exportaudit.core.checklist import Checklist
from exportaudit.core.checklist_loader import ChecklistError, parse_checklist
from exportaudit.core.evidence import EvidenceVault
from exportaudit.core.store.errors import ReadOnlyError, StoreError
from exportaudit.core.store.records import Assessment
from exportaudit.core.user_name import configured_user_name
from exportaudit.core.vocab import OPERATOR_TYPES, SIZES

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


class StoreBase:
    """What every store mixin relies on; the public API lives in the mixins."""

    def __init__(self, db: Database, path: Path, *, read_only: bool, user: str, backup_file: Path | None,
                 source: str = "window"):
        self.db = db
        self.path = path
        self.read_only = read_only
        self.user = user
        self.source = source  # where this connection's changes come from (vocab.CHANGE_SOURCES)
        self.backup_file = backup_file
        self.vault = EvidenceVault(evidence_folder_for(path))
        self._checklists: dict[str, Checklist] = {}

    # --- plumbing -------------------------------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One user action, one transaction. BEGIN IMMEDIATE takes the write lock up front, so a second
        process writing the same store waits its turn (busy timeout) instead of failing half-way."""
        if self.read_only:
            raise ReadOnlyError(code="store_read_only", path=self.path)
        conn = self.db.conn
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

    def transaction(self):
        """Group several changes into one transaction: all are kept, or none (an import, a batch edit)."""
        return self._write()

    @contextmanager
    def changes_from(self, source: str) -> Iterator[None]:
        """Log the changes made inside as coming from ``source`` (a questionnaire or package import)."""
        before, self.source = self.source, source
        try:
            yield
        finally:
            self.source = before

    def _log(self, assessment_id: int | None, entity: str, entity_id: Any, field: str, old: Any, new: Any,
             item_id: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO change_log (at, user, assessment_id, entity, entity_id, item_id, field, old, new, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [now(), self.user, assessment_id, entity, None if entity_id is None else str(entity_id), item_id,
             field, _encode(old), _encode(new), self.source])

    def _log_text_edit(self, assessment_id: int, item_id: str, field: str, old: str, new: str,
                       entity: str = "response") -> None:
        """Log a text edit, folding a burst of keystrokes into one entry.

        Notes are saved on every keystroke; the history keeps one entry per editing burst: while the newest
        entry of the assessment is this user's edit of the same field less than a minute ago, it is extended.
        """
        last = self._one("SELECT id, at, user, entity, item_id, field FROM change_log WHERE assessment_id = ? "
                         "ORDER BY id DESC LIMIT 1", [assessment_id])
        if (last and last["entity"] == entity and last["item_id"] == item_id and last["field"] == field
                and last["user"] == self.user and _seconds_since(last["at"]) < TEXT_EDIT_BURST_SECONDS):
            self.db.execute("UPDATE change_log SET at = ?, new = ? WHERE id = ?", [now(), new, last["id"]])
        else:
            self._log(assessment_id, entity, item_id, field, old, new, item_id=item_id)

    def _one(self, sql: str, params: list) -> dict | None:
        cursor = self.db.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def _all(self, sql: str, params: list | None = None) -> list[dict]:
        cursor = self.db.execute(sql, params or [])
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _insert(self, table: str, row: dict) -> int:
        cursor = self.db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                                 list(row.values()))
        return cursor.lastrowid

    def _update_fields(self, table: str, key: Any, old: Any, fields: dict, *, assessment_id: int | None,
                       entity: str, item_id: str | None = None) -> dict:
        """Update the changed ``fields`` of one row and log each change; returns what changed.

        Runs inside the caller's transaction when there is one, else in its own.
        """
        changed = {k: v for k, v in fields.items() if getattr(old, k) != v}
        if not changed:
            return {}
        stamp = now()
        with self._write() as db:
            db.execute(f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in changed)}, updated_at = ? WHERE id = ?",
                       [*changed.values(), stamp, key])
            for name, value in changed.items():
                self._log(assessment_id, entity, key, name, getattr(old, name), value, item_id=item_id)
            if assessment_id is not None and table != "assessments":
                self._touch(assessment_id, stamp)
        return changed

    # --- checks and lookups every mixin needs ----------------------------------------------------

    @staticmethod
    def _check_scope(operator_type: str | None, size: str | None) -> None:
        if operator_type is not None and operator_type not in OPERATOR_TYPES:
            raise StoreError(f"Unknown operator type '{operator_type}'; expected one of: {', '.join(OPERATOR_TYPES)}.")
        if size is not None and size not in SIZES:
            raise StoreError(f"Unknown company size '{size}'; expected one of: {', '.join(SIZES)}.")

    def assessment(self, assessment_id: int) -> Assessment:
        row = self._one("SELECT * FROM assessments WHERE id = ?", [assessment_id])
        if row is None:
            raise StoreError(code="no_assessment", id=assessment_id)
        return Assessment.from_row(row)

    def _writable_assessment(self, assessment_id: int) -> Assessment:
        assessment = self.assessment(assessment_id)
        if assessment.is_final:
            raise ReadOnlyError(code="finalised", title=assessment.title)
        return assessment

    def _touch(self, assessment_id: int, stamp: str) -> None:
        self.db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [stamp, assessment_id])

    def checklist(self, sha256: str) -> Checklist:
        """The pinned copy of a checklist, parsed once per store."""
        if sha256 not in self._checklists:
            row = self._one("SELECT checklist_id, text FROM checklists WHERE sha256 = ?", [sha256])
            if row is None:
                raise StoreError(f"The store has no copy of checklist {sha256[:12]}.")
            try:
                self._checklists[sha256] = parse_checklist(row["text"], f"stored checklist {row['checklist_id']}")
            except ChecklistError as exc:
                raise StoreError(f"The stored copy of checklist {row['checklist_id']} is damaged: {exc}") from None
        return self._checklists[sha256]

    def _check_item(self, assessment: Assessment, item_id: str) -> None:
        if not self.checklist(assessment.checklist_sha256).has_item(item_id):
            raise StoreError(code="no_item", id=assessment.id, item=item_id)
