"""Bounds for zip files from other people (audit packages): every member's name stays inside the folder it is
unpacked to, and the archive is refused before anything is read when it is too big, too many files, or
compressed suspiciously well (a zip bomb).

Checks read only the zip's directory, never a member's content.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath


@dataclass(frozen=True)
class ZipLimits:
    max_total: int  # bytes, all members unpacked
    max_members: int
    max_ratio: int  # unpacked : packed, for members big enough for the ratio to matter
    ratio_floor: int = 1 << 20  # members smaller than this unpacked may compress as well as they like


class ZipRefused(ValueError):
    """The archive breaks a bound; the message says which, for the user."""


_DRIVE = re.compile(r"^[A-Za-z]:")


def unsafe_name(name: str) -> str:
    """Why ``name`` would leave the folder it is unpacked to (zip-slip), or "" when it is safe."""
    if not name or "\x00" in name:
        return "an empty or malformed name"
    if "\\" in name:
        return "a backslash in the name"
    if name.startswith("/") or _DRIVE.match(name):
        return "an absolute path"
    if any(part in ("..", "") for part in PurePosixPath(name).parts[:-1]) or ".." in PurePosixPath(name).parts:
        return "a path that climbs out of the folder (..)"
    return ""


def check_zip(zf: zipfile.ZipFile, limits: ZipLimits, label: str) -> list[zipfile.ZipInfo]:
    """Every member of ``zf`` (``label`` names the file in messages) after checking names, count, sizes and ratios."""
    members = zf.infolist()
    if len(members) > limits.max_members:
        raise ZipRefused(f"{label} has {len(members)} members; at most {limits.max_members} are accepted.")
    total = 0
    seen: set[str] = set()
    for info in members:
        why = unsafe_name(info.filename)
        if why:
            raise ZipRefused(f"{label} is refused: member '{info.filename}' has {why}.")
        if info.filename in seen:
            raise ZipRefused(f"{label} is refused: member '{info.filename}' appears twice.")
        seen.add(info.filename)
        total += info.file_size
        if total > limits.max_total:
            raise ZipRefused(f"{label} unpacks to more than {limits.max_total // (1 << 20)} MB; it is refused.")
        if info.file_size >= limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise ZipRefused(f"{label} is refused: member '{info.filename}' is compressed more than "
                             f"{limits.max_ratio} to 1, the mark of a zip bomb.")
    return members
