"""Assessment > Engagement…: fill the dialog from the stored engagement (or, for a new one, the firm defaults of
Preferences), and save it back whole; a bad value is refused with the store's message and nothing changes. Every
name and text has its Chinese and its English form side by side; the team and interview tables a column per form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem, QWidget

from exportaudit.core.bilingual import Forms
from exportaudit.core.engagement import Engagement, Interview, TeamMember, sampling_basis_text
from exportaudit.core.opinion import Opinion
from exportaudit.core.store import StoreError
from exportaudit.core.vocab import OPINIONS
from exportaudit.ui import prompts
from exportaudit.ui.i18n import error_text
from exportaudit.ui.views.engagement_dialog_view import EngagementDialogView, RowsEditor

NOT_STATED = QDate(2000, 1, 1)  # the date edits' minimum, shown blank


def _rows(editor: RowsEditor) -> list[list[str]]:
    t = editor.table
    return [[(t.item(r, c).text() if t.item(r, c) else "").strip() for c in range(t.columnCount())]
            for r in range(t.rowCount())]


def _fill_rows(editor: RowsEditor, rows: list[tuple[str, ...]]) -> None:
    editor.table.setRowCount(0)
    for values in rows:
        _add_row(editor, values)


def _add_row(editor: RowsEditor, values: tuple[str, ...] = ()) -> None:
    t = editor.table
    r = t.rowCount()
    t.insertRow(r)
    for c in range(t.columnCount()):
        t.setItem(r, c, QTableWidgetItem(values[c] if c < len(values) else ""))
    t.setCurrentCell(r, 0)


def _remove_row(editor: RowsEditor) -> None:
    if editor.table.currentRow() >= 0:
        editor.table.removeRow(editor.table.currentRow())


def _paired_lines(forms: Forms) -> tuple[Forms, ...]:
    """The distribution list: the Chinese and the English box hold one recipient per line, paired by position."""
    zh, en = ([line.strip() for line in text.splitlines()] for text in (forms.zh, forms.en))
    count = max(len(zh), len(en))
    zh, en = zh + [""] * (count - len(zh)), en + [""] * (count - len(en))
    return tuple(Forms(a, b) for a, b in zip(zh, en, strict=True) if a or b)


class EngagementDialog(EngagementDialogView):
    def __init__(self, parent: QWidget, language: str, engagement: Engagement, *, evidence_files: list[str],
                 samples: list, proposed: Opinion, save: Callable[[Engagement], None]):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._save, self._language, self._samples = save, language, samples
        self.setWindowTitle(self.tr("Engagement"))
        e = engagement
        for edit, forms in ((self.firm_forms, e.firm), (self.lead_forms, e.lead), (self.entities_forms, e.entities),
                            (self.business_forms, e.business_lines), (self.exclusions_forms, e.exclusions),
                            (self.site_visits_forms, e.site_visits), (self.sampling_forms, e.sampling_basis),
                            (self.limitations_forms, e.limitations), (self.disclaimer_forms, e.disclaimer),
                            (self.confidentiality_forms, e.confidentiality), (self.rationale_forms, e.rationale)):
            edit.set_forms(forms)
        _fill_rows(self.team, [(m.name.zh, m.name.en, m.role.zh, m.role.en) for m in e.team])
        for edit, value in ((self.fieldwork_start, e.fieldwork_start), (self.fieldwork_end, e.fieldwork_end)):
            edit.setMinimumDate(NOT_STATED)
            edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else NOT_STATED)
        _fill_rows(self.interviews, [(i.name.zh, i.name.en, i.role.zh, i.role.en, i.date) for i in e.interviews])
        for name in sorted(set(evidence_files) | set(e.documents)):
            item = QListWidgetItem(name, self.documents_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in e.documents else Qt.CheckState.Unchecked)
        self.sampling_button.setEnabled(bool(samples))
        self.sampling_button.clicked.connect(self._fill_sampling)
        self.distribution_forms.set_forms(Forms("\n".join(d.zh for d in e.distribution),
                                                "\n".join(d.en for d in e.distribution)))
        self.opinion_combo.addItem(self.tr("As proposed: {opinion}").format(
            opinion=proposed.label.get(language)), "")
        for key, label in OPINIONS.items():
            self.opinion_combo.addItem(label.get(language), key)
        self.opinion_combo.setCurrentIndex(max(0, self.opinion_combo.findData(e.opinion)))
        self.proposed_label.setText(self.tr("Proposed from the scores and findings: {opinion}. {reasons}").format(
            opinion=proposed.label.get(language),
            reasons=("" if language == "zh" else " ").join(r.get(language) for r in proposed.reasons)))
        for editor in (self.team, self.interviews):
            editor.add_button.clicked.connect(lambda _=False, ed=editor: _add_row(ed))
            editor.remove_button.clicked.connect(lambda _=False, ed=editor: _remove_row(ed))
        (self.firm_forms.zh if language == "zh" else self.firm_forms.en).setFocus()

    def _fill_sampling(self) -> None:
        self.sampling_forms.set_forms(Forms(sampling_basis_text(self._samples, "zh"),
                                            sampling_basis_text(self._samples, "en")))

    def _date(self, edit) -> str:
        return "" if edit.date() == NOT_STATED else edit.date().toString("yyyy-MM-dd")

    def engagement(self) -> Engagement:
        """What the dialog shows, as an Engagement (not yet checked)."""
        docs = self.documents_list
        return Engagement(
            firm=self.firm_forms.forms(), lead=self.lead_forms.forms(),
            team=tuple(TeamMember(Forms(zh, en), Forms(role_zh, role_en))
                       for zh, en, role_zh, role_en in _rows(self.team)),
            entities=self.entities_forms.forms(), business_lines=self.business_forms.forms(),
            fieldwork_start=self._date(self.fieldwork_start), fieldwork_end=self._date(self.fieldwork_end),
            exclusions=self.exclusions_forms.forms(),
            interviews=tuple(Interview(Forms(zh, en), Forms(role_zh, role_en), day)
                             for zh, en, role_zh, role_en, day in _rows(self.interviews)),
            site_visits=self.site_visits_forms.forms(),
            documents=tuple(docs.item(n).text() for n in range(docs.count())
                            if docs.item(n).checkState() == Qt.CheckState.Checked),
            sampling_basis=self.sampling_forms.forms(), limitations=self.limitations_forms.forms(),
            disclaimer=self.disclaimer_forms.forms(), distribution=_paired_lines(self.distribution_forms.forms()),
            confidentiality=self.confidentiality_forms.forms(), opinion=self.opinion_combo.currentData() or "",
            rationale=self.rationale_forms.forms())

    def accept(self) -> None:
        try:
            self._save(self.engagement())
        except StoreError as exc:
            prompts.show_error(self, self.tr("Engagement not saved"), error_text(exc))
            return
        super().accept()
