"""The change history of an assessment or one item: who changed what, when, from what to what; filtered by text
and by kind of record, exported as CSV (every entry, whatever the filter shows). An open history follows the
change notices: a change made meanwhile (here or by another connection) shows up in it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from exportaudit.core.changes import Changes
from exportaudit.core.history_export import write_history_csv
from exportaudit.core.store import Store
from exportaudit.ui import folders, prompts
from exportaudit.ui.controllers._tables import show_sorted
from exportaudit.ui.models.history import HistoryFilterProxy, HistoryTableModel, entity_text
from exportaudit.ui.operations import Operations
from exportaudit.ui.views.history_view import HistoryView


class HistoryDialog(HistoryView):
    def __init__(self, parent: QWidget, store: Store, assessment_id: int, language: str, *,
                 item_id: str | None = None, subject: str = "", operations: Operations | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._store, self._assessment_id, self._item_id = store, assessment_id, item_id
        self._subject = subject
        self.model = HistoryTableModel(self)
        self.model.set_language(language)
        self.proxy = show_sorted(self.table, self.model, HistoryFilterProxy(self))  # newest first, as read
        self.configure_columns()
        if item_id is None:
            self.setWindowTitle(self.tr("Change history: {title}").format(title=subject))
        else:
            self.setWindowTitle(self.tr("Change history of item {item}").format(item=item_id))
        self.filter_edit.textChanged.connect(self._filter)
        self.entity_combo.currentIndexChanged.connect(lambda _i: self._filter())
        self.export_button.clicked.connect(self.export)
        self.reload()
        self.filter_edit.setFocus()
        if operations is not None:
            operations.operation_did_execute.connect(self._on_operation_did_execute)

    def _on_operation_did_execute(self, changes: Changes, _initiator: object | None) -> None:
        if self._item_id is None or changes.touches(self._item_id):
            self.reload()

    def reload(self) -> None:
        """Read the entries again, keeping the kind of record chosen."""
        chosen = self.entity_combo.currentData() or ""
        self.model.set_entries(self._store.history.all(self._assessment_id, self._item_id))
        self.entity_combo.blockSignals(True)
        self.entity_combo.clear()
        self.entity_combo.addItem(self.tr("Everything"), "")
        for entity in self.model.entities():
            self.entity_combo.addItem(entity_text(entity), entity)
        self.entity_combo.setCurrentIndex(max(0, self.entity_combo.findData(chosen)))
        self.entity_combo.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        self.proxy.set_text(self.filter_edit.text())
        self.proxy.set_entity(self.entity_combo.currentData() or "")
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(self.tr("{shown} of {total} change(s)").format(shown=shown, total=total))
        self.heading_label.setText(self.tr("Who changed what and when. Export writes every entry as CSV, "
                                           "whatever the filter shows."))

    def suggested_file(self) -> Path:
        name = f"{self._subject} {self._item_id or ''} history".strip()
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name)
        return folders.folder_for(folders.HISTORY) / (re.sub(r"\s+", " ", name)[:120] + ".csv")

    def export(self) -> None:
        path = prompts.choose_save_file(self, self.tr("Export change history"), str(self.suggested_file()), "csv",
                                        folders.HISTORY)
        if not path:
            return
        try:
            count = write_history_csv(self._store, self._assessment_id, Path(path), self._item_id)
        except OSError as exc:
            prompts.show_error(self, self.tr("History not exported"), str(exc))
            return
        prompts.offer_to_open(self, self.tr("History exported"),
                              self.tr("{count} change(s) were saved as {path}.").format(count=count, path=path),
                              Path(path), "historyDoneMessage")
