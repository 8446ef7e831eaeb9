"""Edit > Preferences…: the name the change history records, and the default report logo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from exportaudit.ui.views._form import FormDialogView


def _hint() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setEnabled(False)  # muted text
    return label


class PreferencesView(FormDialogView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, "preferencesDialog", 600)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userNameEdit")
        self.user_hint = _hint()
        self.logo_edit = QLineEdit()
        self.logo_edit.setObjectName("logoPathEdit")
        self.logo_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("browseLogoButton")
        self.logo_hint = _hint()
        self.certificate_edit = QLineEdit()
        self.certificate_edit.setObjectName("certificatePathEdit")
        self.certificate_edit.setClearButtonEnabled(True)
        self.browse_certificate_button = QPushButton()
        self.browse_certificate_button.setObjectName("browseCertificateButton")
        self.certificate_hint = _hint()
        self.firm_edit = QLineEdit()
        self.firm_edit.setObjectName("firmNameEdit")
        self.disclaimer_edit = QPlainTextEdit()
        self.disclaimer_edit.setObjectName("disclaimerTemplateEdit")
        self.disclaimer_edit.setTabChangesFocus(True)
        self.disclaimer_edit.setFixedHeight(self.disclaimer_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.marking_edit = QLineEdit()
        self.marking_edit.setObjectName("confidentialityMarkingEdit")
        self.firm_hint = _hint()
        logo = QHBoxLayout()
        logo.addWidget(self.logo_edit, 1)
        logo.addWidget(self.browse_button)
        certificate = QHBoxLayout()
        certificate.addWidget(self.certificate_edit, 1)
        certificate.addWidget(self.browse_certificate_button)
        self._labels = [QLabel() for _ in range(6)]
        for label, field in zip(self._labels[3:], (self.firm_edit, self.disclaimer_edit, self.marking_edit),
                                strict=True):
            label.setBuddy(field)
        self._labels[0].setBuddy(self.user_edit)
        self._labels[1].setBuddy(self.logo_edit)
        self._labels[2].setBuddy(self.certificate_edit)
        self.form.addRow(self._labels[0], self.user_edit)
        self.form.addRow("", self.user_hint)
        self.form.addRow(self._labels[1], logo)
        self.form.addRow("", self.logo_hint)
        self.form.addRow(self._labels[2], certificate)
        self.form.addRow("", self.certificate_hint)
        self.form.addRow(self._labels[3], self.firm_edit)
        self.form.addRow(self._labels[4], self.disclaimer_edit)
        self.form.addRow(self._labels[5], self.marking_edit)
        self.form.addRow("", self.firm_hint)
        self.lay_out(stretch=True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self._labels[0].setText(self.tr("Your &name:"))
        self._labels[1].setText(self.tr("Report &logo:"))
        self.user_hint.setText(self.tr("Recorded with every change in the history. Leave it empty to use your "
                                       "account name on this computer."))
        self.logo_hint.setText(self.tr("A PNG or JPEG for the report cover, used when the organisation has no "
                                       "logo of its own."))
        self.browse_button.setText(self.tr("Browse…"))
        self._labels[2].setText(self.tr("Signing &certificate:"))
        self.certificate_hint.setText(self.tr("A PKCS#12 file (.p12 or .pfx) of your firm to sign PDF reports with. "
                                              "Its password is asked each time and never stored."))
        self.browse_certificate_button.setText(self.tr("Browse…"))
        self.certificate_edit.setPlaceholderText(self.tr("Reports are not signed"))
        self.logo_edit.setPlaceholderText(self.tr("No default logo"))
        self._labels[3].setText(self.tr("&Firm or department:"))
        self._labels[4].setText(self.tr("&Disclaimer template:"))
        self._labels[5].setText(self.tr("Confidentiality &marking:"))
        self.firm_hint.setText(self.tr("A new engagement (Assessment › Engagement and conclusion…) starts from "
                                       "these; each report's own can be changed there."))
