"""The change log: who changed what, when, from what to what, and from where."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exportaudit.core.records import ChangeEntry
from exportaudit.core.store.rows import record

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store


class History:
    """The change log, read: ``store.history`` (written through ``Connection.log``)."""

    def __init__(self, store: Store):
        self._sql = store.sql

    def all(self, assessment_id: int, item_id: str | None = None) -> list[ChangeEntry]:
        """An assessment's changes (one item's when ``item_id`` is given), oldest first."""
        sql, params = "SELECT * FROM change_log WHERE assessment_id = ?", [assessment_id]
        if item_id is not None:
            sql += " AND item_id = ?"
            params.append(item_id)
        return [record(ChangeEntry, r) for r in self._sql.all(sql + " ORDER BY id", params)]
