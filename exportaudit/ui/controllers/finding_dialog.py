"""Raise or edit a finding: grade, description (required) and recommendation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from exportaudit.core.store.records import Finding
from exportaudit.core.vocab import FINDING_GRADES
from exportaudit.ui.colours import grade_colour
from exportaudit.ui.controllers._form import save_form
from exportaudit.ui.marks import swatch
from exportaudit.ui.views.finding_dialog_view import FindingDialogView


class FindingDialog(FindingDialogView):
    def __init__(self, parent: QWidget, language: str, subject: str, finding: Finding | None,
                 save: Callable[[dict], None]):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._save = save
        self.setWindowTitle(self.tr("Raise a finding") if finding is None else self.tr("Edit finding"))
        self.subject_label.setText(subject)
        for key, text in FINDING_GRADES.items():
            self.grade_combo.addItem(swatch(grade_colour(key)), text.get(language), key)
        if finding is not None:
            self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(finding.grade)))
            self.description_edit.setPlainText(finding.description)
            self.recommendation_edit.setPlainText(finding.recommendation)
        else:
            self.grade_combo.setCurrentIndex(self.grade_combo.findData("minor"))
        self.description_edit.textChanged.connect(self._update)
        self.grade_combo.setFocus()
        self._update()

    def values(self) -> dict:
        return {"grade": self.grade_combo.currentData(), "description": self.description_edit.toPlainText().strip(),
                "recommendation": self.recommendation_edit.toPlainText().strip()}

    def _update(self) -> None:
        ok = bool(self.description_edit.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if ok:
            self.show_error("")

    def accept(self) -> None:
        values = self.values()
        if not values["description"]:
            self.show_error(self.tr("A finding needs a description."))
            return
        if save_form(self, self._save, values):
            super().accept()
