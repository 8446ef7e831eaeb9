"""Read and validate checklist TOML files, reporting every problem with its file, line and key path.

A file with any problem is refused whole, so an assessment never starts on a half-understood checklist.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from exportaudit.core.checklist import (
    Checklist,
    Element,
    Item,
    Module,
    SampleCheck,
    ScaleLevel,
    TargetProfile,
    TransactionTesting,
)
from exportaudit.core.checklist_format2 import FORMAT2_ITEM_KEYS, Format2Rules
from exportaudit.core.toml_source import (
    DataFileError,
    Problem,
    Validator,
    format_path,
    kind_of,
    parse_toml,
    read_text,
)
from exportaudit.core.vocab import OPERATOR_TYPES, SIZES

SUPPORTED_FORMAT = 2  # the newest format; every format in SUPPORTED_FORMATS still loads
SUPPORTED_FORMATS = (1, 2)
LEVELS = range(0, 6)
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_ELEMENT_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_ITEM_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

_TOP_KEYS = {"format", "id", "version", "title", "source", "scale", "elements", "target_profiles", "items",
             "transaction_testing", "modules"}
_TOP_KEYS_2 = _TOP_KEYS | {"upgrade"}
_LEVEL_KEYS = {"level", "label", "definition"}
_ELEMENT_KEYS = {"id", "name", "weight", "module"}
_MODULE_KEYS = {"id", "name", "description"}
_PROFILE_KEYS = {"id", "name", "targets"}
_ITEM_REQUIRED = {"id", "element", "question", "guidance", "evidence", "legal_basis", "weight", "key"}
_ITEM_KEYS = _ITEM_REQUIRED | {"operator_types", "sizes"}
_TT_KEYS = {"threshold", "checks", "minimum_sample"}
_CHECK_KEYS = {"id", "label", "items", "red_flags", "guidance", "statutory"}
STATUTORY_KEY_TARGET = 4  # a statutory key item's element needs at least this target in every profile
_CHECK_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class ChecklistError(DataFileError):
    """A checklist file was refused; ``problems`` lists every reason."""


class NotAChecklistError(ChecklistError):
    """The file is another kind of ExportAudit data file (``kind = "red-flags"``), not a checklist.

    A folder scan skips such files instead of reporting them as broken checklists.
    """


class _Validator(Format2Rules, Validator):
    def __init__(self, data: dict, text: str, file: str):
        super().__init__(data, text, file)
        fmt = data.get("format")
        self.format = fmt if fmt in SUPPORTED_FORMATS and not isinstance(fmt, bool) else SUPPORTED_FORMAT

    # --- checks of the checklist's own values; each returns the value or None after recording a problem ---

    def weight(self, table: dict, path: tuple) -> float | None:
        value = table.get("weight")
        where = path + ("weight",)
        if value is None:
            self.problem(where, "missing; expected a number greater than 0")
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0 or value != value:
            self.problem(where, f"bad weight {value!r}; expected a number greater than 0")
            return None
        if value > 100:
            self.problem(where, f"bad weight {value!r}; expected at most 100")
            return None
        return float(value)

    def level_value(self, value: Any, where: tuple) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int) or value not in LEVELS:
            self.problem(where, f"bad level {value!r}; expected a whole number from 0 to 5")
            return None
        return value

    # --- sections ---

    def run(self) -> Checklist | None:
        data = self.data
        self.unknown_keys(data, _TOP_KEYS_2 if self.format >= 2 else _TOP_KEYS, ())
        fmt = data.get("format")
        if fmt is None:
            self.problem(("format",), f"missing; expected format = {SUPPORTED_FORMAT}")
        elif fmt not in SUPPORTED_FORMATS or isinstance(fmt, bool):
            self.problem(("format",), f"unsupported format {fmt!r}; this version reads formats "
                         f"{', '.join(map(str, SUPPORTED_FORMATS))}")
        checklist_id = self.string(data, "id", (), _ID_RE, "lower-case letters, digits and '-'")
        version = self.string(data, "version", ())
        title = self.text(data, "title", ())
        source = self.text(data, "source", ())
        levels = self.scale()
        modules = self.modules()
        elements = self.elements({m.id for m in modules})
        element_ids = self.declared_element_ids
        items = self.items(element_ids)
        profiles = self.profiles(element_ids)
        testing = self.transaction_testing(self.declared_item_ids)
        upgrade = self.upgrade_table(self.declared_item_ids) if self.format >= 2 else None
        raw_items = self.data.get("items")
        used = {entry.get("element") for entry in (raw_items if isinstance(raw_items, list) else [])
                if isinstance(entry, dict) and isinstance(entry.get("element"), str)}
        for element_id, position in self.element_positions.items():
            if element_id not in used:
                self.problem(("elements", position, "id"), f"element '{element_id}' has no items")
        warnings = self.statutory_targets(items, profiles, fmt)
        if self.problems:
            return None
        text = self.source_text
        return Checklist(
            format=fmt, id=checklist_id, version=version, title=title, source=source,
            levels=tuple(levels), elements=tuple(elements), items=tuple(items),
            target_profiles=tuple(profiles),
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), text=text,
            transaction_testing=testing, warnings=tuple(warnings), upgrade=upgrade, modules=tuple(modules),
        )

    def statutory_targets(self, items: list[Item], profiles: list[TargetProfile], fmt: object) -> list[str]:
        """A statutory key item must operate (level 4) in every profile, so its element's target is at least 4.

        Format 1 files predate the rule: there it is a warning (returned); from format 2 on it is an error."""
        warnings: list[str] = []
        statutory = {}
        for item in items:
            if item.key and item.is_statutory:
                statutory.setdefault(item.element, item.id)
        for n, profile in enumerate(profiles):
            for element_id, item_id in statutory.items():
                target = profile.targets.get(element_id)
                if target is None or target >= STATUTORY_KEY_TARGET:
                    continue
                message = (f"profile '{profile.id}' sets element '{element_id}' to {target}, but it holds the "
                           f"statutory key item {item_id}; expected a target of at least {STATUTORY_KEY_TARGET}")
                path = ("target_profiles", n, "targets", element_id)
                if isinstance(fmt, int) and not isinstance(fmt, bool) and fmt >= 2:
                    self.problem(path, message)
                else:
                    warnings.append(str(Problem(self.file, self.index.line(path), format_path(path), message)))
        return warnings

    def scale(self) -> list[ScaleLevel]:
        scale = self.data.get("scale")
        if not isinstance(scale, dict):
            self.problem(("scale",), "missing; expected a [scale] table with [[scale.levels]] for levels 0 to 5"
                         if scale is None else f"bad scale: expected a table, found {kind_of(scale)}")
            return []
        self.unknown_keys(scale, {"levels"}, ("scale",))
        raw = self.table_list("levels", ("scale",))
        levels: list[ScaleLevel] = []
        for n, entry in enumerate(raw):
            path = ("scale", "levels", n)
            self.unknown_keys(entry, _LEVEL_KEYS, path)
            value = self.level_value(entry.get("level"), path + ("level",))
            if value is not None and value != n:
                self.problem(path + ("level",), f"bad scale: level {value} stands at position {n}; "
                             "expected the levels 0, 1, 2, 3, 4, 5 in order")
            label = self.text(entry, "label", path)
            definition = self.text(entry, "definition", path)
            if value is not None and label and definition:
                levels.append(ScaleLevel(value, label, definition))
        if raw and len(raw) != len(LEVELS):
            self.problem(("scale", "levels"), f"bad scale: {len(raw)} levels; expected exactly 6 (0 to 5)")
        return levels

    def modules(self) -> list[Module]:
        """The optional ``[[modules]]``: each needs at least one element that names it."""
        raw = self.data.get("modules")
        if raw is None:
            return []
        if not isinstance(raw, list) or not all(isinstance(v, dict) for v in raw):
            self.problem(("modules",), f"expected a list of tables ([[modules]]), found {kind_of(raw)}")
            return []
        out: list[Module] = []
        raw_elements = self.data.get("elements")
        used = {e.get("module") for e in raw_elements if isinstance(e, dict)} if isinstance(raw_elements, list) else set()
        for n, entry in enumerate(raw):
            path = ("modules", n)
            self.unknown_keys(entry, _MODULE_KEYS, path)
            module_id = self.string(entry, "id", path, _ID_RE, "lower-case letters, digits and '-'")
            if module_id and any(m.id == module_id for m in out):
                self.problem(path + ("id",), f"duplicate module id '{module_id}'")
                continue
            if module_id and module_id not in used:
                self.problem(path + ("id",), f"module '{module_id}' has no elements; give its elements "
                             f'module = "{module_id}"')
            name, description = self.text(entry, "name", path), self.text(entry, "description", path)
            if module_id and name and description:
                out.append(Module(module_id, name, description))
        return out

    def elements(self, module_ids: set[str] = frozenset()) -> list[Element]:
        out: list[Element] = []
        seen: set[str] = set()
        self.element_positions: dict[str, int] = {}
        self.module_element_ids: set[str] = set()
        for n, entry in enumerate(self.table_list("elements")):
            path = ("elements", n)
            self.unknown_keys(entry, _ELEMENT_KEYS, path)
            element_id = self.string(entry, "id", path, _ELEMENT_ID_RE, "lower-case letters, digits, '-' and '_'")
            name = self.text(entry, "name", path)
            weight = self.weight(entry, path)
            module = entry.get("module")
            if module is not None and module not in module_ids:
                self.problem(path + ("module",), f"unknown module {module!r}; declare it in a [[modules]] table "
                             f"(declared: {', '.join(sorted(module_ids)) or 'none'})")
            if element_id in seen:
                self.problem(path + ("id",), f"duplicate element id '{element_id}'")
                continue
            if element_id:
                seen.add(element_id)
                self.element_positions[element_id] = n
                if module is not None:
                    self.module_element_ids.add(element_id)
            if element_id and name and weight is not None:
                out.append(Element(element_id, name, weight, module if isinstance(module, str) else None))
        self.declared_element_ids = seen  # valid ids even where another field is wrong, to avoid knock-on errors
        return out

    def profiles(self, element_ids: set[str]) -> list[TargetProfile]:
        out: list[TargetProfile] = []
        seen: set[str] = set()
        for n, entry in enumerate(self.table_list("target_profiles")):
            path = ("target_profiles", n)
            self.unknown_keys(entry, _PROFILE_KEYS, path)
            profile_id = self.string(entry, "id", path, _ID_RE, "lower-case letters, digits and '-'")
            name = self.text(entry, "name", path)
            targets = entry.get("targets")
            if profile_id in seen:
                self.problem(path + ("id",), f"duplicate target profile id '{profile_id}'")
            if profile_id:
                seen.add(profile_id)
            if not isinstance(targets, dict):
                self.problem(path + ("targets",), "missing; expected a table of element id = level"
                             if targets is None else f"expected a table of element id = level, found {kind_of(targets)}")
                continue
            clean: dict[str, int] = {}
            for element_id, level in targets.items():
                where = path + ("targets", element_id)
                if element_id not in element_ids:
                    self.problem(where, f"unknown element '{element_id}'")
                    continue
                value = self.level_value(level, where)
                if value is not None:
                    clean[element_id] = value
            for missing in sorted(element_ids - set(targets) - self.module_element_ids):  # modules: optional
                self.problem(path + ("targets",), f"no target for element '{missing}'")
            if profile_id and name:
                out.append(TargetProfile(profile_id, name, clean))
        return out

    def tags(self, entry: dict, key: str, allowed: dict, path: tuple) -> frozenset[str] | None:
        if key not in entry:
            return None
        value = entry[key]
        where = path + (key,)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            self.problem(where, f"expected a non-empty list of tags from: {', '.join(allowed)}")
            return None
        for tag in value:
            if tag not in allowed:
                self.problem(where, f"unknown tag '{tag}'; expected one of: {', '.join(allowed)}")
        return frozenset(value)

    def items(self, element_ids: set[str]) -> list[Item]:
        out: list[Item] = []
        seen: set[str] = set()
        for n, entry in enumerate(self.table_list("items")):
            path = ("items", n)
            self.unknown_keys(entry, _ITEM_KEYS | FORMAT2_ITEM_KEYS if self.format >= 2 else _ITEM_KEYS, path)
            item_id = self.string(entry, "id", path, _ITEM_ID_RE, "letters, digits, '-', '_' and '.'")
            if item_id in seen:
                self.problem(path + ("id",), f"duplicate item id '{item_id}'")
            elif item_id:
                seen.add(item_id)
            element = self.string(entry, "element", path)
            if element and element not in element_ids:
                self.problem(path + ("element",), f"unknown element '{element}'; expected one of: "
                             f"{', '.join(sorted(element_ids)) or '(no valid elements)'}")
            texts = [self.text(entry, k, path) for k in ("question", "guidance", "evidence")]
            legal = entry.get("legal_basis")
            if legal is None:
                self.problem(path + ("legal_basis",), "missing; expected a list of references ([] when none)")
            elif not isinstance(legal, list) or not all(isinstance(r, str) and r.strip() for r in legal):
                self.problem(path + ("legal_basis",), "expected a list of non-empty strings")
                legal = None
            elif self.format >= 2:
                legal = self.statute_references(legal, path)
            extras = self.item_extras(entry, path, legal) if self.format >= 2 else {}
            weight = self.weight(entry, path)
            key = entry.get("key")
            if not isinstance(key, bool):
                self.problem(path + ("key",), "missing; expected true or false" if key is None
                             else f"expected true or false, found {kind_of(key)}")
            operator_types = self.tags(entry, "operator_types", OPERATOR_TYPES, path)
            sizes = self.tags(entry, "sizes", SIZES, path)
            if (item_id and element and all(texts) and legal is not None and weight is not None
                    and isinstance(key, bool) and extras is not None):
                out.append(Item(item_id, element, texts[0], texts[1], texts[2], tuple(r.strip() for r in legal),
                                weight, key, operator_types, sizes, **extras))
        self.declared_item_ids = seen
        return out

    def transaction_testing(self, item_ids: set[str]) -> TransactionTesting | None:
        """The optional [transaction_testing] table: threshold and the checks of a test card."""
        table = self.data.get("transaction_testing")
        base = ("transaction_testing",)
        if table is None:
            return None
        if not isinstance(table, dict):
            self.problem(base, f"expected a table [transaction_testing], found {kind_of(table)}")
            return None
        self.unknown_keys(table, _TT_KEYS, base)
        threshold = table.get("threshold")
        if threshold is None:
            self.problem(base + ("threshold",), "missing; expected a pass-rate fraction such as 0.9 (= 90 %)")
        elif isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
            self.problem(base + ("threshold",), f"bad threshold {threshold!r}; expected a fraction greater than 0 "
                         "and at most 1 (0.9 = 90 %)")
            threshold = None
        checks: list[SampleCheck] = []
        seen: set[str] = set()
        red_flag_checks = 0
        for n, entry in enumerate(self.table_list("checks", base)):
            path = base + ("checks", n)
            self.unknown_keys(entry, _CHECK_KEYS, path)
            check_id = self.string(entry, "id", path, _CHECK_ID_RE, "lower-case letters, digits, '-' and '_'")
            if check_id in seen:
                self.problem(path + ("id",), f"duplicate check id '{check_id}'")
            elif check_id:
                seen.add(check_id)
            label = self.text(entry, "label", path)
            guidance = self.text(entry, "guidance", path) if "guidance" in entry else None
            raw = entry.get("items")
            items: list[str] = []
            if raw is None:
                self.problem(path + ("items",), "missing; expected a list of the item ids this check tests")
            elif not isinstance(raw, list) or not raw or not all(isinstance(i, str) for i in raw):
                self.problem(path + ("items",), "expected a non-empty list of item ids")
            else:
                for item_id in raw:
                    if item_id not in item_ids:
                        self.problem(path + ("items",), f"unknown item '{item_id}'")
                    elif item_id in items:
                        self.problem(path + ("items",), f"item '{item_id}' is listed twice")
                    else:
                        items.append(item_id)
            red_flags = entry.get("red_flags", False)
            if not isinstance(red_flags, bool):
                self.problem(path + ("red_flags",), f"expected true or false, found {kind_of(red_flags)}")
                red_flags = False
            if red_flags:
                red_flag_checks += 1
                if red_flag_checks == 2:
                    self.problem(path + ("red_flags",), "only one check can carry the red-flag review")
            statutory = self.boolean(entry, "statutory", path)
            if check_id and label and items and ("guidance" not in entry or guidance):
                checks.append(SampleCheck(check_id, label, tuple(items), red_flags, guidance, statutory))
        minimum = table.get("minimum_sample", 5)
        if isinstance(minimum, bool) or not isinstance(minimum, int) or not 1 <= minimum <= 1000:
            self.problem(base + ("minimum_sample",), f"bad minimum_sample {minimum!r}; expected a whole number of "
                         "orders from 1 to 1000")
            minimum = None
        if threshold is None or not checks or minimum is None:
            return None
        return TransactionTesting(float(threshold), tuple(checks), minimum)


_PARSED: dict[str, tuple[str, Checklist]] = {}  # text -> (file named in its warnings, checklist)
_PARSED_KEPT = 16


def parse_checklist(text: str, file: str = "<checklist>") -> Checklist:
    """Validate checklist TOML ``text``; raise ChecklistError listing every problem.

    A text parsed before gives the same (immutable) checklist again: at start the store's pinned copy and the
    installed file are usually the same text, and parsing one costs ~25 ms. A checklist with warnings is only
    shared under the same file name, since its warnings name the file."""
    known = _PARSED.get(text)
    if known is not None and (known[0] == file or not known[1].warnings):
        return known[1]
    checklist = _parse_checklist(text, file)
    if len(_PARSED) >= _PARSED_KEPT:
        _PARSED.pop(next(iter(_PARSED)))
    _PARSED[text] = (file, checklist)
    return checklist


def _parse_checklist(text: str, file: str) -> Checklist:
    data = parse_toml(text, file, ChecklistError)
    if data.get("kind") == "red-flags":
        raise NotAChecklistError([Problem(file, 1, "kind", 'this is a red-flag list (kind = "red-flags"), not a '
                                          "checklist; it belongs in checklists/redflags/")])
    if data.get("kind") in ("framework", "crosswalk"):
        raise NotAChecklistError([Problem(file, 1, "kind", f'this is a {data["kind"]} (kind = "{data["kind"]}"), '
                                          f"not a checklist; it belongs in checklists/{data['kind']}s/")])
    validator = _Validator(data, text, file)
    checklist = validator.run()
    if checklist is None:
        raise ChecklistError(validator.problems)
    return checklist


def load_checklist_file(path: str | Path) -> Checklist:
    """Read and validate one checklist file."""
    return parse_checklist(read_text(path, ChecklistError), str(path))


def load_checklist_dir(folder: str | Path) -> tuple[list[Checklist], list[ChecklistError]]:
    """Every valid checklist in ``folder`` (sorted by id) and the errors of the refused ones."""
    good: list[Checklist] = []
    bad: list[ChecklistError] = []
    for path in sorted(Path(folder).glob("*.toml")):
        try:
            good.append(load_checklist_file(path))
        except NotAChecklistError:
            continue  # a red-flag list or other data file kept beside the checklists
        except ChecklistError as exc:
            bad.append(exc)
    ids: dict[str, Checklist] = {}
    for checklist in good:
        if checklist.id in ids:
            bad.append(ChecklistError([Problem(checklist.id, None, "id", f"duplicate checklist id '{checklist.id}'")]))
        ids[checklist.id] = checklist
    return sorted(ids.values(), key=lambda c: c.id), bad
