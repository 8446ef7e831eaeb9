"""File choosers whose dates follow the interface language.

The desktop's own (native) chooser already shows dates the system's way. Where Qt draws the chooser itself, its
file list dates modification times with the *system* locale, so a Chinese interface on an English system showed
"12/6/26 6:07 PM"; a proxy model writes them with the interface's locale instead (2026/12/6 18:07 in Chinese).
"""

from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget

DATE_COLUMN = 3  # QFileSystemModel: name, size, type, date modified


class LocalDates(QIdentityProxyModel):
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        model = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and index.column() == DATE_COLUMN and isinstance(model, QFileSystemModel):
            modified = model.lastModified(self.mapToSource(index))
            if modified.isValid():
                return QLocale().toString(modified, QLocale.FormatType.ShortFormat)
        return super().data(index, role)


def _ask(parent: QWidget | None, title: str, folder: str, filters: str, mode: QFileDialog.FileMode,
         accept: QFileDialog.AcceptMode) -> list[str]:
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    dialog.setProxyModel(LocalDates(dialog))  # used where Qt draws the chooser; a native one ignores it
    chosen = dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    dialog.deleteLater()
    return chosen


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    chosen = _ask(parent, title, folder, filters, QFileDialog.FileMode.ExistingFile, QFileDialog.AcceptMode.AcceptOpen)
    return chosen[0] if chosen else ""


def open_files(parent: QWidget | None, title: str, folder: str, filters: str) -> list[str]:
    return _ask(parent, title, folder, filters, QFileDialog.FileMode.ExistingFiles, QFileDialog.AcceptMode.AcceptOpen)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    chosen = _ask(parent, title, suggested, filters, QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave)
    return chosen[0] if chosen else ""
