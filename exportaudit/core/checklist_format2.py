"""The checklist format 2 rules: statute-only legal bases, typed sources, level descriptors and the upgrade table.

Kept apart from the format 1 loader so the older format stays exactly as it was: pinned 1.x checklists in existing
stores must load unchanged.
"""

from __future__ import annotations

from exportaudit.core import legal
from exportaudit.core.checklist import UpgradeTable
from exportaudit.core.sources import SOURCE_KINDS, STATUTE, Source
from exportaudit.core.text import Text
from exportaudit.core.vocab import FACTS

FORMAT2_ITEM_KEYS = {"sources", "levels", "changes", "related", "facts", "also_when"}
_SOURCE_KEYS = {"kind", "note"}
_UPGRADE_KEYS = {"from_versions", "moved", "dropped"}
REQUIRED_LEVELS = (1, 2, 3, 4)


class Format2Rules:
    """Mixed into the checklist validator; uses its ``problem``, ``text``, ``unknown_keys`` and ``data``."""

    def statute_references(self, references: list[str], path: tuple, key: str = "legal_basis") -> list[str] | None:
        """``references`` when every one names a real article, paragraph and item of ECL 2020 or DUR 2024."""
        ok = True
        for n, reference in enumerate(references):
            message = legal.problem(reference)
            if message:
                self.problem(path + (key, n), message)
                ok = False
        return references if ok else None

    def item_extras(self, entry: dict, path: tuple, legal_basis: list[str] | None) -> dict | None:
        """The format 2 fields of an item (sources, levels, changes), or None after recording a problem."""
        sources = self.sources(entry, path, legal_basis)
        levels = self.item_levels(entry, path)
        changes = self.text(entry, "changes", path) if "changes" in entry else None
        related = self.related(entry, path)
        if sources is None or levels is None or related is None or ("changes" in entry and changes is None):
            return None
        facts = {key: self.tags(entry, key, FACTS, path) for key in ("facts", "also_when")}
        if "also_when" in entry and "sizes" not in entry:
            self.problem(path + ("also_when",), "also_when widens a size restriction; the item has no sizes")
            return None
        return {"sources": sources, "levels": levels, "changes": changes, "related": related, **facts}

    def related(self, entry: dict, path: tuple) -> tuple[str, ...] | None:
        """Statute provisions that give context but put no duty on the operator; checked like legal_basis."""
        raw = entry.get("related", [])
        if not isinstance(raw, list) or not all(isinstance(r, str) and r.strip() for r in raw):
            self.problem(path + ("related",), "expected a list of statute references")
            return None
        checked = self.statute_references(raw, path, "related")
        return None if checked is None else tuple(r.strip() for r in checked)

    def sources(self, entry: dict, path: tuple, legal_basis: list[str] | None) -> tuple[Source, ...] | None:
        where = path + ("sources",)
        raw = entry.get("sources")
        kinds = ", ".join(SOURCE_KINDS)
        if raw is None:
            self.problem(where, f'missing; expected a list such as [{{ kind = "good-practice" }}] (kinds: {kinds})')
            return None
        if not isinstance(raw, list) or not raw or not all(isinstance(s, dict) for s in raw):
            self.problem(where, f'expected a non-empty list of tables such as [{{ kind = "statute" }}] (kinds: {kinds})')
            return None
        out: list[Source] = []
        ok = True
        for n, source in enumerate(raw):
            self.unknown_keys(source, _SOURCE_KEYS, where + (n,))
            kind = source.get("kind")
            if kind is None:
                self.problem(where + (n, "kind"), f"missing; every source needs a kind, one of: {kinds}")
                ok = False
                continue
            if kind not in SOURCE_KINDS:
                self.problem(where + (n, "kind"), f"unknown source kind {kind!r}; expected one of: {kinds}")
                ok = False
                continue
            note = self.text(source, "note", where + (n,)) if "note" in source else None
            if "note" in source and note is None:
                ok = False
            out.append(Source(kind, note))
        has_statute = any(s.kind == STATUTE for s in out)
        if ok and legal_basis and not has_statute:
            self.problem(where, 'the item cites a statute in legal_basis; list { kind = "statute" } among its sources')
            ok = False
        if ok and legal_basis is not None and not legal_basis and has_statute:
            self.problem(where, 'a "statute" source needs the articles in legal_basis; '
                         'use { kind = "good-practice" } when no statute applies')
            ok = False
        return tuple(out) if ok else None

    def item_levels(self, entry: dict, path: tuple) -> tuple[tuple[int, Text], ...] | None:
        where = path + ("levels",)
        raw = entry.get("levels")
        if raw is None:
            self.problem(where, "missing; expected what levels 1 to 4 mean for this item "
                         '(levels.1 = { zh = "…", en = "…" } … levels.4)')
            return None
        if not isinstance(raw, dict):
            self.problem(where, "expected a table of level descriptors (levels.1 = { zh = …, en = … })")
            return None
        out: list[tuple[int, Text]] = []
        ok = True
        for key in sorted(raw):
            if not key.isdigit() or int(key) > 5:
                self.problem(where + (key,), f"unknown level '{key}'; expected 0 to 5")
                ok = False
                continue
            text = self.text(raw, key, where)
            if text is None:
                ok = False
            else:
                out.append((int(key), text))
        missing = [str(n) for n in REQUIRED_LEVELS if str(n) not in raw]
        if missing:
            self.problem(where, f"no descriptor for level {', '.join(missing)}; every item describes levels 1 to 4 "
                         "at least")
            ok = False
        return tuple(sorted(out, key=lambda pair: pair[0])) if ok else None

    def upgrade_table(self, item_ids: set[str]) -> UpgradeTable | None:
        """The optional [upgrade] table: which earlier versions upgrade to this one and how their items move."""
        table = self.data.get("upgrade")
        base = ("upgrade",)
        if table is None:
            return None
        if not isinstance(table, dict):
            self.problem(base, "expected a table [upgrade]")
            return None
        self.unknown_keys(table, _UPGRADE_KEYS, base)
        versions = table.get("from_versions")
        if not isinstance(versions, list) or not versions or not all(isinstance(v, str) and v for v in versions):
            self.problem(base + ("from_versions",), 'expected a non-empty list of versions, e.g. ["1.1.0"]')
            versions = None
        moved = table.get("moved", {})
        if not isinstance(moved, dict) or not all(isinstance(v, str) for v in moved.values()):
            self.problem(base + ("moved",), 'expected a table of old id = "new id"')
            moved = None
        dropped_raw = table.get("dropped", {})
        dropped: dict[str, Text] | None = {}
        if not isinstance(dropped_raw, dict):
            self.problem(base + ("dropped",), 'expected a table of old id = { zh = "why", en = "why" }')
            dropped = None
        else:
            for old_id in dropped_raw:
                text = self.text(dropped_raw, old_id, base + ("dropped",))
                if text is None:
                    dropped = None
                elif dropped is not None:
                    dropped[old_id] = text
                if old_id in item_ids:
                    self.problem(base + ("dropped", old_id), f"'{old_id}' is an item of this checklist; it cannot be dropped")
                    dropped = None
        if moved:
            targets: dict[str, str] = {}
            for old_id, new_id in moved.items():
                where = base + ("moved", old_id)
                if new_id not in item_ids:
                    self.problem(where, f"moves to unknown item '{new_id}'")
                elif old_id in item_ids and old_id != new_id:
                    self.problem(where, f"'{old_id}' is still an item of this checklist; it cannot also move")
                elif new_id in targets:
                    self.problem(where, f"'{targets[new_id]}' already moves to '{new_id}'; two old items cannot "
                                 "land on one (one of the answers would be lost)")
                elif isinstance(dropped_raw, dict) and old_id in dropped_raw:
                    self.problem(where, f"'{old_id}' is both moved and dropped")
                else:
                    targets[new_id] = old_id
                    continue
                moved = None
                break
        if versions is None or moved is None or dropped is None:
            return None
        return UpgradeTable(tuple(versions), dict(moved), dropped)
