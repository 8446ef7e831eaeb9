"""Every place the app asks the desktop for something: file choosers, message boxes and opening files.

Kept in one module so each question has one entry point (tests replace the file choosers, which are native
dialogs that cannot be driven headless). Message boxes open window-modal without blocking the event loop.
Each file chooser starts in the folder last used for its kind of file (folders.py) and remembers the new one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from exportaudit.ui import file_dialog, folders
from exportaudit.ui.locations import STORE_SUFFIX


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


def _store_filter(packages: bool = False) -> str:
    if packages:  # a package opens as a store: unpacked to a working store beside it
        return QCoreApplication.translate("Prompts", "ExportAudit stores and audit packages (*{suffix} *.eaudit);;"
                                          "All files (*)").format(suffix=STORE_SUFFIX)
    return QCoreApplication.translate("Prompts", "ExportAudit stores (*{suffix});;All files (*)").format(suffix=STORE_SUFFIX)


def _start(purpose: str, folder: str = "") -> str:
    return folder if folder and Path(folder).is_dir() else str(folders.folder_for(purpose))


def _chosen(purpose: str, path: str | None) -> str | None:
    if path:
        folders.remember(purpose, path)
    return path or None


def _choose_one(parent: QWidget, title: str, purpose: str, folder: str, name_filter: str) -> str | None:
    """One existing file of the kind ``purpose``: the chooser starts in its folder and the new one is remembered."""
    return _chosen(purpose, file_dialog.open_file(parent, title, _start(purpose, folder), name_filter))


def choose_files_to_attach(parent: QWidget) -> list[str]:
    files = file_dialog.open_files(parent, QCoreApplication.translate("Prompts", "Attach evidence files"),
                                            _start(folders.EVIDENCE),
                                            QCoreApplication.translate("Prompts", "All files (*)"))
    if files:
        folders.remember(folders.EVIDENCE, files[0])
    return files


def choose_store_to_open(parent: QWidget, folder: str = "") -> str | None:
    return _choose_one(parent, QCoreApplication.translate("Prompts", "Open store"), folders.STORE, folder,
                       _store_filter(packages=True))


def choose_new_store(parent: QWidget, folder: str = "") -> str | None:
    path = file_dialog.save_file(parent, QCoreApplication.translate("Prompts", "New store"),
                                          _start(folders.STORE, folder), _store_filter())
    if path and not path.endswith(STORE_SUFFIX) and not Path(path).exists():
        path += STORE_SUFFIX
    return _chosen(folders.STORE, path)


def _save_filter(fmt: str) -> str:
    return {"xlsx": QCoreApplication.translate("Prompts", "Excel workbooks (*.xlsx)"),
            "pdf": QCoreApplication.translate("Prompts", "PDF documents (*.pdf)"),
            "csv": QCoreApplication.translate("Prompts", "CSV files (*.csv)"),
            "eaudit": QCoreApplication.translate("Prompts", "Audit packages (*.eaudit)")}[fmt]


def choose_save_file(parent: QWidget, title: str, suggested: str, fmt: str, purpose: str = folders.REPORT) -> str | None:
    """Where to write a file of format ``fmt`` (its suffix is added when the user left it out)."""
    start = str(folders.in_folder_for(purpose, suggested)) if suggested else _start(purpose)
    path = file_dialog.save_file(parent, title, start, _save_filter(fmt))
    if path and not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"
    return _chosen(purpose, path)


def choose_report_file(parent: QWidget, suggested: str, fmt: str, purpose: str = folders.REPORT) -> str | None:
    return choose_save_file(parent, QCoreApplication.translate("Prompts", "Save report as"), suggested, fmt, purpose)


def choose_questionnaire_to_import(parent: QWidget, folder: str = "") -> str | None:
    return _choose_one(parent, QCoreApplication.translate("Prompts", "Import questionnaire"), folders.QUESTIONNAIRE,
                       folder, _save_filter("xlsx"))


def choose_order_list(parent: QWidget, folder: str = "") -> str | None:
    """An order or shipment list to import for transaction testing (an ERP export: Excel, old .xls, OpenDocument or CSV)."""
    return _choose_one(
        parent, QCoreApplication.translate("Prompts", "Import an order list"), folders.ORDER_LIST, folder,
        QCoreApplication.translate("Prompts", "Order lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"))


def choose_logo(parent: QWidget, folder: str = "") -> str | None:
    return _choose_one(parent, QCoreApplication.translate("Prompts", "Report logo"), folders.LOGO, folder,
                       QCoreApplication.translate("Prompts", "Images (*.png *.jpg *.jpeg)"))


def choose_certificate(parent: QWidget, folder: str = "") -> str | None:
    return _choose_one(
        parent, QCoreApplication.translate("Prompts", "Signing certificate"), folders.CERTIFICATE, folder,
        QCoreApplication.translate("Prompts", "PKCS#12 certificates (*.p12 *.pfx);;All files (*)"))


def choose_report_to_verify(parent: QWidget, folder: str = "") -> str | None:
    return _choose_one(parent, QCoreApplication.translate("Prompts", "Verify report"), folders.REPORT, folder,
                       QCoreApplication.translate("Prompts", "Reports (*.pdf *.xlsx);;All files (*)"))


def choose_package_to_import(parent: QWidget, folder: str = "") -> str | None:
    return _choose_one(parent, QCoreApplication.translate("Prompts", "Import audit package"), folders.PACKAGE,
                       folder, _save_filter("eaudit"))


def open_in_desktop(path: Path) -> bool:
    """Open a file or folder with the program the desktop associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_error(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def refuse_store_files(parent: QWidget, store, paths: list, title: str) -> bool:
    """Say so and return True when one of ``paths`` is the open store's own file (or its -wal/-shm): read as
    evidence or as an import, outside SQLite, it would drop this window's locks on the store."""
    own = [path for path in paths if store.is_own_file(Path(path))]
    if own:
        show_error(parent, title, QCoreApplication.translate(
            "Prompts", "{file} is the open store's own file; it cannot be attached or imported.").format(file=own[0]))
    return bool(own)


def show_info(parent: QWidget, title: str, text: str, name: str = "infoMessage") -> QMessageBox:
    """A window-modal notice whose text can be selected and copied (a fingerprint, a file name)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def offer_to_open(parent: QWidget, title: str, text: str, path: Path, name: str) -> QMessageBox:
    """Say a file was written and offer to open it or the folder it is in."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    open_file = box.addButton(QCoreApplication.translate("Prompts", "Open file"), QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(QCoreApplication.translate("Prompts", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        if box.clickedButton() is open_file:
            open_in_desktop(path)
        elif box.clickedButton() is open_folder:
            open_in_desktop(path.parent)

    box.finished.connect(chosen)
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

