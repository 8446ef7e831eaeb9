"""The strip across the top of the window while the open store is read-only: why, and (when the store is
read-only only because another window has it) a button to try editing again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views.banner import Banner

IN_USE, READ_ONLY = "in_use", "read_only"
FOLDER, NETWORK = "folder", "network"  # the store's place cannot be written (the store's WriteProtectedError reasons)


class ReadOnlyBanner(Retranslatable, Banner):
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("readOnlyBanner", "#ffe8a3", "#d9b64c", "#3d3000", "reopenForEditingButton", parent)
        self.message.setObjectName("readOnlyMessage")
        self.reopen_button = self.button
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.reason, self.pid, self.host, self.fs = READ_ONLY, 0, "", ""
        self.retranslate()

    def show_reason(self, reason: str, *, pid: int = 0, host: str = "", fs: str = "") -> None:
        """``IN_USE``: another window holds the store (pid and host from its lock); ``READ_ONLY``: opened so;
        ``FOLDER``: its folder or medium cannot be written; ``NETWORK``: it is on a network share (file system ``fs``)."""
        self.reason, self.pid, self.host, self.fs = reason, pid, host, fs
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        if self.reason == IN_USE:
            self.message.setText(self.tr(
                "Read-only: this store is open in another ExportAudit window (process {pid} on host {host}). "
                "Nothing can be changed here; close the other window, then open it for editing.").format(
                pid=self.pid, host=self.host or "?"))
        elif self.reason == FOLDER:
            self.message.setText(self.tr(
                "Read-only: this store is in a folder or on a medium that cannot be written. Nothing can be changed "
                "here; copy it to a writable folder to edit it."))
        elif self.reason == NETWORK:
            self.message.setText(self.tr(
                "Read-only: this store is on a network share ({fs}), where saved answers cannot be kept safe. "
                "Nothing can be changed here; copy it to this computer's own disk to edit it.").format(fs=self.fs))
        else:
            self.message.setText(self.tr("Read-only: this store was opened read-only. Nothing can be changed here."))
        self.reopen_button.setText(self.tr("Open for editing"))
        self.reopen_button.setAccessibleDescription(self.tr("Open this store again for editing, once the other "
                                                            "window has closed it."))
        self.reopen_button.setVisible(self.reason == IN_USE)
