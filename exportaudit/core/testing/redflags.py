"""The red-flag list: warning signs reviewed for every sampled transaction, read from a validated TOML file.

The bundled list is ``checklists/redflags/red-flags.toml``. It is kept in its own folder so the checklist
catalogue never mistakes it for a checklist (and the checklist loader refuses it with a clear message, since
it starts with ``kind = "red-flags"``). Validation follows the checklist loader: every problem is reported as
``file:line: key.path: message`` and a file with any problem is refused whole.

File layout (see checklists/README.md, "Red-flag list")::

    kind = "red-flags"
    format = 1
    id = "dual-use-red-flags"
    version = "1.0.0"
    title = { zh = "…", en = "…" }
    source = { zh = "…", en = "…" }
    [[groups]]                       # display order; every group needs at least one flag
    id = "statutory"
    name = { zh = "…", en = "…" }
    [[flags]]
    id = "RF-S01"                    # unique
    group = "statutory"
    text = { zh = "…", en = "…" }
    guidance = { zh = "…", en = "…" }   # optional: what to do when the sign is present
    legal_basis = ["ECL 2020 Art. 12"]  # optional list; required (non-empty) when statutory = true
    statutory = true                    # optional, default false: a trigger written into law

A sampled order's red-flag review answers each flag present / absent / N/A; a present flag is then
resolved or not (see exportaudit.core.store.results).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from exportaudit.core.checklist_loader import ChecklistError
from exportaudit.core.legal import problem as statute_problem
from exportaudit.core.text import Text
from exportaudit.core.toml_source import Validator, parse_toml, read_text
from exportaudit.paths import checklists_dir

KIND = "red-flags"
SUPPORTED_FORMAT = 1
DEFAULT_FILE_NAME = "red-flags.toml"
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_GROUP_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_FLAG_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_TOP_KEYS = {"kind", "format", "id", "version", "title", "source", "groups", "flags"}
_GROUP_KEYS = {"id", "name"}
_FLAG_KEYS = {"id", "group", "text", "guidance", "legal_basis", "statutory"}


class RedFlagError(ChecklistError):
    """A red-flag file was refused; ``problems`` lists every reason (same form as a checklist's)."""


@dataclass(frozen=True, slots=True)
class RedFlagGroup:
    id: str
    name: Text


@dataclass(frozen=True, slots=True)
class RedFlag:
    id: str
    group: str
    text: Text
    legal_basis: tuple[str, ...] = ()
    statutory: bool = False
    guidance: Text | None = None


@dataclass(frozen=True)
class RedFlagList:
    """A validated red-flag list. ``sha256`` and ``text`` let a sample pin the exact list it was reviewed with."""

    format: int
    id: str
    version: str
    title: Text
    source: Text
    groups: tuple[RedFlagGroup, ...]
    flags: tuple[RedFlag, ...]
    sha256: str
    text: str = field(repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {f.id: f for f in self.flags})

    def flag(self, flag_id: str) -> RedFlag:
        return self._by_id[flag_id]  # type: ignore[attr-defined]

    def has_flag(self, flag_id: str) -> bool:
        return flag_id in self._by_id  # type: ignore[attr-defined]

    def group(self, group_id: str) -> RedFlagGroup:
        for g in self.groups:
            if g.id == group_id:
                return g
        raise KeyError(group_id)

    def flags_of(self, group_id: str) -> list[RedFlag]:
        return [f for f in self.flags if f.group == group_id]

    @property
    def statutory_flags(self) -> list[RedFlag]:
        return [f for f in self.flags if f.statutory]


class _RedFlagValidator(Validator):
    """The shared checks (texts, ids, unknown keys, line index) applied to a red-flag file."""

    def run(self) -> RedFlagList | None:  # type: ignore[override]
        data = self.data
        self.unknown_keys(data, _TOP_KEYS, ())
        kind = data.get("kind")
        if kind != KIND:
            self.problem(("kind",), f'missing; expected kind = "{KIND}"' if kind is None
                         else f'unexpected kind {kind!r}; expected kind = "{KIND}"')
        fmt = data.get("format")
        if fmt is None:
            self.problem(("format",), f"missing; expected format = {SUPPORTED_FORMAT}")
        elif fmt != SUPPORTED_FORMAT or isinstance(fmt, bool):
            self.problem(("format",), f"unsupported format {fmt!r}; this version reads format {SUPPORTED_FORMAT}")
        list_id = self.string(data, "id", (), _ID_RE, "lower-case letters, digits and '-'")
        version = self.string(data, "version", ())
        title = self.text(data, "title", ())
        source = self.text(data, "source", ())
        groups, positions = self.groups()
        flags, used = self.flags(set(positions))
        for group_id, position in positions.items():
            if group_id not in used:
                self.problem(("groups", position, "id"), f"group '{group_id}' has no flags")
        if self.problems:
            return None
        text = self.source_text
        return RedFlagList(fmt, list_id, version, title, source, tuple(groups), tuple(flags),
                           hashlib.sha256(text.encode("utf-8")).hexdigest(), text)

    def groups(self) -> tuple[list[RedFlagGroup], dict[str, int]]:
        out: list[RedFlagGroup] = []
        positions: dict[str, int] = {}
        for n, entry in enumerate(self.table_list("groups")):
            path = ("groups", n)
            self.unknown_keys(entry, _GROUP_KEYS, path)
            group_id = self.string(entry, "id", path, _GROUP_ID_RE, "lower-case letters, digits, '-' and '_'")
            name = self.text(entry, "name", path)
            if group_id in positions:
                self.problem(path + ("id",), f"duplicate group id '{group_id}'")
                continue
            if group_id:
                positions[group_id] = n
            if group_id and name:
                out.append(RedFlagGroup(group_id, name))
        return out, positions

    def flags(self, group_ids: set[str]) -> tuple[list[RedFlag], set[str]]:
        out: list[RedFlag] = []
        seen: set[str] = set()
        used: set[str] = set()
        for n, entry in enumerate(self.table_list("flags")):
            path = ("flags", n)
            self.unknown_keys(entry, _FLAG_KEYS, path)
            flag_id = self.string(entry, "id", path, _FLAG_ID_RE, "letters, digits, '-', '_' and '.'")
            if flag_id in seen:
                self.problem(path + ("id",), f"duplicate flag id '{flag_id}'")
            elif flag_id:
                seen.add(flag_id)
            group = self.string(entry, "group", path)
            if group and group not in group_ids:
                self.problem(path + ("group",), f"unknown group '{group}'; expected one of: "
                             f"{', '.join(sorted(group_ids)) or '(no valid groups)'}")
            elif group:
                used.add(group)
            text = self.text(entry, "text", path)
            guidance = self.text(entry, "guidance", path) if "guidance" in entry else None
            statutory = self.boolean(entry, "statutory", path)
            legal = entry.get("legal_basis", [])
            if not isinstance(legal, list) or not all(isinstance(r, str) and r.strip() for r in legal):
                self.problem(path + ("legal_basis",), "expected a list of non-empty strings")
                legal = None
            elif statutory and not legal:
                self.problem(path + ("legal_basis",), "a statutory trigger needs its legal basis, "
                             'e.g. legal_basis = ["ECL 2020 Art. 12"]')
                legal = None
            else:
                for m, reference in enumerate(legal):  # only real articles and paragraphs of the two statutes
                    message = statute_problem(reference)
                    if message:
                        self.problem(path + ("legal_basis", m), message)
                        legal = None
            if flag_id and group in group_ids and text and legal is not None and ("guidance" not in entry or guidance):
                out.append(RedFlag(flag_id, group, text, tuple(r.strip() for r in legal), statutory, guidance))
        return out, used


def parse_red_flags(text: str, file: str = "<red flags>") -> RedFlagList:
    """Validate red-flag TOML ``text``; raise RedFlagError listing every problem."""
    validator = _RedFlagValidator(parse_toml(text, file, RedFlagError), text, file)
    flags = validator.run()
    if flags is None:
        raise RedFlagError(validator.problems)
    return flags


def load_red_flags_file(path: str | Path) -> RedFlagList:
    """Read and validate one red-flag file."""
    return parse_red_flags(read_text(path, RedFlagError), str(path))


def red_flags_dir() -> Path:
    """The folder of bundled red-flag lists (beside the checklists, never scanned as checklists)."""
    return checklists_dir() / "redflags"


@lru_cache(maxsize=1)
def default_red_flags() -> RedFlagList:
    """The bundled red-flag list (parsed once). Raises RedFlagError if the installed file is broken."""
    return load_red_flags_file(red_flags_dir() / DEFAULT_FILE_NAME)
