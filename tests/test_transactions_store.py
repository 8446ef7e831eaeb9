"""Transaction testing in the store: order lists imported with a remembered mapping, samples stored with their
seed, test cards filled in (checks, notes, red flags, evidence), pass rates, the "sample exceptions" cap end to
end through AssessmentSession, findings raised from exceptions, logging, and the finalised-assessment lock."""

import sqlite3

import pytest

from exportaudit.core.checklist_loader import parse_checklist
from exportaudit.core.exception_findings import raise_exception_finding
from exportaudit.core.fingerprint import finalise
from exportaudit.core.operations import testing as testing_ops
from exportaudit.core.order_import import import_orders
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError, open_store
from exportaudit.core.store.errors import ReadOnlyError
from exportaudit.core.store.migrations import known_names, migrations
from exportaudit.core.testing.orders import ColumnMapping, open_table, read_orders
from exportaudit.core.testing.redflags import default_red_flags
from exportaudit.core.testing.sampling import SamplePlan, SampleSize, Strata
from tests.helpers.checklists import MINI, TESTING

CSV = ("订单号,日期,客户,最终用户,目的国,品名,管制编码,金额,许可证号\n"
       + "".join(f"SO-{i:03d},2026-0{1 + i % 6}-{1 + i % 27:02d},客户{i % 7},,"
                 f"{['德国', '伊朗', '越南'][i % 3]},泵,{'2B350' if i % 4 == 0 else ''},{100 + i},\n" for i in range(1, 41))
       + ",2026-01-01,没有单号,,德国,泵,,1,\n")


@pytest.fixture
def tt(store, tmp_path):
    """(store, assessment id, order-list id) on the mini checklist with a [transaction_testing] table."""
    checklist = parse_checklist(MINI + TESTING, "mini-tt.toml")
    org = store.organisations.create("Acme Export Ltd", operator_type="exporter", size="small")
    aid = store.assessments.create(org, checklist, "Audit 2026", target_profile="basic", period_start="2026-01-01",
                                scoring_model=1)  # the sample-exception rule of model 1, worked by hand below
    path = tmp_path / "orders_erp.csv"
    path.write_text(CSV, encoding="utf-8")
    list_id, result = import_orders(store, aid, path)
    return store, aid, list_id


@pytest.fixture
def drawn(tt):
    store, aid, list_id = tt
    sample_id = store.samples.draw(aid, list_id, SamplePlan(SampleSize(count=5)), seed=12345)
    return store, aid, sample_id, [s.id for s in store.samples.orders(sample_id)]


def evidence_file(tmp_path, name="scan.pdf", body=b"%PDF-1.4 evidence"):
    path = tmp_path / name
    path.write_bytes(body)
    return path


# --- import and the remembered mapping ------------------------------------------------------------------------


def test_import_stores_the_list_its_orders_and_the_refused_rows(tt):
    store, aid, list_id = tt
    ol = store.orders.get_list(list_id)
    assert (ol.name, ol.order_count, ol.rejected_count, ol.source_kind, ol.header_rows) == (
        "orders_erp.csv", 40, 1, "csv", "1-1")
    assert ol.first_date == "2026-01-04" and ol.last_date == "2026-06-24" and len(ol.source_sha256) == 64
    assert [p.row for p in store.orders.rejects(list_id)] == [42]
    assert store.orders.rejects(list_id)[0].code == "no_order_id"
    orders = store.orders.all(list_id)
    assert [o.seq for o in orders] == list(range(1, 41)) and orders[0].order_ref == "SO-001"
    assert [o.order_ref for o in store.orders.all(list_id, offset=10, limit=3)] == ["SO-011", "SO-012", "SO-013"]
    assert store.orders.destinations(list_id)[0][1] in (13, 14) and {d for d, _ in store.orders.destinations(list_id)} == {
        "德国", "伊朗", "越南"}
    customers = store.orders.customers(list_id)
    assert len(customers) == 7 and sum(n for _, n, _ in customers) == 40
    assert [first for _, _, first in customers] == sorted(first for _, _, first in customers)
    assert [c.entity for c in store.history.all(aid)][-1] == "order_list"


def test_the_users_mapping_is_remembered_for_the_same_report(tt, tmp_path):
    store, aid, _list_id = tt
    org_id = store.assessments.get(aid).organisation_id
    path = tmp_path / "orders_next.csv"
    path.write_text("单号,客户,收货方,金额\nN-1,甲,乙,5\n", encoding="utf-8")
    table = open_table(path)
    guessed = store.orders.suggested_mapping(org_id, table.headers)
    assert guessed.columns == {"order_id": "单号", "customer": "客户", "value": "金额"}
    mine = guessed.with_column("end_user", "收货方").with_column("customer", None)
    store.orders.add_list(aid, read_orders(table, mine))
    assert store.orders.suggested_mapping(org_id, table.headers) == mine  # remembered for this organisation
    assert store.orders.remembered_mapping(None, list(reversed(table.headers))) == mine  # same headers, other order, any org
    other = store.organisations.create("Other Co")
    assert store.orders.suggested_mapping(other, table.headers) == mine  # a consultant's next client on the same ERP
    store.orders.remember_mapping(other, table.headers, ColumnMapping({"order_id": "单号"}))
    assert store.orders.suggested_mapping(other, table.headers).columns == {"order_id": "单号"}
    assert store.orders.suggested_mapping(org_id, table.headers) == mine


def test_import_with_an_explicit_mapping_and_progress(tt, tmp_path):
    store, aid, _ = tt
    path = tmp_path / "orders_x.csv"
    path.write_text("Ref;When;Where\nR1;05/03/2026;Iran\nR2;2026-13-01;Iran\n", encoding="utf-8")
    calls = []
    list_id, result = import_orders(store, aid, path, ColumnMapping({"order_id": "Ref", "date": "When",
                                                                    "destination": "Where"}, date_order="mdy"),
                                          name="Q1 shipments", progress=lambda d, t: calls.append((d, t)))
    assert store.orders.get_list(list_id).name == "Q1 shipments" and calls[-1] == (2, 2)
    assert [o.order_date for o in store.orders.all(list_id)] == ["2026-05-03"]
    assert [(p.row, p.code) for p in store.orders.rejects(list_id)] == [(3, "bad_date")]


# --- samples ---------------------------------------------------------------------------------------------------


def test_sample_is_stored_with_its_seed_and_can_be_redrawn(tt):
    store, aid, list_id = tt
    plan = SamplePlan(SampleSize(), Strata(high_risk_destinations=frozenset({"伊朗"}), listed_codes=True,
                                           new_customers=True))  # new_since comes from the assessment period
    sample_id = store.samples.draw(aid, list_id, plan, seed=777)
    sample = store.samples.get(sample_id)
    assert (sample.seed, sample.population, sample.size, sample.algorithm) == (777, 40, 4, "random-keys-2")
    assert sample.sample_plan.strata.new_since == "2026-01-01"
    assert sum(n for _, n in sample.strata_counts.values()) == 4
    assert store.samples.verify(sample_id)
    again = store.samples.draw(aid, list_id, plan, seed=777)
    assert [s.order.seq for s in store.samples.orders(again)] == [s.order.seq for s in store.samples.orders(sample_id)]
    other = store.samples.draw(aid, list_id, SamplePlan(SampleSize(count=10)), seed=778)
    assert [s.order.seq for s in store.samples.orders(other)] != [s.order.seq for s in store.samples.orders(
        store.samples.draw(aid, list_id, SamplePlan(SampleSize(count=10)), seed=779))]
    assert store.red_flags.of_sample(sample_id).id == "dual-use-red-flags"
    assert "seed 777" in [c.new for c in store.history.all(aid) if c.entity == "sample"][0]


def test_a_sample_drawn_with_the_first_method_still_passes_its_redraw_check(tt):
    """Samples drawn before each destination became its own stratum keep their method: the redraw check uses it."""
    store, aid, list_id = tt
    strata = Strata(high_risk_destinations=frozenset({"伊朗", "越南"}), min_per_stratum=1)
    old = store.samples.draw(aid, list_id, SamplePlan(SampleSize(count=3), strata, "random-keys-1"), seed=5)
    new = store.samples.draw(aid, list_id, SamplePlan(SampleSize(count=3), strata), seed=5)
    assert (store.samples.get(old).algorithm, store.samples.get(new).algorithm) == ("random-keys-1", "random-keys-2")
    assert set(store.samples.get(old).strata_counts) <= {"high_risk_destination", "other"}
    assert {"high_risk_destination:伊朗", "high_risk_destination:越南"} <= set(store.samples.get(new).strata_counts)
    assert store.samples.verify(old) and store.samples.verify(new)


def test_delete_list_needs_its_samples_gone_first(drawn):
    store, aid, sample_id, _cards = drawn
    list_id = store.samples.get(sample_id).list_id
    with pytest.raises(StoreError, match="has a sample"):
        store.orders.delete_list(list_id)
    store.samples.delete(sample_id)
    store.orders.delete_list(list_id)
    assert store.orders.lists(aid) == [] and store.db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 0


# --- test cards ------------------------------------------------------------------------------------------------


def test_test_card_filled_in_round_trips(drawn, tmp_path):
    store, aid, sample_id, cards = drawn
    card_id = cards[0]
    store.results.set_check(card_id, "screening", "pass")
    store.results.set_check_note(card_id, "screening", "Screened 2026-01-03 against 管控名单 v12")
    store.results.set_check_note(card_id, "records", "File 2026/017 not found in the archive")
    store.results.set_check(card_id, "records", "fail")
    record = store.results.add_evidence(card_id, "screening", evidence_file(tmp_path))
    assert record.item_id == "S1" and store.evidence.counts(aid)["S1"] == 1
    card = store.results.card(card_id)
    assert card.order.order_ref == store.samples.order(card_id).order.order_ref and card.position == 1
    assert [(c.check.id, c.result.result) for c in card.checks] == [("screening", "pass"), ("red-flags", None),
                                                                     ("records", "fail")]
    assert card.check("screening").result.note.startswith("Screened") and card.check("screening").evidence == (record,)
    assert card.check("records").result.updated_by == "tester" and not card.complete
    assert card.red_flag_review.total == len(default_red_flags().flags) and card.red_flag_review.answered == 0
    assert store.results.evidence(card_id) == [record] and store.results.evidence(card_id, "records") == []
    listed = {s.id: s for s in store.samples.orders(sample_id)}
    assert (listed[card_id].checks_answered, listed[card_id].checks_failed) == (2, 1)
    store.results.set_check(card_id, "records", None)
    assert store.results.check(card_id, "records").result is None


def test_check_rules(drawn):
    store, _aid, _sample_id, cards = drawn
    with pytest.raises(StoreError, match="needs a note"):
        store.results.set_check(cards[0], "records", "na")
    store.results.set_check_note(cards[0], "records", "No records check for a sample order")
    store.results.set_check(cards[0], "records", "na")
    with pytest.raises(StoreError, match="keeps a note"):
        store.results.set_check_note(cards[0], "records", "  ")
    with pytest.raises(StoreError, match="Unknown test-card check 'colour'"):
        store.results.set_check(cards[0], "colour", "pass")
    with pytest.raises(StoreError, match="Unknown result 'ok'"):
        store.results.set_check(cards[0], "screening", "ok")
    with pytest.raises(StoreError, match="no sampled order"):
        store.results.set_check(99999, "screening", "pass")


def test_red_flags_each_answered_and_resolved_before_the_check_passes(drawn):
    store, _aid, _sample_id, cards = drawn
    card = cards[1]
    with pytest.raises(StoreError, match="55 of 55 unanswered"):
        store.results.set_check(card, "red-flags", "pass")
    store.results.answer_red_flag(card, "RF-C04", "present", note="New customer, urgent order")
    assert store.results.answer_remaining_red_flags(card) == 54
    assert store.results.answer_remaining_red_flags(card) == 0
    review = store.results.red_flag_review(card)
    assert review.complete and review.present == ("RF-C04",) and review.unresolved == ("RF-C04",)
    with pytest.raises(StoreError, match="1 present and unresolved"):
        store.results.set_check(card, "red-flags", "pass")
    answer = store.results.answer_red_flag(card, "RF-C04", "present", resolved=True, note="Site visit report on file")
    assert answer.resolved and answer.note == "Site visit report on file"
    store.results.set_check(card, "red-flags", "pass")
    assert store.results.red_flags(card)["RF-S05"].answer == "absent"
    assert store.results.answer_red_flag(card, "RF-C04", "absent").resolved is False  # only a present flag is resolved
    with pytest.raises(StoreError, match="no flag 'RF-ZZ'"):
        store.results.answer_red_flag(card, "RF-ZZ", "absent")
    with pytest.raises(StoreError, match="Unknown red-flag answer"):
        store.results.answer_red_flag(card, "RF-C01", "maybe")
    with pytest.raises(StoreError, match="only 'absent' or 'na'"):
        store.results.answer_remaining_red_flags(card, "present")


def test_changes_are_logged_and_note_keystrokes_fold(drawn):
    store, aid, _sample_id, cards = drawn
    before = len(store.history.all(aid))
    for text in ("S", "Sc", "Scr", "Screened"):
        store.results.set_check_note(cards[0], "screening", text)
    store.results.set_check(cards[0], "screening", "fail")
    store.results.answer_red_flag(cards[0], "RF-L01", "present")
    new = store.history.all(aid)[before:]
    assert [(c.entity, c.entity_id, c.field, c.new) for c in new] == [
        ("test_result", f"{cards[0]}:screening", "note", "Screened"),
        ("test_result", f"{cards[0]}:screening", "result", "fail"),
        ("red_flag", f"{cards[0]}:RF-L01", "answer", "present")]


# --- pass rates, the cap, findings ---------------------------------------------------------------------------------


def fill(store, cards, check, results):
    for card, result in zip(cards, results, strict=True):
        if result == "na":
            store.results.set_check_note(card, check, "not applicable to this order")
        store.results.set_check(card, check, result)


def test_pass_rates(drawn):
    store, aid, _sample_id, cards = drawn
    fill(store, cards[:4], "screening", ["pass", "pass", "fail", "na"])
    rates = store.results.pass_rates(aid)
    r = rates["screening"]
    assert (r.passed, r.failed, r.na, r.open, r.tested) == (2, 1, 1, 1, 3)
    assert r.rate == pytest.approx(2 / 3) and r.below(0.9) and r.exceptions == (cards[2],)
    assert rates["records"].rate is None and not rates["records"].below(0.9)
    assert store.results.item_caps(aid) == {"S1": 3, "S2": 3}


def test_sample_exceptions_cap_items_at_3_end_to_end(drawn, tmp_path):
    store, aid, _sample_id, cards = drawn
    session = AssessmentSession(store, aid)
    for item, level in (("S1", 5), ("S2", 4), ("R1", 4)):
        session.rate(item, level)
        session.attach(item, evidence_file(tmp_path, f"{item}.pdf", item.encode()))
    before = session.score
    assert before.items["S1"].effective == 5 and before.element("screening").sample_exceptions == ()
    assert session.score is before  # cached: nothing changed

    fill(store, cards, "screening", ["pass", "pass", "pass", "pass", "fail"])  # 80 % < 90 %
    session.absorb(testing_ops.TESTING)  # the notice of those writes: the caps are read again
    capped = session.score
    assert capped is not before
    assert (capped.items["S1"].effective, capped.items["S1"].capped_to) == (3, 3)
    assert (capped.items["S2"].effective, capped.items["S2"].capped_to) == (3, 3)
    assert capped.items["R1"].capped_to is None and capped.items["R1"].effective == 4
    assert capped.element("screening").sample_exceptions == ("S1", "S2")
    assert capped.element("screening").score == 3.0 and capped.element("screening").level == 3
    assert capped.sample_exception_items == ["S1", "S2"]
    assert [r.check_id for r in session.item_pass_rates()["S2"]] == ["screening", "red-flags"]

    session.absorb(testing_ops.set_check_result(store, cards[4], "screening", "pass"))  # a mistake: 100 %
    cleared = session.score
    assert cleared.items["S1"].capped_to is None and cleared.items["S1"].effective == 5
    assert cleared.element("screening").sample_exceptions == ()


def test_answering_does_not_touch_the_sample_tables(drawn, monkeypatch):
    store, aid, _sample_id, _cards = drawn
    session = AssessmentSession(store, aid)
    assert session.score is not None
    calls = []
    monkeypatch.setattr(store.results, "item_caps", lambda a: calls.append(a) or {})
    for level in (1, 2, 3, 4):
        session.rate("P1", level)
        assert session.score.items["P1"].rated == level
    assert calls == []


def test_card_evidence_refreshes_the_sessions_evidence_counts(drawn, tmp_path):
    store, aid, _sample_id, cards = drawn
    session = AssessmentSession(store, aid)
    session.rate("R1", 4)
    assert session.score.items["R1"].unevidenced
    done = testing_ops.attach_check_evidence(store.path, store.user, cards[0], "records", [evidence_file(tmp_path)])
    session.absorb(done.changes)  # written through another connection: its notice makes the session read again
    assert not session.score.items["R1"].unevidenced and session.score.items["R1"].effective == 4


def test_exception_raises_a_finding_in_one_step(drawn):
    store, aid, _sample_id, cards = drawn
    with pytest.raises(StoreError, match="Only a failed check"):
        raise_exception_finding(store, cards[0], "screening")
    store.results.set_check_note(cards[0], "screening", "Screened after the contract date")
    store.results.set_check(cards[0], "screening", "fail")
    finding_id = raise_exception_finding(store, cards[0], "screening", "major")
    finding = store.findings.get(finding_id)
    order = store.samples.order(cards[0]).order
    assert (finding.item_id, finding.element_id, finding.grade) == ("S1", "screening", "major")
    assert order.order_ref in finding.description and "Screened after the contract date" in finding.description
    assert "抽样测试例外" in finding.description and "Transaction test exception" in finding.description
    assert store.results.check(cards[0], "screening").finding_id == finding_id
    assert raise_exception_finding(store, cards[0], "screening") == finding_id  # not twice
    assert len(store.findings.all(aid)) == 1
    en = raise_exception_finding(store, _failed(store, cards[1], "records"), "records", lang="en",
                                       recommendation="Index files by order")
    assert store.findings.get(en).description.startswith("Transaction test exception") and store.findings.get(en).item_id == "R1"
    with pytest.raises(StoreError, match="does not test item 'P1'"):
        raise_exception_finding(store, _failed(store, cards[2], "records"), "records", item_id="P1")
    store.findings.delete(finding_id)
    assert store.results.check(cards[0], "screening").finding_id is None


def _failed(store, card, check):
    store.results.set_check(card, check, "fail")
    return card


def test_summary_for_the_report(drawn):
    store, aid, sample_id, cards = drawn
    fill(store, cards, "screening", ["pass", "fail", "pass", "pass", "pass"])
    fill(store, cards, "red-flags", ["fail"] * 5)
    fill(store, cards, "records", ["pass"] * 5)
    summary = store.results.summary(aid)
    assert (summary.population, summary.sample_size, summary.threshold) == (40, 5, 0.9)
    [s] = summary.samples
    assert s.sample.seed == 12345 and s.cards_complete == 5 and s.order_list.name == "orders_erp.csv"
    assert "Simple random sample of 5 from 40 orders" in s.method.en and "seed 12345" in s.method.en
    assert [(e.sample_order_id, e.check_id) for e in summary.exceptions][:2] == [(cards[0], "red-flags"),
                                                                                  (cards[1], "red-flags")]
    assert len(summary.exceptions) == 6 and summary.checks_below_threshold == ["screening", "red-flags"]
    assert summary.caps == {"S1": 3, "S2": 3}
    assert AssessmentSession(store, aid).testing_summary().sample_size == 5


# --- locks and schema ------------------------------------------------------------------------------------------


def test_finalised_assessment_refuses_every_transaction_write(drawn, tmp_path):
    store, aid, sample_id, cards = drawn
    list_id = store.samples.get(sample_id).list_id
    finalise(store, aid)
    path = tmp_path / "orders_late.csv"
    path.write_text("订单号\nL1\n", encoding="utf-8")
    for attempt in (lambda: import_orders(store, aid, path),
                    lambda: store.samples.draw(aid, list_id, SamplePlan(), seed=1),
                    lambda: store.results.set_check(cards[0], "screening", "pass"),
                    lambda: store.results.set_check_note(cards[0], "screening", "late"),
                    lambda: store.results.answer_red_flag(cards[0], "RF-C01", "absent"),
                    lambda: store.results.answer_remaining_red_flags(cards[0]),
                    lambda: store.results.add_evidence(cards[0], "screening", evidence_file(tmp_path)),
                    lambda: store.samples.delete(sample_id),
                    lambda: store.orders.delete_list(list_id)):
        with pytest.raises(ReadOnlyError, match="finalised"):
            attempt()
    assert store.results.card(cards[0]).checks[0].result.result is None  # reading still works


def test_checklist_without_transaction_tests(mini_assessment, tmp_path):
    store, aid = mini_assessment
    path = tmp_path / "orders_a.csv"
    path.write_text("订单号\nA1\n", encoding="utf-8")
    list_id, _ = import_orders(store, aid, path)
    with pytest.raises(StoreError, match="defines no transaction tests"):
        store.samples.draw(aid, list_id, SamplePlan(), seed=1)
    assert store.results.pass_rates(aid) == {} and store.results.item_caps(aid) == {}
    assert AssessmentSession(store, aid).score.element("screening").sample_exceptions == ()


def test_migration_0003_upgrades_an_existing_store(tmp_path, mini_checklist):
    assert "0003_transaction_testing" in known_names()
    saved = list(migrations._migrations)
    migrations._migrations[:] = [m for m in saved if m.name != "0003_transaction_testing"]
    try:
        with open_store(tmp_path / "old.exportaudit", user="t") as old:
            org = old.organisations.create("Old Co")
            aid = old.assessments.create(org, mini_checklist, "2025")
            old.answers.rate(aid, "P1", 3)
    finally:
        migrations._migrations[:] = saved
    with open_store(tmp_path / "old.exportaudit", user="t") as store:
        assert store.backup_file is not None
        assert store.answers.get(aid, "P1").level == 3
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"order_lists", "orders", "order_rejects", "column_mappings", "red_flag_lists", "samples",
                "sample_orders", "test_results", "red_flag_answers", "test_evidence"} <= tables
    conn = sqlite3.connect(tmp_path / "old.exportaudit")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_deleting_the_assessment_removes_its_samples(drawn):
    store, aid, _sample_id, cards = drawn
    store.results.set_check(cards[0], "screening", "pass")
    store.assessments.delete(aid)
    for table in ("order_lists", "orders", "samples", "sample_orders", "test_results"):
        assert store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table


def test_fingerprint_covers_samples_and_test_card_answers(drawn):
    from exportaudit.core.fingerprint import fingerprint

    store, aid, sample_id, cards = drawn
    seen = {fingerprint(store, aid)}
    store.results.set_check(cards[0], "screening", "pass")
    seen.add(fingerprint(store, aid))
    store.results.set_check_note(cards[0], "screening", "ERP log checked")
    seen.add(fingerprint(store, aid))
    assert len(seen) == 3
    recorded = finalise(store, aid)
    assert recorded == fingerprint(store, aid)


def test_sample_numbers_start_at_1_in_each_assessment(tt, tmp_path):
    store, aid, list_id = tt
    first = store.samples.draw(aid, list_id, SamplePlan(SampleSize(count=3)), seed=1)
    second = store.samples.draw(aid, list_id, SamplePlan(SampleSize(count=3)), seed=2)
    other = store.assessments.create(store.assessments.get(aid).organisation_id, store.checklists.get(
        store.assessments.get(aid).checklist_sha256), "Audit 2027", target_profile="basic")
    path = tmp_path / "orders_2027.csv"
    path.write_text(CSV, encoding="utf-8")
    other_list, _ = import_orders(store, other, path)
    third = store.samples.draw(other, other_list, SamplePlan(SampleSize(count=3)), seed=3)
    assert [s.number for s in store.samples.all(aid)] == [1, 2]
    assert store.samples.get(third).number == 1 and store.samples.get(second).number == 2 and third > first
    store.samples.delete(first)
    assert store.samples.get(second).number == 1  # the numbers the user reads stay 1, 2, … without gaps
