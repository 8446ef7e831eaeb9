"""An open assessment: a header naming it with its overall level, and the workspace and dashboard tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views.dashboard_view import DashboardView
from exportaudit.ui.views.workspace_view import WorkspaceView

TAB_WORKSPACE, TAB_DASHBOARD = range(2)


class AssessmentPageView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("assessmentPage")
        self.back_button = QToolButton()
        self.back_button.setObjectName("backButton")
        self.back_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setAutoRaise(True)
        self.title_label = QLabel()
        self.title_label.setObjectName("assessmentTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("assessmentSubtitle")
        self.overall_label = QLabel()
        self.overall_label.setObjectName("overallLabel")
        self.overall_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.overall_label.setTextFormat(Qt.TextFormat.RichText)

        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header = QHBoxLayout()
        header.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignTop)
        header.addLayout(titles, 1)
        header.addWidget(self.overall_label)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.setDocumentMode(True)
        self.workspace = WorkspaceView()
        self.dashboard = DashboardView()
        self.tabs.addTab(self.workspace, "")
        self.tabs.addTab(self.dashboard, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("All assessments"))
        self.back_button.setToolTip(self.tr("Back to the organisations and their assessments (Ctrl+0)"))
        self.tabs.setTabText(TAB_WORKSPACE, self.tr("Workspace"))
        self.tabs.setTabText(TAB_DASHBOARD, self.tr("Dashboard"))
        self.tabs.setTabToolTip(TAB_WORKSPACE, self.tr("Answer the items (Ctrl+1)"))
        self.tabs.setTabToolTip(TAB_DASHBOARD, self.tr("Element levels against the target (Ctrl+2)"))
