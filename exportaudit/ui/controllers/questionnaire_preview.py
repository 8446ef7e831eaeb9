"""The import preview: what the questionnaire would change, the conflicts the user decides, the rows it cannot take
with the reason, and notices. Apply is offered only when there is something to apply."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QStyle, QWidget

from exportaudit.core.checklist import Checklist
from exportaudit.exchange.questionnaire_import import Conflict, ImportPreview
from exportaudit.ui.controllers._tables import show_sorted
from exportaudit.ui.models.questionnaire import ChangePreviewModel, ConflictModel, ProblemModel, notice_text
from exportaudit.ui.views.questionnaire_preview_view import (
    TAB_CHANGES,
    TAB_CONFLICTS,
    TAB_NOTICES,
    TAB_PROBLEMS,
    QuestionnairePreviewView,
)


class QuestionnairePreview(QuestionnairePreviewView):
    def __init__(self, parent: QWidget, language: str, checklist: Checklist, preview: ImportPreview):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        self.changes = ChangePreviewModel(self)
        self.changes.set_language(language)
        self.changes.set_changes(checklist, preview.changes)
        self.conflicts = ConflictModel(self)
        self.conflicts.set_language(language)
        self.conflicts.set_conflicts(checklist, preview.conflicts, knows_export=preview.knows_export)
        self.problems = ProblemModel(self)
        self.problems.set_rows(preview.problems)
        show_sorted(self.changes_table, self.changes)
        show_sorted(self.conflicts_table, self.conflicts)
        show_sorted(self.problems_table, self.problems)
        self.configure_columns()
        for notice in preview.notices:
            self.notices_list.addItem(QListWidgetItem(notice_text(notice)))
        self.tabs.setTabText(TAB_CHANGES, self.tr("Changes ({count})").format(count=len(preview.changes)))
        self.tabs.setTabText(TAB_CONFLICTS, self.tr("Conflicts ({count})").format(count=len(preview.conflicts)))
        self.tabs.setTabText(TAB_PROBLEMS, self.tr("Not imported ({count})").format(count=len(preview.problems)))
        self.tabs.setTabText(TAB_NOTICES, self.tr("Notices ({count})").format(count=len(preview.notices)))
        for tab in (TAB_CHANGES, TAB_CONFLICTS, TAB_PROBLEMS, TAB_NOTICES):
            self.tabs.widget(tab).setAccessibleName(self.tabs.tabText(tab))  # each list is named as its tab
        self.conflicts_table.setAccessibleName(self.tabs.tabText(TAB_CONFLICTS))
        self.tabs.setTabEnabled(TAB_CONFLICTS, bool(preview.conflicts))
        self.tabs.setTabEnabled(TAB_NOTICES, bool(preview.notices))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if preview.conflicts:
            self.tabs.setTabIcon(TAB_CONFLICTS, warning)
        if preview.problems:
            self.tabs.setTabIcon(TAB_PROBLEMS, warning)
        self.take_all_button.clicked.connect(lambda: self.conflicts.set_all_taken(True))
        self.keep_all_button.clicked.connect(lambda: self.conflicts.set_all_taken(False))
        self.conflicts.dataChanged.connect(lambda *_: self._update())
        self._update()
        if preview.conflicts:
            self.tabs.setCurrentIndex(TAB_CONFLICTS)
        elif not preview.changes and preview.problems:
            self.tabs.setCurrentIndex(TAB_PROBLEMS)
        (self.apply_button if preview.changes else self.cancel_button).setFocus()

    def taken_conflicts(self) -> list[Conflict]:
        """The conflicts the user chose to settle with the workbook's value."""
        return self.conflicts.taken()

    def _update(self) -> None:
        preview = self.preview
        taken = self.conflicts.taken()
        items = len(preview.items_changed_with(taken))
        lines = [self.tr("<b>{file}</b>: {rows} row(s) read.").format(file=escape(preview.source.name),
                                                                      rows=preview.rows_read)]
        if items:
            lines.append(self.tr("Applying it changes {count} item(s), all at once; nothing is written before you "
                                 "apply.").format(count=items))
        else:
            lines.append(self.tr("It changes nothing in this assessment."))
        if preview.conflicts:
            lines.append(self.tr("{count} answer(s) were changed both in ExportAudit since the export and in the "
                                 "workbook; {kept} keep ExportAudit's value.").format(
                count=len(preview.conflicts), kept=len(preview.conflicts) - len(taken)))
        if preview.problems:
            lines.append(self.tr("{count} row(s) cannot be imported; they are listed with the reason and are left "
                                 "out.").format(count=len(preview.problems)))
        self.summary_label.setText("<br>".join(lines))
        self.apply_button.setEnabled(bool(items))
        self.apply_button.setDefault(bool(items))
