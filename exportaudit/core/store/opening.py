"""Open a store file safely: refuse foreign, corrupt or newer files before writing a single byte to them,
and back the file up before a schema migration."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from exportaudit.core.store.errors import StoreError, WriteProtectedError
from exportaudit.core.store.migrations import MIGRATION_SET, known_names, migrations

APPLICATION_ID = 0x45415544  # "EAUD": marks a SQLite file as an ExportAudit store
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def inspect_existing(path: Path) -> list[str]:
    """Check an existing file is a healthy store of ours; return the migrations it still needs.

    Reads only: the file's bytes are unchanged whatever the answer.
    """
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a store file.")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    if not header:
        raise StoreError(f"{path} is an empty file, not an ExportAudit store.")
    if header != SQLITE_HEADER:
        raise StoreError(f"{path} is not an ExportAudit store (it is not a SQLite database).")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path} cannot be opened: {exc}.") from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id != APPLICATION_ID:
            if tables:
                raise StoreError(f"{path} is a database of another program, not an ExportAudit store.")
            return known_names()  # a blank SQLite file: safe to set up
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise StoreError(f"{path} is damaged (SQLite reports: {check}). Restore it from a backup.")
        applied = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])] \
            if "_sqlite_migrations" in tables else []
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is damaged or not an ExportAudit store ({exc}).") from None
    finally:
        conn.close()
    unknown = [name for name in applied if name not in known_names()]
    if unknown:
        raise StoreError(f"{path} was written by a newer version of ExportAudit (schema {unknown[-1]}). "
                         "Update ExportAudit to open it.")
    return [name for name in known_names() if name not in applied]


def connect(path: Path, *, read_only: bool) -> Database:
    """A connection with the pragmas every store connection needs."""
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not read_only:
        # FULL: a commit is on disk before the call returns, so a kill or power cut loses no saved answer.
        conn.execute("PRAGMA synchronous = FULL")
    return Database(conn, execute_plugins=False)


def _write_protected(path: Path) -> bool:
    """True for a file we may not write, or one marked read-only (respected even for administrators)."""
    return not os.access(path, os.W_OK) or not path.stat().st_mode & stat.S_IWUSR


def backup_path(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.backup-{stamp}{path.suffix or '.db'}")


def backup(path: Path) -> Path:
    """Copy the store with SQLite's online backup (consistent even with a WAL file beside it)."""
    target = backup_path(path)
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def open_database(path: Path, *, create: bool = True, read_only: bool = False) -> tuple[Database, Path | None]:
    """Open (or create) the store at ``path``; returns the database and the backup written, if any."""
    if not path.parent.is_dir():
        raise StoreError(f"The folder {path.parent} does not exist.")
    if path.exists():
        pending = inspect_existing(path)
        if not read_only and _write_protected(path):
            raise WriteProtectedError(f"{path} is read-only. Open it read-only or copy it somewhere writable.")
        if read_only and pending:
            raise StoreError(f"{path} needs a schema upgrade, which cannot be done read-only.")
        is_new = path.stat().st_size == 0 or pending == known_names()
    elif not create:
        raise StoreError(f"{path} does not exist.")
    elif read_only:
        raise StoreError(f"{path} does not exist.")
    else:
        if not os.access(path.parent, os.W_OK):
            raise StoreError(f"The folder {path.parent} is not writable.")
        pending, is_new = known_names(), True
    backup_file = None
    if pending and not is_new:
        try:
            backup_file = backup(path)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"Could not back up {path} before upgrading it: {exc}. Nothing was changed.") from None
    db = connect(path, read_only=read_only)
    if read_only:
        return db, None
    try:
        if is_new:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute("PRAGMA journal_mode = WAL")
        migrations.apply(db)
    except sqlite3.Error as exc:
        db.close()
        where = f" The copy made before the upgrade is {backup_file}." if backup_file else ""
        raise StoreError(f"Could not set up the store {path}: {exc}.{where}") from None
    return db, backup_file
