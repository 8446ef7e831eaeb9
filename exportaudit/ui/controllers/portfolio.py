"""The portfolio tab of the "All assessments" page: built from the store when shown (and after changes), filtered
and sorted in place; the selected organisation's trend beside it; Enter opens the row's assessment; the same table
exported to Excel off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal

from exportaudit.core.portfolio import Portfolio, build_portfolio, organisation_trend
from exportaudit.core.store import Store, open_store
from exportaudit.core.vocab import OPERATOR_TYPES
from exportaudit.ui import folders, prompts
from exportaudit.ui.controllers.file_job import FileJob, JobTexts
from exportaudit.ui.models._table import RecordRole
from exportaudit.ui.models.portfolio import COL_ORGANISATION, FIRST_LEVEL, PortfolioFilter, PortfolioTableModel
from exportaudit.ui.views.portfolio_view import PortfolioView
from exportaudit.ui.widgets.trend_chart import TrendPoint


class PortfolioController(QObject):
    open_requested = Signal(int)  # assessment id

    def __init__(self, view: PortfolioView):
        super().__init__(view)
        self.view = view
        self.store: Store | None = None
        self.language = "en"
        self._stale = True
        self.model = PortfolioTableModel(self)
        self.proxy = PortfolioFilter(self)
        self.proxy.setSourceModel(self.model)
        view.table.setModel(self.proxy)
        view.table.sortByColumn(COL_ORGANISATION, Qt.SortOrder.AscendingOrder)
        view.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_trend())
        view.table.activated.connect(lambda index: self._open(index))
        for name, combo in view.filters.items():
            combo.currentIndexChanged.connect(lambda _i, name=name, combo=combo: self._filter(name, combo))
        view.export_button.clicked.connect(self.export)
        self.exporter = FileJob(view, lambda: JobTexts(
            self.tr("Export portfolio"), self.tr("Writing the portfolio…"), self.tr("Portfolio written"),
            self.tr("The portfolio was saved as {path}."), self.tr("Portfolio not written"),
            self.tr("The portfolio could not be written."), "portfolio"))
        self.exporter.finished.connect(lambda _path: view.export_button.setEnabled(True))

    # --- state ------------------------------------------------------------------------------------

    def set_store(self, store: Store | None) -> None:
        self.store = store
        self.invalidate()

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)
        self._fill_filters()
        self._show_legend()
        self._show_trend()

    def invalidate(self) -> None:
        """The store changed: rebuild now when the tab is on screen, else when it is next shown."""
        self._stale = True
        if self.view.isVisible():
            self.refresh()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        current = self.selected()
        self.model.set_portfolio(build_portfolio(self.store, language=self.language) if self.store is not None
                                 else Portfolio((), ()))
        self._fill_filters()
        self._show_legend()
        self.view.size_columns(FIRST_LEVEL, len(self.model.elements))
        self.view.export_button.setEnabled(self.model.rowCount() > 0 and not self.exporter.running)
        self._select(current.organisation_id if current else None)
        self._count()

    def selected(self):
        index = self.view.table.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def _select(self, organisation_id: int | None) -> None:
        rows = self.proxy.rowCount()
        target = next((r for r in range(rows) if organisation_id is not None
                       and self.proxy.index(r, 0).data(RecordRole).organisation_id == organisation_id), 0)
        if rows:
            self.view.table.selectionModel().setCurrentIndex(
                self.proxy.index(target, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_trend()

    # --- filters ----------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        rows = self.model.records()
        for name, combo in self.view.filters.items():
            current = combo.currentData()
            values = sorted({getattr(r, name) or "" for r in rows} - {""}, reverse=name == "year")
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for value in values:
                shown = OPERATOR_TYPES[value].get(self.language) if name == "operator_type" and value in \
                    OPERATOR_TYPES else value
                combo.addItem(shown, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
            self.proxy.set_filter(name, combo.currentData())

    def _filter(self, name: str, combo) -> None:
        self.proxy.set_filter(name, combo.currentData() or "")
        self._count()
        self._select(None)

    def _count(self) -> None:
        self.view.count_label.setText(self.tr("{shown} of {total} organisation(s)").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    # --- legend and trend -------------------------------------------------------------------------

    def _show_legend(self) -> None:
        self.view.legend_label.setText(self.tr("Elements: {list}. Cells show the level (0–5) in its colour.").format(
            list=" · ".join(f"E{n + 1} {e.name.get(self.language)}" for n, e in enumerate(self.model.elements))))

    def _show_trend(self) -> None:
        row = self.selected()
        if row is None or self.store is None:
            self.view.trend_heading.setText(self.tr("Trend"))
            self.view.trend_chart.set_points([])
            return
        trend = organisation_trend(self.store, row.organisation_id, self.language)
        self.view.trend_heading.setText(self.tr("Trend of {organisation}").format(organisation=row.organisation))
        self.view.trend_chart.set_points([TrendPoint(p.year or "—", p.overall_score, p.overall_level, p.title)
                                          for p in trend])

    def _open(self, index) -> None:
        row = index.data(RecordRole)
        if row is not None:
            self.open_requested.emit(row.assessment_id)

    # --- export -----------------------------------------------------------------------------------

    def export(self) -> None:
        if self.store is None or self.exporter.running or not self.model.rowCount():
            return
        path = prompts.choose_save_file(self.view, self.tr("Export portfolio"),
                                        str(folders.folder_for(folders.REPORT) / self.tr("portfolio.xlsx")), "xlsx")
        if not path:
            return
        store_path, language = self.store.path, self.language

        def work(report) -> Path:
            from exportaudit.reports.portfolio_xlsx import write_portfolio_xlsx

            report(10, "")
            with open_store(store_path, read_only=True) as own:  # this thread's own connection
                portfolio = build_portfolio(own, language=language)
            return write_portfolio_xlsx(portfolio, path, language)

        self.view.export_button.setEnabled(False)
        self.exporter.start(work)
