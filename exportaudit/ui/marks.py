"""Small painted marks for the item tree: answer state, key item, unevidenced claim, findings raised, answer to
re-confirm (re-audits only); and level swatches.

Painted with QPainter at the screen's device pixel ratio so they stay sharp on high-DPI screens and need
no image files or font glyphs. Cached, since the tree asks for them on every repaint.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from exportaudit.ui.colours import (
    FINDING_COLOUR,
    KEY_COLOUR,
    NOT_APPLICABLE_COLOUR,
    RECONFIRM_COLOUR,
    WARNING_COLOUR,
    level_colour,
)

SLOT = 14  # one mark's width and height in device-independent pixels
GAP = 3
SLOTS = 4  # state, key, unevidenced, finding
REAUDIT_SLOTS = 5  # ... and "to re-confirm", in an assessment started from a baseline

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
        painter.setPen(QPen(QColor(NOT_APPLICABLE_COLOUR), 1.6))
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


def _flag(painter: QPainter, rect: QRectF) -> None:
    r = rect.adjusted(2.5, 1, -1.5, -1)
    painter.setPen(QPen(QColor(FINDING_COLOUR).darker(140), 1.4))
    painter.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()))
    path = QPainterPath()
    path.moveTo(r.left() + 0.7, r.top())
    path.lineTo(r.right(), r.top() + r.height() * 0.27)
    path.lineTo(r.left() + 0.7, r.top() + r.height() * 0.56)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(FINDING_COLOUR))
    painter.drawPath(path)


def _reconfirm(painter: QPainter, rect: QRectF) -> None:
    """A circular arrow: the answer came from the baseline and waits to be confirmed or changed.

    Drawn over a light halo so it stays visible on a selected (highlighted) row.
    """
    r = rect.adjusted(2.5, 2.5, -2.5, -2.5)
    tip = QPointF(r.center().x() + 0.5, r.top())
    head = QPolygonF([tip + QPointF(-3.2, -2.6), tip + QPointF(1.4, 0), tip + QPointF(-3.2, 2.6)])
    halo = QColor(255, 255, 255, 200)
    for colour, width in ((halo, 3.4), (QColor(RECONFIRM_COLOUR), 1.7)):
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(r, 100 * 16, 280 * 16)
        painter.setBrush(colour)
        painter.drawPolygon(head)


def _width(slots: int) -> int:
    return slots * SLOT + (slots - 1) * GAP


@lru_cache(maxsize=256)
def _item_marks(state: str, level: int | None, key: bool, unevidenced: bool, finding: bool, reconfirm: bool,
                slots: int, ring_rgba: int) -> QIcon:
    pixmap, painter = _canvas(_width(slots), SLOT)
    _state(painter, QRectF(0, 0, SLOT, SLOT), state, level, QColor.fromRgba(ring_rgba))
    for slot, (shown, paint) in enumerate(((key, _star), (unevidenced, _warning), (finding, _flag),
                                           (reconfirm, _reconfirm))[:slots - 1], start=1):
        if shown:
            paint(painter, QRectF(slot * (SLOT + GAP), 0, SLOT, SLOT))
    painter.end()
    return QIcon(pixmap)


def item_marks(state: str, level: int | None, key: bool, unevidenced: bool, ring: QColor, *, finding: bool = False,
               reconfirm: bool = False, slots: int = SLOTS) -> QIcon:
    """One icon holding every mark slot, so item titles line up whatever marks an item has."""
    return _item_marks(state, level, key, unevidenced, finding, reconfirm and slots >= REAUDIT_SLOTS, slots,
                       ring.rgba())


def marks_size(slots: int = SLOTS) -> tuple[int, int]:
    return _width(slots), SLOT


def level_swatch(level: int | None) -> QIcon:
    """A rounded square in the level's colour, shown beside a level number."""
    return swatch(level_colour(level))


def swatch(colour: QColor) -> QIcon:
    """A rounded square in ``colour`` (a grade, a status), for combo boxes and table cells."""
    return _swatch(colour.rgba())


@lru_cache(maxsize=32)
def _swatch(rgba: int) -> QIcon:
    pixmap, painter = _canvas(SLOT, SLOT)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor.fromRgba(rgba))
    painter.drawRoundedRect(QRectF(1, 1, SLOT - 2, SLOT - 2), 3, 3)
    painter.end()
    return QIcon(pixmap)


PASSED, FAILED, PARTLY = "passed", "failed", "partly"  # with OPEN: test results, each with its own shape


@lru_cache(maxsize=16)
def _result_mark(kind: str, rgba: int) -> QIcon:
    pixmap, painter = _canvas(SLOT, SLOT)
    colour, rect = QColor.fromRgba(rgba), QRectF(1.5, 1.5, SLOT - 3, SLOT - 3)
    white = QPen(QColor("white"), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    if kind == PASSED:  # a filled circle with a tick
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(rect)
        painter.setPen(white)
        painter.drawPolyline(QPolygonF([QPointF(4.2, 7.3), QPointF(6.2, 9.4), QPointF(9.9, 4.9)]))
    elif kind == FAILED:  # a filled square with a cross
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 2, 2)
        painter.setPen(white)
        painter.drawLine(QPointF(4.5, 4.5), QPointF(9.5, 9.5))
        painter.drawLine(QPointF(9.5, 4.5), QPointF(4.5, 9.5))
    elif kind == PARTLY:  # a ring half filled
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setBrush(colour)
        painter.drawPie(rect.adjusted(0.5, 0.5, -0.5, -0.5), 90 * 16, 180 * 16)
    else:  # open: an empty ring
        painter.setPen(QPen(colour, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
    painter.end()
    return QIcon(pixmap)


def result_mark(kind: str, colour: QColor) -> QIcon:
    """A test result told by shape as well as colour: passed (tick), failed (cross), partly (half), open (ring)."""
    return _result_mark(kind, colour.rgba())


def legend_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 0.9)
    return font
