"""The transaction-testing tab: order lists (import, refused rows, delete), samples (draw, redraw check, delete),
the sampled orders of the chosen sample with their test-card progress, and the pass rate of each check.

Reading a large file, storing 100,000 orders, drawing and redrawing run on worker threads with their own store
connection; when one is done, its change notice (transaction testing) is broadcast, so the session rereads its
caps and evidence counts and every panel showing a score repaints itself. Test-card changes are operations too;
the card tells this tab only which row to repaint. The tab reads its lists again on notices from elsewhere, or
when next shown if it is hidden.

The dialogs and the test-card window are imported when first opened, to keep them out of the window's start.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import QTableView
from shiboken6 import isValid

from exportaudit.core.changes import Changes
from exportaudit.core.operations import testing as testing_ops
from exportaudit.core.records import Sample
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError, open_store
from exportaudit.core.testing.results import pass_rates
from exportaudit.core.testing.sampling import draw_sample
from exportaudit.ui import prompts, tasks
from exportaudit.ui.controllers.file_job import failure_detail
from exportaudit.ui.models._table import RecordFilterProxy, RecordRole
from exportaudit.ui.models.orders import OrderListTableModel, RowProblemTableModel, count_text, stamp_text
from exportaudit.ui.models.samples import CheckRateRow, PassRateTableModel, SampledOrderTableModel, SampleRow, SampleTableModel
from exportaudit.ui.operations import Operations
from exportaudit.ui.views.assessment_page_view import tab_shown
from exportaudit.ui.views.testing_view import PAGE_NO_TESTS, PAGE_TESTING, TestingView

if TYPE_CHECKING:
    from exportaudit.ui.controllers.draw_sample import DrawSampleDialog
    from exportaudit.ui.controllers.order_import import OrderImportDialog
    from exportaudit.ui.controllers.test_card import TestCardWindow
    from exportaudit.ui.views.refused_rows_view import RefusedRowsView


def _sorted(table: QTableView, model) -> RecordFilterProxy:
    proxy = RecordFilterProxy(table)
    proxy.setSourceModel(model)
    table.setModel(proxy)
    return proxy


def _selected(table: QTableView):
    index = table.currentIndex()
    if not index.isValid() or not table.selectionModel().isRowSelected(index.row(), index.parent()):
        return None
    return index.siblingAtColumn(0).data(RecordRole)


def _select(table: QTableView, proxy: RecordFilterProxy, source_row: int) -> None:
    if source_row < 0:
        return
    index = proxy.mapFromSource(proxy.sourceModel().index(source_row, 0))
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index)


class TestingController(QObject):
    __test__ = False  # not a pytest test class
    status = Signal(str)

    def __init__(self, view: TestingView, operations: Operations):
        super().__init__(view)
        self.view = view
        self.operations = operations
        operations.operation_did_execute.connect(self._on_operation_did_execute)
        self.session: AssessmentSession | None = None
        self.editable = False
        self.language = "en"
        self.card_window: TestCardWindow | None = None
        self.stale = False  # an assessment was shown while the tab was hidden: read it when the tab is shown
        self.lists = OrderListTableModel(self)
        self.samples = SampleTableModel(self)
        self.orders = SampledOrderTableModel(self)
        self.rates = PassRateTableModel(self)
        self.lists_proxy = _sorted(view.lists_table, self.lists)
        self.samples_proxy = _sorted(view.samples_table, self.samples)
        self.orders_proxy = _sorted(view.orders_table, self.orders)
        view.rates_table.setModel(self.rates)
        view.configure_columns()
        view.orders_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.samples_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.lists_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # in the order imported

        view.import_button.clicked.connect(self.import_orders)
        view.rejects_button.clicked.connect(self.show_refused_rows)
        view.delete_list_button.clicked.connect(self.delete_list)
        view.draw_button.clicked.connect(self.draw)
        view.verify_button.clicked.connect(self.verify)
        view.delete_sample_button.clicked.connect(self.delete_sample)
        view.open_card_button.clicked.connect(lambda: self.open_card())
        view.orders_table.activated.connect(lambda _index: self.open_card())
        view.lists_table.activated.connect(lambda _index: self.show_refused_rows())
        view.lists_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        view.samples_table.selectionModel().selectionChanged.connect(lambda *_: self._sample_chosen())
        view.orders_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # --- showing ---------------------------------------------------------------------------------------------

    @property
    def testing(self):
        return self.session.checklist.transaction_testing if self.session is not None else None

    def set_language(self, language: str) -> None:
        self.language = language
        for model in (self.lists, self.samples, self.orders, self.rates):
            model.set_language(language)
        if self.session is not None:
            self._show_orders_heading()
            self._show_rates()
        if self.card_window is not None and isValid(self.card_window):
            self.card_window.set_language(language)

    def show(self, session: AssessmentSession | None, *, editable: bool, shown: bool = True) -> None:
        """Point the tab at an assessment (None: nothing open; any open test card closes). A tab not ``shown``
        reads its lists and samples when it is first shown (``refresh_if_stale``), not while the window opens."""
        if session is not self.session and self.card_window is not None and isValid(self.card_window):
            self.card_window.close()
        self.session, self.editable = session, editable
        if self.card_window is not None and isValid(self.card_window):
            self.card_window.editable = editable
            self.card_window.show_card(self.card_window.sample_order_id)
        if shown:
            self.reload()
        else:
            self.stale = True

    def _on_operation_did_execute(self, changes: Changes, initiator: object | None) -> None:
        """Transaction testing (or anything) changed: read the tab again now if shown, else when shown. The open
        test card's own changes repaint just its row (``_card_changed``)."""
        if self.session is None or not (changes.testing or changes.structure):
            return
        if initiator is not None and initiator is self.card_window:
            return
        self.editable = self.session.editable
        if not tab_shown(self.view):
            self.stale = True
        else:
            self.reload()

    def refresh_if_stale(self) -> None:
        """Read what ``show`` left for later, now that the tab is shown."""
        if self.stale:
            self.reload()

    def reload(self) -> None:
        """Read the lists, samples and rates again, keeping what was selected."""
        self.stale = False
        session = self.session
        testing = self.testing
        self.view.pages.setCurrentIndex(PAGE_TESTING if session is None or testing is not None else PAGE_NO_TESTS)
        if session is None or testing is None:
            for model in (self.lists, self.samples, self.orders, self.rates):
                model.set_rows([])
            self._update_buttons()
            return
        chosen_list, chosen_sample = _selected(self.view.lists_table), _selected(self.view.samples_table)
        store = session.store
        self.lists.set_rows(store.orders.lists(session.assessment_id))
        _select(self.view.lists_table, self.lists_proxy,
                self.lists.row_of(chosen_list.id) if chosen_list else self.lists.rowCount() - 1)
        self.samples.set_rows([self._sample_row(s) for s in store.samples.all(session.assessment_id)])
        _select(self.view.samples_table, self.samples_proxy,
                self.samples.row_of(chosen_sample.sample.id) if chosen_sample else self.samples.rowCount() - 1)
        self._sample_chosen()
        self._show_rates()

    def _sample_row(self, sample: Sample) -> SampleRow:
        store, testing = self.session.store, self.testing
        sampled = store.samples.orders(sample.id)
        results = [(s.id, check_id, r.result) for s in sampled
                   for check_id, r in store.results.checks(s.id).items() if r.result is not None]
        return SampleRow(sample, store.orders.get_list(sample.list_id),
                         sample.sample_plan.describe(sample.population, sample.size, sample.seed), len(sampled),
                         sum(1 for s in sampled if s.checks_answered >= len(testing.checks)),
                         pass_rates(testing, results, len(sampled)), {c.id: c.label for c in testing.checks})

    def _sample_chosen(self) -> None:
        row = _selected(self.view.samples_table)
        self.orders.checks = len(self.testing.checks) if self.testing else 0
        chosen = _selected(self.view.orders_table)
        self.orders.set_rows(self.session.store.samples.orders(row.sample.id) if row and self.session else [])
        self.orders.set_language(self.language)
        _select(self.view.orders_table, self.orders_proxy,
                self.orders.row_of(chosen.id) if chosen else (0 if self.orders.rowCount() else -1))
        self._show_orders_heading()
        self._update_buttons()

    def _show_orders_heading(self) -> None:
        row = _selected(self.view.samples_table)
        self.view.sample_description.setText(self.tr("{method} Drawn {when} by {who}.").format(
            method=row.method.get(self.language), when=stamp_text(row.sample.drawn_at), who=row.sample.drawn_by or "—")
            if row else "")
        self.view.sample_description.setVisible(row is not None)
        self.view.orders_heading.setText(
            self.tr("Orders of sample #{id} ({count})").format(id=row.sample.number, count=count_text(row.sample.size))
            if row else self.tr("Sampled orders"))

    def _show_rates(self) -> None:
        session, testing = self.session, self.testing
        if session is None or testing is None:
            self.rates.set_rows([])
            return
        rates = session.pass_rates()
        self.rates.set_rows([CheckRateRow(c, rates[c.id], testing.threshold) for c in testing.checks])
        threshold = round(testing.threshold * 100)
        text = escape(self.tr("Threshold {threshold}%: while a check passes on fewer of the tested orders, the items "
                              "it tests count as 3 at most (sample exceptions).").format(threshold=threshold))
        capped = sorted(session.sample_caps)
        if capped:
            text += "<br><b>" + escape(self.tr("Capped now: {items}").format(items=", ".join(capped))) + "</b>"
        self.view.rates_note.setText(text)

    def _update_buttons(self) -> None:
        view, editable = self.view, self.editable and self.session is not None
        has_list = _selected(view.lists_table) is not None
        has_sample = _selected(view.samples_table) is not None
        view.import_button.setEnabled(editable)
        view.delete_list_button.setEnabled(editable and has_list)
        view.rejects_button.setEnabled(has_list)
        view.draw_button.setEnabled(editable and self.lists.rowCount() > 0)
        view.verify_button.setEnabled(has_sample)
        view.delete_sample_button.setEnabled(editable and has_sample)
        view.open_card_button.setEnabled(_selected(view.orders_table) is not None)

    # --- order lists ------------------------------------------------------------------------------------------

    def import_orders(self) -> OrderImportDialog | None:
        """Choose a file and open the import dialog on it (None when the user chose none)."""
        if self.session is None or not self.editable:
            return None
        path = prompts.choose_order_list(self.view.window())
        if not path or prompts.refuse_store_files(self.view.window(), self.session.store, [path],
                                                  self.tr("Order list not imported")):
            return None
        from exportaudit.ui.controllers.order_import import OrderImportDialog

        dialog = OrderImportDialog(self.view.window(), self.operations, self.session, self.language, self._imported)
        dialog.open()
        dialog.open_file(path)
        return dialog

    def _imported(self, list_id: int) -> None:
        """The list is stored and its notice has refreshed the tab: select it and say so."""
        _select(self.view.lists_table, self.lists_proxy, self.lists.row_of(list_id))
        ol = self.lists.record(self.lists.row_of(list_id)) if self.lists.row_of(list_id) >= 0 else None
        if ol is not None:
            self.status.emit(self.tr("Imported {name}: {orders} orders, {refused} rows refused").format(
                name=ol.name, orders=count_text(ol.order_count), refused=count_text(ol.rejected_count)))

    def show_refused_rows(self) -> RefusedRowsView | None:
        ol = _selected(self.view.lists_table)
        if ol is None or self.session is None:
            return None
        from exportaudit.ui.views.refused_rows_view import RefusedRowsView

        dialog = RefusedRowsView(self.view.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Rows refused: {name}").format(name=ol.name))
        dialog.title_label.setText(self.tr("{count} rows of {file} could not be read and were left out.").format(
            count=count_text(ol.rejected_count), file=ol.source_name) if ol.rejected_count
            else self.tr("Every row of {file} was read.").format(file=ol.source_name))
        model = RowProblemTableModel(dialog)
        model.set_language(self.language)
        model.set_rows(self.session.store.orders.rejects(ol.id))
        _sorted(dialog.table, model)
        dialog.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        dialog.table.resizeColumnsToContents()
        dialog.open()
        return dialog

    def delete_list(self) -> None:
        ol = _selected(self.view.lists_table)
        if ol is None or self.session is None or not self.editable:
            return
        store = self.session.store
        drawn = [f"#{r.sample.id}" for r in self.samples.records() if r.sample.list_id == ol.id]
        if drawn:  # the store refuses too; say it in the interface language, naming the samples
            prompts.show_error(self.view.window(), self.tr("Order list not deleted"), self.tr(
                "Samples were drawn from “{name}” ({samples}). Delete them first: their test cards rest on its "
                "orders.").format(name=ol.name, samples=", ".join(drawn)))
            return

        def delete() -> None:
            self.operations.run(lambda: testing_ops.delete_order_list(store, ol.id), parent=self.view,
                                title=self.tr("Order list not deleted"), initiator=self,
                                success=lambda _value: self.status.emit(self.tr(
                                    "Deleted the order list {name} (kept in the change history).").format(
                                        name=ol.name)))

        prompts.confirm(self.view.window(), self.tr("Delete order list"),
                        self.tr("Delete the order list “{name}” and its {orders} orders?").format(
                            name=ol.name, orders=count_text(ol.order_count)), self.tr("Delete"), delete)

    # --- samples ----------------------------------------------------------------------------------------------

    def draw(self) -> DrawSampleDialog | None:
        if self.session is None or not self.editable or self.lists.rowCount() == 0:
            return None
        chosen = _selected(self.view.lists_table)
        from exportaudit.ui.controllers.draw_sample import DrawSampleDialog

        dialog = DrawSampleDialog(self.view.window(), self.operations, self.session, self.language,
                                  chosen.id if chosen else None,
                                  self._drawn)
        dialog.open()
        return dialog

    def _drawn(self, sample_id: int) -> None:
        """The sample is stored and its notice has refreshed the tab: select it and say so."""
        _select(self.view.samples_table, self.samples_proxy, self.samples.row_of(sample_id))
        row = _selected(self.view.samples_table)
        if row is not None:
            self.status.emit(self.tr("Drew sample #{id}: {size} of {population} orders, seed {seed}").format(
                id=row.sample.number, size=row.sample.size, population=count_text(row.sample.population),
                seed=row.sample.seed))

    def verify(self) -> None:
        """Draw the chosen sample again from its list, plan and seed (on a worker) and say whether it matches."""
        row = _selected(self.view.samples_table)
        if row is None or self.session is None:
            return
        sample, store_path = row.sample, self.session.store.path
        self.status.emit(self.tr("Drawing sample #{id} again…").format(id=sample.number))

        def work(_report) -> tuple[list[str], list[str]]:
            with open_store(store_path, read_only=True) as own:  # this thread's own connection
                orders = own.orders.all(sample.list_id)
                redrawn = draw_sample(orders, sample.sample_plan, sample.seed)
                stored = own.samples.orders(sample.id)
            by_seq = {o.seq: o.order_ref for o in orders}
            again = [(seq, stratum) for seq, stratum in redrawn.picks]
            kept = [(s.order.seq, s.stratum) for s in stored]
            missing = [by_seq.get(seq, str(seq)) for seq, stratum in kept if (seq, stratum) not in again]
            extra = [by_seq.get(seq, str(seq)) for seq, stratum in again if (seq, stratum) not in kept]
            return missing, extra

        tasks.run_in_background(work, on_success=lambda outcome: self._verified(sample, *outcome),
                                on_failure=lambda exc: prompts.show_error(
                                    self.view.window(), self.tr("Sample not redrawn"), failure_detail(exc)))

    def _verified(self, sample: Sample, missing: list[str], extra: list[str]) -> None:
        if not missing and not extra:
            text = self.tr("Drawn again from seed {seed}: the same {size} orders were drawn again. A reviewer with "
                           "the same order list, method and seed gets this sample.").format(seed=sample.seed,
                                                                                            size=sample.size)
            self.status.emit(self.tr("Sample #{id} redrawn: the same orders").format(id=sample.number))
            prompts.show_info(self.view.window(), self.tr("Redraw check"), text, "redrawSameMessage")
            return
        text = self.tr("Drawn again from seed {seed}, the sample differs from the one stored.").format(seed=sample.seed)
        if missing:
            text += "\n\n" + self.tr("Stored but not drawn again ({count}): {orders}").format(
                count=len(missing), orders=", ".join(missing[:30]) + ("…" if len(missing) > 30 else ""))
        if extra:
            text += "\n\n" + self.tr("Drawn again but not stored ({count}): {orders}").format(
                count=len(extra), orders=", ".join(extra[:30]) + ("…" if len(extra) > 30 else ""))
        text += "\n\n" + self.tr("The order list or the sampling method changed since the sample was drawn.")
        self.status.emit(self.tr("Sample #{id} redrawn: it differs").format(id=sample.number))
        prompts.show_info(self.view.window(), self.tr("Redraw check"), text, "redrawDiffersMessage")

    def delete_sample(self) -> None:
        row = _selected(self.view.samples_table)
        if row is None or self.session is None or not self.editable:
            return
        store, sample = self.session.store, row.sample

        def delete() -> None:
            if self.card_window is not None and isValid(self.card_window) and self.card_window.card is not None \
                    and self.card_window.card.sample.id == sample.id:
                self.card_window.close()
            self.operations.run(lambda: testing_ops.delete_sample(store, sample.id), parent=self.view,
                                title=self.tr("Sample not deleted"), initiator=self,
                                success=lambda _value: self.status.emit(self.tr(
                                    "Deleted sample #{id} (kept in the change history).").format(id=sample.number)))

        prompts.confirm(self.view.window(), self.tr("Delete sample"), self.tr(
            "Delete sample #{id} and its {size} test cards ({done} filled in)? Its pass rates stop counting; "
            "findings raised from it and evidence files stay.").format(id=sample.number, size=row.cards,
                                                                     done=row.cards_done),
            self.tr("Delete"), delete)

    # --- test cards ---------------------------------------------------------------------------------------------

    def visible_cards(self) -> list[int]:
        """The sampled orders in the order the table shows them (Previous / Next follow it)."""
        proxy = self.orders_proxy
        return [proxy.index(r, 0).data(RecordRole).id for r in range(proxy.rowCount())]

    def open_card(self, sample_order_id: int | None = None) -> TestCardWindow | None:
        if self.session is None or self.testing is None:
            return None
        if sample_order_id is None:
            chosen = _selected(self.view.orders_table)
            if chosen is None:
                return None
            sample_order_id = chosen.id
        window = self.card_window
        if window is None or not isValid(window):
            from exportaudit.ui.controllers.test_card import TestCardWindow

            window = TestCardWindow(self.view.window(), self.operations, self.session.store, self.testing.checks,
                                    self.language, self.visible_cards(), sample_order_id, editable=self.editable,
                                    on_changed=self._card_changed)
            window.destroyed.connect(self._card_window_gone)
            self.card_window = window
        else:
            window.cards = self.visible_cards()
            window.show_card(sample_order_id)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _card_window_gone(self) -> None:
        self.card_window = None

    def _card_changed(self, sample_order_id: int, what: str) -> None:
        """One change on a test card: repaint its row and, for results, its sample's figures and the rates (the
        scores elsewhere follow the card's change notice)."""
        from exportaudit.ui.controllers.test_card import RESULT

        session = self.session
        if session is None:
            return
        store = session.store
        try:
            sampled = store.samples.order(sample_order_id)
        except StoreError:
            return
        self.orders.replace(sampled)
        row = self.samples.row_of(sampled.sample_id)
        if row >= 0 and what == RESULT:
            self.samples.replace(row, self._sample_row(self.samples.record(row).sample))
        if what == RESULT:
            self._show_rates()
