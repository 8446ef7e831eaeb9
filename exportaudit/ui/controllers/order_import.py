"""Import an order list: open the file (on a worker: a large workbook takes a moment), let the user map its
columns, then read and store every row on a worker thread with its own store connection, with progress and
Cancel; finally list the rows that were refused.

The mapping starts from the one remembered for a file with the same headers (or a guess from the header
names); storing the list remembers the mapping as imported, so next year's export is filled in at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from exportaudit.core.operations import Done
from exportaudit.core.operations import testing as testing_ops
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError
from exportaudit.core.testing.orders import (
    ORDER_FIELDS,
    ColumnMapping,
    ImportCancelled,
    ImportResult,
    MappingError,
    SourceTable,
    TableError,
    open_table,
    read_orders,
)
from exportaudit.core.testing.orders.values import cell_text
from exportaudit.ui import prompts, tasks
from exportaudit.ui.controllers.file_job import failure_detail
from exportaudit.ui.models.orders import RowProblemTableModel, SourcePreviewModel, count_text
from exportaudit.ui.operations import Operations
from exportaudit.ui.refusals import refusal_text
from exportaudit.ui.views.order_import_view import PAGE_MAPPING, PAGE_PROGRESS, PAGE_RESULT, OrderImportView

ENCODINGS = ("utf-8", "gb18030", "utf-16")
DELIMITERS = (",", "\t", ";", "|")
SAVING = "saving"  # the progress message while the rows are written to the store
REOPEN_DELAY_MS = 350  # header-row spin boxes: reopen once the user stops clicking


class OrderImportDialog(OrderImportView):
    def __init__(self, parent: QWidget, operations: Operations, session: AssessmentSession, language: str,
                 on_imported: Callable[[int], None]):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._operations = operations
        self._session, self._language, self._on_imported = session, language, on_imported
        self.table: SourceTable | None = None
        self.mapping = ColumnMapping()
        self.import_result: ImportResult | None = None
        self.list_id: int | None = None
        self.running = False
        self._opening = 0  # the latest request to open the file; older answers are dropped
        self._cancel = threading.Event()
        self._filling = False
        self._path: Path | None = None
        self._header_rows: tuple[int, int] | None = None  # set by hand; None: detected
        self._missing_id = False  # the error label says the order id is not mapped
        self.preview_model = SourcePreviewModel(self)
        self.preview_table.setModel(self.preview_model)
        self.problems_model = RowProblemTableModel(self)
        self.problems_model.set_language(language)
        self.problems_table.setModel(self.problems_model)
        self.configure_problem_columns()
        self._reopen_timer = QTimer(self)
        self._reopen_timer.setSingleShot(True)
        self._reopen_timer.setInterval(REOPEN_DELAY_MS)
        self._reopen_timer.timeout.connect(lambda: self._reopen())

        self.encoding_combo.addItem(self.tr("Detect"), None)
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(encoding.upper(), encoding)
        self.delimiter_combo.addItem(self.tr("Detect"), None)
        for delimiter, name in zip(DELIMITERS, (self.tr("Comma ,"), self.tr("Tab"), self.tr("Semicolon ;"),
                                               self.tr("Bar |")), strict=False):
            self.delimiter_combo.addItem(name, delimiter)
        self.date_order_combo.addItem(self.tr("day first: 5 March 2026"), "dmy")
        self.date_order_combo.addItem(self.tr("month first: 3 May 2026"), "mdy")
        for field in ORDER_FIELDS:
            name = field.label.get(language) + ("*" if field.required else "")
            self.field_labels[field.id].setText(self.tr("{field}:").format(field=name))
            self.field_combos[field.id].currentIndexChanged.connect(
                lambda _index, field_id=field.id: self._column_chosen(field_id))
        self.field_labels["order_id"].setToolTip(self.tr("Required: every order needs its order id"))

        self.browse_button.clicked.connect(self.choose_file)
        for combo in (self.sheet_combo, self.encoding_combo, self.delimiter_combo):
            combo.currentIndexChanged.connect(lambda _i: self._reopen(detect_header=True))
        self.header_first_spin.valueChanged.connect(self._header_rows_changed)
        self.header_last_spin.valueChanged.connect(self._header_rows_changed)
        self.date_order_combo.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.currency_edit.textEdited.connect(lambda _t: self._options_changed())
        self.import_button.clicked.connect(self.start_import)
        self.cancel_import_button.clicked.connect(self.cancel_import)
        self._show_source(None)

    # --- the file ----------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = str(self._path.parent) if self._path else ""
        path = prompts.choose_order_list(self, folder)
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        """Open a newly chosen file with everything detected (sheet, encoding, delimiter, header)."""
        self._path = Path(path)
        self.path_edit.setText(str(self._path))
        self.name_edit.setText(self._path.name)
        self._header_rows = None
        self._filling = True
        try:
            self.sheet_combo.clear()
            self.encoding_combo.setCurrentIndex(0)
            self.delimiter_combo.setCurrentIndex(0)
        finally:
            self._filling = False
        self._open(sheet=None, header_rows=None, fresh=True)

    def _reopen(self, *, detect_header: bool = False) -> None:
        """Open the same file again with the sheet, encoding, delimiter or header rows the user chose; another
        sheet or encoding finds its header afresh."""
        if self._filling or self._path is None:
            return
        if detect_header:
            self._header_rows = None
        self._open(sheet=self.sheet_combo.currentText() or None, header_rows=self._header_rows, fresh=False)

    def _header_rows_changed(self) -> None:
        if self._filling:
            return
        first, last = self.header_first_spin.value(), self.header_last_spin.value()
        self._header_rows = (first, max(first, last))
        self._reopen_timer.start()

    def _open(self, *, sheet: str | None, header_rows: tuple[int, int] | None, fresh: bool) -> None:
        path = self._path
        encoding, delimiter = self.encoding_combo.currentData(), self.delimiter_combo.currentData()
        self._opening += 1
        token = self._opening
        self.detected_label.setText(self.tr("Reading {name}…").format(name=path.name))
        self.show_error("")
        self._set_busy(True)

        def work(_report) -> SourceTable:
            return open_table(path, sheet=sheet, encoding=encoding, delimiter=delimiter, header_rows=header_rows)

        tasks.run_in_background(work, on_success=lambda table: self._opened(token, table, fresh),
                                on_failure=lambda exc: self._open_failed(token, exc))

    def _opened(self, token: int, table: SourceTable, fresh: bool) -> None:
        if token != self._opening or not isValid(self):
            return
        self._set_busy(False)
        store, org = self._session.store, self._session.organisation.id
        if fresh or self.table is None or table.headers != self.table.headers:
            self.mapping = store.orders.suggested_mapping(org, table.headers)
            remembered = store.orders.remembered_mapping(org, table.headers) is not None
            self.remembered_label.setText(
                self.tr("The mapping last used for a file with these columns is filled in.") if remembered
                else self.tr("The columns were matched by their names; check each one before importing."))
        self.table = table
        self._show_source(table)

    def _open_failed(self, token: int, exc: BaseException) -> None:
        if token != self._opening or not isValid(self):
            return
        self._set_busy(False)
        self.table = None
        self._show_source(None)
        self.detected_label.setText("")
        reason = refusal_text(exc) if isinstance(exc, (TableError, OSError)) else failure_detail(exc)
        self.show_error(self.tr("The file cannot be read as an order list.") + "\n" + reason)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.mapping_box, self.import_button, self.sheet_combo, self.encoding_combo,
                       self.delimiter_combo, self.header_first_spin, self.header_last_spin):
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _show_source(self, table: SourceTable | None) -> None:
        """Show what was found in the file: its sheets, header, preview, and the mapping's column choices."""
        self._filling = True
        try:
            is_xlsx = table is not None and table.kind == "xlsx"
            is_csv = table is not None and table.kind == "csv"
            if is_xlsx and [self.sheet_combo.itemText(i) for i in range(self.sheet_combo.count())] != table.sheet_names:
                self.sheet_combo.clear()
                self.sheet_combo.addItems(table.sheet_names)
            if is_xlsx:
                self.sheet_combo.setCurrentText(table.sheet or "")
            for widget in (self.sheet_label, self.sheet_combo):
                widget.setVisible(is_xlsx)
            for widget in (self.encoding_label, self.encoding_combo, self.delimiter_label, self.delimiter_combo):
                widget.setVisible(is_csv)
            if is_csv:
                self._select_data(self.encoding_combo, table.encoding if table.encoding in ENCODINGS else None)
                self._select_data(self.delimiter_combo, table.delimiter)
            first, last = table.header_rows if table is not None and table.header_rows else (1, 1)
            self.header_first_spin.setValue(first)
            self.header_last_spin.setValue(last)
            for widget in (self.header_rows_label, self.header_first_spin, self.header_to_label,
                           self.header_last_spin):
                widget.setVisible(table is not None)
            self.date_order_combo.setCurrentIndex(max(0, self.date_order_combo.findData(self.mapping.date_order)))
            self.currency_edit.setText(self.mapping.default_currency)
            self._fill_combos(table)
        finally:
            self._filling = False
        self.detected_label.setText(self._detected_text(table) if table is not None else
                                    self.tr("Choose the order or shipment list to import (Excel .xlsx or CSV)."))
        self.preview_model.set_table(table, self.mapping, self._language)
        self._fit_preview()
        self._update()

    @staticmethod
    def _select_data(combo, data) -> None:
        combo.setCurrentIndex(max(0, combo.findData(data)))

    def _detected_text(self, table: SourceTable) -> str:
        rows = count_text(table.total_rows or 0)
        if table.header_rows is None:
            return self.tr("No header row was found, so the columns are named by their letters; set the header "
                           "rows by hand if the file has one. About {rows} data rows.").format(rows=rows)
        first, last = table.header_rows
        where = (self.tr("row {row}").format(row=first) if first == last
                 else self.tr("rows {first}–{last}").format(first=first, last=last))
        return self.tr("Header found in {where}; data from row {start}, about {rows} rows.").format(
            where=where, start=table.data_start, rows=rows)

    def _fill_combos(self, table: SourceTable | None) -> None:
        headers = table.headers if table is not None else []
        examples = self._examples(table)
        for field in ORDER_FIELDS:
            combo = self.field_combos[field.id]
            combo.clear()
            combo.addItem(self.tr("— not imported —"), None)
            for n, header in enumerate(headers):
                combo.addItem(f"{header}  ({examples[n]})" if examples[n] else header, header)
            self._select_data(combo, self.mapping.columns.get(field.id))

    @staticmethod
    def _examples(table: SourceTable | None) -> list[str]:
        """The first non-empty value of each column, shown beside its name in the column choices."""
        if table is None:
            return []
        found = [""] * table.width
        for _number, values in table.preview:
            for n, value in enumerate(values[:table.width]):
                if not found[n] and value is not None and cell_text(value):
                    found[n] = cell_text(value)[:24]
        return found

    def _fit_preview(self) -> None:
        header = self.preview_table.horizontalHeader()
        self.preview_table.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 260))

    # --- the mapping -----------------------------------------------------------------------------------------

    def _column_chosen(self, field_id: str) -> None:
        if self._filling or self.table is None:
            return
        header = self.field_combos[field_id].currentData()
        self.mapping = self.mapping.with_column(field_id, header)
        self._filling = True
        try:  # the column left any other field it fed: show that
            for field in ORDER_FIELDS:
                if field.id != field_id:
                    self._select_data(self.field_combos[field.id], self.mapping.columns.get(field.id))
        finally:
            self._filling = False
        self.preview_model.set_mapping(self.mapping)
        self._update()

    def _options_changed(self) -> None:
        if self._filling:
            return
        self.mapping = ColumnMapping(self.mapping.columns, self.date_order_combo.currentData(),
                                     self.currency_edit.text().strip().upper())
        self._update()

    def set_column(self, field_id: str, header: str | None) -> None:
        """Choose the column feeding ``field_id`` as the user would in its drop-down (None: not imported)."""
        combo = self.field_combos[field_id]
        combo.setCurrentIndex(max(0, combo.findData(header)))

    def _update(self) -> None:
        ready = self.table is not None and "order_id" in self.mapping.columns
        self.import_button.setEnabled(ready and not self.running)
        missing = self.table is not None and not ready
        if missing:
            self.show_error(self.tr("Choose the column that holds the order id: every order needs one."))
        elif self._missing_id:
            self.show_error("")
        self._missing_id = missing

    # --- importing ----------------------------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.table is None or self.running:
            return
        try:
            self.mapping.resolve(self.table.headers)
        except MappingError as exc:
            self.show_error(str(exc))
            return
        table, mapping = self.table, self.mapping
        name = self.name_edit.text().strip() or table.path.name
        store = self._session.store
        store_path, user, assessment_id = store.path, store.user, self._session.assessment_id
        cancel = self._cancel = threading.Event()

        def work(report) -> Done[tuple[int, ImportResult, float]]:
            started = time.perf_counter()

            def progress(done: int, total: int) -> bool:
                report(int(100 * done / total) if total else 0, f"{done}/{total}")
                # Let the GUI thread have the interpreter lock: without this pause every 1,000 rows the
                # reading loop can keep it for 0.4 s at a time and the window stops repainting.
                time.sleep(0)
                return not cancel.is_set()

            result = read_orders(table, mapping, progress)
            if cancel.is_set():
                raise ImportCancelled("cancelled")
            report(100, SAVING)
            stored = testing_ops.store_order_list(store_path, user, assessment_id, result, name)
            return Done((stored.value, result, time.perf_counter() - started), stored.changes)

        self.running = True
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("Reading {name}…").format(name=table.path.name))
        self.cancel_import_button.setEnabled(True)
        self.pages.setCurrentIndex(PAGE_PROGRESS)
        self.cancel_import_button.setFocus()
        self._operations.run_in_background(work, success=self._imported, failure=self._import_failed,
                                           progress=self._progress)

    def _progress(self, percent: int, message: str) -> None:
        if not self.running or not isValid(self):
            return
        if message == SAVING:
            self.progress_bar.setRange(0, 0)  # storing is one transaction: no steps to show
            self.progress_label.setText(self.tr("Saving the orders…"))
            self.cancel_import_button.setEnabled(False)
            return
        done, _, total = message.partition("/")
        self.progress_bar.setValue(max(0, min(100, percent)))
        if not self._cancel.is_set():
            self.progress_label.setText(self.tr("Read {done} of about {total} rows…").format(
                done=count_text(int(done or 0)), total=count_text(int(total or 0))))

    def cancel_import(self) -> None:
        if self.running and self.cancel_import_button.isEnabled():
            self._cancel.set()
            self.cancel_import_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _imported(self, outcome: tuple[int, ImportResult, float]) -> None:
        self.running = False
        self.list_id, self.import_result, seconds = outcome
        self._on_imported(self.list_id)  # stored: the tab shows it even if this dialog is gone by now
        if not isValid(self):
            return
        result = self.import_result
        self.progress_bar.setRange(0, 100)
        self.pages.setCurrentIndex(PAGE_RESULT)
        summary = self.tr("{orders} orders imported into “{name}” in {seconds:.1f} s.").format(
            orders=count_text(len(result.orders)), name=self.name_edit.text().strip() or result.path.name,
            seconds=seconds)
        if result.problems:
            summary += " " + self.tr("Rows that could not be read and were left out: {count}; they are listed "
                                     "below with the reason.").format(count=count_text(len(result.problems)))
        else:
            summary += " " + self.tr("Every row was read.")
        if result.blank_rows:
            summary += " " + self.tr("{count} empty rows were skipped.").format(count=count_text(result.blank_rows))
        summary += " " + self.tr("The column mapping is remembered for the next file with these columns.")
        self.result_label.setText(summary)
        self.problems_model.set_rows(result.problems)
        for widget in (self.problems_heading, self.problems_table):
            widget.setVisible(bool(result.problems))
        if not result.problems:
            self.fit_to_result()
        self.done_buttons.button(self.done_buttons.StandardButton.Close).setFocus()

    def _import_failed(self, exc: BaseException) -> None:
        self.running = False
        if not isValid(self):
            return
        self.progress_bar.setRange(0, 100)
        self.pages.setCurrentIndex(PAGE_MAPPING)
        if isinstance(exc, ImportCancelled):
            self.show_error(self.tr("The import was cancelled; nothing was kept."))
        elif isinstance(exc, (TableError, MappingError, StoreError, OSError)):
            self.show_error(self.tr("The order list was not imported.") + "\n" + refusal_text(exc))
        else:
            self.show_error(self.tr("The order list was not imported.") + "\n" + failure_detail(exc))
        self._update()

    def reject(self) -> None:
        """Esc or the window's close button: while importing, it cancels the import instead of closing."""
        if self.running:
            self.cancel_import()
            return
        super().reject()
