"""The change log: who changed what, when, from what to what."""

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
