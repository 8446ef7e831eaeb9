"""Samples for transaction testing: the samples drawn, the sampled orders with how far each test card is filled
in, the pass rate of each check over every sample (what caps the items), and the checkable lists of
destinations and customers the draw-sample dialog picks strata from."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from exportaudit.core import status_colours
from exportaudit.core.checklist import SampleCheck
from exportaudit.core.records import OrderList, Sample, SampledOrder
from exportaudit.core.testing.results import CheckRate, rounded_percent
from exportaudit.core.testing.sampling import stratum_label
from exportaudit.core.text import Text
from exportaudit.ui.marks import FAILED, OPEN, PARTLY, PASSED, result_mark
from exportaudit.ui.models._table import RecordTableModel, SortRole
from exportaudit.ui.models.orders import count_text, stamp_text

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
PASS_COLOUR, FAIL_COLOUR, OPEN_COLOUR, PARTLY_COLOUR = (QColor(status_colours.PASSED), QColor(status_colours.FAILED),
                                                         QColor(status_colours.OPEN), QColor(status_colours.PARTLY))


def percent(fraction: float, threshold: float | None = None) -> int:
    """A pass rate as a whole percentage, rounded half up (2/3 is 67 %), but never up to 100 % or to the
    ``threshold`` it misses (89.5 % against 90 % shows as 89 %)."""
    return int(rounded_percent(fraction, 0, threshold))


def rate_text(rate: CheckRate) -> str:
    """"23/25 passed (92%)", or that nothing was tested yet."""
    if rate.rate is None:
        return QCoreApplication.translate("PassRates", "not tested yet")
    return QCoreApplication.translate("PassRates", "{passed}/{tested} passed ({percent}%)").format(
        passed=rate.passed, tested=rate.tested, percent=percent(rate.rate))


def combined(rates) -> CheckRate:
    """All checks' results added up (a sample's overall pass rate)."""
    rates = list(rates)
    return CheckRate("*", sum(r.passed for r in rates), sum(r.failed for r in rates), sum(r.na for r in rates),
                     sum(r.open for r in rates), tuple(sorted({e for r in rates for e in r.exceptions})))


# --- samples ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleRow:
    """One sample as the samples table shows it."""

    sample: Sample
    order_list: OrderList
    method: Text
    cards: int
    cards_done: int
    rates: dict[str, CheckRate] = field(default_factory=dict)
    labels: dict[str, Text] = field(default_factory=dict)  # check id -> label, for the tooltip

    @property
    def overall(self) -> CheckRate:
        return combined(self.rates.values())


COL_SAMPLE, COL_LIST, COL_SIZE, COL_SEED, COL_METHOD, COL_DRAWN, COL_CARDS, COL_PASS = range(8)


class SampleTableModel(RecordTableModel):
    CONTEXT = "SampleTableModel"
    HEADERS = {COL_SAMPLE: QT_TRANSLATE_NOOP("SampleTableModel", "Sample"),
               COL_LIST: QT_TRANSLATE_NOOP("SampleTableModel", "Order list"),
               COL_SIZE: QT_TRANSLATE_NOOP("SampleTableModel", "Size"),
               COL_SEED: QT_TRANSLATE_NOOP("SampleTableModel", "Seed"),
               COL_METHOD: QT_TRANSLATE_NOOP("SampleTableModel", "Method"),
               COL_DRAWN: QT_TRANSLATE_NOOP("SampleTableModel", "Drawn"),
               COL_CARDS: QT_TRANSLATE_NOOP("SampleTableModel", "Cards done"),
               COL_PASS: QT_TRANSLATE_NOOP("SampleTableModel", "Pass rate")}
    TIPS = {COL_SIZE: QT_TRANSLATE_NOOP("SampleTableModel", "Orders drawn of the orders in the list"),
            COL_SEED: QT_TRANSLATE_NOOP("SampleTableModel", "With the same list and method, this seed draws the "
                                                            "same orders again"),
            COL_CARDS: QT_TRANSLATE_NOOP("SampleTableModel", "Test cards with every check answered"),
            COL_PASS: QT_TRANSLATE_NOOP("SampleTableModel", "Passed of the checks tested (pass or fail) over the "
                                                            "sample's cards")}

    def row_of(self, sample_id: int) -> int:
        return next((row for row, r in enumerate(self._rows) if r.sample.id == sample_id), -1)

    def replace(self, row: int, record: SampleRow) -> None:
        """Show one sample's new figures in place (after a change on one of its test cards)."""
        self._rows[row] = record
        self.refresh_rows(row, row)

    def cell(self, r: SampleRow, column: int, role: int):
        s = r.sample
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_SAMPLE:
                return f"#{s.number}"
            if column == COL_LIST:
                return r.order_list.name
            if column == COL_SIZE:
                return self.tr("{size} of {population}").format(size=count_text(s.size),
                                                                 population=count_text(s.population))
            if column == COL_SEED:
                return str(s.seed)
            if column == COL_METHOD:
                return r.method.get(self._language)
            if column == COL_DRAWN:
                return stamp_text(s.drawn_at)
            if column == COL_CARDS:
                return self.tr("{done} of {cards}").format(done=r.cards_done, cards=r.cards)
            if column == COL_PASS:
                overall = r.overall
                return "—" if overall.rate is None else f"{percent(overall.rate)}% ({overall.passed}/{overall.tested})"
        elif role == SortRole:
            overall = r.overall
            return (s.id, r.order_list.name.casefold(), s.size, s.seed, r.method.get(self._language), s.drawn_at,
                    r.cards_done, -1.0 if overall.rate is None else overall.rate)[column]
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_SIZE, COL_SEED, COL_CARDS, COL_PASS):
            return _RIGHT
        elif role == Qt.ItemDataRole.ForegroundRole and column == COL_PASS and r.overall.failed:
            return FAIL_COLOUR
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_PASS:
                return "\n".join(f"{r.labels[c].get(self._language) if c in r.labels else c}: {rate_text(rate)}"
                                 for c, rate in r.rates.items())
            return "\n".join((r.method.get(self._language),
                              self.tr("Drawn {when} by {who}").format(when=stamp_text(s.drawn_at),
                                                                       who=s.drawn_by or "—")))
        return None


# --- sampled orders --------------------------------------------------------------------------------------------

(COL_POSITION, COL_ORDER, COL_DATE, COL_CUSTOMER, COL_DESTINATION, COL_CODE, COL_STRATUM, COL_CARD,
 COL_FAILED) = range(9)


class SampledOrderTableModel(RecordTableModel):
    CONTEXT = "SampledOrderTableModel"
    HEADERS = {COL_POSITION: QT_TRANSLATE_NOOP("SampledOrderTableModel", "#"),
               COL_ORDER: QT_TRANSLATE_NOOP("SampledOrderTableModel", "Order"),
               COL_DATE: QT_TRANSLATE_NOOP("SampledOrderTableModel", "Date"),
               COL_CUSTOMER: QT_TRANSLATE_NOOP("SampledOrderTableModel", "Customer"),
               COL_DESTINATION: QT_TRANSLATE_NOOP("SampledOrderTableModel", "Destination"),
               COL_CODE: QT_TRANSLATE_NOOP("SampledOrderTableModel", "Control code"),
               COL_STRATUM: QT_TRANSLATE_NOOP("SampledOrderTableModel", "Stratum"),
               COL_CARD: QT_TRANSLATE_NOOP("SampledOrderTableModel", "Test card"),
               COL_FAILED: QT_TRANSLATE_NOOP("SampledOrderTableModel", "Failed")}
    TIPS = {COL_CARD: QT_TRANSLATE_NOOP("SampledOrderTableModel", "Checks answered on the order's test card "
                                                                  "(Enter or double-click opens it)"),
            COL_FAILED: QT_TRANSLATE_NOOP("SampledOrderTableModel", "Checks the order failed: exceptions")}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.checks = 0  # checks on every card

    def row_of(self, sample_order_id: int) -> int:
        return next((row for row, s in enumerate(self._rows) if s.id == sample_order_id), -1)

    def replace(self, sampled: SampledOrder) -> None:
        """Show one card's new progress in place (after a change on its test card)."""
        row = self.row_of(sampled.id)
        if row >= 0:
            self._rows[row] = sampled
            self.refresh_rows(row, row)

    def cell(self, s: SampledOrder, column: int, role: int):
        o = s.order
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_POSITION:
                return str(s.position)
            if column == COL_CARD:
                return self.tr("{done} of {checks}").format(done=s.checks_answered, checks=self.checks)
            if column == COL_FAILED:
                return str(s.checks_failed) if s.checks_failed else ""
            if column == COL_STRATUM:
                return stratum_label(s.stratum).get(self._language)
            return (None, o.order_ref, o.order_date or "", o.customer, o.destination, o.control_code)[column]
        if role == SortRole:
            return (s.position, o.order_ref, o.order_date or "", o.customer.casefold(), o.destination.casefold(),
                    o.control_code, s.stratum, s.checks_answered, s.checks_failed)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == COL_CARD:
            return self._status_mark(s)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_FAILED and s.checks_failed:
            return FAIL_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_POSITION, COL_CARD, COL_FAILED):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s)
        return None

    def _status_mark(self, s: SampledOrder) -> QIcon:
        """The card's state by shape and colour: a failed check, every check passed or N/A, partly, not started."""
        if s.checks_failed:
            return result_mark(FAILED, FAIL_COLOUR)
        if self.checks and s.checks_answered >= self.checks:
            return result_mark(PASSED, PASS_COLOUR)
        return result_mark(PARTLY, PARTLY_COLOUR) if s.checks_answered else result_mark(OPEN, OPEN_COLOUR)

    def _tooltip(self, s: SampledOrder) -> str:
        o = s.order
        lines = [f"{o.order_ref} · {o.customer}" if o.customer else o.order_ref]
        if o.end_user and o.end_user != o.customer:
            lines.append(self.tr("End user: {name}").format(name=o.end_user))
        if o.item:
            lines.append(o.item)
        if s.checks_failed:
            lines.append(self.tr("{count} check(s) failed").format(count=s.checks_failed))
        elif self.checks and s.checks_answered >= self.checks:
            lines.append(self.tr("Every check answered"))
        else:
            lines.append(self.tr("{open} check(s) still open").format(open=max(0, self.checks - s.checks_answered)))
        return "\n".join(lines)


# --- pass rates per check --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckRateRow:
    check: SampleCheck
    rate: CheckRate
    threshold: float

    @property
    def below(self) -> bool:
        return self.rate.below(self.threshold)


COL_CHECK, COL_ITEMS, COL_PASSED, COL_FAILS, COL_NA, COL_OPEN, COL_RATE = range(7)


class PassRateTableModel(RecordTableModel):
    CONTEXT = "PassRateTableModel"
    HEADERS = {COL_CHECK: QT_TRANSLATE_NOOP("PassRateTableModel", "Check"),
               COL_ITEMS: QT_TRANSLATE_NOOP("PassRateTableModel", "Items tested"),
               COL_PASSED: QT_TRANSLATE_NOOP("PassRateTableModel", "Passed"),
               COL_FAILS: QT_TRANSLATE_NOOP("PassRateTableModel", "Failed"),
               COL_NA: QT_TRANSLATE_NOOP("PassRateTableModel", "N/A"),
               COL_OPEN: QT_TRANSLATE_NOOP("PassRateTableModel", "Open"),
               COL_RATE: QT_TRANSLATE_NOOP("PassRateTableModel", "Pass rate")}
    TIPS = {COL_RATE: QT_TRANSLATE_NOOP("PassRateTableModel", "Passed ÷ (passed + failed) over every sample of the "
                                                              "assessment; N/A and open checks do not count"),
            COL_OPEN: QT_TRANSLATE_NOOP("PassRateTableModel", "Sampled orders with no answer yet for this check")}

    def cell(self, r: CheckRateRow, column: int, role: int):
        rate = r.rate
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_CHECK:
                return r.check.label.get(self._language)
            if column == COL_ITEMS:
                return ", ".join(r.check.items)
            if column == COL_RATE:
                return "—" if rate.rate is None else f"{percent(rate.rate, r.threshold)}%"
            return str((None, None, rate.passed, rate.failed, rate.na, rate.open)[column])
        if role == SortRole:
            return (r.check.label.get(self._language), ", ".join(r.check.items), rate.passed, rate.failed, rate.na,
                    rate.open, -1.0 if rate.rate is None else rate.rate)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_PASSED:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and r.below and column in (COL_RATE, COL_FAILS):
            return FAIL_COLOUR
        if role == Qt.ItemDataRole.DecorationRole and column == COL_RATE and rate.rate is not None:
            return result_mark(FAILED, FAIL_COLOUR) if r.below else result_mark(PASSED, PASS_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [r.check.label.get(self._language), rate_text(rate)]
            if r.check.guidance is not None:
                lines.append(r.check.guidance.get(self._language))
            if r.below:
                lines.append(self.tr("Below the threshold of {threshold}%: {items} count as 3 at most "
                                      "(sample exceptions)").format(threshold=round(r.threshold * 100),
                                                                    items=", ".join(r.check.items)))
            return "\n".join(lines)
        return None


# --- checkable choices (destinations, customers) ----------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    name: str
    orders: int
    first: str | None = None  # first order date (customers)


COL_CHOICE, COL_CHOICE_ORDERS, COL_CHOICE_FIRST = range(3)


class ChoiceTableModel(RecordTableModel):
    """Names with their order counts (and first order date), each with a check box."""

    CONTEXT = "ChoiceTableModel"
    HEADERS = {COL_CHOICE: QT_TRANSLATE_NOOP("ChoiceTableModel", "Name"),
               COL_CHOICE_ORDERS: QT_TRANSLATE_NOOP("ChoiceTableModel", "Orders"),
               COL_CHOICE_FIRST: QT_TRANSLATE_NOOP("ChoiceTableModel", "First order")}

    def __init__(self, parent=None, *, with_first: bool = False):
        super().__init__(parent)
        self._checked: set[str] = set()
        if not with_first:
            self.HEADERS = {k: v for k, v in self.HEADERS.items() if k != COL_CHOICE_FIRST}

    def set_choices(self, choices: list[Choice], checked=()) -> None:
        self._checked = {c for c in checked if any(x.name == c for x in choices)}
        self.set_rows(choices)

    def checked(self) -> list[str]:
        return [c.name for c in self._rows if c.name in self._checked]

    def set_checked(self, name: str, on: bool) -> None:
        row = next((n for n, c in enumerate(self._rows) if c.name == name), -1)
        if row >= 0:
            self.setData(self.index(row, COL_CHOICE),
                         Qt.CheckState.Checked if on else Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_CHOICE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_CHOICE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        name = self._rows[index.row()].name
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on == (name in self._checked):
            return True
        (self._checked.add if on else self._checked.discard)(name)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def cell(self, c: Choice, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_CHOICE:
                return c.name or self.tr("(blank)")
            if column == COL_CHOICE_ORDERS:
                return count_text(c.orders)
            return c.first or "—"
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_CHOICE:
            return Qt.CheckState.Checked if c.name in self._checked else Qt.CheckState.Unchecked
        if role == SortRole:
            return (c.name.casefold(), c.orders, c.first or "")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_CHOICE_ORDERS:
            return _RIGHT
        return None
