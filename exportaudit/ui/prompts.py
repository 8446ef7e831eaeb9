"""Every place the app asks the desktop for something: file choosers, message boxes and opening files.

Kept in one module so each question has one entry point (tests replace the file choosers, which are native
dialogs that cannot be driven headless). Message boxes open window-modal without blocking the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from exportaudit.ui.locations import STORE_SUFFIX


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


def _store_filter() -> str:
    return QCoreApplication.translate("Prompts", "ExportAudit stores (*{suffix});;All files (*)").format(suffix=STORE_SUFFIX)


def choose_files_to_attach(parent: QWidget) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate("Prompts", "Attach evidence files"), "",
                                            QCoreApplication.translate("Prompts", "All files (*)"))
    return files


def choose_store_to_open(parent: QWidget, folder: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Prompts", "Open store"), folder, _store_filter())
    return path or None


def choose_new_store(parent: QWidget, folder: str = "") -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Prompts", "New store"), folder, _store_filter())
    if path and not path.endswith(STORE_SUFFIX) and not Path(path).exists():
        path += STORE_SUFFIX
    return path or None


def choose_report_file(parent: QWidget, suggested: str, fmt: str) -> str | None:
    filters = {"xlsx": QCoreApplication.translate("Prompts", "Excel workbooks (*.xlsx)"), "pdf": QCoreApplication.translate("Prompts", "PDF documents (*.pdf)")}
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Prompts", "Save report as"), suggested, filters[fmt])
    if path and not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"
    return path or None


def open_in_desktop(path: Path) -> bool:
    """Open a file or folder with the program the desktop associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_error(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm(parent: QWidget, title: str, text: str, action_label: str, on_yes: Callable[[], None],
            *, destructive: bool = True) -> QMessageBox:
    """Ask before an irreversible action; ``on_yes`` runs only when the user chooses the action."""
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmMessage")
    yes = box.addButton(action_label, QMessageBox.ButtonRole.DestructiveRole if destructive
                        else QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box

