"""The skeleton every form dialog shares, so each view lays out only its own fields.

Fields stand in ``form`` (a QFormLayout, each label the buddy of its field, so its mnemonic jumps there); below
them whatever the dialog adds, then the line that says why the form cannot be saved yet (``show_error``) and
OK / Cancel. The controller that subclasses the view decides what OK does (``ui/controllers/_form.py``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import FormErrors, error_label, ok_cancel


class FormDialogView(FormErrors, Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None, name: str, minimum_width: int):
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(minimum_width)
        self.form = QFormLayout()
        self.error_label = error_label()
        self.buttons = ok_cancel(self)

    def add_rows(self, labels: Iterable[QLabel], fields: Iterable[QWidget | QLayout],
                 buddies: dict[int, QWidget] | None = None) -> None:
        """One row per label and field; a field that is a layout names its buddy in ``buddies`` (by position)."""
        for n, (label, field) in enumerate(zip(labels, fields, strict=True)):
            buddy = (buddies or {}).get(n, field)
            if isinstance(buddy, QWidget):
                label.setBuddy(buddy)
            self.form.addRow(label, field)

    def lay_out(self, *below: QWidget, stretch: bool = False) -> QVBoxLayout:
        """The form, then ``below``, the error line and the buttons (with ``stretch``: kept at the bottom)."""
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.error_label)
        if stretch:
            layout.addStretch(1)
        layout.addWidget(self.buttons)
        return layout
