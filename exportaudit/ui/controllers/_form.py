"""What every form dialog does on OK: check the values, hand them to the save function, and when they are refused,
say why in the form, which stays open.

A form dialog's controller subclasses its view (``class FindingDialog(FormDialog, FindingDialogView)``): the view
lays out the fields (``ui/views/_form.py``), the controller fills them, reads them back (``values``), names what
is wrong with them (``problem``) and saves them through the function it was given.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from exportaudit.core.store import StoreError
from exportaudit.ui.i18n import error_text


def save_form(dialog, save: Callable[..., None], *values) -> bool:
    """``save(*values)``; on a StoreError the dialog shows the message (``show_error``) and False is returned."""
    try:
        save(*values)
    except StoreError as exc:
        dialog.show_error(error_text(exc))
        return False
    return True


class FormDialog:
    """Mixin placed before a form view among a dialog's bases. The dialog closes itself when done (and is deleted),
    enables OK with ``allow_ok``, and defines ``values()``; OK refuses with ``problem(values)`` when that says
    something, else saves with ``save(values)``."""

    def __init__(self, parent: QWidget, save: Callable[[dict], None]):
        super().__init__(parent)  # the view
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._save = save

    def problem(self, values: dict) -> str:
        """Why ``values`` cannot be saved, in the interface language; empty when they can."""
        return ""

    def allow_ok(self, allowed: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(allowed)

    def accept(self) -> None:
        values = self.values()
        problem = self.problem(values)
        if problem:
            self.show_error(problem)
            return
        if save_form(self, self._save, values):
            super().accept()
