"""The evidence files attached to the current item; a file gone from the evidence folder is flagged."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle

from exportaudit.core.records import EvidenceRecord
from exportaudit.ui.models._table import RecordRole, RecordTableModel

COL_NAME, COL_KIND, COL_DATE, COL_SIZE = range(4)
_HEADERS = {COL_NAME: QT_TRANSLATE_NOOP("EvidenceTableModel", "File"),
            COL_KIND: QT_TRANSLATE_NOOP("EvidenceTableModel", "Shows"),
            COL_DATE: QT_TRANSLATE_NOOP("EvidenceTableModel", "Covers"),
            COL_SIZE: QT_TRANSLATE_NOOP("EvidenceTableModel", "Size")}
_KINDS = {"document": QT_TRANSLATE_NOOP("EvidenceTableModel", "Document"),
          "record": QT_TRANSLATE_NOOP("EvidenceTableModel", "Record"),
          "audit": QT_TRANSLATE_NOOP("EvidenceTableModel", "Audit result")}
_NOT_STATED = QT_TRANSLATE_NOOP("EvidenceTableModel", "Not stated")
_STALE = QT_TRANSLATE_NOOP("EvidenceTableModel", "{date} (stale)")
_STALE_TIP = QT_TRANSLATE_NOOP("EvidenceTableModel", "Dated before the evidence window: it supports no level 4 or 5.")
EvidenceRole = RecordRole  # the EvidenceRecord


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


class EvidenceTableModel(RecordTableModel):
    CONTEXT = "EvidenceTableModel"
    HEADERS = _HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._missing: set[int] = set()
        self._stale: set[int] = set()

    def set_rows(self, rows: list[EvidenceRecord], missing: set[int] | None = None,
                 stale: set[int] | None = None) -> None:
        """``missing``: ids of records whose file has gone from the evidence folder; ``stale``: ids of records of
        operation or audit results dated before the evidence window."""
        self._missing = set(missing or ())
        self._stale = set(stale or ())
        super().set_rows(rows)

    def _display(self, record: EvidenceRecord, column: int) -> str:
        if column == COL_NAME:
            return record.file_name
        if column == COL_KIND:
            return self._tr(_KINDS[record.kind]) if record.kind in _KINDS else self._tr(_NOT_STATED)
        if column == COL_DATE:
            date = record.covered_date or "—"
            return self._tr(_STALE).format(date=date) if record.id in self._stale else date
        return human_size(record.size)

    def cell(self, record: EvidenceRecord, column: int, role: int):
        missing = record.id in self._missing
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning if missing else QStyle.StandardPixmap.SP_FileIcon
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DATE and record.id in self._stale:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [record.file_name, f"SHA-256 {record.sha256}",
                     QCoreApplication.translate("EvidenceTableModel", "Added {when} by {who}").format(
                         when=record.added_at[:16].replace("T", " "), who=record.added_by or "—")]
            if missing:
                lines.append(QCoreApplication.translate("EvidenceTableModel",
                                                        "The file is missing from the evidence folder."))
            if record.id in self._stale:
                lines.append(self._tr(_STALE_TIP))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
