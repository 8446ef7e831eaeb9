"""One writing window per store: a lock file beside the store (``<store path>.lock``) held while a window has
the store open for writing.

SQLite already keeps two writers from corrupting the file (each change is one transaction that waits its
turn), but two windows on one store would each show answers the other has since changed, and the last one
saved wins silently. So a second window is told who has the store and offered it read-only instead.

QLockFile writes the holder's process id, process name and host name into the file and keeps it locked while
held. Its stale time is 0: a lock is never taken over for being old, only when its process is gone (same host,
the PID no longer runs or now belongs to another program), so a crashed window does not block the store.
A lock on another host (a store on a network share) is always respected, as Qt cannot see that process.
Qt only: the core store knows nothing of windows (the CLI's verbs and reports write through transactions).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_path(store_path: str | Path) -> Path:
    return Path(str(Path(store_path).expanduser().resolve()) + ".lock")


@dataclass(frozen=True)
class LockHolder:
    """Who holds a store's lock, as recorded in the lock file (pid 0 and empty names when unreadable)."""

    pid: int
    host: str
    program: str


class StoreLock:
    """The instance lock of one store. ``acquire`` never waits; ``release`` is safe to call twice."""

    def __init__(self, store_path: str | Path):
        self.store_path = Path(store_path).expanduser().resolve()
        self.path = lock_path(self.store_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when the holder's process is gone, never by age

    def acquire(self) -> bool:
        """Take the lock if it is free (or stale). False if another live instance holds it, or the lock file
        cannot be written (see ``held_elsewhere``)."""
        if self._lock.isLocked():
            return True
        return self._lock.tryLock(0)

    @property
    def locked(self) -> bool:
        return self._lock.isLocked()

    @property
    def held_elsewhere(self) -> bool:
        """After a failed ``acquire``: True when a live instance holds the lock, False when the lock file
        could not be made at all (a read-only folder: then no other instance can be writing either)."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def holder(self) -> LockHolder:
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and len(info) == 3:
            pid, host, program = info
            return LockHolder(int(pid), str(host), str(program))
        return LockHolder(0, "", "")

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def same_store(self, store_path: str | Path) -> bool:
        return Path(store_path).expanduser().resolve() == self.store_path
