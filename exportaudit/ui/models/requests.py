"""The document request list: one row per applicable item with a request, its expected evidence in the interface
language, the request's status, date and note. Status and note are edited in place: the model only announces the
edit (``edit_requested``); the controller saves it and hands the saved request back."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal

from exportaudit.core.checklist import Item
from exportaudit.core.records import DocumentRequest
from exportaudit.core.vocab import REQUEST_STATUSES
from exportaudit.ui.colours import REQUEST_COLOURS
from exportaudit.ui.models._table import RecordTableModel, SortRole

COL_ITEM, COL_ELEMENT, COL_EVIDENCE, COL_STATUS, COL_DATE, COL_NOTE = range(6)
StatusKeyRole = SortRole + 100  # the status key behind the shown label (what the editor offers)


@dataclass(frozen=True)
class RequestRow:
    item: Item
    element_name: object  # a core Text
    request: DocumentRequest


def request_status_text(status: str, language: str) -> str:
    return REQUEST_STATUSES[status].get(language) if status in REQUEST_STATUSES else status


class RequestTableModel(RecordTableModel):
    CONTEXT = "RequestTableModel"
    HEADERS = {COL_ITEM: QT_TRANSLATE_NOOP("RequestTableModel", "Item"),
               COL_ELEMENT: QT_TRANSLATE_NOOP("RequestTableModel", "Element"),
               COL_EVIDENCE: QT_TRANSLATE_NOOP("RequestTableModel", "Expected evidence"),
               COL_STATUS: QT_TRANSLATE_NOOP("RequestTableModel", "Status"),
               COL_DATE: QT_TRANSLATE_NOOP("RequestTableModel", "Since"),
               COL_NOTE: QT_TRANSLATE_NOOP("RequestTableModel", "Note")}
    TIPS = {COL_DATE: QT_TRANSLATE_NOOP("RequestTableModel", "The day the request took its current status"),
            COL_STATUS: QT_TRANSLATE_NOOP("RequestTableModel", "Double-click or press F2 to change it")}

    edit_requested = Signal(str, str, str)  # item id, "status" or "note", the new value

    def __init__(self, parent=None):
        super().__init__(parent)
        self.editable = False

    def row_of(self, item_id: str) -> int:
        return next((row for row, r in enumerate(self._rows) if r.item.id == item_id), -1)

    def update_request(self, request: DocumentRequest) -> None:
        """Show a saved request in place."""
        row = self.row_of(request.item_id)
        if row >= 0:
            old = self._rows[row]
            self._rows[row] = RequestRow(old.item, old.element_name, request)
            self.refresh_rows(row, row)

    def counts(self) -> dict[str, int]:
        found = {key: 0 for key in REQUEST_STATUSES}
        for r in self._rows:
            found[r.request.status] = found.get(r.request.status, 0) + 1
        return found

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (COL_STATUS, COL_NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell(self, r: RequestRow, column: int, role: int):
        request = r.request
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_STATUS and role == Qt.ItemDataRole.EditRole:
                return request.status
            return (r.item.id, r.element_name.get(self._language), r.item.evidence.get(self._language),
                    request_status_text(request.status, self._language), request.status_date,
                    request.note)[column]
        if role == SortRole:
            return (r.item.id, r.element_name.get(self._language), r.item.evidence.get(self._language),
                    list(REQUEST_STATUSES).index(request.status) if request.status in REQUEST_STATUSES else 99,
                    request.status_date, request.note.casefold())[column]
        if role == StatusKeyRole:
            return request.status
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return REQUEST_COLOURS.get(request.status)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_EVIDENCE, COL_NOTE):
            return (r.item.evidence.get(self._language) if column == COL_EVIDENCE else request.note) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_ITEM:
            return r.item.question.get(self._language)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        request = self._rows[index.row()].request
        if index.column() == COL_STATUS:
            if value not in REQUEST_STATUSES or value == request.status:
                return False
            self.edit_requested.emit(request.item_id, "status", value)
        else:
            text = str(value or "").strip()
            if text == request.note:
                return False
            self.edit_requested.emit(request.item_id, "note", text)
        return True
