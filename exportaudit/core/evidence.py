"""The evidence folder: files stored once by content (SHA-256), streamed so large files never sit in memory.

Stored names are derived from the hash, never from the user's file name, so no name can escape the folder.
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


class EvidenceVault:
    """A content-addressed folder of evidence files beside a store."""

    def __init__(self, folder: Path):
        self.folder = folder

    def path_of(self, stored_name: str) -> Path:
        return self.folder / stored_name

    def put(self, source: Path) -> StoredFile:
        """Copy ``source`` in (once per distinct content) and return its hash, size and stored name."""
        self.folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.folder)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            stored_name = f"{sha[:2]}/{sha}{_extension(source.name)}"
            final = self.folder / stored_name
            existing = self.find(sha)
            if existing is not None:
                tmp.unlink()
                return StoredFile(sha, size, existing)
            final.parent.mkdir(exist_ok=True)
            os.replace(tmp, final)
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
