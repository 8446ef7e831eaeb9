"""Keyboard focus is always visible: a ring in the palette's highlight colour drawn over the focused control.

The Fusion style marks a focused button with a border hardly different from the default button's, draws
nothing around a focused table or tree, and a control restyled by a style sheet (the test card's Pass / Fail
buttons) loses its focus frame altogether. One overlay widget, moved to whichever control has the focus, draws
the same ring on every one of them, whatever draws the control itself. It takes no mouse clicks and no focus.
The ring is a child of the control it marks (a sibling could become a pane of a QSplitter parent), covering it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QMenu, QMenuBar, QWidget
from shiboken6 import isValid

RING_WIDTH = 2


class FocusRing(QWidget):
    """The ring itself: drawn just inside the edges of the control it covers, so nothing clips it."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), RING_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)


def _target(widget: QWidget | None) -> QWidget | None:
    """The control the ring goes round: the combo or spin box for its own line edit; none for windows and menus."""
    if widget is None or not isValid(widget) or widget.isWindow() or isinstance(widget, (QMenu, QMenuBar)):
        return None
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox)):
        widget, parent = parent, parent.parentWidget()
    return None if parent is None else widget


class _FocusRings(QObject):
    """Follows the application's focus: one ring per window, laid over the focused control and kept on it."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._rings: dict[int, FocusRing] = {}
        self._watched: QWidget | None = None
        self._placing = False
        app.focusChanged.connect(self._focus_changed)

    def ring_for(self, widget: QWidget) -> FocusRing:
        window = widget.window()
        ring = self._rings.get(id(window))
        if ring is None or not isValid(ring):
            ring = FocusRing(None)  # parented in _place
            key = id(window)
            self._rings[key] = ring
            window.destroyed.connect(lambda *_args: self._rings.pop(key, None))
        return ring

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        for ring in list(self._rings.values()):
            if isValid(ring) and (new is None or ring.window() is not new.window()):
                ring.hide()
        target = _target(new)
        if target is None:
            if new is not None and id(new.window()) in self._rings and isValid(self._rings[id(new.window())]):
                self._rings[id(new.window())].hide()
            return
        self._watched = target
        target.installEventFilter(self)
        self._place(target)

    def _place(self, target: QWidget) -> None:
        if self._placing:
            return  # the ring's own arrival as the control's child
        self._placing = True
        try:
            ring = self.ring_for(target)
            ring.target = target
            if ring.parentWidget() is not target:
                ring.setParent(target)
            ring.setGeometry(target.rect())
            ring.raise_()
            ring.show()
        finally:
            self._placing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._watched and kind in (QEvent.Type.Resize, QEvent.Type.ChildAdded):
            self._place(watched)  # kept the size of its control, and above children it adds (scroll bars)
        return False


def install(app: QApplication) -> None:
    """Once per application; the tracker lives as the application's child."""
    if app.findChild(_FocusRings) is None:
        _FocusRings(app)


def ring_of(widget: QWidget) -> FocusRing | None:
    """The ring shown round ``widget`` now, if any (for tests and checks)."""
    app = QApplication.instance()
    tracker = app.findChild(_FocusRings) if app is not None else None
    if tracker is None:
        return None
    ring = tracker._rings.get(id(widget.window()))
    return ring if ring is not None and isValid(ring) and ring.target is widget and ring.isVisibleTo(widget) \
        else None
