"""Test results in the store: each test card's check results, red-flag answers and evidence, findings raised
from exceptions, and the pass rates, caps and summary read from them.

Every write is one transaction with change-log entries, refused on a finalised assessment. The caller says what
changed (exportaudit.core.changes), so an assessment's session rereads its caps only after such writes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from exportaudit.core.checklist import SampleCheck, TransactionTesting
from exportaudit.core.records import Assessment, CheckResult, EvidenceRecord, Order, RedFlagAnswer, Sample
from exportaudit.core.scoring_model2 import CheckFacts, parse_date
from exportaudit.core.store.base import now
from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.rows import record
from exportaudit.core.store.samples import testing_of
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
from exportaudit.core.vocab import FINDING_GRADES

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store


def _within(day: str | None, start: str, end: str) -> bool:
    """An order date inside the assessment period (ISO dates compare as text); with no period, every order."""
    if not start and not end:
        return True
    if not day:
        return False
    return (not start or day[:10] >= start) and (not end or day[:10] <= end)


class Results:
    """What testers record on test cards: ``store.results``."""

    def __init__(self, store: Store):
        self._store = store
        self._sql = store.sql

    def _card(self, sample_order_id: int, *, write: bool) -> tuple[Assessment, Sample, TransactionTesting]:
        row = self._sql.one("SELECT sample_id FROM sample_orders WHERE id = ?", [sample_order_id])
        if row is None:
            raise StoreError(f"There is no sampled order {sample_order_id}.")
        sample = self._store.samples.get(row["sample_id"])
        a = self._store.assessments.writable(sample.assessment_id) if write else self._store.assessments.get(sample.assessment_id)
        return a, sample, testing_of(self._store, a)

    @staticmethod
    def _check(testing: TransactionTesting, check_id: str) -> SampleCheck:
        if not testing.has_check(check_id):
            raise StoreError(f"Unknown test-card check '{check_id}'; expected one of: "
                             f"{', '.join(c.id for c in testing.checks)}.")
        return testing.check(check_id)

    def checks(self, sample_order_id: int) -> dict[str, CheckResult]:
        rows = self._sql.all("SELECT * FROM test_results WHERE sample_order_id = ?", [sample_order_id])
        return {r["check_id"]: record(CheckResult, r) for r in rows}

    def check(self, sample_order_id: int, check_id: str) -> CheckResult:
        row = self._sql.one("SELECT * FROM test_results WHERE sample_order_id = ? AND check_id = ?",
                        [sample_order_id, check_id])
        return record(CheckResult, row) if row else CheckResult(sample_order_id, check_id)

    def _save_result(self, a: Assessment, old: CheckResult, result: str | None, note: str, finding_id: int | None) -> CheckResult:
        stamp = now()
        self._sql.db.execute(
            "INSERT INTO test_results (sample_order_id, check_id, result, note, finding_id, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sample_order_id, check_id) DO UPDATE SET result = excluded.result, "
            "note = excluded.note, finding_id = excluded.finding_id, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            [old.sample_order_id, old.check_id, result, note, finding_id, stamp, self._sql.user])
        self._sql.touch(a.id, stamp)
        return CheckResult(old.sample_order_id, old.check_id, result, note, finding_id, stamp, self._sql.user)

    def set_check(self, sample_order_id: int, check_id: str, result: str | None) -> CheckResult:
        """Record pass / fail / na (None clears) for one check of a test card.

        N/A needs a note saying why (write the note first). Pass on the red-flag check needs every red flag
        answered and every present flag resolved.
        """
        a, sample, testing = self._card(sample_order_id, write=True)
        check = self._check(testing, check_id)
        if result is not None and result not in RESULTS:
            raise StoreError(f"Unknown result '{result}'; expected one of: {', '.join(RESULTS)}.")
        old = self.check(sample_order_id, check_id)
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
        with self._sql.write():
            new = self._save_result(a, old, result, old.note, old.finding_id)
            self._sql.log(a.id, "test_result", f"{sample_order_id}:{check_id}", "result", old.result, result)
        return new

    def set_check_note(self, sample_order_id: int, check_id: str, note: str) -> CheckResult:
        """Save the note of a check (called per keystroke; the history keeps one entry per editing burst)."""
        a, _sample, testing = self._card(sample_order_id, write=True)
        self._check(testing, check_id)
        old = self.check(sample_order_id, check_id)
        note = note or ""
        if note == old.note:
            return old
        if old.result == "na" and not note.strip():
            raise StoreError("A check marked not applicable keeps a note saying why.")
        with self._sql.write():
            new = self._save_result(a, old, old.result, note, old.finding_id)
            self._sql.log_burst(a.id, "test_result", f"{sample_order_id}:{check_id}", "note", old.note, note)
        return new

    # --- red flags on a card -------------------------------------------------------------------------------

    def red_flags(self, sample_order_id: int) -> dict[str, RedFlagAnswer]:
        rows = self._sql.all("SELECT * FROM red_flag_answers WHERE sample_order_id = ?", [sample_order_id])
        return {r["flag_id"]: record(RedFlagAnswer, r) for r in rows}

    def answer_red_flag(self, sample_order_id: int, flag_id: str, answer: str | None, *,
                        resolved: bool | None = None, note: str | None = None) -> RedFlagAnswer:
        """Answer one red flag on a card: "absent", "present" or "na" (None clears); for a present flag say
        whether it was ``resolved`` before release, and ``note`` how. Unchanged arguments keep their value."""
        a, sample, _testing = self._card(sample_order_id, write=True)
        flags = self._store.red_flags.of_sample(sample.id)
        if flags is None or not flags.has_flag(flag_id):
            raise StoreError(f"The sample's red-flag list has no flag '{flag_id}'.")
        if answer is not None and answer not in RED_FLAG_ANSWERS:
            raise StoreError(f"Unknown red-flag answer '{answer}'; expected one of: {', '.join(RED_FLAG_ANSWERS)}.")
        old = self.red_flags(sample_order_id).get(flag_id) or RedFlagAnswer(sample_order_id, flag_id)
        new_resolved = old.resolved if resolved is None else bool(resolved)
        if answer != "present":
            new_resolved = False
        new_note = old.note if note is None else note
        if (answer, new_resolved, new_note) == (old.answer, old.resolved, old.note):
            return old
        stamp = now()
        entity_id = f"{sample_order_id}:{flag_id}"
        with self._sql.write() as db:
            db.execute("INSERT INTO red_flag_answers (sample_order_id, flag_id, answer, resolved, note, updated_at, "
                       "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sample_order_id, flag_id) DO UPDATE SET "
                       "answer = excluded.answer, resolved = excluded.resolved, note = excluded.note, "
                       "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                       [sample_order_id, flag_id, answer, int(new_resolved), new_note, stamp, self._sql.user])
            if answer != old.answer:
                self._sql.log(a.id, "red_flag", entity_id, "answer", old.answer, answer)
            if new_resolved != old.resolved:
                self._sql.log(a.id, "red_flag", entity_id, "resolved", old.resolved, new_resolved)
            if new_note != old.note:
                self._sql.log_burst(a.id, "red_flag", entity_id, "note", old.note, new_note)
            self._sql.touch(a.id, stamp)
        return RedFlagAnswer(sample_order_id, flag_id, answer, new_resolved, new_note, stamp, self._sql.user)

    def answer_remaining_red_flags(self, sample_order_id: int, answer: str = "absent") -> int:
        """Give every red flag of the card that has no answer yet the same ``answer`` (typically "absent" once the
        tester has gone through the list); one transaction, one log entry. Returns how many were answered."""
        a, sample, _testing = self._card(sample_order_id, write=True)
        if answer not in RED_FLAG_ANSWERS or answer == "present":
            raise StoreError("Remaining red flags can be answered only 'absent' or 'na'; answer a present flag on its own.")
        flags = self._store.red_flags.of_sample(sample.id)
        if flags is None:
            raise StoreError("This sample has no red-flag list.")
        answers = self.red_flags(sample_order_id)
        todo = [f.id for f in flags.flags if f.id not in answers or answers[f.id].answer is None]
        if not todo:
            return 0
        stamp = now()
        with self._sql.write() as db:
            db.conn.executemany(
                "INSERT INTO red_flag_answers (sample_order_id, flag_id, answer, resolved, note, updated_at, updated_by) "
                "VALUES (?, ?, ?, 0, '', ?, ?) ON CONFLICT (sample_order_id, flag_id) DO UPDATE SET "
                "answer = excluded.answer, resolved = 0, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                [(sample_order_id, f, answer, stamp, self._sql.user) for f in todo])
            self._sql.log(a.id, "red_flag", f"{sample_order_id}:*", "answer", None, f"{answer} × {len(todo)}")
            self._sql.touch(a.id, stamp)
        return len(todo)

    def red_flag_review(self, sample_order_id: int) -> RedFlagReview | None:
        """How far the card's red-flag review is: answered, present, present and unresolved."""
        row = self._sql.one("SELECT sample_id FROM sample_orders WHERE id = ?", [sample_order_id])
        if row is None:
            raise StoreError(f"There is no sampled order {sample_order_id}.")
        flags = self._store.red_flags.of_sample(row["sample_id"])
        if flags is None:
            return None
        answers = self.red_flags(sample_order_id)
        known = [f.id for f in flags.flags]
        answered = [f for f in known if f in answers and answers[f].answer is not None]
        present = tuple(f for f in known if f in answers and answers[f].answer == "present")
        unresolved = tuple(f for f in present if not answers[f].resolved)
        return RedFlagReview(len(known), len(answered), present, unresolved)

    # --- evidence on a card ----------------------------------------------------------------------------------

    def add_evidence(self, sample_order_id: int, check_id: str, source: str | Path, note: str = "", *,
                     item_id: str | None = None) -> EvidenceRecord:
        """Attach a file to a check of a test card. It is stored as evidence of ``item_id`` (default: the check's
        first item; it must be one the check tests), so it also counts as operating evidence for that item."""
        a, _sample, testing = self._card(sample_order_id, write=True)
        check = self._check(testing, check_id)
        item_id = item_id or check.items[0]
        if item_id not in check.items:
            raise StoreError(f"Check '{check_id}' does not test item '{item_id}'.")
        order = self._store.samples.order(sample_order_id).order
        note = note or f"Transaction test {check_id}, order {order.order_ref}"
        with self._sql.write() as db:
            # a test-card file records how one real order was handled: a record of operation dated with the order
            linked = self._store.evidence.add(a.id, item_id, source, note, kind="record",
                                       covered_date=order.order_date if parse_date(order.order_date) else None)
            db.execute("INSERT INTO test_evidence (evidence_id, sample_order_id, check_id) VALUES (?, ?, ?)",
                       [linked.id, sample_order_id, check_id])
            self._sql.log(a.id, "test_result", f"{sample_order_id}:{check_id}", "evidence", None, linked.file_name,
                      item_id=item_id)
        return linked

    def evidence(self, sample_order_id: int, check_id: str | None = None) -> list[EvidenceRecord]:
        sql = ("SELECT e.*, b.stored_name FROM test_evidence t JOIN evidence e ON e.id = t.evidence_id "
               "JOIN evidence_blobs b ON b.sha256 = e.sha256 WHERE t.sample_order_id = ?")
        params: list = [sample_order_id]
        if check_id is not None:
            sql += " AND t.check_id = ?"
            params.append(check_id)
        return [record(EvidenceRecord, r) for r in self._sql.all(sql + " ORDER BY e.id", params)]

    # --- the whole card --------------------------------------------------------------------------------------

    def card(self, sample_order_id: int) -> TestCard:
        """Everything the test-card window shows: the order, each check with its result and evidence, the red
        flags with their answers, and the red-flag review status."""
        _a, sample, testing = self._card(sample_order_id, write=False)
        sampled = self._store.samples.order(sample_order_id)
        results = self.checks(sample_order_id)
        evidence: dict[str, list[EvidenceRecord]] = {}
        for row in self._sql.all("SELECT t.check_id, e.*, b.stored_name FROM test_evidence t JOIN evidence e "
                             "ON e.id = t.evidence_id JOIN evidence_blobs b ON b.sha256 = e.sha256 "
                             "WHERE t.sample_order_id = ? ORDER BY e.id", [sample_order_id]):
            evidence.setdefault(row["check_id"], []).append(record(EvidenceRecord, row))
        checks = tuple(CardCheck(c, results.get(c.id) or CheckResult(sample_order_id, c.id),
                                 tuple(evidence.get(c.id, ()))) for c in testing.checks)
        return TestCard(sample_order_id, sample, sampled.order, sampled.stratum, sampled.position, checks,
                        self.red_flags(sample_order_id), self.red_flag_review(sample_order_id)
                        if testing.red_flag_check else None)

    # --- rates, caps, summary ------------------------------------------------------------------------------------

    def raise_finding(self, sample_order_id: int, check_id: str, grade: str, description: str,
                      recommendation: str = "", *, item_id: str | None = None) -> int:
        """Raise a finding from a failed check and link the check to it, in one transaction; returns the finding id.

        The finding goes on ``item_id`` (default: the check's first item). While the linked finding exists, calling
        this again returns it. The wording of ``description`` is the caller's (``core.exception_findings`` words a default).
        """
        a, _sample, testing = self._card(sample_order_id, write=True)
        check = self._check(testing, check_id)
        result = self.check(sample_order_id, check_id)
        if result.result != "fail":
            raise StoreError("Only a failed check (an exception) can raise a finding.")
        if result.finding_id is not None:
            return result.finding_id
        if grade not in FINDING_GRADES:
            raise StoreError(f"Unknown finding grade '{grade}'; expected one of: {', '.join(FINDING_GRADES)}.")
        item_id = item_id or check.items[0]
        if item_id not in check.items:
            raise StoreError(f"Check '{check_id}' does not test item '{item_id}'.")
        with self._sql.write():
            finding_id = self._store.findings.create(a.id, grade, description, recommendation, item_id=item_id)
            self._save_result(a, result, result.result, result.note, finding_id)
            self._sql.log(a.id, "test_result", f"{sample_order_id}:{check_id}", "finding", None, finding_id,
                          item_id=item_id)
        return finding_id

    # --- rates, caps, summary ------------------------------------------------------------------------------------

    def _result_rows(self, assessment_id: int) -> tuple[list[tuple[int, str, str]], int]:
        rows = self._sql.conn.execute(
            "SELECT t.sample_order_id, t.check_id, t.result FROM test_results t "
            "JOIN sample_orders so ON so.id = t.sample_order_id JOIN samples s ON s.id = so.sample_id "
            "WHERE s.assessment_id = ? AND t.result IS NOT NULL", [assessment_id]).fetchall()
        count = self._sql.conn.execute("SELECT COUNT(*) FROM sample_orders so JOIN samples s ON s.id = so.sample_id "
                                "WHERE s.assessment_id = ?", [assessment_id]).fetchone()[0]
        return rows, count

    def pass_rates(self, assessment_id: int) -> dict[str, CheckRate]:
        """Pass rate per check over all samples of the assessment ({} when its checklist has no tests)."""
        testing = self._store.checklists.get(self._store.assessments.get(assessment_id).checklist_sha256).transaction_testing
        if testing is None:
            return {}
        rows, count = self._result_rows(assessment_id)
        return pass_rates(testing, rows, count)

    def check_facts(self, assessment_id: int) -> dict[str, CheckFacts]:
        """Per check, for scoring model 2: passes and fails on sampled orders dated within the assessment period
        (every order when no period is set; an undated order is not within a set period), and every exception
        with how many still have no finding raised from them."""
        a = self._store.assessments.get(assessment_id)
        testing = self._store.checklists.get(a.checklist_sha256).transaction_testing
        if testing is None:
            return {}
        rows = self._sql.conn.execute(
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

    def item_caps(self, assessment_id: int) -> dict[str, int]:
        """item id -> cap for the scorer: items tested by a check below the threshold are capped at 3."""
        testing = self._store.checklists.get(self._store.assessments.get(assessment_id).checklist_sha256).transaction_testing
        if testing is None:
            return {}
        return item_caps(testing, self.pass_rates(assessment_id))

    def summary(self, assessment_id: int) -> TestingSummary:
        """The report section: per sample its list, population, size, seed and method; pass rates; exceptions."""
        a = self._store.assessments.get(assessment_id)
        testing = self._store.checklists.get(a.checklist_sha256).transaction_testing
        rates = self.pass_rates(assessment_id)
        samples: list[SampleSummary] = []
        for sample in self._store.samples.all(assessment_id):
            complete = self._sql.conn.execute(
                "SELECT COUNT(*) FROM sample_orders so WHERE so.sample_id = ? AND (SELECT COUNT(*) FROM test_results t "
                "WHERE t.sample_order_id = so.id AND t.result IS NOT NULL) >= ?",
                [sample.id, len(testing.checks) if testing else 0]).fetchone()[0]
            samples.append(SampleSummary(sample, self._store.orders.get_list(sample.list_id),
                                         sample.sample_plan.describe(sample.population, sample.size, sample.seed),
                                         complete))
        exceptions = tuple(
            ExceptionRow(r["sample_id"], r["so_id"], record(Order, r), r["check_id"], r["note"], r["finding_id"])
            for r in self._sql.all(
                "SELECT so.id AS so_id, so.sample_id, t.check_id, t.note, t.finding_id, o.* FROM test_results t "
                "JOIN sample_orders so ON so.id = t.sample_order_id JOIN samples s ON s.id = so.sample_id "
                "JOIN orders o ON o.id = so.order_id WHERE s.assessment_id = ? AND t.result = 'fail' "
                "ORDER BY so.sample_id, so.position, t.check_id", [assessment_id]))
        return TestingSummary(testing.threshold if testing else None, testing.checks if testing else (),
                                  tuple(samples), rates, exceptions, item_caps(testing, rates))
