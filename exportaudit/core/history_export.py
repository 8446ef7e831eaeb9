"""Export an assessment's change history as CSV that opens cleanly in Excel (UTF-8 with BOM).

Cells starting with = + - @ are prefixed with a quote so a spreadsheet never runs them as formulas.
"""

from __future__ import annotations

import csv
from pathlib import Path

from exportaudit.core.store import Store

COLUMNS = ("at", "user", "entity", "entity_id", "item_id", "field", "old", "new", "source")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_history_csv(store: Store, assessment_id: int, out: Path, item_id: str | None = None) -> int:
    """Write the history (optionally of one item) to ``out``; returns the number of entries."""
    entries = store.history.all(assessment_id, item_id)
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for e in entries:
            writer.writerow([safe_cell(getattr(e, c)) for c in COLUMNS])
    tmp.replace(out)
    return len(entries)
