"""Every window fits the screen it opens on: a 1366×768 laptop, or 1920×1080 at 150 % (1280×720 logical).

Views ask for a comfortable size with ``preferred_size``; an application-wide filter clamps every top-level
window to the available geometry of its screen (without the task bar) and moves it fully inside when it is
first shown, so no button or status bar is ever off-screen, whatever size was remembered or asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from exportaudit.ui import app_events

SMALLEST_SCREEN = QSize(1366, 728)  # 1366×768 less a 40-pixel task bar: the budget every size hint keeps to
FRAME_ALLOWANCE = QSize(16, 40)  # the window manager's title bar and borders around the client area
_TRANSIENT_TYPES = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The usable part of the widget's screen (or the primary screen's), without task bars and docks."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(QPoint(0, 0), SMALLEST_SCREEN)


def fitted(size: QSize, available: QRect) -> QSize:
    """``size`` shrunk, where needed, so the window with its frame fits in ``available``."""
    return QSize(min(size.width(), available.width() - FRAME_ALLOWANCE.width()),
                 min(size.height(), available.height() - FRAME_ALLOWANCE.height()))


def preferred_size(widget: QWidget, width: int, height: int) -> None:
    """Resize to the comfortable size, or to as much of it as the screen holds."""
    widget.resize(fitted(QSize(width, height), available_geometry(widget)))


def place_on_screen(widget: QWidget, available: QRect | None = None) -> None:
    """Shrink the window to the available geometry and move it so all of it, frame included, is visible."""
    available = available or available_geometry(widget)
    size = fitted(widget.size(), available)
    if size != widget.size():
        widget.resize(size)
    frame = widget.frameGeometry()
    extra = QSize(max(frame.width() - widget.width(), 0), max(frame.height() - widget.height(), 0))
    x = min(max(frame.x(), available.left()), available.right() + 1 - size.width() - extra.width())
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - size.height() - extra.height())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(x, available.left()), max(y, available.top()))


def centre_on_screen(widget: QWidget) -> None:
    """Put a first-time window in the middle of the available geometry."""
    available = available_geometry(widget)
    size = fitted(widget.size(), available)
    widget.resize(size)
    widget.move(available.left() + (available.width() - size.width()) // 2,
                available.top() + max((available.height() - size.height() - FRAME_ALLOWANCE.height()) // 2, 0))


class _FitOnShow(QObject):
    def on_show(self, watched: QObject, _event: QEvent) -> None:
        if isinstance(watched, QWidget) and watched.isWindow() \
                and not watched.isMaximized() and not watched.isFullScreen() \
                and watched.windowType() not in _TRANSIENT_TYPES:
            place_on_screen(watched)


def install(app: QApplication) -> None:
    """Once per application; the filter object lives as the application's child."""
    if app.findChild(_FitOnShow) is None:
        app_events.watch(app, (QEvent.Type.Show,), _FitOnShow(app).on_show)
