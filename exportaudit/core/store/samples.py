"""Samples in the store: seeded draws from an order list (enough to redraw them), the orders drawn, and the
red-flag lists pinned to them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, NamedTuple

from exportaudit.core.checklist import TransactionTesting
from exportaudit.core.records import Assessment, Order, Sample, SampledOrder
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.rows import record
from exportaudit.core.testing.redflags import RedFlagError, RedFlagList, default_red_flags, parse_red_flags
from exportaudit.core.testing.sampling import SamplePlan, Strata, draw_sample

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store


class _Member(NamedTuple):
    """The fields sampling needs of one order (lighter than Order for 100,000-row lists)."""

    id: int
    seq: int
    order_date: str | None
    customer: str
    destination: str
    control_code: str


def testing_of(store: Store, assessment: Assessment) -> TransactionTesting:
    """The transaction tests of the assessment's checklist, refused when it defines none."""
    testing = store.checklists.get(assessment.checklist_sha256).transaction_testing
    if testing is None:
        raise StoreError("The checklist of this assessment defines no transaction tests "
                         "(no [transaction_testing] table).")
    return testing


class RedFlags:
    """The red-flag lists pinned to samples: ``store.red_flags``. Keeps every list it has parsed."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql
        self._parsed: dict[str, RedFlagList] = {}

    def keep(self, flags: RedFlagList) -> str:
        """Keep a copy of a red-flag list so a sample's review never depends on the file it came from."""
        with self._sql.write() as db:
            db.execute("INSERT OR IGNORE INTO red_flag_lists (sha256, list_id, version, text, stored_at) "
                       "VALUES (?, ?, ?, ?, ?)", [flags.sha256, flags.id, flags.version, flags.text, now()])
        self._parsed[flags.sha256] = flags
        return flags.sha256

    def get(self, sha256: str) -> RedFlagList:
        cache = self._parsed
        if sha256 not in cache:
            row = self._sql.one("SELECT list_id, text FROM red_flag_lists WHERE sha256 = ?", [sha256])
            if row is None:
                raise StoreError(f"The store has no copy of red-flag list {sha256[:12]}.")
            try:
                cache[sha256] = parse_red_flags(row["text"], f"stored red-flag list {row['list_id']}")
            except RedFlagError as exc:
                raise StoreError(f"The stored red-flag list {row['list_id']} is damaged: {exc}") from None
        return cache[sha256]

    def of_sample(self, sample_id: int) -> RedFlagList | None:
        """The red-flag list a sample's cards are answered against (None for a sample drawn without one)."""
        sample = self._store.samples.get(sample_id)
        return self.get(sample.red_flags_sha256) if sample.red_flags_sha256 else None


class Samples:
    """Samples and the orders drawn into them: ``store.samples``."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def draw(self, assessment_id: int, list_id: int, plan: SamplePlan, seed: int | None = None, *,
             red_flags: RedFlagList | None = None) -> int:
        """Draw a sample from an order list and store it with its seed; returns the sample id.

        ``seed`` None draws a fresh nine-digit seed (recorded). ``red_flags`` defaults to the bundled list and is
        pinned with the sample. A new-customer stratum without a date uses the assessment's period start.
        See exportaudit.core.testing.sampling for the algorithm; verify() redraws it.
        """
        a = self._store.assessments.writable(assessment_id)
        testing_of(self._store, a)
        order_list = self._store.orders.get_list(list_id)
        if order_list.assessment_id != assessment_id:
            raise StoreError(f"Order list {list_id} belongs to another assessment.")
        if plan.strata and plan.strata.new_customers and not plan.strata.new_since and a.period_start:
            s = plan.strata
            plan = SamplePlan(plan.size, Strata(s.high_risk_destinations, s.listed_codes, s.code_patterns, True,
                                                a.period_start, s.flagged_customers, s.min_per_stratum),
                              plan.algorithm)
        orders = self._population(list_id)
        try:
            drawn = draw_sample(orders, plan, seed)
        except ValueError as exc:
            raise StoreError(str(exc)) from None
        flags = red_flags or default_red_flags()
        flags_sha = self._store.red_flags.keep(flags)
        by_seq = {o.seq: o for o in orders}
        strata = {k: [v, drawn.strata_sample.get(k, 0)] for k, v in drawn.strata_population.items()}
        stamp = now()
        with self._sql.write() as db:
            sample_id = self._sql.insert("samples", {
                "assessment_id": assessment_id, "list_id": list_id, "seed": drawn.seed, "algorithm": drawn.algorithm,
                "plan": plan.to_json(), "population": drawn.population, "size": drawn.size,
                "strata": json.dumps(strata, sort_keys=True), "red_flags_sha256": flags_sha, "drawn_at": stamp,
                "drawn_by": self._sql.user})
            db.conn.executemany("INSERT INTO sample_orders (sample_id, order_id, position, stratum) VALUES (?, ?, ?, ?)",
                                [(sample_id, by_seq[seq].id, n, stratum)
                                 for n, (seq, stratum) in enumerate(drawn.picks, start=1)])
            self._sql.log(assessment_id, "sample", sample_id, "drawn", None,
                      f"{drawn.size} of {drawn.population} from '{order_list.name}', seed {drawn.seed}")
            self._sql.touch(assessment_id, stamp)
        return sample_id

    def _population(self, list_id: int) -> list[_Member]:
        return [_Member(*row) for row in self._sql.conn.execute(
            "SELECT id, seq, order_date, customer, destination, control_code FROM orders WHERE list_id = ? ORDER BY seq",
            [list_id]).fetchall()]

    _NUMBERED = ("SELECT *, (SELECT COUNT(*) FROM samples AS earlier WHERE earlier.assessment_id = samples.assessment_id "
                 "AND earlier.id <= samples.id) AS number FROM samples")

    def all(self, assessment_id: int) -> list[Sample]:
        return [record(Sample, r) for r in self._sql.all(f"{self._NUMBERED} WHERE assessment_id = ? ORDER BY id",
                                                      [assessment_id])]

    def get(self, sample_id: int) -> Sample:
        row = self._sql.one(f"{self._NUMBERED} WHERE id = ?", [sample_id])
        if row is None:
            raise StoreError(f"There is no sample {sample_id}.")
        return record(Sample, row)

    def verify(self, sample_id: int) -> bool:
        """Redraw the sample from its list, plan and seed: True when it gives exactly the stored orders."""
        sample = self.get(sample_id)
        drawn = draw_sample(self._population(sample.list_id), sample.sample_plan, sample.seed)
        stored = [(r["seq"], r["stratum"]) for r in self._sql.all(
            "SELECT o.seq, so.stratum FROM sample_orders so JOIN orders o ON o.id = so.order_id WHERE so.sample_id = ? "
            "ORDER BY so.position", [sample_id])]
        return list(drawn.picks) == stored

    def delete(self, sample_id: int) -> None:
        """Delete a sample with its test cards (logged). Evidence files stay attached to their items."""
        sample = self.get(sample_id)
        self._store.assessments.writable(sample.assessment_id)
        with self._sql.write() as db:
            db.execute("DELETE FROM samples WHERE id = ?", [sample_id])
            self._sql.log(sample.assessment_id, "sample", sample_id, "deleted", f"seed {sample.seed}, {sample.size} orders",
                      None)
            self._sql.touch(sample.assessment_id, now())

    _SAMPLED_SELECT = (
        "SELECT so.id AS so_id, so.sample_id, so.position, so.stratum, o.*, "
        "(SELECT COUNT(*) FROM test_results t WHERE t.sample_order_id = so.id AND t.result IS NOT NULL) AS answered, "
        "(SELECT COUNT(*) FROM test_results t WHERE t.sample_order_id = so.id AND t.result = 'fail') AS failed "
        "FROM sample_orders so JOIN orders o ON o.id = so.order_id")

    @staticmethod
    def _sampled(row: dict) -> SampledOrder:
        return SampledOrder(row["so_id"], row["sample_id"], row["position"], row["stratum"], record(Order, row),
                            row["answered"], row["failed"])

    def orders(self, sample_id: int) -> list[SampledOrder]:
        """The sample's orders (one test card each) in list order, with how many checks are answered / failed."""
        rows = self._sql.all(f"{self._SAMPLED_SELECT} WHERE so.sample_id = ? ORDER BY so.position", [sample_id])
        return [self._sampled(r) for r in rows]

    def order(self, sample_order_id: int) -> SampledOrder:
        row = self._sql.one(f"{self._SAMPLED_SELECT} WHERE so.id = ?", [sample_order_id])
        if row is None:
            raise StoreError(f"There is no sampled order {sample_order_id}.")
        return self._sampled(row)
