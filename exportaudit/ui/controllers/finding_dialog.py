"""Raise or edit a finding: grade, condition (required), cause, effect, risk, recommendation and management's
response."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from exportaudit.core.records import Finding
from exportaudit.core.vocab import FINDING_GRADES, FINDING_RISKS, RESPONSES
from exportaudit.ui.colours import grade_colour
from exportaudit.ui.controllers._form import FormDialog
from exportaudit.ui.marks import swatch
from exportaudit.ui.views.finding_dialog_view import FindingDialogView


class FindingDialog(FormDialog, FindingDialogView):
    def __init__(self, parent: QWidget, language: str, subject: str, finding: Finding | None,
                 save: Callable[[dict], None]):
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("Raise a finding") if finding is None else self.tr("Edit finding"))
        self.subject_label.setText(subject)
        for key, text in FINDING_GRADES.items():
            self.grade_combo.addItem(swatch(grade_colour(key)), text.get(language), key)
        self.risk_combo.addItem(self.tr("Not rated"), None)
        for key, text in FINDING_RISKS.items():
            self.risk_combo.addItem(text.get(language), key)
        self.response_combo.addItem(self.tr("Not yet given"), None)
        for key, text in RESPONSES.items():
            self.response_combo.addItem(text.get(language), key)
        target = QDate.currentDate().addDays(90)
        if finding is not None:
            self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(finding.grade)))
            self.description_edit.setPlainText(finding.description)
            self.cause_edit.setPlainText(finding.cause)
            self.effect_edit.setPlainText(finding.effect)
            self.risk_combo.setCurrentIndex(max(0, self.risk_combo.findData(finding.risk)))
            self.recommendation_edit.setPlainText(finding.recommendation)
            self.response_combo.setCurrentIndex(max(0, self.response_combo.findData(finding.response)))
            self.response_edit.setPlainText(finding.response_text)
            self.response_owner_edit.setText(finding.response_owner)
            stored = QDate.fromString(finding.response_date or "", "yyyy-MM-dd")
            target = stored if stored.isValid() else target
            self.response_date_check.setChecked(bool(finding.response_date))
        else:
            self.grade_combo.setCurrentIndex(self.grade_combo.findData("minor"))
        self.response_date_edit.setDate(target)
        self.response_date_edit.setEnabled(self.response_date_check.isChecked())
        self.response_date_check.toggled.connect(self.response_date_edit.setEnabled)
        self.description_edit.textChanged.connect(self._update)
        self.grade_combo.setFocus()
        self._update()

    def values(self) -> dict:
        dated = self.response_date_check.isChecked()
        return {"grade": self.grade_combo.currentData(), "description": self.description_edit.toPlainText().strip(),
                "cause": self.cause_edit.toPlainText().strip(), "effect": self.effect_edit.toPlainText().strip(),
                "risk": self.risk_combo.currentData(),
                "recommendation": self.recommendation_edit.toPlainText().strip(),
                "response": self.response_combo.currentData(), "response_text": self.response_edit.toPlainText().strip(),
                "response_owner": self.response_owner_edit.text().strip(),
                "response_date": self.response_date_edit.date().toString("yyyy-MM-dd") if dated else None}

    def _update(self) -> None:
        ok = bool(self.description_edit.toPlainText().strip())
        self.allow_ok(ok)
        if ok:
            self.show_error("")

    def problem(self, values: dict) -> str:
        return "" if values["description"] else self.tr("A finding needs a description.")
