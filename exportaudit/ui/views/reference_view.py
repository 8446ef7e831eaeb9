"""The current item's reference texts: guidance for the assessor, the evidence expected, the legal basis, where the
expectation comes from and what changed in this checklist version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable


def _heading() -> QLabel:
    label = QLabel()
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _body(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class ReferenceView(Retranslatable, QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("referencePanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.guidance_heading = _heading()
        self.guidance_label = _body("guidanceText")
        self.evidence_heading = _heading()
        self.evidence_label = _body("expectedEvidenceText")
        self.legal_heading = _heading()
        self.legal_label = _body("legalBasisText")
        self.sources_heading = _heading()
        self.sources_label = _body("sourcesText")
        self.changes_heading = _heading()
        self.changes_label = _body("changesText")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 8, 10, 8)
        for heading, body in ((self.guidance_heading, self.guidance_label),
                              (self.evidence_heading, self.evidence_label),
                              (self.legal_heading, self.legal_label),
                              (self.sources_heading, self.sources_label),
                              (self.changes_heading, self.changes_label)):
            layout.addWidget(heading)
            layout.addWidget(body)
            layout.addSpacing(10)
        layout.addStretch(1)
        self.setWidget(content)
        self.retranslate()

    def retranslate(self) -> None:
        self.guidance_heading.setText(self.tr("Guidance"))
        self.evidence_heading.setText(self.tr("Expected evidence"))
        self.legal_heading.setText(self.tr("Legal basis"))
        self.sources_heading.setText(self.tr("Sources"))
        self.changes_heading.setText(self.tr("Changes in this version"))

    def show_format2(self, visible: bool) -> None:
        """Sources and change notes exist from checklist format 2 on; a 1.x checklist hides their headings."""
        for widget in (self.sources_heading, self.sources_label):
            widget.setVisible(visible)

    def show_changes(self, visible: bool) -> None:
        for widget in (self.changes_heading, self.changes_label):
            widget.setVisible(visible)
