"""Turn a SourceTable and a ColumnMapping into clean order records, listing every row that cannot be read.

read_orders() is pure (no store): the GUI can run it on a worker thread and hand the ImportResult to the
store on the database thread (store.orders.add_list). A row is rejected as a RowProblem (code no_order_id,
total_row, bad_date or bad_value) when it has no order id, when its order id is a totals marker (合计, Total...),
or when a mapped date or amount cannot be read; the import carries on. Entirely empty rows are skipped and counted.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from exportaudit.core.row_problems import RowProblem
from exportaudit.core.testing.orders.fields import ColumnMapping, order_field
from exportaudit.core.testing.orders.tables import SourceTable
from exportaudit.core.testing.orders.values import cell_text, parse_amount, parse_date

PROGRESS_EVERY = 1000  # rows between progress calls
# Order ids that mark a totals line at the foot of an export, not an order.
TOTAL_MARKERS = frozenset({"合计", "总计", "小计", "共计", "总计金额", "合计金额", "total", "totals", "subtotal", "sub-total",
                           "grand total", "sum"})

Progress = Callable[[int, int], object]  # (rows done, rows expected in all); returning False cancels


class ImportCancelled(Exception):
    """The progress callback returned False: the import stopped and nothing was kept."""


class ParsedOrder(NamedTuple):
    """One order (or shipment) row, cleaned. ``seq`` is its 1-based position among the list's orders, the
    population order that sampling uses; ``source_row`` is its row number in the file."""

    seq: int
    source_row: int
    order_ref: str
    order_date: str | None  # YYYY-MM-DD
    customer: str
    end_user: str
    destination: str
    item: str
    control_code: str
    value: float | None
    currency: str
    licence: str


@dataclass
class ImportResult:
    """What read_orders() found: the orders, the rows it could not read, and where they came from."""

    path: Path
    kind: str
    sheet: str | None
    encoding: str | None
    delimiter: str | None
    headers: list[str]
    header_rows: tuple[int, int] | None
    mapping: ColumnMapping
    source_sha256: str
    orders: list[ParsedOrder] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    blank_rows: int = 0
    seconds: float = 0.0

    @property
    def first_date(self) -> str | None:
        dates = [o.order_date for o in self.orders if o.order_date]
        return min(dates) if dates else None

    @property
    def last_date(self) -> str | None:
        dates = [o.order_date for o in self.orders if o.order_date]
        return max(dates) if dates else None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_orders(table: SourceTable, mapping: ColumnMapping, progress: Progress | None = None) -> ImportResult:
    """Read every data row of ``table`` through ``mapping``.

    ``progress(done, total)`` is called every 1,000 rows and at the end (then done == total); ``total`` is
    SourceTable.total_rows (exact or estimated, never below ``done``). If it returns False the import stops
    with ImportCancelled. Raises MappingError when the mapping does not fit the table's headers.
    """
    started = time.perf_counter()
    columns = mapping.resolve(table.headers)
    result = ImportResult(table.path, table.kind, table.sheet, table.encoding, table.delimiter, list(table.headers),
                          table.header_rows, mapping, file_sha256(table.path))
    get = {name: columns.get(name) for name in ("order_id", "date", "customer", "end_user", "destination", "item",
                                                 "control_code", "value", "currency", "licence")}
    date_order, date1904, default_currency = mapping.date_order, table.date1904, mapping.default_currency
    orders, problems = result.orders, result.problems
    def text(values: list, index: int | None) -> str:
        if index is None or index >= len(values):
            return ""
        value = values[index]
        return value.strip() if isinstance(value, str) else cell_text(value)

    rows_seen = 0
    for number, values in table.rows():
        rows_seen += 1
        if progress is not None and rows_seen % PROGRESS_EVERY == 0:
            _report(progress, rows_seen, max(rows_seen, table.total_rows or 0))
        if not any(v is not None and (not isinstance(v, str) or v.strip()) for v in values):
            result.blank_rows += 1
            continue
        ref = text(values, get["order_id"])
        if not ref:
            problems.append(RowProblem(number, "no_order_id", "no order id", "order_id"))
            continue
        if ref.rstrip(":：").casefold() in TOTAL_MARKERS:
            problems.append(RowProblem(number, "total_row", "a totals line, not an order", "order_id", ref))
            continue
        order_date: date | None = None
        if get["date"] is not None and get["date"] < len(values):
            raw = values[get["date"]]
            try:
                order_date = parse_date(raw, date_order, date1904)
            except ValueError as exc:
                problems.append(RowProblem(number, "bad_date", f"{order_field('date').label.en}: {exc}", "date",
                                           cell_text(raw)))
                continue
        amount, currency = None, ""
        if get["value"] is not None and get["value"] < len(values):
            raw = values[get["value"]]
            try:
                amount, currency = parse_amount(raw)
            except ValueError as exc:
                problems.append(RowProblem(number, "bad_value", f"{order_field('value').label.en}: {exc}", "value",
                                           cell_text(raw)))
                continue
        currency = text(values, get["currency"]).upper() or currency or (default_currency if amount is not None else "")
        orders.append(ParsedOrder(len(orders) + 1, number, ref, order_date.isoformat() if order_date else None,
                                  text(values, get["customer"]), text(values, get["end_user"]),
                                  text(values, get["destination"]), text(values, get["item"]),
                                  text(values, get["control_code"]), amount, currency, text(values, get["licence"])))
    if progress is not None:
        _report(progress, rows_seen, rows_seen)
    result.seconds = time.perf_counter() - started
    return result


def _report(progress: Progress, done: int, total: int) -> None:
    if progress(done, total) is False:
        raise ImportCancelled("The import was cancelled; nothing was kept.")
