"""Replace a store file as one step: the new store is built beside the target under a temporary name and
renamed over it only when complete, so a kill at any moment leaves the old store intact or the new one whole.

A store another program has open is never replaced: its connection would go on writing into the old file
while its ``-wal`` file, found by name, would be applied to the new one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from exportaudit.core.store.base import evidence_folder_for
from exportaudit.core.store.errors import StoreError

SIDE_FILES = ("-wal", "-shm", "-journal")


def building_path(target: Path) -> Path:
    """Where the replacement of ``target`` is built: hidden, beside it (one file system, so rename is atomic)."""
    return target.with_name(f".{target.stem}.building{target.suffix}")


def discard(path: Path) -> None:
    """Remove an unfinished store: the file, its side files and its evidence folder."""
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(evidence_folder_for(path), ignore_errors=True)


def _settle_unused(target: Path) -> None:
    """Refuse when another connection has ``target`` open; else merge its WAL into it and drop the side files."""
    try:
        conn = sqlite3.connect(str(target), timeout=0)
    except sqlite3.Error:
        return  # not openable as a database: nothing can be using it as one
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError(f"{target} is open in ExportAudit or another program; close it, then try again.") \
                from None
    except sqlite3.DatabaseError:
        pass  # not a database: nothing can be using it as one
    finally:
        conn.close()  # the last connection: SQLite checkpoints and deletes the WAL
    for suffix in SIDE_FILES:
        Path(f"{target}{suffix}").unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; its rename is durable enough
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def install(built: Path, target: Path) -> None:
    """Move the complete, closed store ``built`` (and its evidence files) over ``target``."""
    if target.exists():
        _settle_unused(target)
    source_evidence, target_evidence = evidence_folder_for(built), evidence_folder_for(target)
    if source_evidence.is_dir():  # evidence is stored by content: adding files never harms the old store
        for file in sorted(source_evidence.rglob("*")):
            if file.is_file():
                destination = target_evidence / file.relative_to(source_evidence)
                destination.parent.mkdir(parents=True, exist_ok=True)
                os.replace(file, destination)
        shutil.rmtree(source_evidence, ignore_errors=True)
    os.replace(built, target)
    _fsync_folder(target.parent)
