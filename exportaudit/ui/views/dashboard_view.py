"""The dashboard: radar chart of element levels against the target, the overall result and the element table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import chart_page
from exportaudit.ui.widgets.radar_chart import RadarChart


class DashboardView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.radar = RadarChart()
        self.radar.setObjectName("radarChart")

        self.overall_heading = QLabel()
        font = QFont(self.overall_heading.font())
        font.setBold(True)
        self.overall_heading.setFont(font)
        self.overall_level_label = QLabel()
        self.overall_level_label.setObjectName("overallLevel")
        big = QFont(self.overall_level_label.font())
        big.setPointSizeF(big.pointSizeF() * 2.6)
        big.setBold(True)
        self.overall_level_label.setFont(big)
        self.overall_details_label = QLabel()
        self.overall_details_label.setObjectName("overallDetails")
        self.overall_details_label.setWordWrap(True)
        self.overall_details_label.setTextFormat(Qt.TextFormat.RichText)
        self.overall_details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.model_label = QLabel()
        self.model_label.setObjectName("scoringModel")
        self.model_label.setWordWrap(True)
        self.rescore_button = QPushButton()
        self.rescore_button.setObjectName("rescoreButton")
        self.rescore_button.hide()
        self.scale_heading = QLabel()
        self.scale_heading.setFont(font)
        self.scale_label = QLabel()
        self.scale_label.setObjectName("scaleLegend")
        self.scale_label.setWordWrap(True)
        self.scale_label.setTextFormat(Qt.TextFormat.RichText)
        summary = QFrame()
        summary.setObjectName("overallCard")
        summary.setFrameShape(QFrame.Shape.StyledPanel)
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(14, 12, 14, 12)
        summary_layout.addWidget(self.overall_heading)
        summary_layout.addWidget(self.overall_level_label)
        summary_layout.addWidget(self.overall_details_label)
        summary_layout.addWidget(self.model_label)
        summary_layout.addWidget(self.rescore_button)
        summary_layout.addSpacing(12)
        summary_layout.addWidget(self.scale_heading)
        summary_layout.addWidget(self.scale_label)
        summary_layout.addStretch(1)

        self.table = QTableView()
        self.table.setObjectName("elementTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)

        side = QScrollArea()  # on a laptop screen the card can be taller than its place: it scrolls, never clips
        side.setObjectName("overallScroll")
        side.setWidgetResizable(True)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setWidget(summary)
        self.splitter = chart_page(self, self.radar, side, self.table, name="dashboardSplitter", side_share=1,
                                   sizes=(900, 300))
        self.retranslate()

    def configure_columns(self) -> None:
        """Every column as wide as its contents: the element names no longer take the width that Capped,
        Unevidenced and Sample exceptions need; the spare width goes to the last column."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def fit_table_height(self) -> None:
        """Give the table the height of its rows, so the radar gets the rest of the page; on a low screen the
        table takes at most 45 % and scrolls, so the radar stays readable."""
        rows = self.table.model().rowCount() if self.table.model() else 0
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(rows)) + 4
        total = sum(self.splitter.sizes()) or self.height()
        height = min(height, int(total * 0.45))
        if total > height:
            self.splitter.setSizes([total - height, height])

    def retranslate(self) -> None:
        self.overall_heading.setText(self.tr("Overall"))
        self.scale_heading.setText(self.tr("Maturity scale"))
        self.table.setAccessibleName(self.tr("Element scores"))
        self.table.setAccessibleDescription(self.tr(
            "One row per element: score, level (0 to 5), target level, gap to the target, coverage, whether a key "
            "item caps it, claims without evidence and sample exceptions. The radar beside shows the same levels."))
        self.radar.setAccessibleName(self.tr("Radar chart of the element levels against the target"))
        self.radar.setAccessibleDescription(self.tr(
            "One spoke per element, from level 0 at the centre to 5 at the rim. The assessed levels are a solid, "
            "filled line with dots; the target is a dashed line. An element not yet rated is a dotted spoke with a "
            "hollow marker, not a 0. The Element scores table holds the same figures."))
        self.radar.set_legend(self.tr("Assessed level"), self.tr("Target"))
        self.rescore_button.setText(self.tr("Re-score with model 2…"))
