"""Edit > Preferences…: the user name recorded with every change (the account name when left empty) and the
default report logo. Kept in the settings; ``save`` applies them to the open store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QWidget

from exportaudit.core.store.base import default_user
from exportaudit.ui import prompts
from exportaudit.ui.settings import AppSettings
from exportaudit.ui.views.preferences_view import PreferencesView


def history_user(settings: AppSettings) -> str:
    """The name the change history records: the preference, else the account name."""
    return settings.user_name.strip() or default_user()


class PreferencesDialog(PreferencesView):
    def __init__(self, parent: QWidget, settings: AppSettings, on_saved: Callable[[], None]):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._settings, self._on_saved = settings, on_saved
        self.user_edit.setPlaceholderText(default_user())
        self.user_edit.setText(settings.user_name)
        logo = settings.report_logo
        self.logo_edit.setText(str(logo) if logo else "")
        self.browse_button.clicked.connect(self._browse)
        self.user_edit.setFocus()

    def _browse(self) -> None:
        current = Path(self.logo_edit.text().strip()).expanduser()
        path = prompts.choose_logo(self, str(current.parent if self.logo_edit.text().strip() else ""))
        if path:
            self.logo_edit.setText(path)

    def accept(self) -> None:
        logo = self.logo_edit.text().strip()
        if logo:
            path = Path(logo).expanduser()
            if not path.is_file():
                self.show_error(self.tr("There is no file {path}.").format(path=path))
                return
            if QImageReader(str(path)).format().data().decode().lower() not in ("png", "jpg", "jpeg"):
                self.show_error(self.tr("{name} is not a PNG or JPEG image.").format(name=path.name))
                return
        self._settings.user_name = self.user_edit.text().strip()
        self._settings.report_logo = Path(logo).expanduser() if logo else None
        self._settings.sync()
        super().accept()
        self._on_saved()
