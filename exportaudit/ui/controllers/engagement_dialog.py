"""Assessment > Engagement…: fill the dialog from the stored engagement (or, for a new one, the firm defaults of
Preferences), and save it back whole; a bad value is refused with the store's message and nothing changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem, QWidget

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


class EngagementDialog(EngagementDialogView):
    def __init__(self, parent: QWidget, language: str, engagement: Engagement, *, evidence_files: list[str],
                 samples: list, proposed: Opinion, save: Callable[[Engagement], None]):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._save, self._language, self._samples = save, language, samples
        self.setWindowTitle(self.tr("Engagement"))
        e = engagement
        self.firm_edit.setText(e.firm)
        self.lead_edit.setText(e.lead)
        _fill_rows(self.team, [(m.name, m.role) for m in e.team])
        self.entities_edit.setPlainText(e.entities)
        self.business_edit.setPlainText(e.business_lines)
        for edit, value in ((self.fieldwork_start, e.fieldwork_start), (self.fieldwork_end, e.fieldwork_end)):
            edit.setMinimumDate(NOT_STATED)
            edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else NOT_STATED)
        self.exclusions_edit.setPlainText(e.exclusions)
        _fill_rows(self.interviews, [(i.name, i.role, i.date) for i in e.interviews])
        self.site_visits_edit.setPlainText(e.site_visits)
        for name in sorted(set(evidence_files) | set(e.documents)):
            item = QListWidgetItem(name, self.documents_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in e.documents else Qt.CheckState.Unchecked)
        self.sampling_edit.setPlainText(e.sampling_basis)
        self.sampling_button.setEnabled(bool(samples))
        self.sampling_button.clicked.connect(self._fill_sampling)
        self.limitations_edit.setPlainText(e.limitations)
        self.disclaimer_edit.setPlainText(e.disclaimer)
        self.distribution_edit.setPlainText("\n".join(e.distribution))
        self.confidentiality_edit.setText(e.confidentiality)
        self.opinion_combo.addItem(self.tr("As proposed: {opinion}").format(
            opinion=proposed.label.get(language)), "")
        for key, label in OPINIONS.items():
            self.opinion_combo.addItem(label.get(language), key)
        self.opinion_combo.setCurrentIndex(max(0, self.opinion_combo.findData(e.opinion)))
        self.proposed_label.setText(self.tr("Proposed from the scores and findings: {opinion}. {reasons}").format(
            opinion=proposed.label.get(language),
            reasons=("" if language == "zh" else " ").join(r.get(language) for r in proposed.reasons)))
        self.rationale_edit.setPlainText(e.rationale)
        for editor in (self.team, self.interviews):
            editor.add_button.clicked.connect(lambda _=False, ed=editor: _add_row(ed))
            editor.remove_button.clicked.connect(lambda _=False, ed=editor: _remove_row(ed))
        self.firm_edit.setFocus()

    def _fill_sampling(self) -> None:
        self.sampling_edit.setPlainText(sampling_basis_text(self._samples, "zh" if self._language == "zh" else "en"))

    def _date(self, edit) -> str:
        return "" if edit.date() == NOT_STATED else edit.date().toString("yyyy-MM-dd")

    def engagement(self) -> Engagement:
        """What the dialog shows, as an Engagement (not yet checked)."""
        docs = self.documents_list
        return Engagement(
            firm=self.firm_edit.text(), lead=self.lead_edit.text(),
            team=tuple(TeamMember(*row) for row in _rows(self.team)),
            entities=self.entities_edit.toPlainText(), business_lines=self.business_edit.toPlainText(),
            fieldwork_start=self._date(self.fieldwork_start), fieldwork_end=self._date(self.fieldwork_end),
            exclusions=self.exclusions_edit.toPlainText(),
            interviews=tuple(Interview(*row) for row in _rows(self.interviews)),
            site_visits=self.site_visits_edit.toPlainText(),
            documents=tuple(docs.item(n).text() for n in range(docs.count())
                            if docs.item(n).checkState() == Qt.CheckState.Checked),
            sampling_basis=self.sampling_edit.toPlainText(), limitations=self.limitations_edit.toPlainText(),
            disclaimer=self.disclaimer_edit.toPlainText(),
            distribution=tuple(self.distribution_edit.toPlainText().splitlines()),
            confidentiality=self.confidentiality_edit.text(), opinion=self.opinion_combo.currentData() or "",
            rationale=self.rationale_edit.toPlainText())

    def accept(self) -> None:
        try:
            self._save(self.engagement())
        except StoreError as exc:
            prompts.show_error(self, self.tr("Engagement not saved"), error_text(exc))
            return
        super().accept()
