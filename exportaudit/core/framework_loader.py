"""Read and validate framework definitions (``kind = "framework"``) and crosswalks (``kind = "crosswalk"``).

Both are validated like checklists (every problem with its file, line and key path; a file with any problem is
refused whole). A crosswalk is checked against the checklist and the framework it names: an unknown item or
section id on either side is an error; a framework section no item maps to is reported, not refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from exportaudit.core.checklist import Checklist
from exportaudit.core.checklist_loader import ChecklistError
from exportaudit.core.frameworks import RELATION_WEIGHTS, Crosswalk, Framework, Link, Section
from exportaudit.core.toml_source import Validator, parse_toml, read_text

FRAMEWORK_KIND, CROSSWALK_KIND = "framework", "crosswalk"
SUPPORTED_FORMAT = 1
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_SECTION_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.+-]*$")
_FRAMEWORK_KEYS = {"kind", "format", "id", "version", "title", "short", "source", "confidence", "sections"}
_SECTION_KEYS = {"id", "name", "short", "summary", "ours"}
_CROSSWALK_KEYS = {"kind", "format", "checklist", "framework", "version", "links"}
_LINK_KEYS = {"section", "relation", "items", "rationale"}


def read_toml(path: str | Path) -> tuple[dict, str]:
    """The parsed table and the text of ``path``; ChecklistError when it cannot be read or parsed."""
    text = read_text(path, ChecklistError)
    return parse_toml(text, str(path), ChecklistError), text


class _Common(Validator):
    def header(self, kind: str, keys: set[str]) -> None:
        self.unknown_keys(self.data, keys, ())
        if self.data.get("kind") != kind:
            self.problem(("kind",), f'expected kind = "{kind}"')
        fmt = self.data.get("format")
        if fmt != SUPPORTED_FORMAT or isinstance(fmt, bool):
            self.problem(("format",), f"missing; expected format = {SUPPORTED_FORMAT}" if fmt is None
                         else f"unsupported format {fmt!r}; this version reads format {SUPPORTED_FORMAT}")

    def refuse_if_problems(self) -> None:
        if self.problems:
            raise ChecklistError(self.problems)


class _FrameworkValidator(_Common):
    def run(self) -> Framework:
        self.header(FRAMEWORK_KIND, _FRAMEWORK_KEYS)
        data = self.data
        framework_id = self.string(data, "id", (), _ID_RE, "lower-case letters, digits and '-'")
        version = self.string(data, "version", ())
        texts = {k: self.text(data, k, ()) for k in ("title", "short", "source", "confidence")}
        sections: list[Section] = []
        seen: set[str] = set()
        for n, entry in enumerate(self.table_list("sections")):
            path = ("sections", n)
            self.unknown_keys(entry, _SECTION_KEYS, path)
            section_id = self.string(entry, "id", path, _SECTION_ID_RE, "letters, digits, '-', '_', '.' and '+'")
            if section_id in seen:
                self.problem(path + ("id",), f"duplicate section id '{section_id}'")
            elif section_id:
                seen.add(section_id)
            name, summary = self.text(entry, "name", path), self.text(entry, "summary", path)
            short = self.text(entry, "short", path) if "short" in entry else None
            ours = self.boolean(entry, "ours", path)
            if section_id and name and summary and ("short" not in entry or short):
                sections.append(Section(section_id, name, summary, ours, short))
        self.refuse_if_problems()
        return Framework(framework_id, version, texts["title"], texts["short"], texts["source"],
                         texts["confidence"], tuple(sections))


class _CrosswalkValidator(_Common):
    def run(self, checklists: Mapping[str, Checklist], frameworks: Mapping[str, Framework]) -> Crosswalk:
        self.header(CROSSWALK_KIND, _CROSSWALK_KEYS)
        data = self.data
        checklist_id = self.string(data, "checklist", (), _ID_RE, "a checklist id")
        framework_id = self.string(data, "framework", (), _ID_RE, "a framework id")
        version = self.string(data, "version", ())
        checklist = checklists.get(checklist_id) if checklist_id else None
        framework = frameworks.get(framework_id) if framework_id else None
        if checklist_id and checklist is None:
            self.problem(("checklist",), f"unknown checklist '{checklist_id}'; expected one of: "
                         f"{', '.join(sorted(checklists)) or '(none installed)'}")
        if framework_id and framework is None:
            self.problem(("framework",), f"unknown framework '{framework_id}'; expected one of: "
                         f"{', '.join(sorted(frameworks)) or '(none installed)'}")
        section_ids = {s.id for s in framework.sections} if framework else set()
        links: list[Link] = []
        pairs: set[tuple[str, str]] = set()
        for n, entry in enumerate(self.table_list("links")):
            path = ("links", n)
            self.unknown_keys(entry, _LINK_KEYS, path)
            section = self.string(entry, "section", path)
            if section and framework and section not in section_ids:
                self.problem(path + ("section",), f"unknown section '{section}' of framework {framework.id}; "
                             f"expected one of: {', '.join(s.id for s in framework.sections)}")
            relation = self.string(entry, "relation", path)
            if relation and relation not in RELATION_WEIGHTS:
                self.problem(path + ("relation",), f"unknown relation '{relation}'; expected one of: "
                             f"{', '.join(RELATION_WEIGHTS)}")
            rationale = self.text(entry, "rationale", path)
            items = entry.get("items")
            if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
                self.problem(path + ("items",), "missing; expected a non-empty list of item ids" if items is None
                             else "expected a non-empty list of item ids")
                continue
            for item in items:
                if checklist and not checklist.has_item(item):
                    self.problem(path + ("items",), f"unknown item '{item}' in checklist {checklist.id}")
                elif (item, section) in pairs:
                    self.problem(path + ("items",), f"item '{item}' is mapped to section '{section}' twice")
                elif section and relation in RELATION_WEIGHTS and rationale:
                    pairs.add((item, section))
                    links.append(Link(item, section, relation, rationale))
        self.refuse_if_problems()
        mapped = {link.section for link in links if link.weight > 0}
        unmapped = tuple(s.id for s in framework.sections if s.id not in mapped)
        return Crosswalk(checklist_id, framework_id, version, tuple(links), unmapped)


def parse_framework(text: str, file: str = "<framework>") -> Framework:
    return _FrameworkValidator(parse_toml(text, file, ChecklistError), text, file).run()


def parse_crosswalk(text: str, checklists: Mapping[str, Checklist], frameworks: Mapping[str, Framework],
                    file: str = "<crosswalk>") -> Crosswalk:
    """Validate crosswalk ``text`` against the checklists and frameworks it may name (by id)."""
    return _CrosswalkValidator(parse_toml(text, file, ChecklistError), text, file).run(checklists, frameworks)


def load_framework_file(path: str | Path) -> Framework:
    _, text = read_toml(path)
    return parse_framework(text, str(path))


def load_crosswalk_file(path: str | Path, checklists: Mapping[str, Checklist],
                        frameworks: Mapping[str, Framework]) -> Crosswalk:
    _, text = read_toml(path)
    return parse_crosswalk(text, checklists, frameworks, str(path))


def file_kind(path: str | Path) -> str | None:
    """The ``kind`` a data file declares (None for a checklist, which declares none); None when unreadable."""
    try:
        data, _ = read_toml(path)
    except ChecklistError:
        return None
    kind = data.get("kind")
    return kind if isinstance(kind, str) else None
