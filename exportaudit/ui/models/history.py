"""The change history of an assessment (or one item): when, who, from where, what, field, before and after,
newest first.

Entities, fields and sources are named in the interface language; the values are put into words in it too
(statuses, grades, results, the store's own phrases), while text the user typed is shown as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from exportaudit.core.history_text import value_text
from exportaudit.core.records import ChangeEntry
from exportaudit.core.user_name import user_text
from exportaudit.core.vocab import CHANGE_SOURCES
from exportaudit.ui.models._table import RecordFilterProxy, RecordTableModel, SortRole

COL_WHEN, COL_WHO, COL_WHAT, COL_ITEM, COL_FIELD, COL_OLD, COL_NEW, COL_SOURCE = range(8)

ENTITIES = {
    "response": QT_TRANSLATE_NOOP("HistoryTableModel", "Answer"),
    "evidence": QT_TRANSLATE_NOOP("HistoryTableModel", "Evidence"),
    "finding": QT_TRANSLATE_NOOP("HistoryTableModel", "Finding"),
    "action": QT_TRANSLATE_NOOP("HistoryTableModel", "Corrective action"),
    "document_request": QT_TRANSLATE_NOOP("HistoryTableModel", "Document request"),
    "assessment": QT_TRANSLATE_NOOP("HistoryTableModel", "Assessment"),
    "organisation": QT_TRANSLATE_NOOP("HistoryTableModel", "Organisation"),
    "order_list": QT_TRANSLATE_NOOP("HistoryTableModel", "Order list"),
    "column_mapping": QT_TRANSLATE_NOOP("HistoryTableModel", "Column mapping"),
    "sample": QT_TRANSLATE_NOOP("HistoryTableModel", "Sample"),
    "test_result": QT_TRANSLATE_NOOP("HistoryTableModel", "Test card check"),
    "red_flag": QT_TRANSLATE_NOOP("HistoryTableModel", "Red flag"),
    "report": QT_TRANSLATE_NOOP("HistoryTableModel", "Report"),
    "package": QT_TRANSLATE_NOOP("HistoryTableModel", "Audit package"),
    "red_flag_answer": QT_TRANSLATE_NOOP("HistoryTableModel", "Red-flag answer"),
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
    "cause": QT_TRANSLATE_NOOP("HistoryTableModel", "Cause"),
    "effect": QT_TRANSLATE_NOOP("HistoryTableModel", "Effect"),
    "risk": QT_TRANSLATE_NOOP("HistoryTableModel", "Risk rating"),
    "response": QT_TRANSLATE_NOOP("HistoryTableModel", "Management response"),
    "response_text": QT_TRANSLATE_NOOP("HistoryTableModel", "Response"),
    "response_owner": QT_TRANSLATE_NOOP("HistoryTableModel", "Response owner"),
    "response_date": QT_TRANSLATE_NOOP("HistoryTableModel", "Response target date"),
    "owner": QT_TRANSLATE_NOOP("HistoryTableModel", "Owner"),
    "due_date": QT_TRANSLATE_NOOP("HistoryTableModel", "Due date"),
    "status": QT_TRANSLATE_NOOP("HistoryTableModel", "Status"),
    "closing_note": QT_TRANSLATE_NOOP("HistoryTableModel", "Closing note"),
    "request_note": QT_TRANSLATE_NOOP("HistoryTableModel", "Request note"),
    "built": QT_TRANSLATE_NOOP("HistoryTableModel", "List built"),
    "baseline": QT_TRANSLATE_NOOP("HistoryTableModel", "Baseline"),
    "engagement": QT_TRANSLATE_NOOP("HistoryTableModel", "Engagement"),
    "opinion": QT_TRANSLATE_NOOP("HistoryTableModel", "Conclusion"),
    "rationale": QT_TRANSLATE_NOOP("HistoryTableModel", "Rationale"),
    "fingerprint": QT_TRANSLATE_NOOP("HistoryTableModel", "Fingerprint"),
    "reopened": QT_TRANSLATE_NOOP("HistoryTableModel", "Reopened"),
    "title": QT_TRANSLATE_NOOP("HistoryTableModel", "Title"),
    "kind": QT_TRANSLATE_NOOP("HistoryTableModel", "Type"),
    "period_start": QT_TRANSLATE_NOOP("HistoryTableModel", "Period from"),
    "period_end": QT_TRANSLATE_NOOP("HistoryTableModel", "Period to"),
    "assessor": QT_TRANSLATE_NOOP("HistoryTableModel", "Assessor"),
    "target_profile": QT_TRANSLATE_NOOP("HistoryTableModel", "Target profile"),
    "operator_type": QT_TRANSLATE_NOOP("HistoryTableModel", "Operator type"),
    "size": QT_TRANSLATE_NOOP("HistoryTableModel", "Size"),
    "name": QT_TRANSLATE_NOOP("HistoryTableModel", "Name"),
    "uscc": QT_TRANSLATE_NOOP("HistoryTableModel", "Credit code"),
    "sector": QT_TRANSLATE_NOOP("HistoryTableModel", "Sector"),
    "address": QT_TRANSLATE_NOOP("HistoryTableModel", "Address"),
    "contact": QT_TRANSLATE_NOOP("HistoryTableModel", "Contact"),
    "logo_path": QT_TRANSLATE_NOOP("HistoryTableModel", "Logo"),
    "item_id": QT_TRANSLATE_NOOP("HistoryTableModel", "Item"),
    "imported": QT_TRANSLATE_NOOP("HistoryTableModel", "Imported"),
    "mapping": QT_TRANSLATE_NOOP("HistoryTableModel", "Columns"),
    "drawn": QT_TRANSLATE_NOOP("HistoryTableModel", "Drawn"),
    "result": QT_TRANSLATE_NOOP("HistoryTableModel", "Result"),
    "evidence": QT_TRANSLATE_NOOP("HistoryTableModel", "Evidence"),
    "finding": QT_TRANSLATE_NOOP("HistoryTableModel", "Finding"),
    "answer": QT_TRANSLATE_NOOP("HistoryTableModel", "Answer"),
    "resolved": QT_TRANSLATE_NOOP("HistoryTableModel", "Resolved before release"),
    "issued": QT_TRANSLATE_NOOP("HistoryTableModel", "Issued"),
    "checklist": QT_TRANSLATE_NOOP("HistoryTableModel", "Checklist upgraded"),
    "item_moved": QT_TRANSLATE_NOOP("HistoryTableModel", "Item moved"),
    "facts": QT_TRANSLATE_NOOP("HistoryTableModel", "Structural facts"),
}
_NO_SOURCE = QT_TRANSLATE_NOOP("HistoryTableModel", "Not recorded")


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryTableModel", text)


def entity_text(entity: str) -> str:
    return _tr(ENTITIES[entity]) if entity in ENTITIES else entity


def field_text(field: str) -> str:
    return _tr(FIELDS[field]) if field in FIELDS else field


class HistoryTableModel(RecordTableModel):
    CONTEXT = "HistoryTableModel"
    HEADERS = {COL_WHEN: QT_TRANSLATE_NOOP("HistoryTableModel", "When"),
               COL_WHO: QT_TRANSLATE_NOOP("HistoryTableModel", "Who"),
               COL_WHAT: QT_TRANSLATE_NOOP("HistoryTableModel", "What"),
               COL_ITEM: QT_TRANSLATE_NOOP("HistoryTableModel", "Item"),
               COL_FIELD: QT_TRANSLATE_NOOP("HistoryTableModel", "Field"),
               COL_OLD: QT_TRANSLATE_NOOP("HistoryTableModel", "Before"),
               COL_NEW: QT_TRANSLATE_NOOP("HistoryTableModel", "After"),
               COL_SOURCE: QT_TRANSLATE_NOOP("HistoryTableModel", "Made in")}

    def set_entries(self, entries: list[ChangeEntry]) -> None:
        self.set_rows(sorted(entries, key=lambda e: e.id, reverse=True))

    def entities(self) -> list[str]:
        return sorted({e.entity for e in self._rows}, key=entity_text)

    def _value(self, entry: ChangeEntry, value: str | None) -> str:
        return value_text(entry.entity, entry.field, value, self._language)

    def source_text(self, entry: ChangeEntry) -> str:
        """Where the change was made: the window, the command line, a questionnaire or package import."""
        if entry.source in CHANGE_SOURCES:
            return CHANGE_SOURCES[entry.source].get(self._language)
        return entry.source or _tr(_NO_SOURCE)

    def cell(self, e: ChangeEntry, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_WHEN:
                return e.at[:19].replace("T", " ")
            if column == COL_WHO:
                return user_text(e.user, self._language) or "—"
            if column == COL_WHAT:
                return entity_text(e.entity)
            if column == COL_ITEM:
                return e.item_id or ""
            if column == COL_FIELD:
                return field_text(e.field)
            if column == COL_SOURCE:
                return self.source_text(e)
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
