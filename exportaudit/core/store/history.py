"""The change log: who changed what, when, from what to what, and from where; and the store's own facts."""

from __future__ import annotations

from exportaudit.core.store.base import StoreBase
from exportaudit.core.store.records import ChangeEntry


class HistoryMixin(StoreBase):
    def changes(self, assessment_id: int, item_id: str | None = None) -> list[ChangeEntry]:
        sql, params = "SELECT * FROM change_log WHERE assessment_id = ?", [assessment_id]
        if item_id is not None:
            sql += " AND item_id = ?"
            params.append(item_id)
        return [ChangeEntry.from_row(r) for r in self._all(sql + " ORDER BY id", params)]

    # --- facts about the store itself ---------------------------------------------------------------

    @property
    def is_demo(self) -> bool:
        """The demo store (made up, to look around in): the window says so, so nobody enters real data."""
        return self._one("SELECT value FROM store_properties WHERE key = 'demo'", []) is not None

    def mark_as_demo(self) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO store_properties (key, value) VALUES ('demo', '1')")
