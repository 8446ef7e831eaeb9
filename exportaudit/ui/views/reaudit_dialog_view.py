"""Assessment > New re-audit from this…: the assessment form without what a re-audit inherits from its baseline
(checklist, target profile and scope), with a word on what is carried over."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from exportaudit.ui.views.assessment_dialog_view import AssessmentDialogView


class ReauditDialogView(AssessmentDialogView):
    def __init__(self, parent: QWidget | None = None):
        self.intro_label = QLabel()  # a plain label: safe to create before the dialog itself
        super().__init__(parent)
        self.setObjectName("reauditDialog")
        self.intro_label.setObjectName("reauditIntro")
        self.intro_label.setWordWrap(True)
        # inherited from the baseline: checklist, target profile and scope (operator type, size, structural facts)
        rows = [self.form.getWidgetPosition(w)[0] for w in (self.checklist_combo, self.profile_combo,
                                                             self.operator_type_combo, self.size_combo)]
        rows.append(self.form.getLayoutPosition(self.facts_layout)[0])
        rows.append(self.form.getWidgetPosition(self.module_check)[0])  # the optional module too
        for row in rows:
            self.form.setRowVisible(row, False)
        self.layout().insertWidget(0, self.intro_label)
        self.layout().insertSpacing(1, 6)
        self.setTabOrder(self.kind_combo, self.title_forms.zh)
        self.kind_combo.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro_label.setText(self.tr(
            "The re-audit starts from this assessment: its ratings, N/A justifications, notes and evidence links are "
            "carried over, each marked “to re-confirm” until you confirm it unchanged or change it. Checklist, "
            "target profile, scope and optional module stay the same."))
