"""The framework tab: the assessment seen through another ICP framework (EU 2019/1318, BIS ECG 2017, Wassenaar
2011). A radar of the chosen framework's section levels beside a side panel (the framework picker, the module switch, the
plain statement that the mapping is ExportAudit's own, the selected section's summary, the source), and below them
the sections table and the items behind the selected section."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QLabel, QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import chart_page, heading, stretch_column, table_view
from exportaudit.ui.widgets.radar_chart import RadarChart


class FrameworksView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("frameworks")
        self.framework_label = QLabel()
        self.framework_combo = QComboBox()
        self.framework_combo.setObjectName("frameworkCombo")
        self.framework_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.framework_combo.setMinimumContentsLength(12)
        self.framework_combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # the panel's width
        self.framework_label.setBuddy(self.framework_combo)
        self.module_check = QCheckBox()
        self.module_check.setObjectName("moduleCheck")
        self.radar = RadarChart()
        self.radar.setObjectName("frameworkRadar")
        self.title_label = heading(1.1, "frameworkTitle")
        self.title_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setObjectName("mappingNote")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 5px; padding: 6px 8px;"
                                      " background: palette(alternate-base); }")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("frameworkSummary")
        self.summary_label.setWordWrap(True)
        self.source_heading = heading()
        self.source_label = QLabel()
        self.source_label.setObjectName("frameworkSource")
        self.source_label.setWordWrap(True)
        side = QFrame()
        side.setObjectName("frameworkCard")
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 10, 12, 10)
        self.section_heading = heading(name="sectionHeading")
        self.section_heading.setWordWrap(True)
        self.section_summary = QLabel()
        self.section_summary.setObjectName("sectionSummary")
        self.section_summary.setWordWrap(True)
        # the picker sits in the scrolling side panel, so the page needs no more height than the dashboard
        for widget in (self.framework_label, self.framework_combo, self.module_check, self.title_label,
                       self.note_label, self.summary_label, self.section_heading, self.section_summary,
                       self.source_heading, self.source_label):
            side_layout.addWidget(widget)
        self.module_check.setStyleSheet("QCheckBox { margin-bottom: 6px; }")
        side_layout.addStretch(1)
        side_scroll = QScrollArea()  # the source and confidence notes can be longer than the chart is high
        side_scroll.setObjectName("frameworkCardScroll")
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side)

        self.sections = table_view("sectionTable")
        self.items = table_view("sectionItemsTable")
        below = QSplitter(Qt.Orientation.Horizontal)
        below.setObjectName("frameworkTablesSplitter")
        below.addWidget(self.sections)
        below.addWidget(self.items)
        below.setStretchFactor(0, 2)
        below.setStretchFactor(1, 3)
        below.setChildrenCollapsible(False)

        self.splitter = chart_page(self, self.radar, side_scroll, below, name="frameworksSplitter", side_share=1,
                                   sizes=(800, 380))
        self.splitter.setSizes([400, 300])  # the tables matter as much as the chart here
        self.retranslate()

    def configure_columns(self) -> None:
        stretch_column(self.sections, 0, (240, 80, 55, 95, 125))
        stretch_column(self.items, 4, (70, 260, 110, 80, 200))

    def retranslate(self) -> None:
        self.framework_label.setText(self.tr("&Framework:"))
        self.source_heading.setText(self.tr("Source and confidence"))
        self.sections.setAccessibleName(self.tr("Sections of the framework"))
        self.items.setAccessibleName(self.tr("Items behind the selected section"))
        self.radar.setAccessibleName(self.tr("Radar chart of the section levels"))
