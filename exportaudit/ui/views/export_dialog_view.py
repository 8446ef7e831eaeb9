"""The report export form: format (Excel or PDF), language, the other frameworks to report against, the file to
write, to whom it is issued (for the report register) and, when a certificate is set in the preferences, whether
to sign the PDF (password asked)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from exportaudit.ui.views._form import FormDialogView


class ExportDialogView(FormDialogView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, "exportDialog", 560)
        self.xlsx_radio = QRadioButton()
        self.xlsx_radio.setObjectName("xlsxRadio")
        self.pdf_radio = QRadioButton()
        self.pdf_radio.setObjectName("pdfRadio")
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.xlsx_radio)
        self.format_group.addButton(self.pdf_radio)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("reportLanguageCombo")
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("reportPathEdit")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("browseButton")
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setObjectName("recipientEdit")
        self.sign_check = QCheckBox()
        self.sign_check.setObjectName("signCheck")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("certificatePasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        formats = QHBoxLayout()
        formats.addWidget(self.xlsx_radio)
        formats.addWidget(self.pdf_radio)
        formats.addStretch(1)
        path = QHBoxLayout()
        path.addWidget(self.path_edit, 1)
        path.addWidget(self.browse_button)
        self.frameworks_box = QVBoxLayout()  # one check box per framework, added by the dialog
        self.frameworks_box.setSpacing(2)
        self.framework_checks: dict[str, QCheckBox] = {}
        self._labels = [QLabel() for _ in range(6)]
        self._labels[0].setBuddy(self.xlsx_radio)
        self._labels[1].setBuddy(self.language_combo)
        self._labels[2].setBuddy(self.path_edit)
        self._labels[3].setBuddy(self.recipient_edit)
        self._labels[4].setBuddy(self.password_edit)
        self.form.addRow(self._labels[0], formats)
        self.form.addRow(self._labels[1], self.language_combo)
        self.form.addRow(self._labels[5], self.frameworks_box)
        self.form.addRow(self._labels[2], path)
        self.form.addRow(self._labels[3], self.recipient_edit)
        self.form.addRow("", self.sign_check)
        self.form.addRow(self._labels[4], self.password_edit)
        self.lay_out()
        self.retranslate()

    def add_framework(self, framework_id: str, text: str, tip: str) -> QCheckBox:
        check = QCheckBox(text)
        check.setObjectName(f"frameworkCheck-{framework_id}")
        check.setToolTip(tip)
        self.framework_checks[framework_id] = check
        self.frameworks_box.addWidget(check)
        return check

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export report"))
        self._labels[0].setText(self.tr("&Format:"))
        self._labels[1].setText(self.tr("&Language:"))
        self._labels[2].setText(self.tr("&Save to:"))
        self._labels[5].setText(self.tr("Other frameworks:"))
        self.xlsx_radio.setText(self.tr("Excel workbook (.xlsx)"))
        self.pdf_radio.setText(self.tr("PDF document (.pdf)"))
        self.browse_button.setText(self.tr("Browse…"))
        self._labels[3].setText(self.tr("&Issued to:"))
        self.recipient_edit.setPlaceholderText(self.tr("Optional; recorded in the report register"))
        self.sign_check.setText(self.tr("&Sign the PDF with the firm's certificate"))
        self._labels[4].setText(self.tr("Certificate &password:"))

    def show_signing(self, available: bool) -> None:
        """The signing rows exist only for a PDF with a certificate set in the preferences."""
        self.sign_check.setVisible(available)
        self.password_edit.setVisible(available)
        self._labels[4].setVisible(available)
        self.password_edit.setEnabled(available and self.sign_check.isChecked())
