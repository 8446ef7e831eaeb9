"""An open assessment: a header naming it with its overall level (and, once finalised, its fingerprint and a
read-only notice), and the tabs: workspace, dashboard, statutory duties, other frameworks, action plan, document
requests, for a re-audit the comparison with its baseline, and transaction testing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views.workspace_view import WorkspaceView

if TYPE_CHECKING:
    from exportaudit.ui.views.action_plan_view import ActionPlanView
    from exportaudit.ui.views.comparison_view import ComparisonView
    from exportaudit.ui.views.dashboard_view import DashboardView
    from exportaudit.ui.views.duties_view import DutiesView
    from exportaudit.ui.views.frameworks_view import FrameworksView
    from exportaudit.ui.views.requests_view import RequestsView
    from exportaudit.ui.views.testing_view import TestingView

TAB_WORKSPACE, TAB_DASHBOARD, TAB_DUTIES, TAB_FRAMEWORKS, TAB_ACTIONS, TAB_REQUESTS, TAB_COMPARISON = range(7)
TAB_TESTING = 7


def _slot() -> QWidget:
    """The page of a tab whose view is built the first time it is shown or asked for."""
    slot = QWidget()
    QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
    return slot


def tab_shown(view: QWidget) -> bool:
    """``view``'s tab is the current one. A view built on first use sits in its tab's page, and the tabs hide that
    page, not the view: the view's own ``isHidden`` says nothing."""
    return not (view.parentWidget() or view).isHidden()


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
        self.final_badge = QLabel()
        self.final_badge.setObjectName("finalBadge")
        self.final_badge.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.final_badge.hide()
        self.final_banner = QLabel()
        self.final_banner.setObjectName("finalBanner")
        self.final_banner.setWordWrap(True)
        self.final_banner.hide()
        # Styled one by one: a style sheet on the whole page would restyle every tab added to it (~30 ms at start).
        self.final_badge.setStyleSheet("QLabel { border: 1px solid palette(highlight); border-radius: 4px;"
                                       " padding: 2px 8px; font-weight: bold; }")
        self.final_banner.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 5px;"
                                        " padding: 6px 10px; background: palette(alternate-base); }")

        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header = QHBoxLayout()
        header.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignTop)
        header.addLayout(titles, 1)
        header.addWidget(self.final_badge, alignment=Qt.AlignmentFlag.AlignVCenter)
        header.addSpacing(10)
        header.addWidget(self.overall_label)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.setDocumentMode(True)
        self.workspace = WorkspaceView()
        # Every tab but the workspace, where an audit starts, is built when first shown or asked for (see _view):
        # the window opens sooner, and a tab nobody looks at costs nothing.
        self._views: dict[int, QWidget] = {}
        self._slots = {tab: _slot() for tab in (TAB_DASHBOARD, TAB_DUTIES, TAB_FRAMEWORKS, TAB_ACTIONS,
                                                TAB_REQUESTS, TAB_COMPARISON, TAB_TESTING)}
        self.tabs.addTab(self.workspace, "")
        for tab in range(TAB_DASHBOARD, TAB_TESTING + 1):
            self.tabs.addTab(self._slots[tab], "")
        self.tabs.setTabVisible(TAB_COMPARISON, False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addLayout(header)
        layout.addWidget(self.final_banner)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _view(self, tab: int, kind: type[QWidget]) -> QWidget:
        """The view of a tab built on first use, made now if it is not yet (its module is imported then too)."""
        if tab not in self._views:
            view = self._views[tab] = kind()
            self._slots[tab].layout().addWidget(view)
            view.show()  # at once, not when the layout next runs: the tab may be on screen already
        return self._views[tab]

    @property
    def dashboard(self) -> DashboardView:
        from exportaudit.ui.views.dashboard_view import DashboardView

        return self._view(TAB_DASHBOARD, DashboardView)

    @property
    def action_plan(self) -> ActionPlanView:
        from exportaudit.ui.views.action_plan_view import ActionPlanView

        return self._view(TAB_ACTIONS, ActionPlanView)

    @property
    def requests(self) -> RequestsView:
        from exportaudit.ui.views.requests_view import RequestsView

        return self._view(TAB_REQUESTS, RequestsView)

    @property
    def duties(self) -> DutiesView:
        from exportaudit.ui.views.duties_view import DutiesView

        return self._view(TAB_DUTIES, DutiesView)

    @property
    def frameworks(self) -> FrameworksView:
        from exportaudit.ui.views.frameworks_view import FrameworksView

        return self._view(TAB_FRAMEWORKS, FrameworksView)

    @property
    def comparison(self) -> ComparisonView:
        from exportaudit.ui.views.comparison_view import ComparisonView

        return self._view(TAB_COMPARISON, ComparisonView)

    @property
    def testing(self) -> TestingView:
        from exportaudit.ui.views.testing_view import TestingView

        return self._view(TAB_TESTING, TestingView)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("All assessments"))
        self.back_button.setToolTip(self.tr("Back to the organisations and their assessments (Ctrl+0)"))
        self.tabs.setTabText(TAB_WORKSPACE, self.tr("Workspace"))
        self.tabs.setTabText(TAB_DASHBOARD, self.tr("Dashboard"))
        self.tabs.setTabToolTip(TAB_WORKSPACE, self.tr("Answer the items (Ctrl+1)"))
        self.tabs.setTabToolTip(TAB_DASHBOARD, self.tr("Element levels against the target (Ctrl+2)"))
        self.tabs.setTabText(TAB_DUTIES, self.tr("Statutory duties"))
        self.tabs.setTabToolTip(TAB_DUTIES, self.tr("Where the organisation may be breaking the law (Ctrl+7)"))
        self.tabs.setTabText(TAB_FRAMEWORKS, self.tr("Other frameworks"))
        self.tabs.setTabToolTip(TAB_FRAMEWORKS, self.tr("This assessment read against EU 2019/1318, BIS ECG 2017 "
                                                        "and Wassenaar 2011 through ExportAudit's own mapping"))
        self.tabs.setTabText(TAB_ACTIONS, self.tr("Action plan"))
        self.tabs.setTabToolTip(TAB_ACTIONS, self.tr("Every corrective action, sortable and filterable (Ctrl+3)"))
        self.tabs.setTabText(TAB_REQUESTS, self.tr("Document requests"))
        self.tabs.setTabToolTip(TAB_REQUESTS, self.tr("What the auditee is asked to provide (Ctrl+4)"))
        self.tabs.setTabText(TAB_COMPARISON, self.tr("Comparison"))
        self.tabs.setTabToolTip(TAB_COMPARISON, self.tr("This re-audit against its baseline (Ctrl+5)"))
        self.tabs.setTabText(TAB_TESTING, self.tr("Transaction testing"))
        self.tabs.setTabToolTip(TAB_TESTING, self.tr("Order lists, samples and test cards of real orders "
                                                          "(Ctrl+6)"))
