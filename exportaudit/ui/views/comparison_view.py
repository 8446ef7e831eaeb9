"""The comparison tab of a re-audit: element levels then, now and the target (radars overlaid) and a table, the
items that improved, regressed or stayed the same, those carried over and not yet re-confirmed, and the
baseline's corrective actions still open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTabWidget, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import chart_page, heading, stretch_column, table_view
from exportaudit.ui.views.action_plan_view import ACTION_WIDTHS
from exportaudit.ui.widgets.radar_chart import RadarChart

TAB_IMPROVED, TAB_REGRESSED, TAB_UNCHANGED, TAB_NOT_COMPARABLE, TAB_NOT_RECONFIRMED, TAB_OPEN_ACTIONS = range(6)


class ComparisonView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparison")
        self.radar = RadarChart()
        self.radar.setObjectName("comparisonRadar")
        self.baseline_label = QLabel()
        self.baseline_label.setObjectName("baselineLabel")
        self.baseline_label.setWordWrap(True)
        self.baseline_label.setTextFormat(Qt.TextFormat.RichText)
        self.elements_heading = heading()
        self.element_table = table_view("elementChangeTable", sortable=True)
        self.improved_table = table_view("improvedTable", sortable=True)
        self.regressed_table = table_view("regressedTable", sortable=True)
        self.unchanged_table = table_view("unchangedTable", sortable=True)
        self.not_comparable_table = table_view("notComparableTable", sortable=True)
        self.not_reconfirmed_table = table_view("notReconfirmedTable", sortable=True)
        self.actions_table = table_view("baselineActionTable", sortable=True)
        self.item_tabs = QTabWidget()
        self.item_tabs.setObjectName("comparisonTabs")
        for table in (*self.item_tables(), self.actions_table):
            self.item_tabs.addTab(table, "")

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.baseline_label)
        side_layout.addSpacing(6)
        side_layout.addWidget(self.elements_heading)
        side_layout.addWidget(self.element_table, 1)
        self.splitter = chart_page(self, self.radar, side, self.item_tabs, name="comparisonSplitter", side_share=2,
                                   sizes=(760, 480))
        self.retranslate()

    def item_tables(self):
        return (self.improved_table, self.regressed_table, self.unchanged_table, self.not_comparable_table,
                self.not_reconfirmed_table)

    def configure_columns(self) -> None:
        header = self.element_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for table in self.item_tables():
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        stretch_column(self.actions_table, 2, ACTION_WIDTHS)

    def retranslate(self) -> None:
        self.elements_heading.setText(self.tr("Element levels"))
        self.elements_heading.setBuddy(self.element_table)
        for table, name in zip((*self.item_tables(), self.actions_table), (
                self.tr("Improved"), self.tr("Regressed"), self.tr("Unchanged"), self.tr("Not comparable"),
                self.tr("Not yet re-confirmed"), self.tr("Open actions from the baseline")), strict=True):
            table.setAccessibleName(name)  # until a comparison names them with their counts
