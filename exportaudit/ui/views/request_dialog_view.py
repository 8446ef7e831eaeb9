"""A document request's status and note."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import ok_cancel


class RequestDialogView(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.setMinimumWidth(520)
        self.evidence_label = QLabel()
        self.evidence_label.setObjectName("requestEvidence")
        self.evidence_label.setWordWrap(True)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("requestStatusCombo")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("requestNoteEdit")
        self.buttons = ok_cancel(self)
        self._labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.evidence_label, self.status_combo, self.note_edit), strict=False):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self._labels, (self.tr("Expected:"), self.tr("&Status:"), self.tr("&Note:")), strict=False):
            label.setText(text)
        self.note_edit.setPlaceholderText(self.tr("e.g. promised by the sales manager for 12 May"))
