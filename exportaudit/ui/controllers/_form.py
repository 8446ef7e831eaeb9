"""What every form dialog does on OK: hand its values to the save function, and when the store refuses them,
say why in the form, which stays open."""

from __future__ import annotations

from collections.abc import Callable

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
