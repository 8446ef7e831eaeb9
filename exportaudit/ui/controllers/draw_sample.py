"""Draw a sample: the plan is built from the form as the user changes it (with "n of N orders will be drawn"
and the method in words, both from the core), then drawn and stored on a worker thread with its own store
connection, since a list of 100,000 orders takes a moment to read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget
from shiboken6 import isValid

from exportaudit.core.operations import testing as testing_ops
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError
from exportaudit.core.testing.sampling import SamplePlan, SampleSize, SamplingError, Strata, new_seed
from exportaudit.ui.controllers.file_job import failure_detail
from exportaudit.ui.models._table import RecordFilterProxy
from exportaudit.ui.models.orders import count_text
from exportaudit.ui.models.samples import Choice, ChoiceTableModel
from exportaudit.ui.operations import Operations
from exportaudit.ui.views.draw_sample_view import DrawSampleView

DEFAULT_PERCENT, DEFAULT_MAX, DEFAULT_MIN_PER_STRATUM = 10.0, 25, 2


def _attach(table: QTableView, model: ChoiceTableModel) -> RecordFilterProxy:
    """Sorted and filterable; the count and date columns get a fixed width (fitting them to their contents would
    measure every row, and a list can have tens of thousands of customers)."""
    proxy = RecordFilterProxy(table)
    proxy.setSourceModel(model)
    table.setModel(proxy)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, sample in ((1, "100,000"), (2, "2026-12-31")):
        if column < model.columnCount():
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
                                 + 3 * metrics.averageCharWidth())
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return proxy


class DrawSampleDialog(DrawSampleView):
    def __init__(self, parent: QWidget, operations: Operations, session: AssessmentSession, language: str,
                 list_id: int | None, on_drawn: Callable[[int], None]):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._operations = operations
        self._session, self._language, self._on_drawn = session, language, on_drawn
        self.drawing = False
        self.plan: SamplePlan | None = None
        self.population = 0  # orders in the chosen list
        self.destinations = ChoiceTableModel(self)
        self.customers = ChoiceTableModel(self, with_first=True)
        for model in (self.destinations, self.customers):
            model.set_language(language)
        self.destination_proxy = _attach(self.destination_table, self.destinations)
        self.customer_proxy = _attach(self.customer_table, self.customers)
        self.customer_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # the newest customers first

        lists = session.store.orders.lists(session.assessment_id)
        for ol in lists:
            self.list_combo.addItem(self.tr("{name} ({orders} orders)").format(name=ol.name,
                                                                              orders=count_text(ol.order_count)), ol.id)
        self.list_combo.setCurrentIndex(max(0, self.list_combo.findData(list_id)))
        self.combine_combo.addItem(self.tr("whichever is smaller"), "smaller")
        self.combine_combo.addItem(self.tr("whichever is larger"), "larger")
        self.percent_spin.setValue(DEFAULT_PERCENT)
        self.max_spin.setValue(DEFAULT_MAX)
        self.minimum_spin.setValue(1)
        self.count_spin.setValue(DEFAULT_MAX)
        self.rule_radio.setChecked(True)
        self.min_stratum_spin.setValue(DEFAULT_MIN_PER_STRATUM)
        start = QDate.fromString(session.assessment.period_start or "", "yyyy-MM-dd")
        self.since_edit.setDate(start if start.isValid() else QDate.currentDate().addYears(-1))
        self.seed_edit.setText(str(new_seed()))
        self._load_list()

        self.list_combo.currentIndexChanged.connect(lambda _i: self._load_list())
        self.new_seed_button.clicked.connect(lambda: self.seed_edit.setText(str(new_seed())))
        for signal in (self.count_spin.valueChanged, self.percent_spin.valueChanged, self.max_spin.valueChanged,
                       self.minimum_spin.valueChanged, self.min_stratum_spin.valueChanged,
                       self.combine_combo.currentIndexChanged, self.size_group.buttonToggled,
                       self.seed_edit.textChanged, self.strata_box.toggled, self.destinations_check.toggled,
                       self.codes_check.toggled, self.new_customers_check.toggled, self.patterns_edit.textChanged,
                       self.since_edit.dateChanged, self.destinations.dataChanged, self.customers.dataChanged):
            signal.connect(self._update)
        self.destination_filter.textChanged.connect(self.destination_proxy.set_text)
        self.customer_filter.textChanged.connect(self.customer_proxy.set_text)
        self._update()

    # --- the form ------------------------------------------------------------------------------------------

    @property
    def list_id(self) -> int | None:
        return self.list_combo.currentData()

    def _load_list(self) -> None:
        store, list_id = self._session.store, self.list_id
        self.population = 0 if list_id is None else store.orders.get_list(list_id).order_count
        if list_id is None:
            self.destinations.set_choices([])
            self.customers.set_choices([])
        else:
            kept_destinations, kept_customers = self.destinations.checked(), self.customers.checked()
            self.destinations.set_choices([Choice(name, n) for name, n in store.orders.destinations(list_id) if name],
                                          kept_destinations)
            self.customers.set_choices([Choice(name, n, first) for name, n, first in store.orders.customers(list_id) if name],
                                       kept_customers)
        self._update()

    def seed(self) -> int | None:
        text = self.seed_edit.text().strip()
        return int(text) if text.isdigit() else None

    def _size(self) -> SampleSize:
        if self.count_radio.isChecked():
            return SampleSize(count=self.count_spin.value())
        return SampleSize(max_count=self.max_spin.value(), percent=self.percent_spin.value(),
                          combine=self.combine_combo.currentData(), minimum=self.minimum_spin.value())

    def _strata(self) -> Strata | None:
        if not self.strata_box.isChecked():
            return None
        patterns = tuple(p.strip() for p in self.patterns_edit.text().replace("，", ",").split(",") if p.strip())
        new = self.new_customers_check.isChecked()
        return Strata(high_risk_destinations=frozenset(self.destinations.checked())
                      if self.destinations_check.isChecked() else frozenset(),
                      listed_codes=self.codes_check.isChecked(),
                      code_patterns=patterns if self.codes_check.isChecked() else (),
                      new_customers=new, new_since=self.since_edit.date().toString("yyyy-MM-dd") if new else None,
                      flagged_customers=frozenset(self.customers.checked()),
                      min_per_stratum=self.min_stratum_spin.value())

    def _problem(self, strata: Strata | None) -> str:
        """Why the form cannot be drawn yet ("" when it can)."""
        if self.list_id is None:
            return self.tr("Import an order list first.")
        if self.population == 0:
            return self.tr("The chosen order list has no orders.")
        if self.seed() is None:
            return self.tr("Give a seed (a whole number), or press New seed.")
        if strata is not None:
            if self.destinations_check.isChecked() and not strata.high_risk_destinations:
                return self.tr("Tick at least one high-risk destination, or untick High-risk destinations.")
            if not strata.active:
                return self.tr("Choose at least one risky group, or untick Stratify by risk.")
        return ""

    def _update(self, *_args) -> None:
        for widget in (self.destination_filter, self.destination_table):
            widget.setEnabled(self.destinations_check.isChecked())
        self.patterns_edit.setEnabled(self.codes_check.isChecked())
        self.since_edit.setEnabled(self.new_customers_check.isChecked())
        self.count_spin.setEnabled(self.count_radio.isChecked())
        for widget in (self.percent_spin, self.max_spin, self.combine_combo, self.minimum_spin):
            widget.setEnabled(self.rule_radio.isChecked())
        self.plan = None
        try:
            strata = self._strata()
            plan = SamplePlan(self._size(), strata)
        except SamplingError as exc:
            problem = str(exc)
        else:
            problem = self._problem(strata)
            if not problem:
                self.plan = plan
        population = self.population
        if self.plan is not None:
            n = self.plan.size.size_for(population)
            self.summary_label.setText(self.tr("{n} of {population} orders will be drawn.").format(
                n=count_text(n), population=count_text(population)))
            self.description_label.setText(self.plan.describe(population, n, self.seed()).get(self._language))
        else:
            self.summary_label.setText(self.tr("Nothing can be drawn yet."))
            self.description_label.clear()
        self.show_error(problem)
        self.draw_button.setEnabled(self.plan is not None and not self.drawing)

    # --- drawing ----------------------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.plan is None or self.drawing:
            return
        store = self._session.store
        store_path, user, assessment_id = store.path, store.user, self._session.assessment_id
        list_id, plan, seed = self.list_id, self.plan, self.seed()

        self.drawing = True
        self.draw_button.setEnabled(False)
        self.summary_label.setText(self.tr("Drawing the sample…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._operations.run_in_background(
            lambda _report: testing_ops.draw(store_path, user, assessment_id, list_id, plan, seed),
            success=self._drawn, failure=self._failed)

    def _drawn(self, sample_id: int) -> None:
        self.drawing = False
        self._on_drawn(sample_id)
        if isValid(self):
            self.unsetCursor()
            super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.drawing = False
        if not isValid(self):
            return
        self.unsetCursor()
        self._update()
        detail = str(exc) if isinstance(exc, StoreError) else failure_detail(exc)
        self.show_error(self.tr("The sample was not drawn.") + "\n" + detail)

    def reject(self) -> None:
        if not self.drawing:
            super().reject()
