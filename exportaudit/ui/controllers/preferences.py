"""Edit > Preferences…: the user's name, recorded with every change and proposed as the assessor, and the
default report logo. Kept in the settings; ``save`` applies them to the open store. A fresh install asks for
the name once (``ask_name_once``), so no history or report shows a login name such as "root"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QWidget

from exportaudit.core.engagement import Engagement
from exportaudit.core.user_name import configured_user_name, save_user_name
from exportaudit.ui import prompts
from exportaudit.ui.controllers.text_prompt import TextPrompt
from exportaudit.ui.settings import AppSettings
from exportaudit.ui.views.preferences_view import PreferencesView


def history_user(settings: AppSettings) -> str:
    """The name the change history records and the assessor proposed: the user's own name, never the login."""
    return settings.user_name.strip()


def firm_defaults(settings: AppSettings) -> Engagement:
    """A new engagement prefilled with the firm-wide defaults of Preferences."""
    return Engagement(firm=settings.firm_name.strip(), disclaimer=settings.disclaimer_template.strip(),
                      confidentiality=settings.confidentiality_marking.strip())


def share_user_name(settings: AppSettings) -> None:
    """Hand the name to the command line, which cannot read Qt's settings (see core.user_name). A settings
    folder that cannot be written costs the command line the name (it records "command line" instead), and is
    no reason to stop the window."""
    name = history_user(settings)
    if configured_user_name() != name:
        try:
            save_user_name(name)
        except OSError:
            return


def ask_name_once(parent: QWidget, settings: AppSettings, on_named: Callable[[], None]) -> TextPrompt | None:
    """On a fresh install, ask the user's name (once: Cancel is remembered too; Preferences can set it later).
    A name chosen before the command line could read it is handed over here, at start."""
    share_user_name(settings)
    if settings.user_name.strip() or settings.asked_user_name:
        return None
    settings.asked_user_name = True

    def named(name: str) -> None:
        settings.user_name = name
        settings.sync()
        share_user_name(settings)
        on_named()

    prompt = TextPrompt(parent, title=QCoreApplication.translate("Preferences", "Welcome to ExportAudit"),
                        prompt=QCoreApplication.translate(
                            "Preferences", "Your name, as the change history and reports should show it (it is also "
                            "proposed as the assessor; Edit › Preferences changes it):"),
                        text="", required=QCoreApplication.translate("Preferences", "Type your name."),
                        on_accept=named)
    prompt.setObjectName("firstRunNamePrompt")
    prompt.open()
    return prompt


class PreferencesDialog(PreferencesView):
    def __init__(self, parent: QWidget, settings: AppSettings, on_saved: Callable[[], None]):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._settings, self._on_saved = settings, on_saved
        self.user_edit.setPlaceholderText(self.tr("Your name, as the history and reports should show it"))
        self.user_edit.setText(settings.user_name)
        logo = settings.report_logo
        self.logo_edit.setText(str(logo) if logo else "")
        self.browse_button.clicked.connect(self._browse)
        certificate = settings.signing_certificate
        self.certificate_edit.setText(str(certificate) if certificate else "")
        self.browse_certificate_button.clicked.connect(self._browse_certificate)
        self.firm_edit.setText(settings.firm_name)
        self.disclaimer_edit.setPlainText(settings.disclaimer_template)
        self.marking_edit.setText(settings.confidentiality_marking)
        self.user_edit.setFocus()

    def _browse(self) -> None:
        current = Path(self.logo_edit.text().strip()).expanduser()
        path = prompts.choose_logo(self, str(current.parent if self.logo_edit.text().strip() else ""))
        if path:
            self.logo_edit.setText(path)

    def _browse_certificate(self) -> None:
        path = prompts.choose_certificate(self, self.certificate_edit.text().strip())
        if path:
            self.certificate_edit.setText(path)

    def accept(self) -> None:
        certificate = self.certificate_edit.text().strip()
        if certificate and not Path(certificate).expanduser().is_file():
            self.show_error(self.tr("There is no file {path}.").format(path=Path(certificate).expanduser()))
            return
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
        self._settings.signing_certificate = Path(certificate).expanduser() if certificate else None
        self._settings.firm_name = self.firm_edit.text().strip()
        self._settings.disclaimer_template = self.disclaimer_edit.toPlainText().strip()
        self._settings.confidentiality_marking = self.marking_edit.text().strip()
        self._settings.sync()
        share_user_name(self._settings)
        super().accept()
        self._on_saved()
