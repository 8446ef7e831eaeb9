"""Order lists for transaction testing: the lists an assessment has imported, the rows an import refused (with
the reason, translated by its code), and the preview of a file while its columns are being mapped."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from exportaudit.core.records import OrderList
from exportaudit.core.row_problems import RowProblem
from exportaudit.core.testing.orders import ORDER_FIELDS, ColumnMapping, SourceTable, order_field
from exportaudit.core.testing.orders.values import cell_text
from exportaudit.ui.colours import muted_text
from exportaudit.ui.models._table import RecordTableModel, SortRole

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def count_text(number: int) -> str:
    """A count with thousands separators, as both languages write them in tables ("100,000")."""
    return f"{number:,}"


def date_range(first: str | None, last: str | None) -> str:
    if not first and not last:
        return "—"
    return first if first == last else f"{first or '?'} – {last or '?'}"


def stamp_text(stamp: str) -> str:
    """"2026-11-23T20:17:48+00:00" -> "2026-11-23 20:17"."""
    return stamp[:16].replace("T", " ")


# --- order lists -----------------------------------------------------------------------------------------------

COL_NAME, COL_SOURCE, COL_ORDERS, COL_REFUSED, COL_DATES = range(5)


class OrderListTableModel(RecordTableModel):
    CONTEXT = "OrderListTableModel"
    HEADERS = {COL_NAME: QT_TRANSLATE_NOOP("OrderListTableModel", "Order list"),
               COL_SOURCE: QT_TRANSLATE_NOOP("OrderListTableModel", "Source file"),
               COL_ORDERS: QT_TRANSLATE_NOOP("OrderListTableModel", "Orders"),
               COL_REFUSED: QT_TRANSLATE_NOOP("OrderListTableModel", "Refused"),
               COL_DATES: QT_TRANSLATE_NOOP("OrderListTableModel", "Dates")}
    TIPS = {COL_REFUSED: QT_TRANSLATE_NOOP("OrderListTableModel", "Rows of the file that could not be read; "
                                                                  "Refused rows… lists them with the reason"),
            COL_DATES: QT_TRANSLATE_NOOP("OrderListTableModel", "The earliest and latest order date in the list")}

    def row_of(self, list_id: int) -> int:
        return next((row for row, ol in enumerate(self._rows) if ol.id == list_id), -1)

    def cell(self, ol: OrderList, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return ol.name
            if column == COL_SOURCE:
                return f"{ol.source_name} · {ol.sheet}" if ol.sheet else ol.source_name
            if column == COL_ORDERS:
                return count_text(ol.order_count)
            if column == COL_REFUSED:
                return count_text(ol.rejected_count) if ol.rejected_count else ""
            if column == COL_DATES:
                return date_range(ol.first_date, ol.last_date)
        elif role == SortRole:
            return (ol.name.casefold(), ol.source_name.casefold(), ol.order_count, ol.rejected_count,
                    ol.first_date or "")[column]
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_ORDERS, COL_REFUSED):
            return _RIGHT
        elif role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(ol)
        return None

    def _tooltip(self, ol: OrderList) -> str:
        lines = [ol.name, self.tr("File: {name} ({kind})").format(name=ol.source_name, kind=ol.source_kind.upper())]
        if ol.sheet:
            lines.append(self.tr("Sheet: {sheet}").format(sheet=ol.sheet))
        if ol.header_rows:
            lines.append(self.tr("Header in rows {rows}").format(rows=ol.header_rows))
        lines.append(self.tr("{orders} orders, {refused} rows refused, {blank} blank rows skipped").format(
            orders=count_text(ol.order_count), refused=count_text(ol.rejected_count), blank=count_text(ol.blank_rows)))
        lines.append(self.tr("Imported {when} by {who}").format(when=stamp_text(ol.imported_at),
                                                                  who=ol.imported_by or "—"))
        lines.append(f"SHA-256 {ol.source_sha256[:16]}…")
        return "\n".join(lines)


# --- refused rows ----------------------------------------------------------------------------------------------

COL_ROW, COL_REASON, COL_VALUE = range(3)

PROBLEM_REASONS = {
    "no_order_id": QT_TRANSLATE_NOOP("RowProblemTableModel", "No order id"),
    "total_row": QT_TRANSLATE_NOOP("RowProblemTableModel", "A totals line, not an order"),
    "bad_date": QT_TRANSLATE_NOOP("RowProblemTableModel", "The date cannot be read"),
    "bad_value": QT_TRANSLATE_NOOP("RowProblemTableModel", "The amount cannot be read"),
}


def problem_reason(problem: RowProblem) -> str:
    """Why a row was refused, in the interface language (the core's message is English)."""
    if problem.code in PROBLEM_REASONS:
        return QCoreApplication.translate("RowProblemTableModel", PROBLEM_REASONS[problem.code])
    return problem.message


class RowProblemTableModel(RecordTableModel):
    CONTEXT = "RowProblemTableModel"
    HEADERS = {COL_ROW: QT_TRANSLATE_NOOP("RowProblemTableModel", "Row"),
               COL_REASON: QT_TRANSLATE_NOOP("RowProblemTableModel", "Reason"),
               COL_VALUE: QT_TRANSLATE_NOOP("RowProblemTableModel", "Value found")}
    TIPS = {COL_ROW: QT_TRANSLATE_NOOP("RowProblemTableModel", "The row number in the file, as a spreadsheet shows it")}

    def cell(self, p: RowProblem, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ROW:
                return str(p.row)
            if column == COL_REASON:
                return problem_reason(p)
            if column == COL_VALUE:
                return p.value
        elif role == SortRole:
            return (p.row, problem_reason(p), p.value)[column]
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ROW:
            return _RIGHT
        elif role == Qt.ItemDataRole.ToolTipRole:
            field = order_field(p.field).label.get(self._language) if p.field in {f.id for f in ORDER_FIELDS} else ""
            lines = [self.tr("Row {row}: {reason}").format(row=p.row, reason=problem_reason(p))]
            if field:
                lines.append(self.tr("Column: {field}").format(field=field))
            lines.append(p.message)  # the reader's own detail ("month 13 out of range"), kept as written
            return "\n".join(lines)
        return None


# --- preview of a file being mapped ---------------------------------------------------------------------------


class SourcePreviewModel(QAbstractTableModel):
    """The first data rows of a file as read, one column per header; mapped columns name their order field.

    Rows carry their row number in the file in the vertical header, so a refused row can be found again.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._table: SourceTable | None = None
        self._fields: dict[str, str] = {}  # header -> field label
        self._language = "en"

    def set_table(self, table: SourceTable | None, mapping: ColumnMapping | None, language: str) -> None:
        self.beginResetModel()
        self._table, self._language = table, language
        self._fields = self._labels(mapping)
        self.endResetModel()

    def set_mapping(self, mapping: ColumnMapping | None) -> None:
        self._fields = self._labels(mapping)
        if self._table is not None and self._table.width:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._table.width - 1)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _labels(self, mapping: ColumnMapping | None) -> dict[str, str]:
        if mapping is None:
            return {}
        return {header: order_field(field).label.get(self._language) for field, header in mapping.columns.items()}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.preview)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else self._table.width

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        table = self._table
        if table is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(table.preview):
                return str(table.preview[section][0])
            return None
        if not 0 <= section < table.width:
            return None
        header = table.headers[section]
        field = self._fields.get(header)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{header}\n→ {field}" if field else header
        if role == Qt.ItemDataRole.FontRole and field:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("SourcePreviewModel", "Column “{header}” feeds: {field}").format(
                header=header, field=field) if field else QCoreApplication.translate(
                "SourcePreviewModel", "Column “{header}” is not imported").format(header=header)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._table is None:
            return None
        values = self._table.preview[index.row()][1]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(values[column]) if column < len(values) and values[column] is not None else ""
        if role == Qt.ItemDataRole.ForegroundRole and self._table.headers[column] not in self._fields:
            return muted_text(QApplication.palette())
        return None

    def mapped_columns(self) -> list[int]:
        if self._table is None:
            return []
        return [n for n, header in enumerate(self._table.headers) if header in self._fields]
