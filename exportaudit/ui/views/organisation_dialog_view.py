"""The organisation form: name, unified social credit code, sector, operator type, size, address, contact; the
name, sector, address and contact each in a Chinese and an English form, side by side."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from exportaudit.ui.views._form import FormDialogView
from exportaudit.ui.views._widgets import tab_order
from exportaudit.ui.views.forms_edit import FormsEdit


class OrganisationDialogView(FormDialogView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, "organisationDialog", 760)
        self.name_forms = FormsEdit("nameEdit")
        self.uscc_edit = QLineEdit()
        self.uscc_edit.setObjectName("usccEdit")
        self.uscc_edit.setMaxLength(18)
        self.sector_forms = FormsEdit("sectorEdit")
        self.operator_type_combo = QComboBox()
        self.operator_type_combo.setObjectName("operatorTypeCombo")
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("sizeCombo")
        self.address_forms = FormsEdit("addressEdit")
        self.contact_forms = FormsEdit("contactEdit")
        self._labels = [QLabel() for _ in range(7)]
        self.add_rows(self._labels, (self.name_forms, self.uscc_edit, self.sector_forms, self.operator_type_combo,
                                     self.size_combo, self.address_forms, self.contact_forms))
        self.lay_out()
        tab_order(*self.name_forms.fields(), self.uscc_edit, *self.sector_forms.fields(), self.operator_type_combo,
                  self.size_combo, *self.address_forms.fields(), *self.contact_forms.fields(), self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("&Name:"), self.tr("Unified social &credit code:"), self.tr("&Sector:"),
                 self.tr("&Operator type:"), self.tr("Si&ze:"), self.tr("&Address:"), self.tr("Con&tact:"))
        for label, text in zip(self._labels, texts, strict=False):
            label.setText(text)
            if isinstance(label.buddy(), FormsEdit):
                label.buddy().set_subject(text)
        self.name_forms.zh.setPlaceholderText(self.tr("Registered company name"))
        self.name_forms.en.setPlaceholderText(self.tr("Registered company name in English"))
        self.uscc_edit.setPlaceholderText(self.tr("18 characters, e.g. 91320594MA1Q8R2L7E"))
        for edit in self.contact_forms.fields():
            edit.setPlaceholderText(self.tr("Compliance contact: name, role, phone"))
