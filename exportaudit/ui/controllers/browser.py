"""Organisations and their assessments: create, edit, rename, duplicate, delete (deletions confirmed first).

Each write runs as an operation; its notice tells the window (which page to show) and the open assessment's page
(a renamed title, an edited organisation) without this controller knowing them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, Signal

from exportaudit.core.bilingual import in_language
from exportaudit.core.catalogue import available_checklists
from exportaudit.core.checklist import Checklist
from exportaudit.core.checklist_loader import ChecklistError
from exportaudit.core.operations import organisations as organisation_ops
from exportaudit.core.records import Assessment, Organisation
from exportaudit.core.store import Store
from exportaudit.core.vocab import OPERATOR_TYPES, SIZES
from exportaudit.ui import prompts
from exportaudit.ui.controllers.text_prompt import TextPrompt
from exportaudit.ui.locations import user_checklists_dir
from exportaudit.ui.models.assessments import AssessmentTableModel, period_text
from exportaudit.ui.models.organisations import OrganisationTableModel
from exportaudit.ui.operations import Operations
from exportaudit.ui.views.browser_view import TAB_PORTFOLIO, BrowserView

if TYPE_CHECKING:
    from exportaudit.ui.controllers.portfolio import PortfolioController


class BrowserController(QObject):
    open_requested = Signal(int)  # assessment id
    selection_changed = Signal()
    status = Signal(str)

    def __init__(self, view: BrowserView, operations: Operations):
        super().__init__(view)
        self.view = view
        self.operations = operations
        self.store: Store | None = None
        self.language = "en"
        self._checklists: tuple[list[Checklist], list[ChecklistError]] | None = None
        self.organisations = OrganisationTableModel(self)
        self.assessments = AssessmentTableModel(self)
        view.organisation_table.setModel(self.organisations)
        view.assessment_table.setModel(self.assessments)
        view.configure_columns()
        view.organisation_table.selectionModel().currentRowChanged.connect(lambda *_: self._organisation_chosen())
        view.assessment_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        view.assessment_table.activated.connect(lambda _index: self.open_selected())
        view.organisation_table.activated.connect(lambda _index: view.assessment_table.setFocus())
        view.new_organisation_button.clicked.connect(self.new_organisation)
        view.edit_organisation_button.clicked.connect(self.edit_organisation)
        view.delete_organisation_button.clicked.connect(self.delete_organisation)
        view.open_assessment_button.clicked.connect(self.open_selected)
        view.new_assessment_button.clicked.connect(self.new_assessment)
        view.rename_assessment_button.clicked.connect(self.rename_assessment)
        view.duplicate_assessment_button.clicked.connect(self.duplicate_assessment)
        view.delete_assessment_button.clicked.connect(self.delete_assessment)
        self._portfolio: PortfolioController | None = None  # made with its tab, on first use
        view.tabs.currentChanged.connect(lambda tab: self.portfolio.refresh_if_stale() if tab == TAB_PORTFOLIO else None)

    @property
    def portfolio(self) -> PortfolioController:
        """The portfolio tab's controller, made (with its view) the first time anything needs it."""
        if self._portfolio is None:
            from exportaudit.ui.controllers.portfolio import PortfolioController

            controller = self._portfolio = PortfolioController(self.view.portfolio)
            controller.open_requested.connect(self.open_requested)
            controller.set_language(self.language)
            controller.set_store(self.store)
        return self._portfolio

    # --- state ----------------------------------------------------------------------------------

    def set_store(self, store: Store | None) -> None:
        self.store = store
        self.reload()

    def set_language(self, language: str) -> None:
        self.language = language
        self.organisations.set_language(language)
        self.assessments.set_language(language)
        if self._portfolio is not None:
            self._portfolio.set_language(language)
        self._show_details()

    @property
    def editable(self) -> bool:
        return self.store is not None and not self.store.read_only

    def selected_organisation(self) -> Organisation | None:
        index = self.view.organisation_table.currentIndex()
        return self.organisations.organisation(index.row()) if index.isValid() else None

    def selected_assessment(self) -> Assessment | None:
        index = self.view.assessment_table.currentIndex()
        return self.assessments.assessment(index.row()) if index.isValid() else None

    def reload(self, organisation_id: int | None = None, assessment_id: int | None = None) -> None:
        """Re-read the lists, keeping (or moving to) the given selection."""
        if self._portfolio is not None:  # else it reads the store when it is made
            self._portfolio.set_store(self.store)
        current = self.selected_organisation()
        if organisation_id is None and current is not None:
            organisation_id = current.id
        self.organisations.set_rows(self.store.organisations.all() if self.store else [])
        row = self.organisations.row_of(organisation_id) if organisation_id is not None else -1
        if row < 0 and self.organisations.rowCount():
            row = 0
        if row >= 0:
            self.view.organisation_table.selectionModel().setCurrentIndex(
                self.organisations.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._organisation_chosen(assessment_id)

    def select_assessment(self, assessment: Assessment) -> None:
        self.reload(assessment.organisation_id, assessment.id)

    def _organisation_chosen(self, assessment_id: int | None = None) -> None:
        org = self.selected_organisation()
        self.assessments.set_rows(self.store.assessments.all(org.id) if (self.store and org) else [])
        row = self.assessments.row_of(assessment_id) if assessment_id is not None else 0
        if self.assessments.rowCount():
            self.view.assessment_table.selectionModel().setCurrentIndex(
                self.assessments.index(max(row, 0), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_details()
        self._update_buttons()

    def _show_details(self) -> None:
        org = self.selected_organisation()
        if org is None:
            self.view.organisation_details.setText(self.tr("Create an organisation to start assessing it."))
            return
        parts = [org.in_language("name", self.language)]
        if org.uscc:
            parts.append(self.tr("Credit code {code}").format(code=org.uscc))
        if org.operator_type in OPERATOR_TYPES:
            parts.append(OPERATOR_TYPES[org.operator_type].get(self.language))
        if org.size in SIZES:
            parts.append(SIZES[org.size].get(self.language))
        if org.sector:
            parts.append(org.in_language("sector", self.language))
        self.view.organisation_details.setText(" · ".join(parts))

    def _update_buttons(self) -> None:
        v, has_org, has_assessment = self.view, self.selected_organisation() is not None, \
            self.selected_assessment() is not None
        v.new_organisation_button.setEnabled(self.editable)
        v.edit_organisation_button.setEnabled(self.editable and has_org)
        v.delete_organisation_button.setEnabled(self.editable and has_org)
        v.new_assessment_button.setEnabled(self.editable and has_org)
        v.open_assessment_button.setEnabled(has_assessment)
        v.rename_assessment_button.setEnabled(self.editable and has_assessment)
        v.duplicate_assessment_button.setEnabled(self.editable and has_assessment)
        v.delete_assessment_button.setEnabled(self.editable and has_assessment)
        self.selection_changed.emit()

    def _changed(self, message: str, organisation_id: int | None = None, assessment_id: int | None = None) -> None:
        """After an operation's notice went out: show the lists with what was changed selected, and say so."""
        self.reload(organisation_id, assessment_id)
        self.status.emit(message)

    def _run(self, op, title: str, done) -> None:
        self.operations.run(op, parent=self.view, title=title, initiator=self, success=done)

    def _perform(self, op):
        """For a form's save: a refusal stays in the form."""
        return self.operations.perform(op, initiator=self)

    # --- organisations --------------------------------------------------------------------------

    def new_organisation(self) -> None:
        if not self.editable:
            return
        created: list[int] = []

        def save(values: dict) -> None:
            created.append(self._perform(lambda: organisation_ops.create_organisation(self.store, **values)))

        from exportaudit.ui.controllers.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.view.window(), self.language, None, save)
        dialog.accepted.connect(lambda: self._changed(
            self.tr("Organisation created: {name}").format(name=self._shown(dialog.values(), "name")), created[-1]))
        dialog.open()

    def edit_organisation(self) -> None:
        org = self.selected_organisation()
        if org is None or not self.editable:
            return
        from exportaudit.ui.controllers.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.view.window(), self.language, org,
                                    lambda values: self._perform(
                                        lambda: organisation_ops.update_organisation(self.store, org.id, **values)))
        dialog.accepted.connect(lambda: self._changed(
            self.tr("Organisation saved: {name}").format(name=self._shown(dialog.values(), "name")), org.id))
        dialog.open()

    def delete_organisation(self) -> None:
        org = self.selected_organisation()
        if org is None or not self.editable:
            return
        count = len(self.store.assessments.all(org.id))

        def delete() -> None:
            self._run(lambda: organisation_ops.delete_organisation(self.store, org.id),
                      self.tr("Organisation not deleted"),
                      lambda _value: self._changed(self.tr("Organisation deleted: {name}").format(
                          name=org.in_language("name", self.language))))

        prompts.confirm(self.view.window(), self.tr("Delete organisation"),
                        self.tr("Delete {name} and its {count} assessment(s), with all their answers and evidence "
                                "links? This cannot be undone.").format(name=org.in_language("name", self.language),
                                                                        count=count),
                        self.tr("Delete"), delete)

    # --- assessments ----------------------------------------------------------------------------

    def checklists(self) -> tuple[list[Checklist], list[ChecklistError]]:
        """The installed checklists plus the user's own folder, read once per window."""
        if self._checklists is None:
            self._checklists = available_checklists([user_checklists_dir()])
        return self._checklists

    def new_assessment(self) -> None:
        org = self.selected_organisation()
        if org is None or not self.editable:
            return
        checklists, problems = self.checklists()
        created: list[int] = []

        def save(values: dict) -> None:
            checklist = values.pop("checklist")  # the title and names come in their two forms
            created.append(self._perform(
                lambda: organisation_ops.create_assessment(self.store, org.id, checklist, "", **values)))

        from exportaudit.ui.controllers.assessment_dialog import AssessmentDialog

        dialog = AssessmentDialog(self.view.window(), self.language, org, checklists, problems, self.store.user, save)

        def done() -> None:
            self._changed(self.tr("Assessment created: {title}").format(title=self._shown(dialog.values(), "title")),
                          org.id, created[-1])
            self.open_requested.emit(created[-1])

        dialog.accepted.connect(done)
        dialog.open()

    def open_selected(self) -> None:
        assessment = self.selected_assessment()
        if assessment is not None:
            self.open_requested.emit(assessment.id)

    def rename_assessment(self, assessment: Assessment | None = None) -> None:
        assessment = assessment or self.selected_assessment()
        if assessment is None or not self.editable:
            return

        shown = assessment.in_language("title", self.language)

        def rename(title: str) -> None:  # the title's form in the window's language; the other form stays
            self._run(lambda: organisation_ops.rename_assessment(self.store, assessment.id, title, self.language),
                      self.tr("Assessment not renamed"),
                      lambda _value: self._changed(self.tr("Assessment renamed: {title}").format(title=title),
                                                   assessment.organisation_id, assessment.id))

        self._ask_title(self.tr("Rename assessment"), self.tr("New title for “{title}”:").format(title=shown), shown,
                        rename)

    def duplicate_assessment(self, assessment: Assessment | None = None) -> None:
        assessment = assessment or self.selected_assessment()
        if assessment is None or not self.editable:
            return

        def duplicate(title: str) -> None:
            self._run(lambda: organisation_ops.duplicate_assessment(self.store, assessment.id, title),
                      self.tr("Assessment not duplicated"),
                      lambda new_id: self._changed(self.tr("Assessment duplicated as {title}").format(title=title),
                                                   assessment.organisation_id, new_id))

        self._ask_title(self.tr("Duplicate assessment"),
                        self.tr("Title of the copy (it keeps every answer, note and evidence link):"),
                        self.tr("{title} (copy)").format(title=assessment.in_language("title", self.language)),
                        duplicate)

    def delete_assessment(self, assessment: Assessment | None = None) -> None:
        assessment = assessment or self.selected_assessment()
        if assessment is None or not self.editable:
            return

        def delete() -> None:
            self._run(lambda: organisation_ops.delete_assessment(self.store, assessment.id),
                      self.tr("Assessment not deleted"),
                      lambda _value: self._changed(self.tr("Assessment deleted: {title}").format(
                          title=assessment.in_language("title", self.language)), assessment.organisation_id))

        prompts.confirm(self.view.window(), self.tr("Delete assessment"),
                        self.tr("Delete “{title}” ({period}) with all its answers, notes and evidence links? "
                                "This cannot be undone.").format(title=assessment.in_language("title", self.language),
                                                                 period=period_text(assessment)),
                        self.tr("Delete"), delete)

    def _shown(self, values: dict, field: str) -> str:
        """A name the dialog saved in two forms, as the window shows it (the form of its language)."""
        return in_language(values[f"{field}_zh"], values[f"{field}_en"], self.language)

    def _ask_title(self, title: str, prompt: str, text: str, on_accept) -> None:
        dialog = TextPrompt(self.view.window(), title=title, prompt=prompt, text=text,
                            required=self.tr("An assessment needs a title."), on_accept=on_accept)
        dialog.open()
