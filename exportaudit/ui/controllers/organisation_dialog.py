"""Create or edit an organisation; the form checks the name and credit code before the store sees them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from exportaudit.core.records import Organisation
from exportaudit.core.uscc import uscc_problem
from exportaudit.core.vocab import OPERATOR_TYPES, SIZES
from exportaudit.ui.controllers._form import FormDialog
from exportaudit.ui.views.organisation_dialog_view import OrganisationDialogView

_FORMS = {"name": "name_forms", "sector": "sector_forms", "address": "address_forms", "contact": "contact_forms"}


class OrganisationDialog(FormDialog, OrganisationDialogView):
    def __init__(self, parent: QWidget, language: str, organisation: Organisation | None,
                 save: Callable[[dict], None]):
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("New organisation") if organisation is None else self.tr("Edit organisation"))
        for combo, vocab in ((self.operator_type_combo, OPERATOR_TYPES), (self.size_combo, SIZES)):
            combo.addItem(self.tr("Not specified"), None)
            for key, text in vocab.items():
                combo.addItem(text.get(language), key)
        if organisation is not None:
            for field, edit in _FORMS.items():
                getattr(self, edit).set_forms(organisation.forms(field))
            self.uscc_edit.setText(organisation.uscc)
            self.operator_type_combo.setCurrentIndex(max(0, self.operator_type_combo.findData(organisation.operator_type)))
            self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(organisation.size)))
        for edit in self.name_forms.fields():
            edit.textChanged.connect(self._update)
        (self.name_forms.zh if language == "zh" else self.name_forms.en).setFocus()
        self._update()

    def values(self) -> dict:
        """What the form says, each name in its two forms (``name_zh``, ``name_en``...)."""
        values = {"uscc": self.uscc_edit.text().strip().upper(), "operator_type": self.operator_type_combo.currentData(),
                  "size": self.size_combo.currentData()}
        for field, edit in _FORMS.items():
            forms = getattr(self, edit).forms()
            values.update({f"{field}_zh": forms.zh, f"{field}_en": forms.en})
        return values

    def problem(self, values: dict) -> str:
        if not (values["name_zh"] or values["name_en"]):
            return self.tr("An organisation needs a name.")
        kind = uscc_problem(values["uscc"]) if values["uscc"] else None
        if kind == "check":
            return self.tr("The last character of the unified social credit code does not match the others "
                           "(GB 32100 check character): there is probably a typo. Leave it empty if you do not "
                           "know it yet.")
        if kind:
            return self.tr("The unified social credit code has 18 characters: digits and capital letters "
                           "except I, O, S, V and Z. Leave it empty if you do not know it yet.")
        return ""

    def _update(self) -> None:
        self.allow_ok(bool(self.name_forms.forms()))
