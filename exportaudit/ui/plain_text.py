"""User text is shown as typed: every label is plain text unless a view asks for rich text explicitly.

Qt's QLabel guesses (AutoText) and would render a name like "<b>&Co" as bold "&Co". An application-wide event
filter turns each label to plain text when it is first polished; labels that render escaped HTML on purpose set
Qt.TextFormat.RichText themselves and are left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel


class PlainTextLabels(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QLabel) \
                and watched.textFormat() == Qt.TextFormat.AutoText:
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


def install(app: QApplication) -> None:
    """Once per application; the filter object lives as the application's child."""
    if app.findChild(PlainTextLabels) is None:
        app.installEventFilter(PlainTextLabels(app))
