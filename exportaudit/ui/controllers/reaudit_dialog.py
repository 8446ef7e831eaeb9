"""Start a re-audit from an assessment: title, type, period, who assesses (role, independence) and who reviews,
prefilled from the baseline where it carries over."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from exportaudit.core.bilingual import Forms
from exportaudit.core.periods import following_period
from exportaudit.core.records import Assessment
from exportaudit.core.vocab import ASSESSMENT_KINDS, INDEPENDENCE, REAUDIT_TITLE
from exportaudit.ui.controllers._form import FormDialog
from exportaudit.ui.controllers.assessment_dialog import date_or_blank
from exportaudit.ui.views.reaudit_dialog_view import ReauditDialogView


def next_period(baseline: Assessment) -> tuple[QDate, QDate]:
    """The period after the baseline's (a year from the day after it ended), else this calendar year."""
    following = following_period(baseline.period_end)
    if following:
        return tuple(QDate.fromString(day, "yyyy-MM-dd") for day in following)
    year = QDate.currentDate().year()
    return QDate(year, 1, 1), QDate(year, 12, 31)


def next_title(title: str, old_year: int, new_year: int) -> str:
    """The baseline's title with its year moved on ("2026 年度… / 2026 ICP…" -> "2027 年度… / 2027 ICP…");
    unchanged when the title does not name that year."""
    return re.sub(rf"(?<!\d){old_year}(?!\d)", str(new_year), title)


def _next_forms(title: Forms, start_year: int, end_year: int) -> Forms:
    """Each form of the baseline's title with its year moved on; a form naming no year gains "re-audit <year>"."""
    def moved(text: str, lang: str) -> str:
        if not text:
            return ""
        new = next_title(text, start_year - 1, start_year)
        return new if new != text else getattr(REAUDIT_TITLE, lang).format(title=text, year=end_year)
    return Forms(moved(title.zh, "zh"), moved(title.en, "en"))


class ReauditDialog(FormDialog, ReauditDialogView):
    def __init__(self, parent: QWidget, language: str, baseline: Assessment, assessor: str,
                 save: Callable[[dict], None]):
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("New re-audit from “{title}”").format(
            title=baseline.in_language("title", language)))
        for key, text in ASSESSMENT_KINDS.items():
            self.kind_combo.addItem(text.get(language), key)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(baseline.kind)))
        for key, text in INDEPENDENCE.items():
            self.independence_combo.addItem(text.get(language), key)
        independence = baseline.independence or baseline.kind
        self.independence_combo.setCurrentIndex(max(0, self.independence_combo.findData(independence)))
        self.role_forms.set_forms(baseline.forms("assessor_role"))
        start, end = next_period(baseline)
        self.period_start_edit.setDate(start)
        self.period_end_edit.setDate(end)
        self.title_forms.set_forms(_next_forms(baseline.forms("title"), start.year(), end.year()))
        self.assessor_forms.set_forms(baseline.forms("assessor") if baseline.assessor else Forms.of(assessor))
        for edit in self.title_forms.fields():
            edit.textChanged.connect(self._update)
        shown = self.title_forms.zh if language == "zh" else self.title_forms.en
        shown.setFocus()
        shown.selectAll()
        self._update()

    def values(self) -> dict:
        """Type, period, who assesses and reviews, and the names in their two forms (``title_zh``, ``title_en``...)."""
        title, assessor = self.title_forms.forms(), self.assessor_forms.forms()
        role, reviewer = self.role_forms.forms(), self.reviewer_forms.forms()
        return {"title_zh": title.zh, "title_en": title.en, "kind": self.kind_combo.currentData(),
                "period_start": self.period_start_edit.date().toString("yyyy-MM-dd"),
                "period_end": self.period_end_edit.date().toString("yyyy-MM-dd"),
                "assessor_zh": assessor.zh, "assessor_en": assessor.en, "assessor_role_zh": role.zh,
                "assessor_role_en": role.en, "independence": self.independence_combo.currentData(),
                "reviewer_zh": reviewer.zh, "reviewer_en": reviewer.en,
                "review_date": date_or_blank(self.review_date_edit.text())}

    def _update(self) -> None:
        self.allow_ok(bool(self.title_forms.forms()))

    def problem(self, values: dict) -> str:
        if not (values["title_zh"] or values["title_en"]):
            return self.tr("An assessment needs a title.")
        if self.period_end_edit.date() < self.period_start_edit.date():
            return self.tr("The period ends before it starts.")
        return ""
