"""Order lists in the store: the imported orders (rows already parsed by the order readers), the rows refused,
and the column mappings remembered per organisation and header set.

Every write is one transaction with change-log entries, refused on a finalised assessment. The caller says what
changed (exportaudit.core.changes), so an assessment's session rescores only after testing writes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from exportaudit.core.records import Order, OrderList
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.rows import record
from exportaudit.core.testing.orders import ColumnMapping, ImportResult, RowProblem, guess_mapping, headers_signature

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store

INSERT_BATCH = 5000
_ORDER_COLUMNS = ("list_id", "seq", "source_row", "order_ref", "order_date", "customer", "end_user", "destination",
                  "item", "control_code", "value", "currency", "licence")


class Orders:
    """Order lists and their orders: ``store.orders``."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def add_list(self, assessment_id: int, result: ImportResult, *, name: str | None = None,
                 remember_mapping: bool = True) -> int:
        """Store what the order reader found (the rows arrive parsed: the store reads no file), in one transaction with
        one log entry, and remember its column mapping for the organisation. Returns the new list's id."""
        a = self._store.assessments.writable(assessment_id)
        name = (name or result.path.name).strip() or result.path.name
        stamp = now()
        header = f"{result.header_rows[0]}-{result.header_rows[1]}" if result.header_rows else ""
        with self._sql.write() as db:
            list_id = self._sql.insert("order_lists", {
                "assessment_id": assessment_id, "name": name, "source_name": result.path.name,
                "source_sha256": result.source_sha256, "source_kind": result.kind, "sheet": result.sheet or "",
                "encoding": result.encoding or "", "delimiter": result.delimiter or "", "header_rows": header,
                "headers": json.dumps(result.headers, ensure_ascii=False), "mapping": result.mapping.to_json(),
                "order_count": len(result.orders), "rejected_count": len(result.problems),
                "blank_rows": result.blank_rows, "first_date": result.first_date, "last_date": result.last_date,
                "imported_at": stamp, "imported_by": self._sql.user})
            sql = (f"INSERT INTO orders ({', '.join(_ORDER_COLUMNS)}) "
                   f"VALUES ({', '.join('?' for _ in _ORDER_COLUMNS)})")
            orders = result.orders
            for start in range(0, len(orders), INSERT_BATCH):
                db.conn.executemany(sql, [(list_id, *o) for o in orders[start:start + INSERT_BATCH]])
            db.conn.executemany(
                "INSERT OR REPLACE INTO order_rejects (list_id, source_row, code, field, value, message) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(list_id, p.row, p.code, p.field, p.value, p.message) for p in result.problems])
            self._sql.log(assessment_id, "order_list", list_id, "imported", None,
                      f"{name}: {len(orders)} orders, {len(result.problems)} rows refused")
            if remember_mapping:
                self._save_mapping(a.organisation_id, result.headers, result.mapping, stamp)
            self._sql.touch(assessment_id, stamp)
        return list_id

    def lists(self, assessment_id: int) -> list[OrderList]:
        rows = self._sql.all("SELECT * FROM order_lists WHERE assessment_id = ? ORDER BY id", [assessment_id])
        return [record(OrderList, r) for r in rows]

    def get_list(self, list_id: int) -> OrderList:
        row = self._sql.one("SELECT * FROM order_lists WHERE id = ?", [list_id])
        if row is None:
            raise StoreError(f"There is no order list {list_id}.")
        return record(OrderList, row)

    def all(self, list_id: int, offset: int = 0, limit: int | None = None) -> list[Order]:
        """Orders of a list in list order; ``offset``/``limit`` page through large lists (a table model)."""
        rows = self._sql.all("SELECT * FROM orders WHERE list_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                         [list_id, offset, -1 if limit is None else limit])
        return [record(Order, r) for r in rows]

    def get(self, order_id: int) -> Order:
        row = self._sql.one("SELECT * FROM orders WHERE id = ?", [order_id])
        if row is None:
            raise StoreError(f"There is no order {order_id}.")
        return record(Order, row)

    def rejects(self, list_id: int) -> list[RowProblem]:
        """The rows of the imported file that were not read, with the reason, in row order."""
        rows = self._sql.all("SELECT * FROM order_rejects WHERE list_id = ? ORDER BY source_row", [list_id])
        return [RowProblem(r["source_row"], r["code"], r["message"], r["field"], r["value"]) for r in rows]

    def destinations(self, list_id: int) -> list[tuple[str, int]]:
        """Distinct destinations with their order counts, most orders first (to flag high-risk ones)."""
        rows = self._sql.all("SELECT destination, COUNT(*) AS n FROM orders WHERE list_id = ? GROUP BY destination "
                         "ORDER BY n DESC, destination", [list_id])
        return [(r["destination"], r["n"]) for r in rows]

    def customers(self, list_id: int) -> list[tuple[str, int, str | None]]:
        """Distinct customers: (name, orders, first order date), earliest first order first (to flag new ones)."""
        rows = self._sql.all("SELECT customer, COUNT(*) AS n, MIN(order_date) AS first FROM orders WHERE list_id = ? "
                         "GROUP BY customer ORDER BY first IS NULL, first, customer", [list_id])
        return [(r["customer"], r["n"], r["first"]) for r in rows]

    def delete_list(self, list_id: int) -> None:
        """Delete an order list and its orders; refused while a sample drawn from it exists."""
        old = self.get_list(list_id)
        self._store.assessments.writable(old.assessment_id)
        if self._sql.one("SELECT id FROM samples WHERE list_id = ? LIMIT 1", [list_id]):
            raise StoreError(f"Order list '{old.name}' has a sample; delete the sample first.")
        with self._sql.write() as db:
            db.execute("DELETE FROM order_lists WHERE id = ?", [list_id])
            self._sql.log(old.assessment_id, "order_list", list_id, "deleted", old.name, None)
            self._sql.touch(old.assessment_id, now())

    # --- column mappings (remembered per organisation and header set) -------------------------------------

    def _save_mapping(self, organisation_id: int | None, headers: list[str], mapping: ColumnMapping, stamp: str) -> None:
        signature = headers_signature(headers)
        old = self._sql.one("SELECT id, mapping FROM column_mappings WHERE COALESCE(organisation_id, 0) = ? "
                        "AND signature = ?", [organisation_id or 0, signature])
        text = mapping.to_json()
        if old and old["mapping"] == text:
            return
        if old:
            self._sql.db.execute("UPDATE column_mappings SET mapping = ?, headers = ?, updated_at = ?, updated_by = ? "
                            "WHERE id = ?", [text, json.dumps(headers, ensure_ascii=False), stamp, self._sql.user, old["id"]])
        else:
            self._sql.insert("column_mappings", {"organisation_id": organisation_id, "signature": signature,
                                             "headers": json.dumps(headers, ensure_ascii=False), "mapping": text,
                                             "updated_at": stamp, "updated_by": self._sql.user})
        self._sql.log(None, "column_mapping", organisation_id, "mapping", old["mapping"] if old else None, text)

    def remember_mapping(self, organisation_id: int | None, headers: list[str], mapping: ColumnMapping) -> None:
        """Remember ``mapping`` for files with these headers (per organisation; None: for any organisation).
        add_list() does this itself; the mapping dialog may call it on "Save mapping"."""
        if organisation_id is not None:
            self._store.organisations.get(organisation_id)
        with self._sql.write():
            self._save_mapping(organisation_id, headers, mapping, now())

    def remembered_mapping(self, organisation_id: int | None, headers: list[str]) -> ColumnMapping | None:
        """The mapping last used for a file with exactly these headers: this organisation's first, then any
        organisation's (a consultant's clients often share an ERP). None when there is none that fits."""
        rows = self._sql.all("SELECT mapping, organisation_id FROM column_mappings WHERE signature = ? "
                         "ORDER BY (COALESCE(organisation_id, 0) = ?) DESC, updated_at DESC, id DESC",
                         [headers_signature(headers), organisation_id or 0])
        for row in rows:
            try:
                mapping = ColumnMapping.from_json(row["mapping"])
            except (ValueError, TypeError, KeyError):
                continue
            if mapping.fits(headers):
                return mapping
        return None

    def suggested_mapping(self, organisation_id: int | None, headers: list[str]) -> ColumnMapping:
        """What the mapping dialog should start from: the remembered mapping for these headers, else a guess
        from the header names (keeping the organisation's most recent settings for dates and currency)."""
        remembered = self.remembered_mapping(organisation_id, headers)
        if remembered is not None:
            return remembered
        last = self._sql.one("SELECT mapping FROM column_mappings WHERE COALESCE(organisation_id, 0) = ? "
                         "ORDER BY updated_at DESC, id DESC LIMIT 1", [organisation_id or 0])
        base = None
        if last:
            try:
                old = ColumnMapping.from_json(last["mapping"])
                base = ColumnMapping({k: v for k, v in old.columns.items() if v in headers}, old.date_order,
                                     old.default_currency)
            except (ValueError, TypeError, KeyError):
                base = None
        return guess_mapping(headers, base)
