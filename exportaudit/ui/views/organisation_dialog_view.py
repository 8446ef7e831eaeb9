"""The organisation form: name, unified social credit code, sector, operator type, size, address, contact."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable


class OrganisationDialogView(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("organisationDialog")
        self.setMinimumWidth(520)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.uscc_edit = QLineEdit()
        self.uscc_edit.setObjectName("usccEdit")
        self.uscc_edit.setMaxLength(18)
        self.sector_edit = QLineEdit()
        self.sector_edit.setObjectName("sectorEdit")
        self.operator_type_combo = QComboBox()
        self.operator_type_combo.setObjectName("operatorTypeCombo")
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("sizeCombo")
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("addressEdit")
        self.contact_edit = QLineEdit()
        self.contact_edit.setObjectName("contactEdit")
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(7)]
        for label, field in zip(self._labels, (self.name_edit, self.uscc_edit, self.sector_edit,
                                               self.operator_type_combo, self.size_combo, self.address_edit,
                                               self.contact_edit), strict=False):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def retranslate(self) -> None:
        texts = (self.tr("&Name:"), self.tr("Unified social &credit code:"), self.tr("&Sector:"),
                 self.tr("&Operator type:"), self.tr("Si&ze:"), self.tr("&Address:"), self.tr("Con&tact:"))
        for label, text in zip(self._labels, texts, strict=False):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("Registered company name"))
        self.uscc_edit.setPlaceholderText(self.tr("18 characters, e.g. 91320594MA1Q8R2L7E"))
        self.contact_edit.setPlaceholderText(self.tr("Compliance contact: name, role, phone"))
