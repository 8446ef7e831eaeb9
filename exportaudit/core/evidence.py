"""The evidence folder: files stored once by content (SHA-256), streamed so large files never sit in memory.

Stored names are derived from the hash, never from the user's file name, so no name can escape the folder.

A stored file is what its record claims. A symbolic link is refused (its name may say something the file it
points to is not, and the record would carry the link's name); the user attaches the real file, whose path the
reason shows. The copy goes to a temporary name inside the evidence folder, and is renamed into place only when
the source's size and modification time were the same before and after the copy and the bytes copied match its
size; a file still being written (a scan, a download) is refused and its partial copy removed.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1024 * 1024
MAX_DISPLAY_NAME = 200
_EXT_RE = re.compile(r"^\.[A-Za-z0-9]{1,10}$")


class EvidenceRefused(Exception):
    """A file that is not attached, and why. ``code`` and ``values`` let an interface say it in its language."""

    def __init__(self, code: str, message: str, **values: object):
        super().__init__(message)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    stored_name: str


def display_name(name: str) -> str:
    """The original file name made safe to show and to export: no folders, no control characters."""
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip().strip(".")
    if not base:
        base = "file"
    if len(base) > MAX_DISPLAY_NAME:
        stem, ext = os.path.splitext(base)
        base = stem[: MAX_DISPLAY_NAME - len(ext)] + ext
    return base


def _extension(name: str) -> str:
    ext = os.path.splitext(display_name(name))[1].lower()
    return ext if _EXT_RE.match(ext) else ""


def _open_no_follow(path: str, flags: int) -> int:
    """Open without following a symbolic link put in place after the check (where the system can say so)."""
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0))


def _copy_unchanged(source: Path, src, out) -> tuple[str, int]:
    """Copy the open ``src`` to ``out`` (synced to disk) and return its SHA-256 and size; EvidenceRefused when the
    file's size or modification time moved during the copy, or the bytes read do not match its size."""
    before = os.fstat(src.fileno())
    digest = hashlib.sha256()
    size = 0
    for chunk in _chunks(src):
        digest.update(chunk)
        out.write(chunk)
        size += len(chunk)
    after = os.stat(source, follow_symlinks=False)
    if (after.st_size, after.st_mtime_ns, size) != (before.st_size, before.st_mtime_ns, before.st_size):
        raise EvidenceRefused("changed", f"{source.name} changed while it was being copied (its size or modification "
                              "time moved); attach it again once the program writing it has finished.",
                              file=source.name)
    out.flush()
    os.fsync(out.fileno())
    return digest.hexdigest(), size


def _chunks(src):
    """The source's bytes, a chunk at a time (a seam for tests that change the file while it is copied)."""
    while chunk := src.read(CHUNK):
        yield chunk


class EvidenceVault:
    """A content-addressed folder of evidence files beside a store."""

    def __init__(self, folder: Path):
        self.folder = folder

    def path_of(self, stored_name: str) -> Path:
        return self.folder / stored_name

    def put(self, source: Path) -> StoredFile:
        """Copy ``source`` in (once per distinct content) and return its hash, size and stored name.

        Raises EvidenceRefused for a symbolic link or a file that changed while it was copied."""
        if source.is_symlink():
            target = os.path.realpath(source)
            raise EvidenceRefused("symlink", f"{source.name} is a symbolic link to {target}; attach that file "
                                  "itself, so the evidence carries its real name.", file=source.name, target=target)
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(source, "rb", opener=_open_no_follow) as src:
            fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.folder)
            tmp = Path(tmp_name)
            try:
                with os.fdopen(fd, "wb") as out:
                    sha, size = _copy_unchanged(source, src, out)
                stored_name = f"{sha[:2]}/{sha}{_extension(source.name)}"
                existing = self.find(sha)
                if existing is not None:
                    tmp.unlink()
                    return StoredFile(sha, size, existing)
                (self.folder / sha[:2]).mkdir(exist_ok=True)
                os.replace(tmp, self.folder / stored_name)
                return StoredFile(sha, size, stored_name)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise

    def find(self, sha: str) -> str | None:
        """The stored name of content ``sha`` if it is already in the folder."""
        sub = self.folder / sha[:2]
        if not sub.is_dir():
            return None
        for candidate in sub.iterdir():
            if candidate.name.split(".")[0] == sha:
                return f"{sha[:2]}/{candidate.name}"
        return None

    def exists(self, stored_name: str) -> bool:
        return self.path_of(stored_name).is_file()

    def remove(self, stored_name: str) -> None:
        self.path_of(stored_name).unlink(missing_ok=True)
