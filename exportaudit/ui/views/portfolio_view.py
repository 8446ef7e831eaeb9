"""The portfolio across clients: filters (sector, operator type, assessor, year), the heat map of every
organisation's latest assessment, the element legend, and the selected organisation's trend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import heading, table_view
from exportaudit.ui.widgets.level_cell import LevelCellDelegate
from exportaudit.ui.widgets.trend_chart import TrendChart

FILTERS = ("sector", "operator_type", "assessor", "year")


class PortfolioView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("portfolioPage")
        self.filters: dict[str, QComboBox] = {}
        self._delegated = 0  # columns painted by the level delegate so far
        self._filter_labels: dict[str, QLabel] = {}
        bar = QHBoxLayout()
        for name in FILTERS:
            combo = QComboBox()
            combo.setObjectName(f"portfolioFilter_{name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6 if name == "year" else 12)
            label = QLabel()
            label.setBuddy(combo)
            self.filters[name], self._filter_labels[name] = combo, label
            bar.addWidget(label)
            bar.addWidget(combo)
        bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("portfolioCount")
        bar.addWidget(self.count_label)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportPortfolioButton")
        bar.addWidget(self.export_button)

        self.table = table_view("portfolioTable", sortable=True)
        self.level_delegate = LevelCellDelegate(self.table)
        self.legend_label = QLabel()
        self.legend_label.setObjectName("portfolioLegend")
        self.legend_label.setWordWrap(True)
        self.legend_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trend_heading = heading(1.1, "trendHeading")
        self.trend_heading.setWordWrap(True)
        self.trend_chart = TrendChart()
        self.trend_chart.setObjectName("trendChart")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.legend_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.trend_heading)
        right_layout.addWidget(self.trend_chart, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)  # the heat map gets the full width, the trend below
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def size_columns(self, leading: int, levels: int) -> None:
        """Names and sectors get room but not the whole width; the level cells stay narrow, a heat map."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = (220, 120, 110, 90, 48)[:leading]
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        cell = self.fontMetrics().horizontalAdvance("E10") + 14
        for column in range(self._delegated):
            self.table.setItemDelegateForColumn(column, None)
        for column in range(leading, leading + levels + 1):  # the elements and the overall level
            self.table.setItemDelegateForColumn(column, self.level_delegate)
        self._delegated = leading + levels + 1
        for column in range(leading, leading + levels):
            header.resizeSection(column, cell)
        for column in range(leading + levels, header.count()):
            self.table.resizeColumnToContents(column)

    def retranslate(self) -> None:
        texts = {"sector": self.tr("&Sector:"), "operator_type": self.tr("O&perator type:"),
                 "assessor": self.tr("Assess&or:"), "year": self.tr("&Year:")}
        for name, label in self._filter_labels.items():
            label.setText(texts[name])
        self.export_button.setText(self.tr("E&xport to Excel…"))
        self.trend_chart.set_empty_text(self.tr("Select an organisation to see its trend."))
        self.table.setAccessibleName(self.tr("Latest assessment of every organisation"))
        self.trend_chart.setAccessibleName(self.tr("Overall level across the organisation's assessments"))
