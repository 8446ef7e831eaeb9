"""The order-import pipeline, a service above the store: open another company's order file, read it within bounds,
and hand the parsed rows to the store. The store itself never reads a file."""

from __future__ import annotations

from pathlib import Path

from exportaudit.core.store import Store
from exportaudit.core.testing.orders import ColumnMapping, ImportResult, Progress, SourceTable, open_table, read_orders


def import_orders(store: Store, assessment_id: int, source: str | Path | SourceTable,
                  mapping: ColumnMapping | None = None, *, name: str | None = None,
                  progress: Progress | None = None) -> tuple[int, ImportResult]:
    """Open, read and store an order list in one call; returns (list id, ImportResult).

    ``mapping`` None uses the store's suggested mapping for the file's headers. ``progress(done, total)`` as in
    read_orders() (return False to cancel: ImportCancelled, nothing kept). Rows that cannot be read are kept in
    ``result.problems`` and in ``store.orders.rejects(list id)``.
    """
    a = store.assessments.writable(assessment_id)
    table = source if isinstance(source, SourceTable) else open_table(source)
    mapping = mapping or store.orders.suggested_mapping(a.organisation_id, table.headers)
    result = read_orders(table, mapping, progress)
    return store.orders.add_list(a.id, result, name=name), result
