"""Paints a heat-map cell in its level colour even on the selected row (the selection shows as a frame), so
selecting an organisation never hides its levels."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


class LevelCellDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        colour = index.data(Qt.ItemDataRole.BackgroundRole)
        if not isinstance(colour, QColor):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.fillRect(option.rect, colour)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(option.palette.highlight().color(), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        text = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(text if isinstance(text, QColor) else option.palette.text().color())
        painter.drawText(option.rect, int(Qt.AlignmentFlag.AlignCenter), str(index.data() or ""))
        painter.restore()
