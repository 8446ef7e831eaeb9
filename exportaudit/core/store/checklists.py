"""The pinned checklist copies assessments are scored against, parsed once per store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exportaudit.core.checklist import Checklist
from exportaudit.core.checklist_loader import ChecklistError, parse_checklist
from exportaudit.core.records import Assessment
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import StoreError

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store


class Checklists:
    """The checklists table: ``store.checklists``. Keeps every copy it has parsed."""

    def __init__(self, store: Store):
        self._sql = store.sql
        self._parsed: dict[str, Checklist] = {}

    def keep(self, checklist: Checklist) -> str:
        """Keep a copy of ``checklist`` so assessments never depend on the file it came from; returns its hash."""
        with self._sql.write() as db:
            db.execute("INSERT OR IGNORE INTO checklists (sha256, checklist_id, version, text, stored_at) "
                       "VALUES (?, ?, ?, ?, ?)", [checklist.sha256, checklist.id, checklist.version, checklist.text,
                                                  now()])
        self._parsed[checklist.sha256] = checklist
        return checklist.sha256

    def get(self, sha256: str) -> Checklist:
        """The pinned copy of a checklist."""
        if sha256 not in self._parsed:
            row = self._sql.one("SELECT checklist_id, text FROM checklists WHERE sha256 = ?", [sha256])
            if row is None:
                raise StoreError(f"The store has no copy of checklist {sha256[:12]}.")
            try:
                self._parsed[sha256] = parse_checklist(row["text"], f"stored checklist {row['checklist_id']}")
            except ChecklistError as exc:
                raise StoreError(f"The stored copy of checklist {row['checklist_id']} is damaged: {exc}") from None
        return self._parsed[sha256]

    def check_item(self, assessment: Assessment, item_id: str) -> None:
        """Refuse an item the assessment's checklist does not have."""
        if not self.get(assessment.checklist_sha256).has_item(item_id):
            raise StoreError(code="no_item", id=assessment.id, item=item_id)
