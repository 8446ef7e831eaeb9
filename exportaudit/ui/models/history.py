"""The change history of an assessment (or one item): when, who, what, field, before and after, newest first.

Entities and fields are named in the interface language; the values are shown as the store logged them, with
statuses and grades put into words.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from exportaudit.core.store.records import ChangeEntry
from exportaudit.core.vocab import ACTION_STATUSES, ASSESSMENT_STATUSES, FINDING_GRADES, REQUEST_STATUSES
from exportaudit.ui.models._table import RecordFilterProxy, RecordTableModel, SortRole

COL_WHEN, COL_WHO, COL_WHAT, COL_ITEM, COL_FIELD, COL_OLD, COL_NEW = range(7)

ENTITIES = {
    "response": QT_TRANSLATE_NOOP("HistoryTableModel", "Answer"),
    "evidence": QT_TRANSLATE_NOOP("HistoryTableModel", "Evidence"),
    "finding": QT_TRANSLATE_NOOP("HistoryTableModel", "Finding"),
    "action": QT_TRANSLATE_NOOP("HistoryTableModel", "Corrective action"),
    "document_request": QT_TRANSLATE_NOOP("HistoryTableModel", "Document request"),
    "assessment": QT_TRANSLATE_NOOP("HistoryTableModel", "Assessment"),
}
FIELDS = {
    "level": QT_TRANSLATE_NOOP("HistoryTableModel", "Rating"),
    "na": QT_TRANSLATE_NOOP("HistoryTableModel", "Not applicable"),
    "na_reason": QT_TRANSLATE_NOOP("HistoryTableModel", "N/A justification"),
    "note": QT_TRANSLATE_NOOP("HistoryTableModel", "Notes"),
    "reconfirmed": QT_TRANSLATE_NOOP("HistoryTableModel", "Confirmed unchanged"),
    "added": QT_TRANSLATE_NOOP("HistoryTableModel", "Added"),
    "removed": QT_TRANSLATE_NOOP("HistoryTableModel", "Removed"),
    "created": QT_TRANSLATE_NOOP("HistoryTableModel", "Created"),
    "deleted": QT_TRANSLATE_NOOP("HistoryTableModel", "Deleted"),
    "grade": QT_TRANSLATE_NOOP("HistoryTableModel", "Grade"),
    "description": QT_TRANSLATE_NOOP("HistoryTableModel", "Description"),
    "recommendation": QT_TRANSLATE_NOOP("HistoryTableModel", "Recommendation"),
    "owner": QT_TRANSLATE_NOOP("HistoryTableModel", "Owner"),
    "due_date": QT_TRANSLATE_NOOP("HistoryTableModel", "Due date"),
    "status": QT_TRANSLATE_NOOP("HistoryTableModel", "Status"),
    "closing_note": QT_TRANSLATE_NOOP("HistoryTableModel", "Closing note"),
    "request_note": QT_TRANSLATE_NOOP("HistoryTableModel", "Request note"),
    "built": QT_TRANSLATE_NOOP("HistoryTableModel", "List built"),
    "baseline": QT_TRANSLATE_NOOP("HistoryTableModel", "Baseline"),
    "fingerprint": QT_TRANSLATE_NOOP("HistoryTableModel", "Fingerprint"),
    "reopened": QT_TRANSLATE_NOOP("HistoryTableModel", "Reopened"),
    "title": QT_TRANSLATE_NOOP("HistoryTableModel", "Title"),
}
_VALUE_WORDS = {"true": QT_TRANSLATE_NOOP("HistoryTableModel", "Yes"),
                "false": QT_TRANSLATE_NOOP("HistoryTableModel", "No")}
_VOCABS = {"status": {**ACTION_STATUSES, **REQUEST_STATUSES, **ASSESSMENT_STATUSES}, "grade": FINDING_GRADES}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryTableModel", text)


def entity_text(entity: str) -> str:
    return _tr(ENTITIES[entity]) if entity in ENTITIES else entity


class HistoryTableModel(RecordTableModel):
    CONTEXT = "HistoryTableModel"
    HEADERS = {COL_WHEN: QT_TRANSLATE_NOOP("HistoryTableModel", "When"),
               COL_WHO: QT_TRANSLATE_NOOP("HistoryTableModel", "Who"),
               COL_WHAT: QT_TRANSLATE_NOOP("HistoryTableModel", "What"),
               COL_ITEM: QT_TRANSLATE_NOOP("HistoryTableModel", "Item"),
               COL_FIELD: QT_TRANSLATE_NOOP("HistoryTableModel", "Field"),
               COL_OLD: QT_TRANSLATE_NOOP("HistoryTableModel", "Before"),
               COL_NEW: QT_TRANSLATE_NOOP("HistoryTableModel", "After")}

    def set_entries(self, entries: list[ChangeEntry]) -> None:
        self.set_rows(sorted(entries, key=lambda e: e.id, reverse=True))

    def entities(self) -> list[str]:
        return sorted({e.entity for e in self._rows}, key=entity_text)

    def _value(self, entry: ChangeEntry, value: str | None) -> str:
        if value is None or value == "":
            return "—"
        vocab = _VOCABS.get(entry.field)
        if vocab and value in vocab:
            return vocab[value].get(self._language)
        if entry.field in ("na", "reconfirmed") and value in _VALUE_WORDS:
            return _tr(_VALUE_WORDS[value])
        return value

    def cell(self, e: ChangeEntry, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_WHEN:
                return e.at[:19].replace("T", " ")
            if column == COL_WHO:
                return e.user or "—"
            if column == COL_WHAT:
                return entity_text(e.entity)
            if column == COL_ITEM:
                return e.item_id or ""
            if column == COL_FIELD:
                return _tr(FIELDS[e.field]) if e.field in FIELDS else e.field
            text = self._value(e, e.old if column == COL_OLD else e.new)
            return text.replace("\n", " ") if role == Qt.ItemDataRole.DisplayRole else text
        if role == SortRole:
            if column == COL_WHEN:
                return e.id  # the log's own order: entries in one second stay in sequence
            return str(self.cell(e, column, Qt.ItemDataRole.DisplayRole)).casefold()
        return None


class HistoryFilterProxy(RecordFilterProxy):
    """Filters the history by entity (answers, evidence, findings, ...) and by text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entity = ""

    def set_entity(self, entity: str) -> None:
        self.refilter(lambda: setattr(self, "_entity", entity))

    def accepts(self, entry: ChangeEntry) -> bool:
        return not self._entity or entry.entity == self._entity
