"""Order lists: read an ERP export (CSV or .xlsx), map its columns, and parse its rows into orders.

Typical use (GUI mapping dialog, then import)::

    table = open_table(path)                       # header found, columns named, preview rows
    mapping = store.orders.suggested_mapping(org_id, table.headers)   # remembered for this report, else guessed
    # ... the user adjusts: mapping = mapping.with_column("end_user", "最终用户")
    result = read_orders(table, mapping, progress)  # pure; may run on a worker thread
    list_id = store.orders.add_list(assessment_id, result)        # on the database thread; remembers the mapping

or in one call: ``import_orders(store, assessment_id, path, mapping, progress=...)`` (core.order_import).
"""

from exportaudit.core.testing.orders.fields import (
                                            FIELD_IDS,
                                            ORDER_FIELDS,
                                            ColumnMapping,
                                            MappingError,
                                            OrderField,
                                            guess_mapping,
                                            headers_signature,
                                            normalise_header,
                                            order_field,
)
from exportaudit.core.testing.orders.importer import ImportCancelled, ImportResult, ParsedOrder, Progress, RowProblem, read_orders
from exportaudit.core.testing.orders.tables import SourceTable, TableError, open_table, sheet_names
from exportaudit.core.testing.orders.values import parse_amount, parse_date

__all__ = [
    "FIELD_IDS", "ORDER_FIELDS", "ColumnMapping", "ImportCancelled", "ImportResult", "MappingError", "OrderField",
    "ParsedOrder", "Progress", "RowProblem", "SourceTable", "TableError", "guess_mapping", "headers_signature",
    "normalise_header", "open_table", "order_field", "parse_amount", "parse_date", "read_orders", "sheet_names",
]
