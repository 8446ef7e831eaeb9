"""The evidence files attached to the current item; a file gone from the evidence folder is flagged."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle

from exportaudit.core.store.records import EvidenceRecord
from exportaudit.ui.models._table import RecordRole, RecordTableModel

COL_NAME, COL_SIZE = range(2)
_HEADERS = {COL_NAME: QT_TRANSLATE_NOOP("EvidenceTableModel", "File"), COL_SIZE: QT_TRANSLATE_NOOP("EvidenceTableModel", "Size")}
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

    def set_rows(self, rows: list[EvidenceRecord], missing: set[int] | None = None) -> None:
        """``missing`` holds the ids of records whose file has gone from the evidence folder."""
        self._missing = set(missing or ())
        super().set_rows(rows)

    def cell(self, record: EvidenceRecord, column: int, role: int):
        missing = record.id in self._missing
        if role == Qt.ItemDataRole.DisplayRole:
            return record.file_name if column == COL_NAME else human_size(record.size)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning if missing else QStyle.StandardPixmap.SP_FileIcon
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [record.file_name, f"SHA-256 {record.sha256}",
                     QCoreApplication.translate("EvidenceTableModel", "Added {when} by {who}").format(
                         when=record.added_at[:16].replace("T", " "), who=record.added_by or "—")]
            if missing:
                lines.append(QCoreApplication.translate("EvidenceTableModel",
                                                        "The file is missing from the evidence folder."))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
