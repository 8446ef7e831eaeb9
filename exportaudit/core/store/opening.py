"""Open a store file safely: refuse foreign, corrupt or newer files before writing a single byte to them,
and back the file up before a schema migration.

Only SQLite ever opens the store file. POSIX file locks belong to a process, and closing *any* descriptor of
the file drops all of them (SQLite's "How To Corrupt" §2.2): a header check with Python's ``open()`` while the
window's connection is open would let another process delete the WAL under it, losing every later answer.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

from exportaudit.core.store.errors import StoreError, WriteProtectedError
from exportaudit.core.store.location import Place, examine
from exportaudit.core.store.migrations import MIGRATION_SET, known_names, migrations

APPLICATION_ID = 0x45415544  # "EAUD": marks a SQLite file as an ExportAudit store
BUSY_TIMEOUT_MS = 10_000

# How a read-only connection opens the file (see ``read_mode``).
SHARED, READ_ONLY, IMMUTABLE = "shared", "ro", "immutable"


def read_mode(place: Place, file_writable: bool, wal_present: bool) -> str:
    """How to read a store without leaving anything behind.

    - A ``-wal`` file beside the store: it is in use (or holds answers not yet merged), so SQLite must read it
      (``mode=ro``); the files were there before and stay.
    - A place nobody can write (read-only folder or medium, network share, write-protected file): the file
      cannot change under us, so ``immutable=1`` reads it without any ``-wal``/``-shm`` file.
    - Otherwise an ordinary connection that refuses writes (``query_only``): it takes its part in SQLite's WAL
      bookkeeping, so the last connection to close removes the ``-wal``/``-shm`` files it made.
    """
    if wal_present:
        return READ_ONLY
    if not place.writable or not file_writable:
        return IMMUTABLE
    return SHARED


def _uri(path: Path, mode: str) -> str:
    query = "mode=ro&immutable=1" if mode == IMMUTABLE else "mode=ro" if mode == READ_ONLY else "mode=rw"
    return f"{path.resolve().as_uri()}?{query}"


def _wal_present(path: Path) -> bool:
    return Path(f"{path}-wal").exists()


def _file_writable(path: Path) -> bool:
    """False for a file we may not write, or one marked read-only (respected even for administrators)."""
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & stat.S_IWUSR)


def _inspection_mode(path: Path) -> str:
    return READ_ONLY if _wal_present(path) else IMMUTABLE


def inspect_existing(path: Path) -> list[str]:
    """Check an existing file is a healthy store of ours; return the migrations it still needs.

    Reads only, and through SQLite only: the file's bytes are unchanged whatever the answer.
    """
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a store file.")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StoreError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    if not os.access(path, os.R_OK):
        raise StoreError(f"{path} cannot be read: permission denied.")
    if size == 0:
        raise StoreError(f"{path} is an empty file, not an ExportAudit store.")
    try:
        conn = sqlite3.connect(_uri(path, _inspection_mode(path)), uri=True)
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
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            raise StoreError(code="not_a_store", path=path) from None
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_CANTOPEN and _wal_present(path):
            raise StoreError(f"{path} has saved answers still in its -wal file, and its folder cannot be "
                             "written; copy the store with its -wal and -shm files to a writable folder.") from None
        raise StoreError(f"{path} is damaged or not an ExportAudit store ({exc}).") from None
    finally:
        conn.close()
    unknown = [name for name in applied if name not in known_names()]
    if unknown:
        raise StoreError(code="newer_schema", path=path, schema=unknown[-1])
    return [name for name in known_names() if name not in applied]


def connect(path: Path, *, read_only: bool, place: Place | None = None) -> sqlite3.Connection:
    """A connection with the pragmas every store connection needs."""
    timeout = BUSY_TIMEOUT_MS / 1000
    if read_only:
        mode = read_mode(place or examine(path), _file_writable(path), _wal_present(path))
        conn = sqlite3.connect(_uri(path, mode), uri=True, timeout=timeout)
        if mode == SHARED:
            conn.execute("PRAGMA query_only = ON")
    else:
        conn = sqlite3.connect(str(path), timeout=timeout)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not read_only:
        # FULL: a commit is on disk before the call returns, so a kill or power cut loses no saved answer.
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def write_protection(path: Path, place: Place, *, exists: bool) -> WriteProtectedError | None:
    """Why the store at ``path`` may not be written here, or None when it may."""
    if place.network:
        return WriteProtectedError(
            f"{path} is on a network share ({place.network}), where SQLite cannot keep saved answers safe; "
            "it can only be opened read-only. Copy it to this computer's own disk to edit it.",
            reason="network", fs=place.network)
    if place.read_only_medium or not place.folder_writable:
        return WriteProtectedError(f"{path} is in a folder or on a medium that cannot be written, so it can only be "
                                   "opened read-only. Copy it to a writable folder to edit it.", reason="folder")
    if exists and not _file_writable(path):
        return WriteProtectedError(code="write_protected", path=path)
    return None


def refuse_unwritable_place(path: Path) -> None:
    """Raise the reason a store at ``path`` may not be written here, if there is one."""
    if refusal := write_protection(path, examine(path), exists=path.exists()):
        raise refusal


def backup_path(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.backup-{stamp}{path.suffix or '.db'}")


def backup(path: Path) -> Path:
    """Copy the store with SQLite's online backup (consistent even with a WAL file beside it)."""
    target = backup_path(path)
    src = sqlite3.connect(_uri(path, _inspection_mode(path)), uri=True)
    try:
        dst = sqlite3.connect(str(target))
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def open_database(path: Path, *, create: bool = True, read_only: bool = False
                  ) -> tuple[sqlite3.Connection, Path | None]:
    """Open (or create) the store at ``path``; returns its connection and the backup written, if any.

    sqlite-utils applies the migrations a store still needs; an up-to-date store opens without it."""
    if not path.parent.is_dir():
        raise StoreError(code="missing_folder", path=path.parent)
    place = examine(path)
    if path.exists():
        pending = inspect_existing(path)
        if not read_only and (refusal := write_protection(path, place, exists=True)):
            raise refusal
        if read_only and pending:
            raise StoreError(code="upgrade_read_only", path=path)
        is_new = path.stat().st_size == 0 or pending == known_names()
    elif not create or read_only:
        raise StoreError(code="missing_file", path=path)
    else:
        if refusal := write_protection(path, place, exists=False):
            raise refusal
        pending, is_new = known_names(), True
    backup_file = None
    if pending and not is_new:
        try:
            backup_file = backup(path)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"Could not back up {path} before upgrading it: {exc}. Nothing was changed.") from None
    conn = connect(path, read_only=read_only, place=place)
    if read_only or not pending:
        return conn, None
    try:
        if is_new:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
        from sqlite_utils import Database

        migrations.apply(Database(conn, execute_plugins=False))
    except sqlite3.Error as exc:
        conn.close()
        where = f" The copy made before the upgrade is {backup_file}." if backup_file else ""
        raise StoreError(f"Could not set up the store {path}: {exc}.{where}") from None
    return conn, backup_file
