"""Merge a returned audit package into the store it came from: a three-way comparison of base (the state the
package left with), mine (the store now) and theirs (the package now), per answer, document request, evidence
file, finding, corrective action and test-card answer.

What changed only in the package is taken; what changed only here stays; what changed on both sides differently
is a conflict the user resolves (keep mine, take theirs). ``compare_package`` changes nothing; ``apply_merge``
applies everything in one transaction, logged with the user and the package's name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from exportaudit.core.evidence import display_name
from exportaudit.core.store import Store
from exportaudit.core.store.base import now
from exportaudit.exchange.package import Package, PackageError, assessment_key
from exportaudit.exchange.package_state import columns, snapshot, state_sha256

BOOKKEEPING = frozenset({"updated_at", "updated_by", "created_at", "created_by", "added_at", "added_by",
                         "assessment_id", "stored_at"})

# Sides of a change
HERE, THERE, BOTH, CONFLICT = "here", "there", "both", "conflict"
# What a side did to a row
ADDED, CHANGED, DELETED = "added", "changed", "deleted"
MINE, THEIRS = "mine", "theirs"
PACKAGE_SOURCE = "package"  # the history's source of the merged changes (vocab.CHANGE_SOURCES)


@dataclass(frozen=True)
class Unit:
    """A kind of thing compared on its own: one row of ``table`` identified by ``key``."""

    entity: str  # as the change history names it; also the prefix of the CLI's conflict keys
    table: str
    key: tuple[str, ...]
    new_rows: bool = False  # keyed by a store id: rows added on each side are different things, never a conflict
    refs: tuple[tuple[str, str], ...] = ()  # (column, entity) holding ids of another unit, remapped when added
    ignore: frozenset = BOOKKEEPING


UNITS = (
    Unit("organisation", "organisations", ("id",), ignore=BOOKKEEPING | {"logo_path"}),
    Unit("assessment", "assessments", ("id",),
         ignore=BOOKKEEPING | {"status", "fingerprint", "fingerprint_form", "finalised_at", "baseline_id"}),
    Unit("finding", "findings", ("id",), new_rows=True),
    Unit("action", "actions", ("id",), new_rows=True, refs=(("finding_id", "finding"),)),
    Unit("response", "responses", ("item_id",)),
    Unit("document_request", "document_requests", ("item_id",)),
    Unit("evidence", "evidence", ("id",), new_rows=True),
    Unit("test_result", "test_results", ("sample_order_id", "check_id"), refs=(("finding_id", "finding"),)),
    Unit("red_flag_answer", "red_flag_answers", ("sample_order_id", "flag_id")),
    Unit("engagement", "engagements", ("assessment_id",)),
)
_BY_ENTITY = {u.entity: u for u in UNITS}
# Tables whose rows are only referred to (compared through the units that use them)
REFERENCED = frozenset({"checklists", "evidence_blobs", "red_flag_lists"})


@dataclass
class Change:
    entity: str
    key: tuple
    label: str
    side: str  # HERE, THERE, BOTH or CONFLICT
    here: str | None  # ADDED, CHANGED, DELETED or None (unchanged here)
    there: str | None
    base: dict | None
    mine: dict | None
    theirs: dict | None
    fields: tuple[str, ...]  # the fields that differ between the sides that changed
    choice: str | None = None  # a conflict's resolution: MINE or THEIRS

    @property
    def key_text(self) -> str:
        """The key the CLI's --mine/--theirs take, e.g. ``response:P1`` or ``finding:3``."""
        return f"{self.entity}:{'/'.join(str(k) for k in self.key)}"

    @property
    def applies(self) -> bool:
        return self.side == THERE or (self.side == CONFLICT and self.choice == THEIRS)


@dataclass
class MergePreview:
    package: Package
    assessment_id: int
    changes: list[Change]
    mine_sha256: str
    unmerged: dict[str, int] = field(default_factory=dict)  # table -> rows new or changed there that are not merged
    stored_blobs: frozenset = frozenset()  # SHA-256 of the evidence files the store already holds
    matched: dict = field(default_factory=dict)  # entity -> {their id: id here} of rows added there that are here

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.side == CONFLICT]

    @property
    def unresolved(self) -> list[Change]:
        return [c for c in self.conflicts if c.choice is None]

    @property
    def to_apply(self) -> list[Change]:
        return [c for c in self.changes if c.applies]

    @property
    def new_evidence(self) -> tuple[str, ...]:
        """SHA-256 of the evidence files the merge, as resolved now, adds to the evidence folder."""
        return tuple(sorted({c.theirs["sha256"] for c in self.to_apply if c.entity == "evidence" and c.theirs
                             and c.mine is None and c.theirs.get("sha256") not in self.stored_blobs}))

    def resolve(self, key_text: str, choice: str) -> None:
        if choice not in (MINE, THEIRS):
            raise ValueError(f"'{choice}' is not a resolution; use '{MINE}' or '{THEIRS}'.")
        for c in self.conflicts:
            if c.key_text == key_text:
                c.choice = choice
                return
        raise PackageError(code="pkg_not_conflict", key=key_text,
                           keys=", ".join(c.key_text for c in self.conflicts) or "—")

    def resolve_all(self, choice: str) -> None:
        for c in self.conflicts:
            c.choice = choice


def _content(row: dict | None, unit: Unit, known: set[str]) -> dict | None:
    if row is None:
        return None
    return {k: v for k, v in row.items() if k in known and k not in unit.key and k not in unit.ignore}


def _label(unit: Unit, row: dict) -> str:
    if unit.entity in ("response", "document_request"):
        return str(row.get("item_id", ""))
    text = {"organisation": "name", "assessment": "title", "finding": "description", "action": "description",
            "evidence": "file_name"}.get(unit.entity)
    if text:
        value = " ".join(str(row.get(text) or "").split())
        return value if len(value) <= 60 else value[:59] + "…"
    return " / ".join(str(row.get(k, "")) for k in unit.key)


def _index(unit: Unit, state: dict, foreign, unmerged: dict | None = None) -> dict[tuple, dict]:
    """The unit's rows of a state by key; rows ``foreign`` refuses are left out (and counted in ``unmerged``)."""
    rows = {}
    for row in state.get(unit.table, []):
        if not all(k in row for k in unit.key):
            continue
        if foreign(row):
            if unmerged is not None:
                unmerged[unit.table] = unmerged.get(unit.table, 0) + 1
            continue
        rows[tuple(row[k] for k in unit.key)] = row
    return rows


def _already_here(unit: Unit, theirs: dict, added_here: dict, matched: dict) -> int | None:
    """The id of a row added here with the same content as ``theirs`` (references followed), if there is one."""
    wanted = dict(theirs)
    for column, entity in unit.refs:
        if wanted.get(column) in matched[entity]:
            wanted[column] = matched[entity][wanted[column]]
    taken = set(matched[unit.entity].values())
    for mine_id, content in added_here.items():
        if mine_id not in taken and content == wanted:
            return mine_id
    return None


def _what(before: dict | None, after: dict | None) -> str | None:
    if before == after:
        return None
    return ADDED if before is None else DELETED if after is None else CHANGED


def compare_package(store: Store, package: Package, assessment_id: int | None = None) -> MergePreview:
    """The three-way comparison; refuses a package of another assessment. Changes nothing."""
    m = package.manifest["assessment"]
    target = m["id"] if assessment_id is None else assessment_id
    try:
        a = store.assessments.get(target)
    except Exception:
        raise PackageError(code="pkg_absent_assessment", label=package.path.name, title=m.get("title", "?"),
                           organisation=m.get("organisation", "?")) from None
    if assessment_key(a) != package.key or a.checklist_sha256 != m.get("checklist_sha256"):
        raise PackageError(code="pkg_other_assessment", label=package.path.name, title=m.get("title", "?"),
                           organisation=m.get("organisation", "?"), here=a.title)
    mine_state = snapshot(store.db, a.id)
    checklist = store.checklists.get(a.checklist_sha256)
    sample_orders = {r["id"] for r in mine_state.get("sample_orders", [])}
    changes: list[Change] = []
    unmerged: dict[str, int] = {}
    matched: dict[str, dict] = {u.entity: {} for u in UNITS}  # their id -> id here, for rows already here
    for unit in UNITS:
        known = set(columns(store.db, unit.table))
        if not known:
            continue

        def foreign(row: dict) -> bool:  # an item not in the checklist, or a sample drawn only there: not merged
            return ("item_id" in row and row["item_id"] is not None and not checklist.has_item(str(row["item_id"]))) \
                or ("sample_order_id" in row and row["sample_order_id"] not in sample_orders)

        base = _index(unit, package.base, foreign)
        mine = _index(unit, mine_state, lambda _row: False)
        theirs = _index(unit, package.state, foreign, unmerged)
        added_here = {k[0]: _content(r, unit, known) for k, r in mine.items() if k not in base} \
            if unit.new_rows else {}
        keys = sorted(set(base) | set(mine) | set(theirs), key=lambda k: tuple(str(x) for x in k))
        for key in keys:
            b, me, th = (_content(x.get(key), unit, known) for x in (base, mine, theirs))
            if unit.new_rows and b is None:
                if th is None:
                    continue  # added here: nothing to merge
                same = _already_here(unit, th, added_here, matched)
                if same is not None:  # merged before (or added alike on both sides): nothing to add again
                    matched[unit.entity][key[0]] = same
                    continue
                changes.append(Change(unit.entity, ("new",) + key, _label(unit, theirs[key]), THERE, None, ADDED,
                                      None, None, theirs[key], tuple(sorted(th))))
                continue
            here, there = _what(b, me), _what(b, th)
            if here is None and there is None:
                continue
            row = (theirs.get(key) or mine.get(key) or base.get(key))
            differing = tuple(sorted({k for x in (b, me, th) if x for k in x
                                      if len({json.dumps((y or {}).get(k), sort_keys=True) for y in (b, me, th)
                                              if y is not None}) > 1}))
            if there is None:
                side = HERE
            elif here is None:
                side = THERE
            elif me == th:
                side = BOTH
            else:
                side = CONFLICT
            changes.append(Change(unit.entity, key, _label(unit, row), side, here, there, base.get(key),
                                  mine.get(key), theirs.get(key), differing))
    for table, rows in package.state.items():
        if table in _TABLES or table in REFERENCED or not isinstance(rows, list):
            continue
        base_rows = {json.dumps(r, sort_keys=True) for r in package.base.get(table, [])}
        new = [r for r in rows if json.dumps(r, sort_keys=True) not in base_rows]
        if new:
            unmerged[table] = unmerged.get(table, 0) + len(new)
    blobs = {r[0] for r in store.db.execute("SELECT sha256 FROM evidence_blobs")}
    return MergePreview(package, a.id, changes, state_sha256(mine_state), {k: v for k, v in unmerged.items() if v},
                        frozenset(blobs), matched)


_TABLES = {u.table for u in UNITS}


def apply_merge(store: Store, preview: MergePreview) -> int:
    """Apply what the preview takes from the package, in one transaction; returns how many rows changed."""
    if preview.unresolved:
        raise PackageError(code="pkg_unresolved", count=len(preview.unresolved),
                           keys=", ".join(c.key_text for c in preview.unresolved))
    aid = preview.assessment_id
    store.assessments.writable(aid)
    if state_sha256(snapshot(store.db, aid)) != preview.mine_sha256:
        raise PackageError(code="pkg_stale")
    package = preview.package
    added_blobs = _add_evidence_files(store, preview)
    todo = preview.to_apply
    stamp = now()
    ids: dict[str, dict] = {u.entity: dict(preview.matched.get(u.entity, {})) for u in UNITS}
    with store.changes_from(PACKAGE_SOURCE), store.transaction() as db:  # the history says: package import
        for blob in added_blobs:
            db.execute("INSERT OR IGNORE INTO evidence_blobs (sha256, size, stored_name, stored_at) VALUES (?, ?, ?, ?)",
                       [blob["sha256"], blob["size"], blob["stored_name"], stamp])
        for unit in UNITS:
            for change in (c for c in todo if c.entity == unit.entity and c.theirs is not None):
                _put(store, unit, change, aid, ids, stamp)
        for unit in reversed(UNITS):
            for change in (c for c in todo if c.entity == unit.entity and c.theirs is None):
                _delete(store, unit, change, aid)
        store.log(aid, "package", aid, "imported", None,
                   f"{package.path.name}: {len(todo)} change(s) by {package.manifest.get('exported_by') or '—'}")
        store.sql.touch(aid, stamp)
    return len(todo)


def _add_evidence_files(store: Store, preview: MergePreview) -> list[dict]:
    """Copy the package's new evidence files into the evidence folder (by hash) before the transaction."""
    added = []
    for sha in preview.new_evidence:
        if not preview.package.has_evidence(sha):
            raise PackageError(code="pkg_lacks_evidence", label=preview.package.path.name, sha=sha[:12])
        store.vault.folder.mkdir(parents=True, exist_ok=True)
        tmp = preview.package.extract_evidence(sha, store.vault.folder)
        try:
            stored = store.vault.put(tmp)
        finally:
            tmp.unlink(missing_ok=True)
        added.append({"sha256": stored.sha256, "size": stored.size, "stored_name": stored.stored_name})
    return added


def _where(unit: Unit, key: tuple, aid: int, known: set[str]) -> tuple[str, list]:
    clause = [f"{k} = ?" for k in unit.key]
    params = list(key)
    if "assessment_id" in known and unit.table != "assessments":
        clause.append("assessment_id = ?")
        params.append(aid)
    return " AND ".join(clause), params


def _put(store: Store, unit: Unit, change: Change, aid: int, ids: dict, stamp: str) -> None:
    db = store.db
    known = set(columns(db, unit.table))
    row = {k: v for k, v in change.theirs.items() if k in known}
    for column, entity in unit.refs:
        if row.get(column) in ids[entity]:
            row[column] = ids[entity][row[column]]
    if unit.entity == "evidence":
        row["file_name"] = display_name(str(row.get("file_name", "")))
    item = row.get("item_id")
    if change.mine is None:  # added there (or deleted here and restored from theirs)
        if unit.new_rows:
            their_id = row.pop("id")
        if "assessment_id" in known:
            row["assessment_id"] = aid
        for name, value in (("updated_at", stamp), ("updated_by", store.user)):
            if name in known:
                row[name] = value
        new_id = store.sql.insert(unit.table, row)
        if unit.new_rows:
            ids[unit.entity][their_id] = new_id
        store.log(aid, unit.entity, new_id if unit.new_rows else "/".join(map(str, change.key)),
                   "added", None, change.label, item_id=item)
        return
    content = {k: v for k, v in row.items() if k not in unit.key and k not in unit.ignore}
    changed = {k: v for k, v in content.items() if change.mine.get(k) != v}
    if not changed:
        return
    sets = dict(changed)
    for name, value in (("updated_at", stamp), ("updated_by", store.user)):
        if name in known:
            sets[name] = value
    where, params = _where(unit, change.key, aid, known)
    db.execute(f"UPDATE {unit.table} SET {', '.join(f'{k} = ?' for k in sets)} WHERE {where}",
               [*sets.values(), *params])
    for name, value in changed.items():
        store.log(aid, unit.entity, "/".join(map(str, change.key)), name, change.mine.get(name), value, item_id=item)


def _delete(store: Store, unit: Unit, change: Change, aid: int) -> None:
    if change.mine is None:
        return
    where, params = _where(unit, change.key, aid, set(columns(store.db, unit.table)))
    store.db.execute(f"DELETE FROM {unit.table} WHERE {where}", params)
    store.log(aid, unit.entity, "/".join(map(str, change.key)), "deleted" if unit.new_rows else "removed",
               change.label, None, item_id=change.mine.get("item_id"))


def describe_value(value) -> str:
    if value is None or value == "":
        return "—"
    text = " ".join(str(value).split())
    return text if len(text) <= 50 else text[:49] + "…"


def field_lines(change: Change) -> list[tuple[str, str, str, str]]:
    """(field, base, mine, theirs) for every field that differs, as short text."""
    return [(f, *(describe_value((row or {}).get(f)) if row is not None else "(none)"
                  for row in (change.base, change.mine, change.theirs))) for f in change.fields]

