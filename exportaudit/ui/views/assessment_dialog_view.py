"""The new-assessment form: checklist, type, title, period, assessor, target profile and scope (operator type,
size and the structural facts that switch items on or off) and the checklist's optional module. The title and the
people's names each in a Chinese and an English form, side by side."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from exportaudit.core.vocab import FACTS
from exportaudit.ui.views._form import FormDialogView
from exportaudit.ui.views._widgets import tab_order
from exportaudit.ui.views.forms_edit import FormsEdit


class AssessmentDialogView(FormDialogView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, "assessmentDialog", 760)
        self.checklist_combo = QComboBox()
        self.checklist_combo.setObjectName("checklistCombo")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        self.title_forms = FormsEdit("titleEdit")
        self.period_start_edit = QDateEdit()
        self.period_start_edit.setObjectName("periodStartEdit")
        self.period_end_edit = QDateEdit()
        self.period_end_edit.setObjectName("periodEndEdit")
        for edit in (self.period_start_edit, self.period_end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.assessor_forms = FormsEdit("assessorEdit")
        self.role_forms = FormsEdit("assessorRoleEdit")
        self.independence_combo = QComboBox()
        self.independence_combo.setObjectName("independenceCombo")
        self.reviewer_forms = FormsEdit("reviewerEdit")
        self.review_date_edit = QLineEdit()
        self.review_date_edit.setObjectName("reviewDateEdit")
        self.review_date_edit.setInputMask("0000-00-00;_")
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.operator_type_combo = QComboBox()
        self.operator_type_combo.setObjectName("operatorTypeCombo")
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("sizeCombo")
        self.fact_checks: dict[str, QCheckBox] = {}
        self.facts_layout = facts = QVBoxLayout()
        for key in FACTS:
            box = QCheckBox()
            box.setObjectName(f"fact-{key}")
            self.fact_checks[key] = box
            facts.addWidget(box)
        self.module_check = QCheckBox()  # the checklist's optional module, when it has one
        self.module_check.setObjectName("moduleCheck")
        self.checklist_problems_label = QLabel()
        self.checklist_problems_label.setObjectName("checklistProblems")
        self.checklist_problems_label.setWordWrap(True)
        self.checklist_problems_label.hide()

        period = QHBoxLayout()
        self.period_to_label = QLabel()
        period.addWidget(self.period_start_edit)
        period.addWidget(self.period_to_label)
        period.addWidget(self.period_end_edit)
        period.addStretch(1)
        self._labels = [QLabel() for _ in range(14)]
        fields = (self.checklist_combo, self.kind_combo, self.title_forms, period, self.assessor_forms,
                  self.role_forms, self.independence_combo, self.reviewer_forms, self.review_date_edit,
                  self.profile_combo, self.operator_type_combo, self.size_combo, facts, self.module_check)
        self.add_rows(self._labels, fields, {3: self.period_start_edit, 12: next(iter(self.fact_checks.values()))})
        self.lay_out(self.checklist_problems_label)
        order = [self.checklist_combo, self.kind_combo, *self.title_forms.fields(), self.period_start_edit,
                 self.period_end_edit, *self.assessor_forms.fields(), *self.role_forms.fields(),
                 self.independence_combo, *self.reviewer_forms.fields(), self.review_date_edit, self.profile_combo,
                 self.operator_type_combo,
                 self.size_combo, *self.fact_checks.values(), self.module_check, self.buttons]
        tab_order(*order)
        self.retranslate()

    def retranslate(self) -> None:
        self.period_start_edit.setAccessibleName(self.tr("Start of the period"))
        self.period_end_edit.setAccessibleName(self.tr("End of the period"))
        texts = (self.tr("&Checklist:"), self.tr("&Type:"), self.tr("T&itle:"), self.tr("&Period:"),
                 self.tr("&Assessor:"), self.tr("Assessor's &role:"), self.tr("I&ndependence:"),
                 self.tr("Re&viewer:"), self.tr("Review &date:"), self.tr("Target &profile:"),
                 self.tr("&Operator type:"), self.tr("Si&ze:"), self.tr("Structure:"),
                 self.tr("Optional &module:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
            if isinstance(label.buddy(), FormsEdit):
                label.buddy().set_subject(text)
        self.period_to_label.setText(self.tr("to"))
        for forms, hint in ((self.title_forms, self.tr("e.g. 2026 ICP self-assessment")),
                            (self.role_forms, self.tr("e.g. Export compliance manager")),
                            (self.reviewer_forms, self.tr("Optional: who reviewed the result"))):
            for edit in forms.fields():
                edit.setPlaceholderText(hint)
        self.independence_combo.setToolTip(self.tr("How independent the assessor is of the programme assessed: the "
                                                   "function itself, another internal function, or external."))
        self.operator_type_combo.setToolTip(self.tr("Scope: items that do not apply to this operator type are "
                                                    "left out of the assessment."))
