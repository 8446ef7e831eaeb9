"""Small painted marks for the item tree: answer state, key item, unevidenced claim; and level swatches.

Painted with QPainter at the screen's device pixel ratio so they stay sharp on high-DPI screens and need
no image files or font glyphs. Cached, since the tree asks for them on every repaint.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from exportaudit.ui.colours import KEY_COLOUR, WARNING_COLOUR, level_colour

SLOT = 14  # one mark's width and height in device-independent pixels
GAP = 3

ANSWERED, NOT_APPLICABLE, OPEN = "answered", "na", "open"


def _ratio() -> float:
    app = QGuiApplication.instance()
    return app.devicePixelRatio() if app else 1.0


def _canvas(width: float, height: float) -> tuple[QPixmap, QPainter]:
    ratio = _ratio()
    pixmap = QPixmap(int(width * ratio), int(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _state(painter: QPainter, rect: QRectF, state: str, level: int | None, ring: QColor) -> None:
    inner = rect.adjusted(2, 2, -2, -2)
    if state == ANSWERED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(level_colour(level))
        painter.drawEllipse(inner)
    elif state == NOT_APPLICABLE:
        painter.setPen(QPen(QColor("#8a8a8a"), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
        painter.drawLine(QPointF(inner.left() + 2, inner.bottom() - 2), QPointF(inner.right() - 2, inner.top() + 2))
    else:
        painter.setPen(QPen(ring, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner.adjusted(0.5, 0.5, -0.5, -0.5))


def _star(painter: QPainter, rect: QRectF) -> None:
    import math

    centre, outer, inner = rect.center(), rect.width() / 2 - 1, rect.width() / 4.6
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)))
    painter.setPen(QPen(QColor(KEY_COLOUR).darker(130), 0.8))
    painter.setBrush(QColor(KEY_COLOUR))
    painter.drawPolygon(QPolygonF(points))


def _warning(painter: QPainter, rect: QRectF) -> None:
    r = rect.adjusted(1, 1.5, -1, -1)
    path = QPainterPath()
    path.moveTo(r.center().x(), r.top())
    path.lineTo(r.right(), r.bottom())
    path.lineTo(r.left(), r.bottom())
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(WARNING_COLOUR))
    painter.drawPath(path)
    painter.setPen(QPen(QColor("#222222"), 1.4))
    x = r.center().x()
    painter.drawLine(QPointF(x, r.top() + 4), QPointF(x, r.bottom() - 4))
    painter.drawPoint(QPointF(x, r.bottom() - 2))


@lru_cache(maxsize=64)
def _item_marks(state: str, level: int | None, key: bool, unevidenced: bool, ring_rgba: int) -> QIcon:
    width = 3 * SLOT + 2 * GAP
    pixmap, painter = _canvas(width, SLOT)
    _state(painter, QRectF(0, 0, SLOT, SLOT), state, level, QColor.fromRgba(ring_rgba))
    if key:
        _star(painter, QRectF(SLOT + GAP, 0, SLOT, SLOT))
    if unevidenced:
        _warning(painter, QRectF(2 * (SLOT + GAP), 0, SLOT, SLOT))
    painter.end()
    return QIcon(pixmap)


def item_marks(state: str, level: int | None, key: bool, unevidenced: bool, ring: QColor) -> QIcon:
    """One icon holding the three mark slots, so item titles line up whatever marks an item has."""
    return _item_marks(state, level, key, unevidenced, ring.rgba())


def marks_size() -> tuple[int, int]:
    return 3 * SLOT + 2 * GAP, SLOT


@lru_cache(maxsize=16)
def level_swatch(level: int | None) -> QIcon:
    """A rounded square in the level's colour, shown beside a level number."""
    pixmap, painter = _canvas(SLOT, SLOT)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(level_colour(level))
    painter.drawRoundedRect(QRectF(1, 1, SLOT - 2, SLOT - 2), 3, 3)
    painter.end()
    return QIcon(pixmap)


def legend_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 0.9)
    return font
