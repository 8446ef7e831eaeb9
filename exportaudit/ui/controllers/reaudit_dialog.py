"""Start a re-audit from an assessment: title, type, period, who assesses (role, independence) and who reviews,
prefilled from the baseline where it carries over."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from exportaudit.core.periods import following_period
from exportaudit.core.records import Assessment
from exportaudit.core.vocab import ASSESSMENT_KINDS, INDEPENDENCE
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


class ReauditDialog(FormDialog, ReauditDialogView):
    def __init__(self, parent: QWidget, language: str, baseline: Assessment, assessor: str,
                 save: Callable[[dict], None]):
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("New re-audit from “{title}”").format(title=baseline.title))
        for key, text in ASSESSMENT_KINDS.items():
            self.kind_combo.addItem(text.get(language), key)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(baseline.kind)))
        for key, text in INDEPENDENCE.items():
            self.independence_combo.addItem(text.get(language), key)
        independence = baseline.independence or baseline.kind
        self.independence_combo.setCurrentIndex(max(0, self.independence_combo.findData(independence)))
        self.role_edit.setText(baseline.assessor_role or "")
        start, end = next_period(baseline)
        self.period_start_edit.setDate(start)
        self.period_end_edit.setDate(end)
        title = next_title(baseline.title, start.year() - 1, start.year())
        if title == baseline.title:
            title = self.tr("{title} – re-audit {year}").format(title=baseline.title, year=end.year())
        self.title_edit.setText(title)
        self.assessor_edit.setText(baseline.assessor or assessor)
        self.title_edit.textChanged.connect(self._update)
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        self._update()

    def values(self) -> dict:
        return {"title": self.title_edit.text().strip(), "kind": self.kind_combo.currentData(),
                "period_start": self.period_start_edit.date().toString("yyyy-MM-dd"),
                "period_end": self.period_end_edit.date().toString("yyyy-MM-dd"),
                "assessor": self.assessor_edit.text().strip(), "assessor_role": self.role_edit.text().strip(),
                "independence": self.independence_combo.currentData(), "reviewer": self.reviewer_edit.text().strip(),
                "review_date": date_or_blank(self.review_date_edit.text())}

    def _update(self) -> None:
        self.allow_ok(bool(self.title_edit.text().strip()))

    def problem(self, values: dict) -> str:
        if not values["title"]:
            return self.tr("An assessment needs a title.")
        if self.period_end_edit.date() < self.period_start_edit.date():
            return self.tr("The period ends before it starts.")
        return ""
