"""A radar (spider) chart of element levels, painted with QPainter: any number of overlaid series with a legend.

One spoke per element, rings for levels 0-5. A filled series is a translucent polygon with a marker per
element; an element without a level yet is left out of the polygon (a gap, not a dip to 0 that would read as
"absent"): its spoke is dotted with a hollow marker at its rim, and the legend explains the hollow marker.
An outline series (the targets) is a dashed line. The dashboard shows the assessed levels
against the target (``set_series`` with a ``RadarSeries``); a re-audit comparison overlays the baseline and the
current levels (``set_plots``). Grid and labels use the palette, so the chart follows light and dark themes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from exportaudit.ui.colours import ACTUAL_COLOUR, TARGET_COLOUR, muted_text

MAX_LEVEL = 5


@dataclass(frozen=True)
class RadarSeries:
    """The dashboard's pair: assessed levels (filled) against the target profile (dashed outline)."""

    labels: tuple[str, ...]
    levels: tuple[int | None, ...]
    targets: tuple[int | None, ...]


@dataclass(frozen=True)
class RadarPlot:
    """One series of any chart: its legend name, one value per spoke, colour and look."""

    name: str
    values: tuple[int | None, ...]
    colour: str
    filled: bool = True  # translucent polygon with markers; False: a dashed outline
    labelled: bool = False  # an outline whose level is named beside each spoke too (filled ones always are)


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._series = RadarSeries((), (), ())
        self._legend = ("", "")
        self._labels: tuple[str, ...] = ()
        self._plots: tuple[RadarPlot, ...] = ()
        self._pair = True  # showing a RadarSeries, whose plots follow set_legend
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 280)

    # --- data -------------------------------------------------------------------------------------

    def set_series(self, series: RadarSeries) -> None:
        """Assessed levels against the target, named by ``set_legend``."""
        if series != self._series or not self._pair:
            self._series, self._pair = series, True
            self._pair_plots()

    def series(self) -> RadarSeries:
        return self._series

    def set_legend(self, actual: str, target: str) -> None:
        self._legend = (actual, target)
        if self._pair:
            self._pair_plots()

    def _pair_plots(self) -> None:
        actual, target = self._legend
        self._labels = self._series.labels
        self._plots = (RadarPlot(target, self._series.targets, TARGET_COLOUR, filled=False),
                       RadarPlot(actual, self._series.levels, ACTUAL_COLOUR))
        self.update()

    def set_plots(self, labels: Sequence[str], plots: Sequence[RadarPlot]) -> None:
        """Any number of series over the same spokes, drawn in order (the last on top) and listed in the legend."""
        if any(len(p.values) != len(labels) for p in plots):
            raise ValueError("every series needs one value per label")
        labels, plots = tuple(labels), tuple(plots)
        if self._pair or (labels, plots) != (self._labels, self._plots):
            self._pair, self._labels, self._plots = False, labels, plots
            self.update()

    def plots(self) -> tuple[RadarPlot, ...]:
        """The series drawn, in drawing order."""
        return self._plots

    def labels(self) -> tuple[str, ...]:
        return self._labels

    def sizeHint(self) -> QSize:
        return QSize(440, 300)  # it grows into the space it gets; the hint keeps pages within a laptop screen

    def has_gaps(self) -> bool:
        """Whether a filled series has an element without a level (drawn as a gap, explained in the legend)."""
        return any(v is None for p in self._plots if p.filled for v in p.values)

    # --- painting ------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        count = len(self._labels)
        legend_height = self._paint_legend(painter)
        if count < 3:
            painter.end()
            return
        metrics = QFontMetricsF(self.font())
        label_width = min(150.0, max(80.0, self.width() * 0.2))
        margin_x = label_width + 8
        margin_y = metrics.height() * 2.6
        area = QRectF(self.rect()).adjusted(margin_x, margin_y + legend_height, -margin_x, -margin_y)
        radius = max(10.0, min(area.width(), area.height()) / 2)
        centre = area.center()
        self._paint_grid(painter, centre, radius, count)
        for plot in self._plots:
            self._paint_polygon(painter, centre, radius, plot.values, QColor(plot.colour), filled=plot.filled)
        self._paint_labels(painter, centre, radius, label_width, metrics)
        painter.end()

    @staticmethod
    def _point(centre: QPointF, radius: float, index: int, count: int, level: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * index / count
        r = radius * level / MAX_LEVEL
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    def _paint_grid(self, painter: QPainter, centre: QPointF, radius: float, count: int) -> None:
        grid = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        grid.setAlphaF(0.18)
        strong = QColor(grid)
        strong.setAlphaF(0.35)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.8))
        painter.setFont(small)
        for level in range(1, MAX_LEVEL + 1):
            ring = QPolygonF([self._point(centre, radius, i, count, level) for i in range(count)])
            painter.setPen(QPen(strong if level == MAX_LEVEL else grid, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(ring)
            painter.setPen(muted_text(self.palette()))
            p = self._point(centre, radius, 0, count, level)
            painter.drawText(QRectF(p.x() + 3, p.y() - 14, 20, 14), Qt.AlignmentFlag.AlignLeft, str(level))
        painter.setPen(QPen(grid, 1))
        for i in range(count):
            painter.drawLine(centre, self._point(centre, radius, i, count, MAX_LEVEL))
        painter.setFont(self.font())

    def _paint_polygon(self, painter: QPainter, centre: QPointF, radius: float, values: tuple[int | None, ...],
                       colour: QColor, *, filled: bool) -> None:
        count = len(values)
        if not any(v is not None for v in values):
            return
        points = [self._point(centre, radius, i, count, v) for i, v in enumerate(values) if v is not None]
        pen = QPen(colour, 2.2 if filled else 2.0)
        if not filled:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        fill = QColor(colour)
        fill.setAlphaF(0.28)
        painter.setBrush(fill if filled else Qt.BrushStyle.NoBrush)
        if len(points) >= 3:
            painter.drawPolygon(QPolygonF(points))
        elif len(points) == 2:
            painter.drawLine(points[0], points[1])
        if not filled:
            return
        for i, value in enumerate(values):
            if value is None:  # a gap: the spoke dotted to a hollow marker at the rim
                rim = self._point(centre, radius, i, count, MAX_LEVEL)
                painter.setPen(QPen(colour, 1.4, Qt.PenStyle.DotLine))
                painter.drawLine(centre, rim)
                painter.setPen(QPen(colour, 1.6))
                painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
                painter.drawEllipse(rim, 4.5, 4.5)
            else:
                painter.setPen(QPen(colour, 1.6))
                painter.setBrush(colour)
                painter.drawEllipse(self._point(centre, radius, i, count, value), 3.5, 3.5)

    def _paint_labels(self, painter: QPainter, centre: QPointF, radius: float, width: float,
                      metrics: QFontMetricsF) -> None:
        count = len(self._labels)
        # the levels named beside each spoke: an outline marked ``labelled`` (a baseline) first, then filled series
        named = [p for p in self._plots if p.labelled and not p.filled] + [p for p in self._plots if p.filled]
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for i, label in enumerate(self._labels):
            levels = "\u00a0→\u00a0".join("—" if p.values[i] is None else str(p.values[i]) for p in named)
            text = f"{label}\u00a0({levels})" if named else label  # the levels never wrap apart from the name
            anchor = self._point(centre, radius + 10, i, count, MAX_LEVEL)
            dx = anchor.x() - centre.x()
            height = metrics.height() * 3.4  # room for a name wrapped on three lines
            if abs(dx) < radius * 0.2:
                rect = QRectF(anchor.x() - width, anchor.y() - (height if anchor.y() < centre.y() else 0),
                              2 * width, height)
                align = Qt.AlignmentFlag.AlignHCenter | (Qt.AlignmentFlag.AlignBottom if anchor.y() < centre.y()
                                                         else Qt.AlignmentFlag.AlignTop)
            elif dx > 0:
                rect = QRectF(anchor.x(), anchor.y() - height / 2, width, height)
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            else:
                rect = QRectF(anchor.x() - width, anchor.y() - height / 2, width, height)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(rect, int(align | Qt.TextFlag.TextWordWrap), text)

    def _paint_legend(self, painter: QPainter) -> float:
        """One entry per named series, in the order they were given; returns the height it took."""
        named = [p for p in self._plots if p.name]
        if not named:
            return 0.0
        if self._pair:
            named.reverse()  # the dashboard has always listed the assessed levels first
        metrics = QFontMetricsF(self.font())
        y = 6 + metrics.height() / 2
        x = 8.0
        for plot in named:
            pen = QPen(QColor(plot.colour), 2.4)
            if not plot.filled:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QPointF(x + 28, y + metrics.ascent() / 2 - 1), plot.name)
            x += 28 + metrics.horizontalAdvance(plot.name) + 22
        if self.has_gaps():
            colour = QColor(next(p.colour for p in self._plots if p.filled and None in p.values))
            painter.setPen(QPen(colour, 1.6))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
            painter.drawEllipse(QPointF(x + 11, y), 4.5, 4.5)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QPointF(x + 28, y + metrics.ascent() / 2 - 1), self.gap_legend())
        return metrics.height() + 8

    def gap_legend(self) -> str:
        return self.tr("not assessed yet (no level)")
