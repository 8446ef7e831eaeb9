"""Start an assessment: pick the checklist, type, period, assessor, target profile and the scope it covers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from exportaudit.core.bilingual import Forms
from exportaudit.core.checklist import Checklist
from exportaudit.core.checklist_loader import ChecklistError
from exportaudit.core.records import Organisation
from exportaudit.core.vocab import ASSESSMENT_KINDS, FACTS, INDEPENDENCE, OPERATOR_TYPES, SIZES, SUGGESTED_TITLES
from exportaudit.ui.controllers._form import FormDialog
from exportaudit.ui.views.assessment_dialog_view import AssessmentDialogView


class AssessmentDialog(FormDialog, AssessmentDialogView):
    def __init__(self, parent: QWidget, language: str, organisation: Organisation, checklists: list[Checklist],
                 problems: list[ChecklistError], assessor: str, save: Callable[[dict], None]):
        super().__init__(parent, save)
        self._language, self._checklists = language, checklists
        self.setWindowTitle(self.tr("New assessment for {organisation}").format(
            organisation=organisation.in_language("name", language)))
        for checklist in checklists:
            self.checklist_combo.addItem(f"{checklist.title.get(language)} ({checklist.version})", checklist.id)
        for key, text in ASSESSMENT_KINDS.items():
            self.kind_combo.addItem(text.get(language), key)
        for key, text in INDEPENDENCE.items():
            self.independence_combo.addItem(text.get(language), key)
        for combo, vocab, current in ((self.operator_type_combo, OPERATOR_TYPES, organisation.operator_type),
                                      (self.size_combo, SIZES, organisation.size)):
            combo.addItem(self.tr("Not specified (all items)"), None)
            for key, text in vocab.items():
                combo.addItem(text.get(language), key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        for key, box in self.fact_checks.items():
            box.setText(FACTS[key].get(language))
        self.size_combo.setToolTip(self.tr("Size classes follow the official SME criteria (工信部联企业〔2011〕300号), "
                                           "which differ by industry; small includes micro enterprises."))
        year = QDate.currentDate().year()
        self.period_start_edit.setDate(QDate(year, 1, 1))
        self.period_end_edit.setDate(QDate(year, 12, 31))
        self.title_forms.set_forms(_suggested("self", year))
        self.assessor_forms.set_forms(Forms.of(assessor))
        if problems:
            names = "\n".join(str(p.problems[0]) if p.problems else str(p) for p in problems)
            self.checklist_problems_label.setText(self.tr("Some checklist files were refused:") + "\n" + names)
            self.checklist_problems_label.show()
        if not checklists:
            self.show_error(self.tr("No valid checklist is installed, so no assessment can be started."))
        self.checklist_combo.currentIndexChanged.connect(self._fill_profiles)
        self.kind_combo.currentIndexChanged.connect(self._suggest_title)
        self.kind_combo.currentIndexChanged.connect(self._follow_kind)
        for edit in self.title_forms.fields():
            edit.textChanged.connect(self._update)
        self._fill_profiles()
        self._follow_kind()
        self._update()
        self._suggested_title = self.title_forms.forms()
        self.checklist_combo.setFocus()

    def checklist(self) -> Checklist | None:
        index = self.checklist_combo.currentIndex()
        return self._checklists[index] if 0 <= index < len(self._checklists) else None

    def _fill_profiles(self) -> None:
        self.profile_combo.clear()
        checklist = self.checklist()
        self._show_module(checklist)
        self.profile_combo.addItem(self.tr("None"), None)
        if checklist is not None:
            for profile in checklist.target_profiles:
                self.profile_combo.addItem(profile.name.get(self._language), profile.id)
            if checklist.target_profiles:
                self.profile_combo.setCurrentIndex(1)

    def _show_module(self, checklist: Checklist | None) -> None:
        """Offer the checklist's optional module (off by default); the row is hidden for a checklist without one."""
        module = checklist.modules[0] if checklist is not None and checklist.modules else None
        self.form.setRowVisible(self.module_check, module is not None)
        self.module_check.setChecked(False)
        if module is not None:
            count = sum(1 for i in checklist.items if checklist.element(i.element).module == module.id)
            self.module_check.setText(self.tr("{module} ({count} items)").format(
                module=module.name.get(self._language), count=count))
            self.module_check.setToolTip(module.description.get(self._language))

    def _suggest_title(self) -> None:
        """Follow the type in the title as long as the user has not written their own."""
        if self.title_forms.forms() != self._suggested_title:
            return
        self._suggested_title = _suggested(self.kind_combo.currentData(), self.period_start_edit.date().year())
        self.title_forms.set_forms(self._suggested_title)

    def _follow_kind(self) -> None:
        """A self-assessment is usually done by the function itself, an internal audit by another internal
        function, an external audit from outside: suggest the independence that goes with the type."""
        self.independence_combo.setCurrentIndex(max(0, self.independence_combo.findData(self.kind_combo.currentData())))

    def values(self) -> dict:
        """What the form says; the title and names in their two forms (``title_zh``, ``title_en``...)."""
        values = {"checklist": self.checklist(), "kind": self.kind_combo.currentData(),
                  "period_start": self.period_start_edit.date().toString("yyyy-MM-dd"),
                  "period_end": self.period_end_edit.date().toString("yyyy-MM-dd"),
                  "target_profile": self.profile_combo.currentData(),
                  "operator_type": self.operator_type_combo.currentData(), "size": self.size_combo.currentData(),
                  "independence": self.independence_combo.currentData(),
                  "review_date": date_or_blank(self.review_date_edit.text()),
                  "facts": [key for key, box in self.fact_checks.items() if box.isChecked()],
                  "modules": self._modules()}
        for field, edit in (("title", self.title_forms), ("assessor", self.assessor_forms),
                            ("assessor_role", self.role_forms), ("reviewer", self.reviewer_forms)):
            forms = edit.forms()
            values.update({f"{field}_zh": forms.zh, f"{field}_en": forms.en})
        return values

    def _modules(self) -> str:
        checklist = self.checklist()
        if checklist is None or not checklist.modules or not self.module_check.isChecked():
            return ""
        return checklist.modules[0].id

    def _update(self) -> None:
        ok = bool(self.title_forms.forms()) and self.checklist() is not None
        self.allow_ok(ok)

    def problem(self, values: dict) -> str:
        if not (values["title_zh"] or values["title_en"]):
            return self.tr("An assessment needs a title.")
        if values["checklist"] is None:
            return self.tr("No valid checklist is installed, so no assessment can be started.")
        if self.period_end_edit.date() < self.period_start_edit.date():
            return self.tr("The period ends before it starts.")
        return ""


def _suggested(kind: str, year: int) -> Forms:
    """The title offered for a new assessment of type ``kind``, in both forms."""
    text = SUGGESTED_TITLES[kind]
    return Forms(text.zh.format(year=year), text.en.format(year=year))


def date_or_blank(text: str) -> str:
    """The review date as typed; the input mask leaves "--" when nothing was typed."""
    return "" if not text.replace("-", "").strip() else text.strip()
