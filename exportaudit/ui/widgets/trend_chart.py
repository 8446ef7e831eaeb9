"""One organisation's overall maturity across its assessments, oldest to newest, painted with QPainter.

Each assessment is a point at its overall score on a 0–5 scale, filled in the colour of its level and labelled
with the level number (so colour is not the only carrier); an assessment not yet scored is a hollow point on the
axis marked "—". Below each point: the assessment's year. Grid and text follow the palette (light or dark).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from exportaudit.ui.colours import ACTUAL_COLOUR, level_colour, muted_text

MAX_LEVEL = 5


@dataclass(frozen=True)
class TrendPoint:
    label: str  # under the point (the year)
    score: float | None
    level: int | None
    tip: str = ""  # the assessment's title


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._points: tuple[TrendPoint, ...] = ()
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 180)

    def set_points(self, points: Sequence[TrendPoint]) -> None:
        self._points = tuple(points)
        self.setToolTip("\n".join(f"{p.label}: {p.tip} — {'—' if p.level is None else p.level}" for p in points))
        self.update()

    def points(self) -> tuple[TrendPoint, ...]:
        return self._points

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()  # ended here, never left to the garbage collector

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text, grid = palette.color(QPalette.ColorRole.WindowText), muted_text(palette)
        metrics = painter.fontMetrics()
        left, right, top, bottom = metrics.horizontalAdvance("5") + 14, 16, 12, metrics.height() + 12
        plot = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        for level in range(MAX_LEVEL + 1):
            y = plot.bottom() - plot.height() * level / MAX_LEVEL
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(level))
        if not self._points:
            painter.setPen(text)
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self._empty_text)
            return
        n = len(self._points)
        step = plot.width() / n
        centres = []
        for i, p in enumerate(self._points):
            x = plot.left() + step * (i + 0.5)
            y = plot.bottom() - plot.height() * (p.score or 0) / MAX_LEVEL
            centres.append(QPointF(x, y))
            painter.setPen(text)
            painter.drawText(QRectF(x - step / 2, plot.bottom() + 4, step, metrics.height()),
                             int(Qt.AlignmentFlag.AlignCenter), metrics.elidedText(p.label, Qt.TextElideMode.ElideRight,
                                                                               int(step)))
        scored = [c for c, p in zip(centres, self._points, strict=True) if p.score is not None]
        painter.setPen(QPen(QColor(ACTUAL_COLOUR), 2))
        for a, b in zip(scored, scored[1:], strict=False):
            painter.drawLine(a, b)
        radius = 11.0
        for centre, p in zip(centres, self._points, strict=True):
            if p.level is None:
                painter.setPen(QPen(grid, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(QPen(text, 1))
                painter.setBrush(level_colour(p.level))
            painter.drawEllipse(centre, radius, radius)
            colour = level_colour(p.level)
            painter.setPen(text if p.level is None else (Qt.GlobalColor.black if colour.lightness() > 140
                                                         else Qt.GlobalColor.white))
            painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                             int(Qt.AlignmentFlag.AlignCenter), "—" if p.level is None else str(p.level))
