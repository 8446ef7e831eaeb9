"""Scoring model 2 through the store and the session: evidence kind and date, findings, samples from the period,
statutory N/A, who assessed, re-scoring a model-1 assessment, and finalised model-1 results kept exactly."""

import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from exportaudit.cli import main, score_as_json
from exportaudit.core.fingerprint import canonical_content, fingerprint
from exportaudit.core.operations.workflow import raise_finding, save_action
from exportaudit.core.order_import import import_orders
from exportaudit.core.scoring import AnswerState
from exportaudit.core.scoring_model2 import score_assessment2
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError, open_store
from exportaudit.core.testing.sampling import SamplePlan, SampleSize

FIXTURE = Path(__file__).parent / "data" / "model1-final"
CSV = ("order,date,customer,end user,destination,item,control code,value,licence\n"
       + "".join(f"SO-{i:03d},{'2025' if i <= 6 else '2024'}-0{1 + i % 6}-15,C{i},,DE,pump,,{100 + i},\n"
                 for i in range(1, 9)))


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def sampled(store, aid, tmp_path, count, seed):
    """Import CSV's orders (6 from 2025, 2 from 2024) and draw ``count`` of them; the sampled orders."""
    path = tmp_path / "orders.csv"
    path.write_text(CSV, encoding="utf-8")
    list_id, _ = import_orders(store, aid, path)
    return store.samples.orders(store.samples.draw(aid, list_id, SamplePlan(SampleSize(count=count)), seed=seed))


def attach(store, aid, item, tmp_path, kind, covered, name=None):
    path = tmp_path / (name or f"{item}-{kind}.txt")
    path.write_text(f"{item} {kind} {covered}")
    return store.evidence.add(aid, item, path, kind=kind, covered_date=covered)


@pytest.fixture
def rated(model2_assessment, tmp_path):
    """Every item rated 4 with a document and a record within 2025."""
    store, aid = model2_assessment
    for item in ("P1", "P2", "S1", "S2", "R1", "R2"):
        store.answers.rate(aid, item, 4)
        attach(store, aid, item, tmp_path, "document", "2023-01-10")
        attach(store, aid, item, tmp_path, "record", "2025-05-01")
    return store, aid


def test_new_assessments_use_model_2_and_evidence_kind_and_date_count(rated, tmp_path):
    store, aid = rated
    session = AssessmentSession(store, aid)
    assert session.model == 2 and session.window.start == date(2024, 12, 31)
    assert session.score.element("policy").level == 4
    # R2 and S1 are tested by checks, and no sample is drawn: they stop at 3 ("sample too small")
    assert [c.kind for c in session.score.items["S1"].caps] == ["sample_small"]
    # a stale record does not hold P2 at 4: replace P2's record with one from 2024
    record = next(e for e in store.evidence.all(aid, "P2") if e.kind == "record")
    session.describe_evidence(record, covered_date="2024-06-30")
    assert session.score.items["P2"].effective == 3 and session.score.items["P2"].stale == 1
    history = [(h.field, h.old, h.new) for h in store.history.all(aid) if h.entity == "evidence"]
    assert ("covered_date", "2025-05-01", "2024-06-30") in history


def test_bad_evidence_kind_or_date_is_refused_and_changes_nothing(model2_assessment, tmp_path):
    store, aid = model2_assessment
    path = tmp_path / "x.txt"
    path.write_text("x")
    with pytest.raises(StoreError, match="Unknown evidence kind 'photo'"):
        store.evidence.add(aid, "P1", path, kind="photo")
    with pytest.raises(StoreError, match="'31/12/2025' is not a date"):
        store.evidence.add(aid, "P1", path, kind="record", covered_date="31/12/2025")
    assert store.evidence.all(aid) == []


def test_open_findings_cap_until_their_actions_are_done(rated):
    store, aid = rated
    finding = store.findings.create(aid, "major", "No appointment letter", item_id="P2")
    session = AssessmentSession(store, aid)
    assert session.score.items["P2"].effective == 2
    session.absorb(save_action(store, None, finding, description="Appoint in writing"))
    assert session.score.items["P2"].effective == 2  # an open action keeps the finding open
    action = store.actions.all(aid)[0].id
    session.absorb(save_action(store, action, finding, status="done"))
    assert session.score.items["P2"].effective == 4


def test_a_statutory_key_item_cannot_be_marked_na(model2_assessment, mini_assessment):
    store, aid = model2_assessment
    with pytest.raises(StoreError, match="S1 is a key item with a statutory basis"):
        store.answers.mark_not_applicable(aid, "S1", "We never screen")
    assert store.answers.get(aid, "S1").na is False
    store.answers.mark_not_applicable(aid, "R1", "No archive of our own")  # key, but guidance only
    old_store, old_aid = mini_assessment  # model 1 keeps its rule
    old_store.answers.mark_not_applicable(old_aid, "S1", "Model 1 allowed it")


def test_only_orders_from_the_period_count_and_one_statutory_exception_caps_at_2(rated, tmp_path):
    store, aid = rated
    orders = sampled(store, aid, tmp_path, 8, 7)
    for so in orders:
        store.results.set_check(so.id, "filing", "pass")
        store.results.set_check(so.id, "licence", "pass")
    session = AssessmentSession(store, aid)
    facts = store.results.check_facts(aid)
    # 6 of the 8 orders are dated 2025: the sample within the period is 6, enough (minimum 5)
    assert (facts["filing"].tested_in_period, facts["filing"].exceptions) == (6, 0)
    assert session.score.items["R2"].effective == 4 and session.score.items["S1"].effective == 4
    # one licence exception, on an order from 2024 even: the statutory check tolerates none
    old = next(so for so in orders if so.order.order_date.startswith("2024"))
    store.results.set_check(old.id, "licence", "fail")
    s1 = AssessmentSession(store, aid).score.items["S1"]
    assert (s1.effective, s1.caps[0].kind) == (2, "sample_exception")
    duty = next(d for d in AssessmentSession(store, aid).duties() if d.item_id == "S1")
    assert duty.status == "not_met" and [r.kind for r in duty.reasons] == ["sample_exception"]


def test_who_assessed_is_recorded_checked_and_fingerprinted(rated):
    store, aid = rated
    before = fingerprint(store, aid)
    store.assessments.update(aid, assessor_role="Compliance manager", independence="internal", reviewer="Wang Fang",
                            review_date="2026-01-20", lookback_months=6)
    a = store.assessments.get(aid)
    assert (a.assessor_role, a.independence, a.reviewer, a.review_date, a.lookback_months) == (
        "Compliance manager", "internal", "Wang Fang", "2026-01-20", 6)
    assert canonical_content(store, aid)["assessment"]["independence"] == "internal"
    assert fingerprint(store, aid) != before
    with pytest.raises(StoreError, match="Unknown independence 'friend'"):
        store.assessments.update(aid, independence="friend")
    with pytest.raises(StoreError, match="'20/01/2026' is not a date"):
        store.assessments.update(aid, review_date="20/01/2026")
    with pytest.raises(StoreError, match="Look-back of 0 months"):
        store.assessments.update(aid, lookback_months=0)


def test_duties_register_statuses(rated):
    store, aid = rated
    store.answers.rate(aid, "P2", 2)
    store.answers.clear(aid, "S2")
    store.findings.create(aid, "major", "Screening not done on two orders", item_id="S1")
    duties = {d.item_id: d for d in AssessmentSession(store, aid).duties()}
    # every applicable item cites the law in the fixture except R1 (guidance only)
    assert list(duties) == ["P1", "P2", "S1", "S2", "R2"]
    assert duties["P1"].status == "met" and duties["P1"].references == ("ECL 2020 Art. 15",)
    assert (duties["P2"].status, [r.kind for r in duties["P2"].reasons]) == ("not_met", ["rating"])
    assert (duties["S1"].status, [r.kind for r in duties["S1"].reasons]) == ("not_met", ["finding_major"])
    assert duties["S2"].status == "not_assessed"
    assert duties["R2"].status == "met"


# --- model 1 kept, and re-scoring -------------------------------------------------------------------------


@pytest.fixture
def upgraded(tmp_path):
    """The model-1 store built and finalised by the code before model 2, opened (and so upgraded) now."""
    shutil.copy2(FIXTURE / "model1.exportaudit", tmp_path)
    shutil.copytree(FIXTURE / "model1-evidence", tmp_path / "model1-evidence")
    store = open_store(tmp_path / "model1.exportaudit", user="auditor")
    yield store
    store.close()


def test_a_finalised_model_1_assessment_keeps_fingerprint_and_score_json_after_the_upgrade(upgraded):
    assert upgraded.backup_file is not None  # migration 0004 ran
    a = upgraded.assessments.get(1)
    recorded = (FIXTURE / "model1.fingerprint").read_text()
    assert a.is_final and a.scoring_model == 1 and a.fingerprint == recorded
    assert fingerprint(upgraded, 1) == recorded
    assert score_as_json(AssessmentSession(upgraded, 1)) == json.loads((FIXTURE / "model1.score.json").read_text())


def test_a_finalised_model_1_assessment_keeps_its_reports(upgraded, tmp_path):
    from exportaudit.reports import build_report

    session = AssessmentSession(upgraded, 1)
    build_report(session, "xlsx", tmp_path / "r.xlsx", language="both", report_date=date(2026, 1, 15))
    build_report(session, "pdf", tmp_path / "r.pdf", language="both", report_date=date(2026, 1, 15))
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    cells = {ws.title: [[c for c in row] for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    assert json.loads(json.dumps(cells, ensure_ascii=False, default=str)) == json.loads(
        (FIXTURE / "model1.xlsx.json").read_text())
    subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), str(tmp_path / "r.txt")], check=True)
    assert (tmp_path / "r.txt").read_text() == (FIXTURE / "model1.pdf.txt").read_text()


def test_a_finalised_model_1_assessment_cannot_be_rescored(upgraded):
    with pytest.raises(StoreError, match="finalised"):
        upgraded.assessments.set_scoring_model(1, 2)


def test_an_open_model_1_assessment_rescored_with_model_2_lists_the_changes_and_logs_it(mini_assessment, capsys):
    store, aid = mini_assessment
    for item, level in dict(P1=4, P2=3, S1=5, S2=4, R1=2, R2=5).items():
        store.answers.rate(aid, item, level)
    path = store.path
    code, out, _ = run(capsys, "rescore", "--store", path, "--assessment", aid, "--dry-run")
    assert code == 0 and "Dry run" in out and "Records: level 2 (2.5) → level 2 (2.0)" in out
    assert "P2: counts as 3 → 2" in out  # a 3 with no document
    assert store.assessments.get(aid).scoring_model == 1
    code, out, _ = run(capsys, "rescore", "--store", path, "--assessment", aid, "--yes")
    assert code == 0 and "now scored with model 2" in out
    assert store.assessments.get(aid).scoring_model == 2
    assert [(h.old, h.new) for h in store.history.all(aid) if h.field == "scoring_model"] == [("1", "2")]
    with pytest.raises(StoreError, match="cannot go back to model 1"):
        store.assessments.set_scoring_model(aid, 1)


def test_score_json_gains_the_model_2_fields_only_for_model_2(rated, mini_assessment, capsys):
    store, aid = rated
    store.answers.rate(aid, "R1", 1)
    store.answers.clear(aid, "P1")
    code, out, _ = run(capsys, "score", "--store", store.path, "--assessment", aid, "--json")
    data = json.loads(out)
    records = data["elements"][2]
    assert (records["score_uncapped"], records["level"], records["score"]) == (2.0, 1, 1.9)  # R2 4 -> 3 (no sample)
    assert records["cap_reasons"][0]["kind"] == "key_item" and records["cap_reasons"][0]["item"] == "R1"
    assert data["elements"][0]["level_range"] == [0, 4] and data["assessment"]["scoring_model"] == 2
    old_store, old_aid = mini_assessment
    code, out, _ = run(capsys, "score", "--store", old_store.path, "--assessment", old_aid, "--json")
    assert "score_uncapped" not in out and "scoring_model" not in out


def test_duties_command(rated, capsys):
    store, aid = rated
    store.answers.rate(aid, "P2", 1)
    code, out, _ = run(capsys, "duties", "--store", store.path, "--assessment", aid, "--json")
    data = json.loads(out)
    assert code == 0 and data["counts"] == {"met": 1, "not_met": 1, "not_assessed": 0} | {
        "met": sum(d["status"] == "met" for d in data["duties"])}
    p2 = next(d for d in data["duties"] if d["item"] == "P2")
    assert p2["status"] == "not_met" and p2["reasons"][0]["en"] == "rated 1"
    code, out, _ = run(capsys, "duties", "--store", store.path, "--assessment", aid, "--lang", "zh")
    assert re.search(r"P2\s+未履行\s+《出口管制法》第十五条\s+— 评为 1 级", out)


def test_reports_say_who_assessed_the_model_the_reasons_and_the_duties(rated, tmp_path):
    from exportaudit.reports import build_report

    store, aid = rated
    store.assessments.update(aid, assessor="Li Wei", assessor_role="Compliance manager", independence="self",
                            reviewer="Wang Fang", review_date="2026-01-20")
    store.answers.rate(aid, "P2", 1)
    session = AssessmentSession(store, aid)
    build_report(session, "xlsx", tmp_path / "r.xlsx", language="en", report_date=date(2026, 1, 25))
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    summary = [[c for c in row if c is not None] for row in wb.worksheets[0].iter_rows(values_only=True)]
    assert ["Assessor's role and independence", "Compliance manager · Self (the function itself)"] in summary
    assert ["Reviewer", "Wang Fang (2026-01-20)"] in summary
    assert ["Scoring model", "Scoring model 2 · Evidence window 2024-12-31 – 2025-12-31"] in summary
    duties = wb["Statutory duties"]
    rows = list(duties.iter_rows(values_only=True))
    assert rows[0][:4] == ("ID", "Element", "Question", "Status")
    p2 = next(r for r in rows if r[0] == "P2")
    assert p2[3] == "Not met" and p2[5] == "rated 1"
    checklist = {r[1]: r for r in wb.worksheets[1].iter_rows(values_only=True)}
    assert "sample too small (Licence on file: 0/5): counts as 3" in checklist["S1"][7]

    build_report(session, "pdf", tmp_path / "r.pdf", language="en", report_date=date(2026, 1, 25))
    subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), str(tmp_path / "r.txt")], check=True)
    text = re.sub(r"\s+", " ", (tmp_path / "r.txt").read_text())
    for phrase in ("Statutory duties", "Scoring model 2", "Compliance manager", "Wang Fang (2026-01-20)",
                   "5 statutory duties: 1 not met, 0 not assessed, 4 met.",
                   "sample too small (Licence on file: 0/5): counts as 3", "Item caps: a rating counts at most 2"):
        assert phrase in text, phrase


def test_the_demo_shows_evidence_kinds_a_stale_record_caps_and_duty_statuses(demo_store_path):
    with open_store(demo_store_path, read_only=True) as store:
        session = AssessmentSession(store, store.assessments.latest().id)
        a = session.assessment
        assert a.scoring_model == 2 and a.reviewer and a.review_date == "2026-12-10" and a.independence == "self"
        assert {e.kind for e in store.evidence.all(a.id)} == {"document", "record", "audit"}
        score = session.score
        assert score.items["RSK-02"].stale == 1
        assert [c.kind for c in score.items["POL-04"].caps] == ["no_current_record"]
        assert score.items["POL-01"].effective == 4  # document plus the group audit's review
        assert score.element("screening").cap_reasons[0].kind == "key_item"
        statuses = {d.status for d in session.duties()}
        assert statuses == {"met", "not_met", "not_assessed"}


def test_the_workbook_summary_gives_element_reasons_and_ranges(rated, tmp_path):
    from exportaudit.reports import build_report

    store, aid = rated
    store.answers.rate(aid, "R1", 1)
    store.answers.clear(aid, "P2")
    build_report(AssessmentSession(store, aid), "xlsx", tmp_path / "r.xlsx", language="en")
    rows = {r[0]: r for r in openpyxl.load_workbook(tmp_path / "r.xlsx").worksheets[0].iter_rows(values_only=True)
            if r[0]}
    policy, records = rows["1. Policy statement"], rows["3. Records"]
    assert policy[3] == "4 – Managed (provisional) – could be 2 to 4"  # P1 4, P2 open: at 0 (4 + 0) / 2 = 2
    assert records[7].startswith("key item R1 at 1 bounds the element at 1")


def test_test_card_evidence_is_a_record_dated_with_its_order(rated, tmp_path):
    store, aid = rated
    card = sampled(store, aid, tmp_path, 2, 3)[0]
    scan = tmp_path / "licence-scan.pdf"
    scan.write_bytes(b"%PDF-1.4 licence")
    record = store.results.add_evidence(card.id, "licence", scan)
    assert (record.kind, record.covered_date) == ("record", card.order.order_date)


def test_the_sessions_kept_caps_score_as_a_fresh_reading_does(rated):
    """The session keeps the caps read from the facts across answers; after answers and a finding's notice it
    scores exactly as scoring from scratch does."""
    store, aid = rated
    session = AssessmentSession(store, aid)
    _ = session.score
    session.rate("P1", 5)
    session.mark_not_applicable("R2", "No brokering")
    session.absorb(raise_finding(store, aid, grade="major", description="No appointment letter", item_id="P2").changes)
    a = session.assessment
    fresh = score_assessment2(session.checklist, {k: AnswerState(r.level, r.na) for k, r in store.answers.all(aid).items()},
                              session.facts(), operator_type=a.operator_type, size=a.size,
                              profile=session.checklist.profile(a.target_profile), structure=a.fact_set)
    assert session.score == fresh
    assert session.score.items["P2"].effective < 4  # the finding's cap is there
