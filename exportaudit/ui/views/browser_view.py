"""The "All assessments" page: organisations on the left and the chosen one's assessments on the right; and, on a
second tab, the portfolio across clients."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import heading, tab_order, table_view

if TYPE_CHECKING:
    from exportaudit.ui.views.portfolio_view import PortfolioView

TAB_ORGANISATIONS, TAB_PORTFOLIO = range(2)


def _table(name: str) -> QTableView:
    return table_view(name)


def _heading() -> QLabel:
    return heading(1.25)


class BrowserView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("browserPage")
        self.organisations_heading = _heading()
        self.organisation_table = _table("organisationTable")
        self.new_organisation_button = QPushButton()
        self.new_organisation_button.setObjectName("newOrganisationButton")
        self.edit_organisation_button = QPushButton()
        self.edit_organisation_button.setObjectName("editOrganisationButton")
        self.delete_organisation_button = QPushButton()
        self.delete_organisation_button.setObjectName("deleteOrganisationButton")

        self.assessments_heading = _heading()
        self.organisation_details = QLabel()
        self.organisation_details.setObjectName("organisationDetails")
        self.organisation_details.setWordWrap(True)
        self.organisation_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.assessment_table = _table("assessmentTable")
        self.open_assessment_button = QPushButton()
        self.open_assessment_button.setObjectName("openAssessmentButton")
        self.open_assessment_button.setDefault(True)
        self.new_assessment_button = QPushButton()
        self.new_assessment_button.setObjectName("newAssessmentButton")
        self.rename_assessment_button = QPushButton()
        self.rename_assessment_button.setObjectName("renameAssessmentButton")
        self.duplicate_assessment_button = QPushButton()
        self.duplicate_assessment_button.setObjectName("duplicateAssessmentButton")
        self.delete_assessment_button = QPushButton()
        self.delete_assessment_button.setObjectName("deleteAssessmentButton")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.organisations_heading)
        left_layout.addWidget(self.organisation_table, 1)
        buttons = QHBoxLayout()
        for button in (self.new_organisation_button, self.edit_organisation_button, self.delete_organisation_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.assessments_heading)
        right_layout.addWidget(self.organisation_details)
        right_layout.addWidget(self.assessment_table, 1)
        buttons = QHBoxLayout()
        for button in (self.open_assessment_button, self.new_assessment_button, self.rename_assessment_button,
                       self.duplicate_assessment_button, self.delete_assessment_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        # The portfolio is built when first shown (or first asked for): the app opens on the organisations.
        self._portfolio: PortfolioView | None = None
        self._portfolio_slot = QWidget()
        QVBoxLayout(self._portfolio_slot).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("browserTabs")
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(self._portfolio_slot, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        order = [self.organisation_table, self.new_organisation_button, self.edit_organisation_button,
                 self.delete_organisation_button, self.assessment_table, self.open_assessment_button,
                 self.new_assessment_button, self.rename_assessment_button, self.duplicate_assessment_button,
                 self.delete_assessment_button]
        tab_order(*order)
        self.retranslate()

    def configure_columns(self) -> None:
        """Called once the models are set: the first column takes the spare width."""
        for table in (self.organisation_table, self.assessment_table):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    @property
    def portfolio(self) -> PortfolioView:
        """The portfolio tab's view, built (and its module imported) on first use."""
        if self._portfolio is None:
            from exportaudit.ui.views.portfolio_view import PortfolioView

            self._portfolio = PortfolioView()
            self._portfolio_slot.layout().addWidget(self._portfolio)
            self._portfolio.show()  # at once, not when the layout next runs: the tab may be showing already
        return self._portfolio

    def retranslate(self) -> None:
        self.tabs.setTabText(TAB_ORGANISATIONS, self.tr("Organisations and assessments"))
        self.tabs.setTabText(TAB_PORTFOLIO, self.tr("Portfolio"))
        self.organisations_heading.setText(self.tr("Organisations"))
        self.new_organisation_button.setText(self.tr("New…"))
        self.edit_organisation_button.setText(self.tr("Edit…"))
        self.delete_organisation_button.setText(self.tr("Delete…"))
        self.assessments_heading.setText(self.tr("Assessments"))
        self.open_assessment_button.setText(self.tr("Open"))
        self.new_assessment_button.setText(self.tr("New assessment…"))
        self.rename_assessment_button.setText(self.tr("Rename…"))
        self.duplicate_assessment_button.setText(self.tr("Duplicate…"))
        self.delete_assessment_button.setText(self.tr("Delete…"))
