"""Transaction testing in the store: order lists, remembered column mappings, seeded samples, test cards
(check results, red-flag answers, evidence), findings raised from exceptions, and the pass rates that cap items.

Every write is one transaction with change-log entries, and is refused on a finalised assessment. Each write
also bumps ``transactions_generation``, which AssessmentSession watches to rescore only when test results
changed (the answering path stays fast).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from exportaudit.core.checklist import SampleCheck, TransactionTesting
from exportaudit.core.scoring_model2 import CheckFacts, parse_date
from exportaudit.core.store.base import StoreBase, _seconds_since, now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.records import (
    Assessment,
    CheckResult,
    EvidenceRecord,
    Order,
    OrderList,
    RedFlagAnswer,
    Sample,
    SampledOrder,
)
from exportaudit.core.testing.orders import (
    ColumnMapping,
    ImportResult,
    Progress,
    RowProblem,
    SourceTable,
    guess_mapping,
    headers_signature,
    open_table,
    read_orders,
)
from exportaudit.core.testing.redflags import RedFlagError, RedFlagList, default_red_flags, parse_red_flags
from exportaudit.core.testing.results import (
    RED_FLAG_ANSWERS,
    RESULTS,
    CardCheck,
    CheckRate,
    ExceptionRow,
    RedFlagReview,
    SampleSummary,
    TestCard,
    TestingSummary,
    item_caps,
    pass_rates,
)
from exportaudit.core.testing.sampling import SamplePlan, Strata, draw_sample
from exportaudit.core.vocab import FINDING_GRADES

INSERT_BATCH = 5000
NOTE_BURST_SECONDS = 60


class _Member(NamedTuple):
    """The fields sampling needs of one order (lighter than Order for 100,000-row lists)."""

    id: int
    seq: int
    order_date: str | None
    customer: str
    destination: str
    control_code: str


_ORDER_COLUMNS = ("list_id", "seq", "source_row", "order_ref", "order_date", "customer", "end_user", "destination",
                  "item", "control_code", "value", "currency", "licence")


def _within(day: str | None, start: str, end: str) -> bool:
    """An order date inside the assessment period (ISO dates compare as text); with no period, every order."""
    if not start and not end:
        return True
    if not day:
        return False
    return (not start or day[:10] >= start) and (not end or day[:10] <= end)


class TransactionsMixin(StoreBase):
    """Relies on the evidence, findings and organisations mixins it is composed with in Store."""

    transactions_generation: int = 0  # bumped on every transaction-testing write

    def _bump(self) -> None:
        self.transactions_generation = self.transactions_generation + 1

    def _testing(self, assessment: Assessment) -> TransactionTesting:
        testing = self.checklist(assessment.checklist_sha256).transaction_testing
        if testing is None:
            raise StoreError("The checklist of this assessment defines no transaction tests "
                             "(no [transaction_testing] table).")
        return testing

    # --- order lists ------------------------------------------------------------------------------------

    def import_orders(self, assessment_id: int, source: str | Path | SourceTable, mapping: ColumnMapping | None = None,
                      *, name: str | None = None, progress: Progress | None = None) -> tuple[int, ImportResult]:
        """Open, read and store an order list in one call; returns (list id, ImportResult).

        ``mapping`` None uses suggested_mapping() for the file's headers. ``progress(done, total)`` as in
        read_orders() (return False to cancel: ImportCancelled, nothing kept). Rows that cannot be read are
        kept in ``result.problems`` and in order_rejects(list id).
        """
        a = self._writable_assessment(assessment_id)
        table = source if isinstance(source, SourceTable) else open_table(source)
        mapping = mapping or self.suggested_mapping(a.organisation_id, table.headers)
        result = read_orders(table, mapping, progress)
        return self.add_order_list(a.id, result, name=name), result

    def add_order_list(self, assessment_id: int, result: ImportResult, *, name: str | None = None,
                       remember_mapping: bool = True) -> int:
        """Store what read_orders() found (one transaction, one log entry) and remember its column mapping for the
        organisation. Returns the new list's id."""
        a = self._writable_assessment(assessment_id)
        name = (name or result.path.name).strip() or result.path.name
        stamp = now()
        header = f"{result.header_rows[0]}-{result.header_rows[1]}" if result.header_rows else ""
        with self._write() as db:
            list_id = self._insert("order_lists", {
                "assessment_id": assessment_id, "name": name, "source_name": result.path.name,
                "source_sha256": result.source_sha256, "source_kind": result.kind, "sheet": result.sheet or "",
                "encoding": result.encoding or "", "delimiter": result.delimiter or "", "header_rows": header,
                "headers": json.dumps(result.headers, ensure_ascii=False), "mapping": result.mapping.to_json(),
                "order_count": len(result.orders), "rejected_count": len(result.problems),
                "blank_rows": result.blank_rows, "first_date": result.first_date, "last_date": result.last_date,
                "imported_at": stamp, "imported_by": self.user})
            sql = (f"INSERT INTO orders ({', '.join(_ORDER_COLUMNS)}) "
                   f"VALUES ({', '.join('?' for _ in _ORDER_COLUMNS)})")
            orders = result.orders
            for start in range(0, len(orders), INSERT_BATCH):
                db.conn.executemany(sql, [(list_id, *o) for o in orders[start:start + INSERT_BATCH]])
            db.conn.executemany(
                "INSERT OR REPLACE INTO order_rejects (list_id, source_row, code, field, value, message) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(list_id, p.row, p.code, p.field, p.value, p.message) for p in result.problems])
            self._log(assessment_id, "order_list", list_id, "imported", None,
                      f"{name}: {len(orders)} orders, {len(result.problems)} rows refused")
            if remember_mapping:
                self._save_mapping(a.organisation_id, result.headers, result.mapping, stamp)
            self._touch(assessment_id, stamp)
        self._bump()
        return list_id

    def order_lists(self, assessment_id: int) -> list[OrderList]:
        rows = self._all("SELECT * FROM order_lists WHERE assessment_id = ? ORDER BY id", [assessment_id])
        return [OrderList.from_row(r) for r in rows]

    def order_list(self, list_id: int) -> OrderList:
        row = self._one("SELECT * FROM order_lists WHERE id = ?", [list_id])
        if row is None:
            raise StoreError(f"There is no order list {list_id}.")
        return OrderList.from_row(row)

    def orders(self, list_id: int, offset: int = 0, limit: int | None = None) -> list[Order]:
        """Orders of a list in list order; ``offset``/``limit`` page through large lists (a table model)."""
        rows = self._all("SELECT * FROM orders WHERE list_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                         [list_id, offset, -1 if limit is None else limit])
        return [Order.from_row(r) for r in rows]

    def order(self, order_id: int) -> Order:
        row = self._one("SELECT * FROM orders WHERE id = ?", [order_id])
        if row is None:
            raise StoreError(f"There is no order {order_id}.")
        return Order.from_row(row)

    def order_rejects(self, list_id: int) -> list[RowProblem]:
        """The rows of the imported file that were not read, with the reason, in row order."""
        rows = self._all("SELECT * FROM order_rejects WHERE list_id = ? ORDER BY source_row", [list_id])
        return [RowProblem(r["source_row"], r["code"], r["message"], r["field"], r["value"]) for r in rows]

    def destinations(self, list_id: int) -> list[tuple[str, int]]:
        """Distinct destinations with their order counts, most orders first (to flag high-risk ones)."""
        rows = self._all("SELECT destination, COUNT(*) AS n FROM orders WHERE list_id = ? GROUP BY destination "
                         "ORDER BY n DESC, destination", [list_id])
        return [(r["destination"], r["n"]) for r in rows]

    def customers(self, list_id: int) -> list[tuple[str, int, str | None]]:
        """Distinct customers: (name, orders, first order date), earliest first order first (to flag new ones)."""
        rows = self._all("SELECT customer, COUNT(*) AS n, MIN(order_date) AS first FROM orders WHERE list_id = ? "
                         "GROUP BY customer ORDER BY first IS NULL, first, customer", [list_id])
        return [(r["customer"], r["n"], r["first"]) for r in rows]

    def delete_order_list(self, list_id: int) -> None:
        """Delete an order list and its orders; refused while a sample drawn from it exists."""
        old = self.order_list(list_id)
        self._writable_assessment(old.assessment_id)
        if self._one("SELECT id FROM samples WHERE list_id = ? LIMIT 1", [list_id]):
            raise StoreError(f"Order list '{old.name}' has a sample; delete the sample first.")
        with self._write() as db:
            db.execute("DELETE FROM order_lists WHERE id = ?", [list_id])
            self._log(old.assessment_id, "order_list", list_id, "deleted", old.name, None)
            self._touch(old.assessment_id, now())
        self._bump()

    # --- column mappings (remembered per organisation and header set) -------------------------------------

    def _save_mapping(self, organisation_id: int | None, headers: list[str], mapping: ColumnMapping, stamp: str) -> None:
        signature = headers_signature(headers)
        old = self._one("SELECT id, mapping FROM column_mappings WHERE COALESCE(organisation_id, 0) = ? "
                        "AND signature = ?", [organisation_id or 0, signature])
        text = mapping.to_json()
        if old and old["mapping"] == text:
            return
        if old:
            self.db.execute("UPDATE column_mappings SET mapping = ?, headers = ?, updated_at = ?, updated_by = ? "
                            "WHERE id = ?", [text, json.dumps(headers, ensure_ascii=False), stamp, self.user, old["id"]])
        else:
            self._insert("column_mappings", {"organisation_id": organisation_id, "signature": signature,
                                             "headers": json.dumps(headers, ensure_ascii=False), "mapping": text,
                                             "updated_at": stamp, "updated_by": self.user})
        self._log(None, "column_mapping", organisation_id, "mapping", old["mapping"] if old else None, text)

    def save_column_mapping(self, organisation_id: int | None, headers: list[str], mapping: ColumnMapping) -> None:
        """Remember ``mapping`` for files with these headers (per organisation; None: for any organisation).
        add_order_list() does this itself; the mapping dialog may call it on "Save mapping"."""
        if organisation_id is not None:
            self.organisation(organisation_id)
        with self._write():
            self._save_mapping(organisation_id, headers, mapping, now())

    def remembered_mapping(self, organisation_id: int | None, headers: list[str]) -> ColumnMapping | None:
        """The mapping last used for a file with exactly these headers: this organisation's first, then any
        organisation's (a consultant's clients often share an ERP). None when there is none that fits."""
        rows = self._all("SELECT mapping, organisation_id FROM column_mappings WHERE signature = ? "
                         "ORDER BY (COALESCE(organisation_id, 0) = ?) DESC, updated_at DESC, id DESC",
                         [headers_signature(headers), organisation_id or 0])
        for row in rows:
            try:
                mapping = ColumnMapping.from_json(row["mapping"])
            except (ValueError, TypeError, KeyError):
                continue
            if mapping.fits(headers):
                return mapping
        return None

    def suggested_mapping(self, organisation_id: int | None, headers: list[str]) -> ColumnMapping:
        """What the mapping dialog should start from: the remembered mapping for these headers, else a guess
        from the header names (keeping the organisation's most recent settings for dates and currency)."""
        remembered = self.remembered_mapping(organisation_id, headers)
        if remembered is not None:
            return remembered
        last = self._one("SELECT mapping FROM column_mappings WHERE COALESCE(organisation_id, 0) = ? "
                         "ORDER BY updated_at DESC, id DESC LIMIT 1", [organisation_id or 0])
        base = None
        if last:
            try:
                old = ColumnMapping.from_json(last["mapping"])
                base = ColumnMapping({k: v for k, v in old.columns.items() if v in headers}, old.date_order,
                                     old.default_currency)
            except (ValueError, TypeError, KeyError):
                base = None
        return guess_mapping(headers, base)

    # --- red-flag lists (pinned per sample) --------------------------------------------------------------

    def store_red_flags(self, flags: RedFlagList) -> str:
        """Keep a copy of a red-flag list so a sample's review never depends on the file it came from."""
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO red_flag_lists (sha256, list_id, version, text, stored_at) "
                       "VALUES (?, ?, ?, ?, ?)", [flags.sha256, flags.id, flags.version, flags.text, now()])
        self._red_flag_cache()[flags.sha256] = flags
        return flags.sha256

    def _red_flag_cache(self) -> dict[str, RedFlagList]:
        if "_red_flag_lists" not in self.__dict__:
            self._red_flag_lists: dict[str, RedFlagList] = {}
        return self._red_flag_lists

    def red_flag_list(self, sha256: str) -> RedFlagList:
        cache = self._red_flag_cache()
        if sha256 not in cache:
            row = self._one("SELECT list_id, text FROM red_flag_lists WHERE sha256 = ?", [sha256])
            if row is None:
                raise StoreError(f"The store has no copy of red-flag list {sha256[:12]}.")
            try:
                cache[sha256] = parse_red_flags(row["text"], f"stored red-flag list {row['list_id']}")
            except RedFlagError as exc:
                raise StoreError(f"The stored red-flag list {row['list_id']} is damaged: {exc}") from None
        return cache[sha256]

    def sample_red_flags(self, sample_id: int) -> RedFlagList | None:
        """The red-flag list a sample's cards are answered against (None for a sample drawn without one)."""
        sample = self.sample(sample_id)
        return self.red_flag_list(sample.red_flags_sha256) if sample.red_flags_sha256 else None

    # --- samples -----------------------------------------------------------------------------------------

    def draw_sample(self, assessment_id: int, list_id: int, plan: SamplePlan, seed: int | None = None, *,
                    red_flags: RedFlagList | None = None) -> int:
        """Draw a sample from an order list and store it with its seed; returns the sample id.

        ``seed`` None draws a fresh nine-digit seed (recorded). ``red_flags`` defaults to the bundled list and is
        pinned with the sample. A new-customer stratum without a date uses the assessment's period start.
        See exportaudit.core.testing.sampling for the algorithm; verify_sample() redraws it.
        """
        a = self._writable_assessment(assessment_id)
        self._testing(a)
        order_list = self.order_list(list_id)
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
        flags_sha = self.store_red_flags(flags)
        by_seq = {o.seq: o for o in orders}
        strata = {k: [v, drawn.strata_sample.get(k, 0)] for k, v in drawn.strata_population.items()}
        stamp = now()
        with self._write() as db:
            sample_id = self._insert("samples", {
                "assessment_id": assessment_id, "list_id": list_id, "seed": drawn.seed, "algorithm": drawn.algorithm,
                "plan": plan.to_json(), "population": drawn.population, "size": drawn.size,
                "strata": json.dumps(strata, sort_keys=True), "red_flags_sha256": flags_sha, "drawn_at": stamp,
                "drawn_by": self.user})
            db.conn.executemany("INSERT INTO sample_orders (sample_id, order_id, position, stratum) VALUES (?, ?, ?, ?)",
                                [(sample_id, by_seq[seq].id, n, stratum)
                                 for n, (seq, stratum) in enumerate(drawn.picks, start=1)])
            self._log(assessment_id, "sample", sample_id, "drawn", None,
                      f"{drawn.size} of {drawn.population} from '{order_list.name}', seed {drawn.seed}")
            self._touch(assessment_id, stamp)
        self._bump()
        return sample_id

    def _population(self, list_id: int) -> list[_Member]:
        return [_Member(*row) for row in self.db.execute(
            "SELECT id, seq, order_date, customer, destination, control_code FROM orders WHERE list_id = ? ORDER BY seq",
            [list_id]).fetchall()]

    _NUMBERED = ("SELECT *, (SELECT COUNT(*) FROM samples AS earlier WHERE earlier.assessment_id = samples.assessment_id "
                 "AND earlier.id <= samples.id) AS number FROM samples")

    def samples(self, assessment_id: int) -> list[Sample]:
        return [Sample.from_row(r) for r in self._all(f"{self._NUMBERED} WHERE assessment_id = ? ORDER BY id",
                                                      [assessment_id])]

    def sample(self, sample_id: int) -> Sample:
        row = self._one(f"{self._NUMBERED} WHERE id = ?", [sample_id])
        if row is None:
            raise StoreError(f"There is no sample {sample_id}.")
        return Sample.from_row(row)

    def verify_sample(self, sample_id: int) -> bool:
        """Redraw the sample from its list, plan and seed: True when it gives exactly the stored orders."""
        sample = self.sample(sample_id)
        drawn = draw_sample(self._population(sample.list_id), sample.sample_plan, sample.seed)
        stored = [(r["seq"], r["stratum"]) for r in self._all(
            "SELECT o.seq, so.stratum FROM sample_orders so JOIN orders o ON o.id = so.order_id WHERE so.sample_id = ? "
            "ORDER BY so.position", [sample_id])]
        return list(drawn.picks) == stored

    def delete_sample(self, sample_id: int) -> None:
        """Delete a sample with its test cards (logged). Evidence files stay attached to their items."""
        sample = self.sample(sample_id)
        self._writable_assessment(sample.assessment_id)
        with self._write() as db:
            db.execute("DELETE FROM samples WHERE id = ?", [sample_id])
            self._log(sample.assessment_id, "sample", sample_id, "deleted", f"seed {sample.seed}, {sample.size} orders",
                      None)
            self._touch(sample.assessment_id, now())
        self._bump()

    _SAMPLED_SELECT = (
        "SELECT so.id AS so_id, so.sample_id, so.position, so.stratum, o.*, "
        "(SELECT COUNT(*) FROM test_results t WHERE t.sample_order_id = so.id AND t.result IS NOT NULL) AS answered, "
        "(SELECT COUNT(*) FROM test_results t WHERE t.sample_order_id = so.id AND t.result = 'fail') AS failed "
        "FROM sample_orders so JOIN orders o ON o.id = so.order_id")

    @staticmethod
    def _sampled(row: dict) -> SampledOrder:
        return SampledOrder(row["so_id"], row["sample_id"], row["position"], row["stratum"], Order.from_row(row),
                            row["answered"], row["failed"])

    def sampled_orders(self, sample_id: int) -> list[SampledOrder]:
        """The sample's orders (one test card each) in list order, with how many checks are answered / failed."""
        rows = self._all(f"{self._SAMPLED_SELECT} WHERE so.sample_id = ? ORDER BY so.position", [sample_id])
        return [self._sampled(r) for r in rows]

    def sampled_order(self, sample_order_id: int) -> SampledOrder:
        row = self._one(f"{self._SAMPLED_SELECT} WHERE so.id = ?", [sample_order_id])
        if row is None:
            raise StoreError(f"There is no sampled order {sample_order_id}.")
        return self._sampled(row)

    # --- test cards -----------------------------------------------------------------------------------------

    def _card(self, sample_order_id: int, *, write: bool) -> tuple[Assessment, Sample, TransactionTesting]:
        row = self._one("SELECT sample_id FROM sample_orders WHERE id = ?", [sample_order_id])
        if row is None:
            raise StoreError(f"There is no sampled order {sample_order_id}.")
        sample = self.sample(row["sample_id"])
        a = self._writable_assessment(sample.assessment_id) if write else self.assessment(sample.assessment_id)
        return a, sample, self._testing(a)

    @staticmethod
    def _check(testing: TransactionTesting, check_id: str) -> SampleCheck:
        if not testing.has_check(check_id):
            raise StoreError(f"Unknown test-card check '{check_id}'; expected one of: "
                             f"{', '.join(c.id for c in testing.checks)}.")
        return testing.check(check_id)

    def check_results(self, sample_order_id: int) -> dict[str, CheckResult]:
        rows = self._all("SELECT * FROM test_results WHERE sample_order_id = ?", [sample_order_id])
        return {r["check_id"]: CheckResult.from_row(r) for r in rows}

    def check_result(self, sample_order_id: int, check_id: str) -> CheckResult:
        row = self._one("SELECT * FROM test_results WHERE sample_order_id = ? AND check_id = ?",
                        [sample_order_id, check_id])
        return CheckResult.from_row(row) if row else CheckResult(sample_order_id, check_id)

    def _save_result(self, a: Assessment, old: CheckResult, result: str | None, note: str, finding_id: int | None) -> CheckResult:
        stamp = now()
        self.db.execute(
            "INSERT INTO test_results (sample_order_id, check_id, result, note, finding_id, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sample_order_id, check_id) DO UPDATE SET result = excluded.result, "
            "note = excluded.note, finding_id = excluded.finding_id, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            [old.sample_order_id, old.check_id, result, note, finding_id, stamp, self.user])
        self._touch(a.id, stamp)
        return CheckResult(old.sample_order_id, old.check_id, result, note, finding_id, stamp, self.user)

    def set_check_result(self, sample_order_id: int, check_id: str, result: str | None) -> CheckResult:
        """Record pass / fail / na (None clears) for one check of a test card.

        N/A needs a note saying why (write the note first). Pass on the red-flag check needs every red flag
        answered and every present flag resolved.
        """
        a, sample, testing = self._card(sample_order_id, write=True)
        check = self._check(testing, check_id)
        if result is not None and result not in RESULTS:
            raise StoreError(f"Unknown result '{result}'; expected one of: {', '.join(RESULTS)}.")
        old = self.check_result(sample_order_id, check_id)
        if result == "na" and not old.note.strip():
            raise StoreError("Marking a check not applicable needs a note saying why.")
        if result == "pass" and check.red_flags:
            review = self.red_flag_review(sample_order_id)
            if review is not None and not review.clean:
                raise StoreError(
                    f"The red flags cannot pass yet: {review.total - review.answered} of {review.total} unanswered, "
                    f"{len(review.unresolved)} present and unresolved ({', '.join(review.unresolved) or '-'}).")
        if old.result == result:
            return old
        with self._write():
            new = self._save_result(a, old, result, old.note, old.finding_id)
            self._log(a.id, "test_result", f"{sample_order_id}:{check_id}", "result", old.result, result)
        self._bump()
        return new

    def set_check_note(self, sample_order_id: int, check_id: str, note: str) -> CheckResult:
        """Save the note of a check (called per keystroke; the history keeps one entry per editing burst)."""
        a, _sample, testing = self._card(sample_order_id, write=True)
        self._check(testing, check_id)
        old = self.check_result(sample_order_id, check_id)
        note = note or ""
        if note == old.note:
            return old
        if old.result == "na" and not note.strip():
            raise StoreError("A check marked not applicable keeps a note saying why.")
        with self._write():
            new = self._save_result(a, old, old.result, note, old.finding_id)
            self._log_burst(a.id, "test_result", f"{sample_order_id}:{check_id}", "note", old.note, note)
        self._bump()
        return new

    def _log_burst(self, assessment_id: int, entity: str, entity_id: str, field: str, old: str, new: str) -> None:
        last = self._one("SELECT id, at, user, entity, entity_id, field FROM change_log WHERE assessment_id = ? "
                         "ORDER BY id DESC LIMIT 1", [assessment_id])
        if (last and last["entity"] == entity and last["entity_id"] == entity_id and last["field"] == field
                and last["user"] == self.user and _seconds_since(last["at"]) < NOTE_BURST_SECONDS):
            self.db.execute("UPDATE change_log SET at = ?, new = ? WHERE id = ?", [now(), new, last["id"]])
        else:
            self._log(assessment_id, entity, entity_id, field, old, new)

    # --- red flags on a card -------------------------------------------------------------------------------

    def red_flag_answers(self, sample_order_id: int) -> dict[str, RedFlagAnswer]:
        rows = self._all("SELECT * FROM red_flag_answers WHERE sample_order_id = ?", [sample_order_id])
        return {r["flag_id"]: RedFlagAnswer.from_row(r) for r in rows}

    def set_red_flag_answer(self, sample_order_id: int, flag_id: str, answer: str | None, *,
                            resolved: bool | None = None, note: str | None = None) -> RedFlagAnswer:
        """Answer one red flag on a card: "absent", "present" or "na" (None clears); for a present flag say
        whether it was ``resolved`` before release, and ``note`` how. Unchanged arguments keep their value."""
        a, sample, _testing = self._card(sample_order_id, write=True)
        flags = self.sample_red_flags(sample.id)
        if flags is None or not flags.has_flag(flag_id):
            raise StoreError(f"The sample's red-flag list has no flag '{flag_id}'.")
        if answer is not None and answer not in RED_FLAG_ANSWERS:
            raise StoreError(f"Unknown red-flag answer '{answer}'; expected one of: {', '.join(RED_FLAG_ANSWERS)}.")
        old = self.red_flag_answers(sample_order_id).get(flag_id) or RedFlagAnswer(sample_order_id, flag_id)
        new_resolved = old.resolved if resolved is None else bool(resolved)
        if answer != "present":
            new_resolved = False
        new_note = old.note if note is None else note
        if (answer, new_resolved, new_note) == (old.answer, old.resolved, old.note):
            return old
        stamp = now()
        entity_id = f"{sample_order_id}:{flag_id}"
        with self._write() as db:
            db.execute("INSERT INTO red_flag_answers (sample_order_id, flag_id, answer, resolved, note, updated_at, "
                       "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sample_order_id, flag_id) DO UPDATE SET "
                       "answer = excluded.answer, resolved = excluded.resolved, note = excluded.note, "
                       "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                       [sample_order_id, flag_id, answer, int(new_resolved), new_note, stamp, self.user])
            if answer != old.answer:
                self._log(a.id, "red_flag", entity_id, "answer", old.answer, answer)
            if new_resolved != old.resolved:
                self._log(a.id, "red_flag", entity_id, "resolved", old.resolved, new_resolved)
            if new_note != old.note:
                self._log_burst(a.id, "red_flag", entity_id, "note", old.note, new_note)
            self._touch(a.id, stamp)
        self._bump()
        return RedFlagAnswer(sample_order_id, flag_id, answer, new_resolved, new_note, stamp, self.user)

    def answer_remaining_red_flags(self, sample_order_id: int, answer: str = "absent") -> int:
        """Give every red flag of the card that has no answer yet the same ``answer`` (typically "absent" once the
        tester has gone through the list); one transaction, one log entry. Returns how many were answered."""
        a, sample, _testing = self._card(sample_order_id, write=True)
        if answer not in RED_FLAG_ANSWERS or answer == "present":
            raise StoreError("Remaining red flags can be answered only 'absent' or 'na'; answer a present flag on its own.")
        flags = self.sample_red_flags(sample.id)
        if flags is None:
            raise StoreError("This sample has no red-flag list.")
        answers = self.red_flag_answers(sample_order_id)
        todo = [f.id for f in flags.flags if f.id not in answers or answers[f.id].answer is None]
        if not todo:
            return 0
        stamp = now()
        with self._write() as db:
            db.conn.executemany(
                "INSERT INTO red_flag_answers (sample_order_id, flag_id, answer, resolved, note, updated_at, updated_by) "
                "VALUES (?, ?, ?, 0, '', ?, ?) ON CONFLICT (sample_order_id, flag_id) DO UPDATE SET "
                "answer = excluded.answer, resolved = 0, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                [(sample_order_id, f, answer, stamp, self.user) for f in todo])
            self._log(a.id, "red_flag", f"{sample_order_id}:*", "answer", None, f"{answer} × {len(todo)}")
            self._touch(a.id, stamp)
        self._bump()
        return len(todo)

    def red_flag_review(self, sample_order_id: int) -> RedFlagReview | None:
        """How far the card's red-flag review is: answered, present, present and unresolved."""
        row = self._one("SELECT sample_id FROM sample_orders WHERE id = ?", [sample_order_id])
        if row is None:
            raise StoreError(f"There is no sampled order {sample_order_id}.")
        flags = self.sample_red_flags(row["sample_id"])
        if flags is None:
            return None
        answers = self.red_flag_answers(sample_order_id)
        known = [f.id for f in flags.flags]
        answered = [f for f in known if f in answers and answers[f].answer is not None]
        present = tuple(f for f in known if f in answers and answers[f].answer == "present")
        unresolved = tuple(f for f in present if not answers[f].resolved)
        return RedFlagReview(len(known), len(answered), present, unresolved)

    # --- evidence on a card ----------------------------------------------------------------------------------

    def add_check_evidence(self, sample_order_id: int, check_id: str, source: str | Path, note: str = "", *,
                           item_id: str | None = None) -> EvidenceRecord:
        """Attach a file to a check of a test card. It is stored as evidence of ``item_id`` (default: the check's
        first item; it must be one the check tests), so it also counts as operating evidence for that item."""
        a, _sample, testing = self._card(sample_order_id, write=True)
        check = self._check(testing, check_id)
        item_id = item_id or check.items[0]
        if item_id not in check.items:
            raise StoreError(f"Check '{check_id}' does not test item '{item_id}'.")
        order = self.sampled_order(sample_order_id).order
        note = note or f"Transaction test {check_id}, order {order.order_ref}"
        with self._write() as db:
            # a test-card file records how one real order was handled: a record of operation dated with the order
            record = self.add_evidence(a.id, item_id, source, note, kind="record",
                                       covered_date=order.order_date if parse_date(order.order_date) else None)
            db.execute("INSERT INTO test_evidence (evidence_id, sample_order_id, check_id) VALUES (?, ?, ?)",
                       [record.id, sample_order_id, check_id])
            self._log(a.id, "test_result", f"{sample_order_id}:{check_id}", "evidence", None, record.file_name,
                      item_id=item_id)
        self._bump()
        return record

    def check_evidence(self, sample_order_id: int, check_id: str | None = None) -> list[EvidenceRecord]:
        sql = ("SELECT e.*, b.stored_name FROM test_evidence t JOIN evidence e ON e.id = t.evidence_id "
               "JOIN evidence_blobs b ON b.sha256 = e.sha256 WHERE t.sample_order_id = ?")
        params: list = [sample_order_id]
        if check_id is not None:
            sql += " AND t.check_id = ?"
            params.append(check_id)
        return [EvidenceRecord.from_row(r) for r in self._all(sql + " ORDER BY e.id", params)]

    # --- the whole card --------------------------------------------------------------------------------------

    def test_card(self, sample_order_id: int) -> TestCard:
        """Everything the test-card window shows: the order, each check with its result and evidence, the red
        flags with their answers, and the red-flag review status."""
        _a, sample, testing = self._card(sample_order_id, write=False)
        sampled = self.sampled_order(sample_order_id)
        results = self.check_results(sample_order_id)
        evidence: dict[str, list[EvidenceRecord]] = {}
        for row in self._all("SELECT t.check_id, e.*, b.stored_name FROM test_evidence t JOIN evidence e "
                             "ON e.id = t.evidence_id JOIN evidence_blobs b ON b.sha256 = e.sha256 "
                             "WHERE t.sample_order_id = ? ORDER BY e.id", [sample_order_id]):
            evidence.setdefault(row["check_id"], []).append(EvidenceRecord.from_row(row))
        checks = tuple(CardCheck(c, results.get(c.id) or CheckResult(sample_order_id, c.id),
                                 tuple(evidence.get(c.id, ()))) for c in testing.checks)
        return TestCard(sample_order_id, sample, sampled.order, sampled.stratum, sampled.position, checks,
                        self.red_flag_answers(sample_order_id), self.red_flag_review(sample_order_id)
                        if testing.red_flag_check else None)

    # --- exceptions -> findings --------------------------------------------------------------------------------

    def raise_exception_finding(self, sample_order_id: int, check_id: str, grade: str = "minor", *,
                                description: str | None = None, recommendation: str = "",
                                item_id: str | None = None, lang: str = "both") -> int:
        """Raise a finding from a failed check in one step; returns the finding id.

        The finding goes on ``item_id`` (default: the check's first item). The description defaults to the
        check, the order and the tester's note, in ``lang`` ("zh", "en" or "both"). The check keeps a link to
        the finding, and calling this again returns the same finding while it exists.
        """
        a, _sample, testing = self._card(sample_order_id, write=True)
        check = self._check(testing, check_id)
        result = self.check_result(sample_order_id, check_id)
        if result.result != "fail":
            raise StoreError("Only a failed check (an exception) can raise a finding.")
        if result.finding_id is not None:
            return result.finding_id
        if grade not in FINDING_GRADES:
            raise StoreError(f"Unknown finding grade '{grade}'; expected one of: {', '.join(FINDING_GRADES)}.")
        item_id = item_id or check.items[0]
        if item_id not in check.items:
            raise StoreError(f"Check '{check_id}' does not test item '{item_id}'.")
        if description is None:
            description = self.exception_text(self.sampled_order(sample_order_id).order, check, result.note, lang)
        with self._write():
            finding_id = self.create_finding(a.id, grade, description, recommendation, item_id=item_id)
            self._save_result(a, result, result.result, result.note, finding_id)
            self._log(a.id, "test_result", f"{sample_order_id}:{check_id}", "finding", None, finding_id,
                      item_id=item_id)
        self._bump()
        return finding_id

    @staticmethod
    def exception_text(order: Order, check: SampleCheck, note: str, lang: str) -> str:
        """The description of a finding raised from a failed check: which order failed which check, and the note."""
        where = " → ".join(p for p in (order.customer, order.destination) if p)
        facts = ", ".join(p for p in (order.order_date or "", where) if p)
        zh = f"抽样测试例外：订单 {order.order_ref}" + (f"（{facts}）" if facts else "") + f"未通过“{check.label.zh}”。"
        en = f"Transaction test exception: order {order.order_ref}" + (f" ({facts})" if facts else "") + \
            f" failed \"{check.label.en}\"."
        if note.strip():
            zh += f"测试说明：{note.strip()}"
            en += f" Tester's note: {note.strip()}"
        return {"zh": zh, "en": en}.get(lang, f"{zh}\n{en}")

    # --- rates, caps, summary ------------------------------------------------------------------------------------

    def _result_rows(self, assessment_id: int) -> tuple[list[tuple[int, str, str]], int]:
        rows = self.db.execute(
            "SELECT t.sample_order_id, t.check_id, t.result FROM test_results t "
            "JOIN sample_orders so ON so.id = t.sample_order_id JOIN samples s ON s.id = so.sample_id "
            "WHERE s.assessment_id = ? AND t.result IS NOT NULL", [assessment_id]).fetchall()
        count = self.db.execute("SELECT COUNT(*) FROM sample_orders so JOIN samples s ON s.id = so.sample_id "
                                "WHERE s.assessment_id = ?", [assessment_id]).fetchone()[0]
        return rows, count

    def transaction_pass_rates(self, assessment_id: int) -> dict[str, CheckRate]:
        """Pass rate per check over all samples of the assessment ({} when its checklist has no tests)."""
        testing = self.checklist(self.assessment(assessment_id).checklist_sha256).transaction_testing
        if testing is None:
            return {}
        rows, count = self._result_rows(assessment_id)
        return pass_rates(testing, rows, count)

    def transaction_check_facts(self, assessment_id: int) -> dict[str, CheckFacts]:
        """Per check, for scoring model 2: passes and fails on sampled orders dated within the assessment period
        (every order when no period is set; an undated order is not within a set period), and every exception
        with how many still have no finding raised from them."""
        a = self.assessment(assessment_id)
        testing = self.checklist(a.checklist_sha256).transaction_testing
        if testing is None:
            return {}
        rows = self.db.execute(
            "SELECT t.check_id, t.result, o.order_date, t.finding_id FROM test_results t "
            "JOIN sample_orders so ON so.id = t.sample_order_id JOIN samples s ON s.id = so.sample_id "
            "JOIN orders o ON o.id = so.order_id WHERE s.assessment_id = ? AND t.result IN ('pass', 'fail')",
            [assessment_id]).fetchall()
        counts = {c.id: [0, 0, 0, 0] for c in testing.checks}
        for check_id, result, order_date, finding_id in rows:
            slot = counts.get(check_id)
            if slot is None:
                continue
            if _within(order_date, a.period_start, a.period_end):
                slot[0 if result == "pass" else 1] += 1
            if result == "fail":
                slot[2] += 1
                slot[3] += finding_id is None
        return {cid: CheckFacts(cid, *c) for cid, c in counts.items()}

    def transaction_item_caps(self, assessment_id: int) -> dict[str, int]:
        """item id -> cap for the scorer: items tested by a check below the threshold are capped at 3."""
        testing = self.checklist(self.assessment(assessment_id).checklist_sha256).transaction_testing
        if testing is None:
            return {}
        return item_caps(testing, self.transaction_pass_rates(assessment_id))

    def transaction_summary(self, assessment_id: int) -> TestingSummary:
        """The report section: per sample its list, population, size, seed and method; pass rates; exceptions."""
        a = self.assessment(assessment_id)
        testing = self.checklist(a.checklist_sha256).transaction_testing
        rates = self.transaction_pass_rates(assessment_id)
        samples: list[SampleSummary] = []
        for sample in self.samples(assessment_id):
            complete = self.db.execute(
                "SELECT COUNT(*) FROM sample_orders so WHERE so.sample_id = ? AND (SELECT COUNT(*) FROM test_results t "
                "WHERE t.sample_order_id = so.id AND t.result IS NOT NULL) >= ?",
                [sample.id, len(testing.checks) if testing else 0]).fetchone()[0]
            samples.append(SampleSummary(sample, self.order_list(sample.list_id),
                                         sample.sample_plan.describe(sample.population, sample.size, sample.seed),
                                         complete))
        exceptions = tuple(
            ExceptionRow(r["sample_id"], r["so_id"], Order.from_row(r), r["check_id"], r["note"], r["finding_id"])
            for r in self._all(
                "SELECT so.id AS so_id, so.sample_id, t.check_id, t.note, t.finding_id, o.* FROM test_results t "
                "JOIN sample_orders so ON so.id = t.sample_order_id JOIN samples s ON s.id = so.sample_id "
                "JOIN orders o ON o.id = so.order_id WHERE s.assessment_id = ? AND t.result = 'fail' "
                "ORDER BY so.sample_id, so.position, t.check_id", [assessment_id]))
        return TestingSummary(testing.threshold if testing else None, testing.checks if testing else (),
                                  tuple(samples), rates, exceptions, item_caps(testing, rates))

