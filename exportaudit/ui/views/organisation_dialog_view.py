"""The organisation form: name, unified social credit code, sector, operator type, size, address, contact."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from exportaudit.ui.views._form import FormDialogView


class OrganisationDialogView(FormDialogView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, "organisationDialog", 520)
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
        self._labels = [QLabel() for _ in range(7)]
        self.add_rows(self._labels, (self.name_edit, self.uscc_edit, self.sector_edit, self.operator_type_combo,
                                     self.size_combo, self.address_edit, self.contact_edit))
        self.lay_out()
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("&Name:"), self.tr("Unified social &credit code:"), self.tr("&Sector:"),
                 self.tr("&Operator type:"), self.tr("Si&ze:"), self.tr("&Address:"), self.tr("Con&tact:"))
        for label, text in zip(self._labels, texts, strict=False):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("Registered company name"))
        self.uscc_edit.setPlaceholderText(self.tr("18 characters, e.g. 91320594MA1Q8R2L7E"))
        self.contact_edit.setPlaceholderText(self.tr("Compliance contact: name, role, phone"))
