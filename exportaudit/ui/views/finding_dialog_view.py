"""The finding form: what it is about, its grade, the description and the recommendation."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import FormErrors, error_label, ok_cancel


def text_box(name: str, height: int = 90) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (as in a form) instead of typing a tab."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class FindingDialogView(FormErrors, Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findingDialog")
        self.setMinimumWidth(560)
        self.subject_label = QLabel()
        self.subject_label.setObjectName("findingSubject")
        self.subject_label.setWordWrap(True)
        self.grade_combo = QComboBox()
        self.grade_combo.setObjectName("gradeCombo")
        self.description_edit = text_box("findingDescriptionEdit", 110)
        self.recommendation_edit = text_box("recommendationEdit")
        self.error_label = error_label()
        self.buttons = ok_cancel(self)
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.subject_label, self.grade_combo, self.description_edit,
                                               self.recommendation_edit), strict=False):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self._labels, (self.tr("On:"), self.tr("&Grade:"), self.tr("&Description:"),
                                              self.tr("&Recommendation:")), strict=False):
            label.setText(text)
        self.description_edit.setPlaceholderText(self.tr("What was found, with the facts that show it"))
        self.recommendation_edit.setPlaceholderText(self.tr("What the organisation should do about it (optional)"))
