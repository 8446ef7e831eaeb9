"""What an empty store shows: two clear ways to begin (create an organisation, or explore the demo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable


class WelcomeView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.heading = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.create_organisation_button = QCommandLinkButton()
        self.create_organisation_button.setObjectName("createOrganisationButton")
        self.open_demo_button = QCommandLinkButton()
        self.open_demo_button.setObjectName("openDemoButton")
        self.open_other_button = QPushButton()
        self.open_other_button.setFlat(True)
        self.open_other_button.setObjectName("openOtherStoreButton")

        column = QWidget()
        column.setFixedWidth(640)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        inner.addSpacing(8)
        inner.addWidget(self.create_organisation_button)
        inner.addWidget(self.open_demo_button)
        inner.addWidget(self.open_other_button, alignment=Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setTabOrder(self.create_organisation_button, self.open_demo_button)
        self.setTabOrder(self.open_demo_button, self.open_other_button)
        self.retranslate()

    def set_has_store(self, has_store: bool) -> None:
        """The greeting differs when no store could be opened at all (nothing to create an organisation in)."""
        self._has_store = has_store
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to ExportAudit"))
        if getattr(self, "_has_store", True):
            self.intro.setText(self.tr(
                "This store is empty. Assess an export-control compliance programme against the nine elements of "
                "MOFCOM's 2021 guidance: start with the organisation you are assessing, or look around the demo "
                "first."))
        else:
            self.intro.setText(self.tr(
                "No store is open. Open the demo to look around, or open or create a store file for your own "
                "assessments (File menu)."))
        self.create_organisation_button.setText(self.tr("Create an organisation"))
        self.create_organisation_button.setDescription(self.tr(
            "Enter the company you assess (name, credit code, operator type, size), then start its assessment."))
        self.open_demo_button.setText(self.tr("Open the demo"))
        self.open_demo_button.setDescription(self.tr(
            "A mid-sized exporter part-way through its self-assessment, with notes, evidence and scores."))
        self.open_other_button.setText(self.tr("Open another store…"))
