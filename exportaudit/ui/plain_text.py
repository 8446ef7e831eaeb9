"""User text is shown as typed: every label is plain text unless a view asks for rich text explicitly.

Qt's QLabel guesses (AutoText) and would render a name like "<b>&Co" as bold "&Co". An application-wide event
filter turns each label to plain text when it is first polished; labels that render escaped HTML on purpose set
Qt.TextFormat.RichText themselves and are left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel

from exportaudit.ui import app_events


class PlainTextLabels(QObject):
    def on_polish(self, watched: QObject, _event: QEvent) -> None:
        if isinstance(watched, QLabel) and watched.textFormat() == Qt.TextFormat.AutoText:
            watched.setTextFormat(Qt.TextFormat.PlainText)


def install(app: QApplication) -> None:
    """Once per application; the filter object lives as the application's child."""
    if app.findChild(PlainTextLabels) is None:
        app_events.watch(app, (QEvent.Type.Polish,), PlainTextLabels(app).on_polish)
