"""The finding form in audit form: what it is about, its grade, the condition found, its cause, effect and risk,
the recommendation, and management's response (agreed or not, what they say, who owns it, by when)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from exportaudit.ui.views._form import FormDialogView
from exportaudit.ui.views._widgets import tab_order


class _ShortText(QPlainTextEdit):
    """A text box that asks for its minimum height only (Qt's default hint is 192 px), so the whole audit form
    fits a 1366×728 screen; it still grows when the dialog does."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), self.minimumHeight())


def _short_text(name: str, height: int) -> QPlainTextEdit:
    edit = _ShortText()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    return combo


class FindingDialogView(FormDialogView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, "findingDialog", 680)
        self.subject_label = QLabel()
        self.subject_label.setObjectName("findingSubject")
        self.subject_label.setWordWrap(True)
        self.grade_combo = _combo("gradeCombo")
        self.description_edit = _short_text("findingDescriptionEdit", 84)
        self.cause_edit = _short_text("causeEdit", 60)
        self.effect_edit = _short_text("effectEdit", 60)
        self.risk_combo = _combo("riskCombo")
        self.recommendation_edit = _short_text("recommendationEdit", 60)
        self.response_combo = _combo("responseCombo")
        self.response_edit = _short_text("responseEdit", 60)
        self.response_owner_edit = QLineEdit()
        self.response_owner_edit.setObjectName("responseOwnerEdit")
        self.response_date_check = QCheckBox()
        self.response_date_check.setObjectName("responseDateCheck")
        self.response_date_edit = QDateEdit()
        self.response_date_edit.setObjectName("responseDateEdit")
        self.response_date_edit.setCalendarPopup(True)
        self.response_date_edit.setDisplayFormat("yyyy-MM-dd")
        self._labels = [QLabel() for _ in range(7)]
        self.add_rows(self._labels, (self.subject_label, self.grade_combo, self.description_edit, self.cause_edit,
                                     self.effect_edit, self.risk_combo, self.recommendation_edit))
        self.response_box = QGroupBox()
        self.response_box.setObjectName("responseBox")
        date_row = QHBoxLayout()
        date_row.addWidget(self.response_date_check)
        date_row.addWidget(self.response_date_edit)
        date_row.addStretch(1)
        self._response_labels = [QLabel() for _ in range(4)]
        response_form = QFormLayout(self.response_box)
        for label, field in zip(self._response_labels, (self.response_combo, self.response_edit,
                                                        self.response_owner_edit, date_row), strict=True):
            label.setBuddy(field if isinstance(field, QWidget) else self.response_date_check)
            response_form.addRow(label, field)
        self.lay_out(self.response_box)
        order = [self.grade_combo, self.description_edit, self.cause_edit, self.effect_edit, self.risk_combo,
                 self.recommendation_edit, self.response_combo, self.response_edit, self.response_owner_edit,
                 self.response_date_check, self.response_date_edit, self.buttons]
        tab_order(*order)
        self.retranslate()

    def add_item_choice(self) -> tuple[QLabel, QComboBox]:
        """A row under the subject to choose the item the finding goes on (a finding raised from a test
        exception, whose check tests several items); its label's text is the caller's."""
        combo = _combo("exceptionItemCombo")
        label = QLabel()
        label.setBuddy(combo)
        self.form.insertRow(1, label, combo)
        return label, combo

    def retranslate(self) -> None:
        texts = (self.tr("On:"), self.tr("&Grade:"), self.tr("Con&dition:"), self.tr("C&ause:"),
                 self.tr("&Effect:"), self.tr("Ris&k:"), self.tr("&Recommendation:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.response_box.setTitle(self.tr("Management response"))
        for label, text in zip(self._response_labels, (self.tr("Re&sponse:"), self.tr("Comme&nt:"),
                                                       self.tr("O&wner:"), self.tr("&Target date:")), strict=True):
            label.setText(text)
        self.response_date_check.setText(self.tr("by"))
        self.response_date_check.setToolTip(self.tr("Untick for a response without a target date"))
        self.response_date_edit.setAccessibleName(self.tr("Response target date"))
        self.description_edit.setPlaceholderText(self.tr("What was found, with the facts that show it"))
        self.cause_edit.setPlaceholderText(self.tr("Why it happened (optional)"))
        self.effect_edit.setPlaceholderText(self.tr("What it leads to or could lead to (optional)"))
        self.recommendation_edit.setPlaceholderText(self.tr("What the organisation should do about it (optional)"))
        self.response_edit.setPlaceholderText(self.tr("Management's comment and planned action (optional)"))
        self.response_owner_edit.setPlaceholderText(self.tr("Who answers for it"))
