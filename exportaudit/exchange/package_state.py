"""An assessment as rows: everything that belongs to it, table by table, found through the schema's foreign keys.

Generic on purpose: every column of every row travels, and a table another part of the app adds later (with a
foreign key to the assessment or to something that belongs to it) travels too, without a change here.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

# Tables that never travel: the store's own bookkeeping, not the assessment's content.
NOT_CARRIED = frozenset({"change_log", "report_register", "package_origins", "column_mappings", "_sqlite_migrations"})
CHUNK = 500  # values per IN (...) list, well under SQLite's parameter limit


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    target: str


def carried_tables(db) -> list[str]:
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return [n for n in names if n not in NOT_CARRIED and not n.startswith("sqlite_") and "_fts" not in n]


def foreign_keys(db, table: str) -> list[ForeignKey]:
    return [ForeignKey(r[3], r[2], r[4] or "id") for r in db.execute(f"PRAGMA foreign_key_list({table})")]


def primary_key(db, table: str) -> tuple[str, ...]:
    cols = sorted((r[5], r[1]) for r in db.execute(f"PRAGMA table_info({table})") if r[5])
    return tuple(name for _, name in cols) or ("rowid",)


def columns(db, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})")]


def _rows(db, table: str, column: str, values) -> list[dict]:
    values = sorted({v for v in values if v is not None}, key=str)
    found = []
    for start in range(0, len(values), CHUNK):
        part = values[start:start + CHUNK]
        cursor = db.execute(f"SELECT * FROM {table} WHERE {column} IN ({', '.join('?' for _ in part)})", part)
        names = [c[0] for c in cursor.description]
        found.extend(dict(zip(names, row, strict=True)) for row in cursor.fetchall())
    return found


def snapshot(db, assessment_id: int) -> dict[str, list[dict]]:
    """Every row belonging to the assessment (children, found downwards from it) and the rows they refer to
    outside it (organisation, pinned checklist, evidence blobs, red-flag lists), as {table: [row, ...]}."""
    tables = carried_tables(db)
    keys = {t: primary_key(db, t) for t in tables}
    fks = {t: [fk for fk in foreign_keys(db, t) if fk.table != t and fk.table in tables] for t in tables}
    owned: dict[str, dict[tuple, dict]] = {"assessments": {}}

    def add(table: str, rows: list[dict], into: dict) -> bool:
        bucket = into.setdefault(table, {})
        before = len(bucket)
        for row in rows:
            bucket[tuple(row[k] for k in keys[table])] = row
        return len(bucket) != before

    add("assessments", _rows(db, "assessments", "id", [assessment_id]), owned)
    grew = True
    while grew:  # downwards: rows referring to something owned are owned (actions of findings, orders of lists…)
        grew = False
        for table in tables:
            if table == "assessments":
                continue
            for fk in fks[table]:
                if fk.table in owned:
                    targets = [row[fk.target] for row in owned[fk.table].values()]
                    grew |= add(table, _rows(db, table, fk.column, targets), owned)
    referenced: dict[str, dict[tuple, dict]] = {}
    pending = dict(owned)
    while pending:  # upwards: what owned rows refer to outside the assessment (never another assessment)
        found: dict[str, dict[tuple, dict]] = {}
        for table, rows in pending.items():
            for fk in fks[table]:
                if fk.table in owned or fk.table == "assessments":
                    continue
                values = [row[fk.column] for row in rows.values()]
                if add(fk.table, _rows(db, fk.table, fk.target, values), referenced):
                    found[fk.table] = referenced[fk.table]
        pending = found
    merged = {**referenced, **owned}
    return {t: sorted(merged[t].values(), key=lambda r: tuple(str(r[k]) for k in keys[t])) for t in tables
            if t in merged}


def insertion_order(db, tables) -> list[str]:
    """``tables`` ordered so each comes after the tables its foreign keys point to."""
    tables = list(tables)
    deps = {t: {fk.table for fk in foreign_keys(db, t) if fk.table != t and fk.table in tables} for t in tables}
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and deps[t] <= set(ordered)]
        if not ready:  # a cycle: keep the rest in name order (foreign keys are checked at commit)
            ready = [t for t in tables if t not in ordered]
        ordered.extend(sorted(ready))
    return ordered


def state_json(state: dict) -> bytes:
    """The canonical bytes of a state: the same content always gives the same SHA-256."""
    return json.dumps(state, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def state_sha256(state: dict) -> str:
    return hashlib.sha256(state_json(state)).hexdigest()
