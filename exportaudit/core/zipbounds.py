"""Bounds for zip files from other people (audit packages, workbooks from other companies), checked from the
archive's directory before anything is decompressed: how many members, how large each and all of them expand,
how well each is compressed (a zip bomb's ratio runs into the thousands), and optionally the compression method,
encryption and whether a member's name stays inside the folder it is unpacked to (zip-slip).

This module only says which bound a file breaks (ZipBreach, and ZipDamaged while a member is read); each caller
turns that into its own refusal, in its own words and with its own limits.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import PurePosixPath

MiB = 1 << 20


@dataclass(frozen=True)
class ZipLimits:
    max_total: int  # bytes, all members unpacked
    max_members: int
    max_ratio: int  # unpacked : packed, for members big enough for the ratio to matter
    ratio_floor: int = MiB  # members no larger than this unpacked may compress as well as they like


class ZipBreach(Exception):
    """Which bound an archive breaks, for the caller to word: ``kind`` is one of members, encrypted, compression,
    name, duplicate, member_size, ratio or total; ``info`` is the member at fault (None for members)."""

    def __init__(self, kind: str, info: zipfile.ZipInfo | None = None, *, count: int = 0, limit: int = 0,
                 why: str = ""):
        super().__init__(kind)
        self.kind = kind
        self.info = info
        self.count = count  # the number of members (members)
        self.limit = limit  # the bound broken (members, member_size, ratio, total)
        self.why = why  # what is wrong with the name (name)


class ZipDamaged(Exception):
    """A member could not be read through: ``kind`` is bad_crc (its checksum does not match) or damaged (cut off,
    not valid compressed data); ``reason`` is the library's own words."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


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


def check_members(zf: zipfile.ZipFile, limits: ZipLimits, *, member_limit: Callable[[zipfile.ZipInfo], int] | None
                  = None, methods: tuple[int, ...] | None = None, refuse_encrypted: bool = False,
                  safe_names: bool = False) -> list[zipfile.ZipInfo]:
    """Every member of ``zf`` after checking the directory against ``limits``; the first bound broken raises
    ZipBreach. ``member_limit`` gives a member's own size limit, ``methods`` the compression methods allowed;
    ``safe_names`` refuses names that leave the unpacking folder or repeat."""
    members = zf.infolist()
    if len(members) > limits.max_members:
        raise ZipBreach("members", count=len(members), limit=limits.max_members)
    total = 0
    seen: set[str] = set()
    for info in members:
        if refuse_encrypted and info.flag_bits & 0x1:
            raise ZipBreach("encrypted", info)
        if methods is not None and info.compress_type not in methods:
            raise ZipBreach("compression", info)
        if safe_names:
            why = unsafe_name(info.filename)
            if why:
                raise ZipBreach("name", info, why=why)
            if info.filename in seen:
                raise ZipBreach("duplicate", info)
            seen.add(info.filename)
        size = info.file_size
        total += size
        limit = member_limit(info) if member_limit is not None else None
        if limit is not None and size > limit:
            raise ZipBreach("member_size", info, limit=limit)
        if size > limits.ratio_floor and size > limits.max_ratio * max(1, info.compress_size):
            raise ZipBreach("ratio", info, limit=limits.max_ratio)
        if total > limits.max_total:
            raise ZipBreach("total", info, limit=limits.max_total)
    return members


@contextmanager
def reading_member() -> Iterator[None]:
    """Turn the errors a damaged member raises while it is decompressed (Python's zipfile checks the CRC at its
    end and never yields more than its declared size) into ZipDamaged."""
    try:
        yield
    except zipfile.BadZipFile as exc:
        raise ZipDamaged("bad_crc" if "CRC" in str(exc) else "damaged", str(exc)) from None
    except (EOFError, zlib.error) as exc:
        raise ZipDamaged("damaged", str(exc)) from None

