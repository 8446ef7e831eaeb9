"""After any dialog closes, the keyboard focus is back where the user was (the item tree, say), so the next
keystroke (0-5 to rate) does what it did before the dialog opened.

Qt usually restores focus when the window is activated again, but not when the dialog was opened from a menu or
shortcut while another widget was being rebuilt, or when the platform does not re-activate the window. An
application-wide filter notes the focus widget when a dialog appears and puts focus back when it goes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid

from exportaudit.ui import app_events


class _FocusReturn(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._before: dict[int, QWidget] = {}

    def on_event(self, watched: QObject, event: QEvent) -> None:
        kind = event.type()
        if isinstance(watched, QDialog) and watched.isWindow():
            if kind == QEvent.Type.Show:
                focus = QApplication.focusWidget()
                if focus is not None and focus.window() is not watched:
                    self._before[id(watched)] = focus
            elif kind == QEvent.Type.Hide:
                before = self._before.pop(id(watched), None)
                if before is not None:
                    QTimer.singleShot(0, lambda: _give_back(before))


def _give_back(widget: QWidget) -> None:
    if not isValid(widget) or not widget.isVisible() or not widget.isEnabled():
        return
    if QApplication.activeModalWidget() is not None:
        return  # another dialog is up: it keeps the keys
    widget.activateWindow()
    widget.setFocus()


def install(app: QApplication) -> None:
    """Once per application; the filter object lives as the application's child."""
    if app.findChild(_FocusReturn) is None:
        app_events.watch(app, (QEvent.Type.Show, QEvent.Type.Hide), _FocusReturn(app).on_event)
