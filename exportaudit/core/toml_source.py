"""Reading ExportAudit's TOML data files (checklists, red-flag lists, frameworks, crosswalks) so that every problem
names its file, its line and what was expected.

The parser is rtoml, a compiled one: the checklist is 200 KB of mostly Chinese text that every start reads, which
the standard library's pure-Python ``tomllib`` takes ~40 ms over (a character at a time), rtoml ~4 ms, same data.
It gives no positions, so ``LineIndex`` finds the line of a key path from the table headers and ``key =``
lines. ``Validator`` holds the checks every kind of file shares (bilingual texts, strings and ids, true/false,
unknown keys, lists of tables) and collects every ``Problem`` instead of stopping at the first, so a file is
refused whole with all its reasons at once; each loader subclasses it with the rules of its own kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import rtoml

from exportaudit.core.text import LANGUAGES, Text


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a checklist file."""

    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class DataFileError(Exception):
    """A data file was refused; ``problems`` lists every reason, in file and line order."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0))
        super().__init__("\n".join(str(p) for p in self.problems))


class LineIndex:
    """Maps key paths such as ("items", 3, "question") to the line they stand on in the TOML text.

    The parser gives no positions, so the index is rebuilt from table headers and ``key =`` lines.
    """

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_.-]+|\"[^\"]*\")\s*=")

    def __init__(self, text: str):
        self._lines: dict[tuple, int] = {}
        counters: dict[tuple, int] = {}
        prefix: tuple = ()
        in_multiline: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = self._HEADER.match(line)
            if header and not self._KEY.match(line):
                parts = tuple(p.strip().strip("\"'") for p in header.group(2).split("."))
                if header.group(1) == "[[":
                    index = counters.get(parts, 0)
                    counters[parts] = index + 1
                    prefix = parts + (index,)
                else:
                    prefix = parts
                self._lines.setdefault(prefix, number)
                continue
            key = self._KEY.match(line)
            if key:
                name = key.group(1)
                parts = (name.strip('"'),) if name.startswith('"') else tuple(name.split("."))  # levels.1 = …
                for depth in range(1, len(parts) + 1):
                    self._lines.setdefault(prefix + parts[:depth], number)
                for quote in ('"""', "'''"):
                    if line.count(quote) % 2 == 1:
                        in_multiline = quote

    def line(self, path: tuple) -> int | None:
        """The line of ``path`` or of its nearest enclosing key or table."""
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return None


def format_path(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def kind_of(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


def read_text(path: str | Path, error: type[DataFileError]) -> str:
    """The UTF-8 text of ``path`` (a byte-order mark dropped); ``error`` when it cannot be read or is not UTF-8."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise error([Problem(str(path), None, "", f"cannot be read: {exc.strerror or exc}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise error([Problem(str(path), line, "", "is not UTF-8 text; save it as UTF-8")]) from None
    return text.lstrip("\ufeff")


def parse_toml(text: str, file: str, error: type[DataFileError]) -> dict:
    """The table ``text`` holds; ``error`` naming the line when it is not valid TOML."""
    try:
        return rtoml.loads(text)
    except rtoml.TomlParsingError as exc:
        match = re.search(r"at line (\d+)", str(exc))
        raise error([Problem(file, int(match.group(1)) if match else None, "", f"not valid TOML: {exc}")]) from None


class Validator:
    """Checks a parsed file against ``text`` (for line numbers); each check records a problem and returns None
    (or a safe default) when the value is wrong, so validation goes on and finds every problem."""

    def __init__(self, data: dict, text: str, file: str):
        self.data = data
        self.source_text = text
        self.file = file
        self.problems: list[Problem] = []

    @cached_property
    def index(self) -> LineIndex:
        """Lines of the keys, built only when a problem or warning needs one (a good file, the usual case, never
        does; for the checklist it is ~8 ms of every start)."""
        return LineIndex(self.source_text)

    def problem(self, path: tuple, message: str) -> None:
        self.problems.append(Problem(self.file, self.index.line(path), format_path(path), message))

    def text(self, table: dict, key: str, path: tuple) -> Text | None:
        value = table.get(key)
        where = path + (key,)
        if value is None:
            self.problem(where, 'missing; expected a table { zh = "…", en = "…" }')
            return None
        if not isinstance(value, dict):
            self.problem(where, f'expected a table {{ zh = "…", en = "…" }}, found {kind_of(value)}')
            return None
        ok = True
        for lang in LANGUAGES:
            text = value.get(lang)
            if text is None:
                self.problem(where + (lang,), f"missing {'Chinese' if lang == 'zh' else 'English'} text ({lang})")
                ok = False
            elif not isinstance(text, str) or not text.strip():
                self.problem(where + (lang,), "expected a non-empty string")
                ok = False
        for extra in sorted(set(value) - set(LANGUAGES)):
            self.problem(where + (extra,), f"unknown language '{extra}'; expected only zh and en")
            ok = False
        return Text(zh=value["zh"].strip(), en=value["en"].strip()) if ok else None

    def string(self, table: dict, key: str, path: tuple, pattern: re.Pattern | None = None, what: str = "") -> str | None:
        value = table.get(key)
        where = path + (key,)
        if value is None:
            self.problem(where, "missing; expected a string")
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(where, f"expected a non-empty string, found {kind_of(value)}")
            return None
        if pattern is not None and not pattern.match(value):
            self.problem(where, f"'{value}' is not a valid id; expected {what}")
            return None
        return value

    def boolean(self, table: dict, key: str, path: tuple) -> bool:
        """An optional true/false (false when absent or wrong)."""
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.problem(path + (key,), f"expected true or false, found {kind_of(value)}")
            return False
        return value

    def unknown_keys(self, table: dict, allowed: set[str], path: tuple) -> None:
        for key in sorted(set(table) - allowed):
            self.problem(path + (key,), f"unknown key '{key}'; expected one of: {', '.join(sorted(allowed))}")

    def table_list(self, key: str, path: tuple = ()) -> list[dict]:
        value = (self.data if not path else self.data.get(path[0], {})).get(key)
        where = path + (key,)
        if value is None:
            self.problem(where, f"missing; expected at least one [[{format_path(where)}]] table")
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(where, f"expected a list of tables ([[{format_path(where)}]]), found {kind_of(value)}")
            return []
        if not value:
            self.problem(where, "is empty; expected at least one entry")
        return value
