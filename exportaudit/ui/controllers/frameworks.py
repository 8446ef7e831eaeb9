"""Keeps the framework tab in step with the session: the chosen framework's section levels (radar and table),
the items behind the selected section, and the switch for the checklist's optional module. Rescored when the tab
is shown and on each change notice that moves scores while it is shown."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Signal

from exportaudit.core.changes import Changes
from exportaudit.core.framework_catalogue import load_catalogue
from exportaudit.core.framework_scoring import FrameworkScore, score_framework
from exportaudit.core.session import AssessmentSession
from exportaudit.core.vocab import MAPPING_NOTE, NOT_ASSESSED, NOT_ASSESSED_REASONS
from exportaudit.ui.colours import ACTUAL_COLOUR
from exportaudit.ui.models.framework_tables import SectionItemRow, SectionItemsModel, SectionRow, SectionTableModel
from exportaudit.ui.operations import Operations
from exportaudit.ui.views.assessment_page_view import tab_shown
from exportaudit.ui.views.frameworks_view import FrameworksView
from exportaudit.ui.widgets.radar_chart import RadarPlot


class FrameworksController(QObject):
    module_toggled = Signal(str, bool)  # module id, switched on

    def __init__(self, view: FrameworksView, operations: Operations):
        super().__init__(view)
        self.view = view
        operations.operation_did_execute.connect(self._on_operation_did_execute)
        self.sections_model = SectionTableModel(self)
        self.items_model = SectionItemsModel(self)
        view.sections.setModel(self.sections_model)
        view.items.setModel(self.items_model)
        view.configure_columns()
        self.session: AssessmentSession | None = None
        self.language = "en"
        self.editable = False
        self._result: FrameworkScore | None = None
        self._module_id: str | None = None
        view.framework_combo.currentIndexChanged.connect(lambda _index: self._show())
        view.sections.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_items())
        view.module_check.toggled.connect(self._on_module_toggled)

    def set_language(self, language: str) -> None:
        self.language = language
        self.sections_model.set_language(language)
        self.items_model.set_language(language)
        if self.session is not None:
            self.refresh(self.session, self.editable)

    def _on_operation_did_execute(self, changes: Changes, _initiator: object | None) -> None:
        if self.session is not None and changes.scores and tab_shown(self.view):
            self.refresh(self.session, self.session.editable)

    def clear(self) -> None:
        self.session = None
        self._result = None
        self.view.framework_combo.clear()
        self.sections_model.set_rows([])
        self.items_model.set_rows([])
        self.view.radar.set_plots((), ())

    def refresh(self, session: AssessmentSession, editable: bool) -> None:
        """Rescore after any change; keeps the chosen framework and section."""
        self.session, self.editable = session, editable
        combo = self.view.framework_combo
        current = combo.currentData()
        pairs = load_catalogue().for_checklist(session.checklist.id)
        combo.blockSignals(True)
        combo.clear()
        for framework, _crosswalk in pairs:
            combo.addItem(f"{framework.short.get(self.language)} — {framework.title.get(self.language)}", framework.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self._show_module_switch(session)
        self._show()

    def _show_module_switch(self, session: AssessmentSession) -> None:
        full = session.store.checklists.get(session.assessment.checklist_sha256)
        check = self.view.module_check
        module = full.modules[0] if full.modules else None
        self._module_id = module.id if module else None
        check.setVisible(module is not None)
        if module is None:
            return
        check.blockSignals(True)
        check.setChecked(module.id in session.assessment.module_ids)
        check.blockSignals(False)
        count = sum(1 for i in full.items if full.element(i.element).module == module.id)
        check.setText(self.tr("Include the optional module ({count} items)").format(count=count))
        check.setToolTip(f"{module.name.get(self.language)}\n{module.description.get(self.language)}")
        check.setEnabled(self.editable)

    def _on_module_toggled(self, on: bool) -> None:
        if self._module_id is not None:
            self.module_toggled.emit(self._module_id, on)

    def _show(self) -> None:
        session, view, lang = self.session, self.view, self.language
        framework_id = view.framework_combo.currentData()
        if session is None or framework_id is None:
            return
        catalogue = load_catalogue()
        framework = catalogue.framework(framework_id)
        crosswalk = catalogue.crosswalk(session.checklist.id, framework_id)
        result = score_framework(framework, crosswalk, session.checklist, session.score, session.model)
        self._result = result
        selected = self._selected_section()
        self.sections_model.set_rows([SectionRow(framework.section(s.section_id), s) for s in result.sections])
        view.radar.set_plots([f"{s.id} {s.label.get(lang)}" for s in framework.sections],
                             [RadarPlot(self.tr("Level worked out from the mapped items"),
                                        tuple(s.level for s in result.sections), ACTUAL_COLOUR)])
        view.title_label.setText(framework.title.get(lang))
        view.note_label.setText(MAPPING_NOTE.get(lang))
        not_assessed = [s for s in result.sections if s.level is None]
        lines = [self.tr("{assessed} of {total} sections assessed.").format(assessed=result.assessed,
                                                                            total=len(result.sections))]
        for s in not_assessed:
            lines.append(f"{s.section_id}: {NOT_ASSESSED.get(lang)} — {NOT_ASSESSED_REASONS[s.not_assessed].get(lang)}")
        if any(sec.ours for sec in framework.sections):
            lines.append(self.tr("* The framework does not number this section; the id is ExportAudit's."))
        view.summary_label.setText("\n".join(lines))
        view.source_label.setText(f"{framework.source.get(lang)}\n\n{framework.confidence.get(lang)}")
        row = self.sections_model.row_of(selected) if selected else 0
        self.select_section(max(0, row))

    def _selected_section(self) -> str | None:
        index = self.view.sections.currentIndex()
        return self.sections_model.record(index.row()).section.id if index.isValid() else None

    def select_section(self, row: int) -> None:
        if self.sections_model.rowCount() == 0:
            return
        index = self.sections_model.index(row, 0)
        self.view.sections.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_items()

    def _show_items(self) -> None:
        index = self.view.sections.currentIndex()
        if not index.isValid() or self.session is None:
            self.items_model.set_rows([])
            return
        record: SectionRow = self.sections_model.record(index.row())
        lang = self.language
        checklist = self.session.store.checklists.get(self.session.assessment.checklist_sha256)  # module items too
        self.view.section_heading.setText(f"{record.section.id}  {record.section.name.get(lang)}")
        text = record.section.summary.get(lang)
        if record.score.not_assessed:
            text += "\n" + NOT_ASSESSED_REASONS[record.score.not_assessed].get(lang)
        self.view.section_summary.setText(text)
        self.items_model.set_rows([SectionItemRow(r, checklist.item(r.link.item) if checklist.has_item(r.link.item)
                                                  else None) for r in record.score.items])
