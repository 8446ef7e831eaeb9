"""Audit workflow in the core: findings and actions, document requests, finalise and reopen, re-audits."""

import csv
from datetime import date, timedelta

import pytest

from exportaudit.core.comparison import compare
from exportaudit.core.fingerprint import finalise, fingerprint
from exportaudit.core.history_export import write_history_csv
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError
from exportaudit.core.store.errors import ReadOnlyError


def test_finding_on_an_item_takes_its_element(mini_assessment):
    store, aid = mini_assessment
    fid = store.findings.create(aid, "major", "No screening before shipment", "Screen every shipment", item_id="S1")
    f = store.findings.get(fid)
    assert (f.item_id, f.element_id, f.grade, f.created_by) == ("S1", "screening", "major", "tester")


def test_finding_on_an_element(mini_assessment):
    store, aid = mini_assessment
    fid = store.findings.create(aid, "good_practice", "Clear records policy", element_id="records")
    assert store.findings.get(fid).item_id is None and store.findings.get(fid).element_id == "records"


@pytest.mark.parametrize("kwargs, message", [
    ({"grade": "fatal", "description": "x", "item_id": "S1"}, "Unknown finding grade 'fatal'"),
    ({"grade": "minor", "description": "x"}, "belongs to an item or an element"),
    ({"grade": "minor", "description": " ", "item_id": "S1"}, "needs a description"),
    ({"grade": "minor", "description": "x", "item_id": "Z9"}, "no item 'Z9'"),
    ({"grade": "minor", "description": "x", "element_id": "sales"}, "no element 'sales'"),
])
def test_bad_findings_are_refused(mini_assessment, kwargs, message):
    store, aid = mini_assessment
    with pytest.raises(StoreError, match=message):
        store.findings.create(aid, **kwargs)
    assert store.findings.all(aid) == []


def test_actions_hang_off_findings_and_overdue_ones_are_known(mini_assessment):
    store, aid = mini_assessment
    fid = store.findings.create(aid, "minor", "Training records incomplete", item_id="R1")
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    late = store.actions.create(fid, "Collect sign-in sheets", owner="王芳", due_date=yesterday)
    done = store.actions.create(fid, "Update the register", due_date=yesterday, status="done")
    later = store.actions.create(fid, "Annual refresher", due_date="2099-01-01")
    today = date.today().isoformat()
    by_id = {a.id: a for a in store.actions.all(aid)}
    assert by_id[late].is_overdue(today) and not by_id[done].is_overdue(today) and not by_id[later].is_overdue(today)
    assert by_id[late].finding_grade == "minor" and by_id[late].item_id == "R1"
    store.actions.update(late, status="verified", closing_note="Sheets filed")
    assert store.actions.get(late).status == "verified" and not store.actions.get(late).is_overdue(today)
    with pytest.raises(StoreError, match="'31/12/2026' is not a date; expected YYYY-MM-DD"):
        store.actions.update(later, due_date="31/12/2026")
    with pytest.raises(StoreError, match="Unknown action status 'closed'"):
        store.actions.update(later, status="closed")
    store.findings.delete(fid)
    assert store.actions.all(aid) == []
    logged = {(c.entity, c.field) for c in store.history.all(aid)}
    assert {("finding", "created"), ("action", "created"), ("action", "status"), ("action", "closing_note"),
            ("finding", "deleted")} <= logged


def test_document_requests_are_built_from_applicable_items_and_answered_by_evidence(mini_assessment, tmp_path):
    store, aid = mini_assessment
    f = tmp_path / "policy.pdf"
    f.write_bytes(b"policy")
    store.evidence.add(aid, "P1", f)
    assert store.requests.build(aid) == 6  # small exporter: P3 and S3 are out of scope
    requests = store.requests.all(aid)
    assert set(requests) == {"P1", "P2", "S1", "S2", "R1", "R2"}
    assert requests["P1"].status == "received" and requests["S1"].status == "requested"
    assert store.requests.build(aid) == 0  # idempotent
    store.requests.update(aid, "S2", status="missing", note="ERP export not available")
    store.evidence.add(aid, "S1", f)
    requests = store.requests.all(aid)
    assert requests["S1"].status == "received" and requests["S1"].status_date == date.today().isoformat()
    assert (requests["S2"].status, requests["S2"].note) == ("missing", "ERP export not available")
    with pytest.raises(StoreError, match="Unknown request status 'lost'"):
        store.requests.update(aid, "S2", status="lost")


def test_finalise_locks_and_records_the_fingerprint_reopen_is_logged(mini_assessment):
    store, aid = mini_assessment
    store.answers.rate(aid, "P1", 3)
    fid = store.findings.create(aid, "observation", "Policy not on the intranet", item_id="P1")
    expected = fingerprint(store, aid)
    assert finalise(store, aid) == expected
    a = store.assessments.get(aid)
    assert a.is_final and a.fingerprint == expected and a.finalised_at
    for write in (lambda: store.answers.rate(aid, "P1", 4), lambda: store.findings.create(aid, "minor", "x", item_id="P2"),
                  lambda: store.findings.update(fid, description="y"), lambda: store.requests.build(aid),
                  lambda: store.assessments.update(aid, title="New")):
        with pytest.raises(ReadOnlyError, match="finalised"):
            write()
    with pytest.raises(StoreError, match="needs a reason"):
        store.lifecycle.reopen(aid, "")
    store.lifecycle.reopen(aid, "Late evidence from the client")
    assert not store.assessments.get(aid).is_final
    store.answers.rate(aid, "P1", 4)
    assert fingerprint(store, aid) != expected
    reopened = [c for c in store.history.all(aid) if c.field == "reopened"]
    assert reopened[0].old == expected and reopened[0].new == "Late evidence from the client"


def test_fingerprint_covers_findings_and_actions(mini_assessment):
    store, aid = mini_assessment
    before = fingerprint(store, aid)
    fid = store.findings.create(aid, "minor", "x", item_id="P1")
    after_finding = fingerprint(store, aid)
    store.actions.create(fid, "fix it")
    assert len({before, after_finding, fingerprint(store, aid)}) == 3


def test_reaudit_carries_answers_marked_to_reconfirm(mini_assessment, tmp_path):
    store, base = mini_assessment
    f = tmp_path / "log.csv"
    f.write_text("x")
    store.answers.rate(base, "P1", 2)
    store.answers.rate(base, "S1", 4)
    store.evidence.add(base, "S1", f)
    store.answers.mark_not_applicable(base, "R2", "No archive")
    store.answers.set_note(base, "P1", "Draft only")
    new = store.lifecycle.reaudit(base, "Re-audit 2027", scoring_model=1)
    a = store.assessments.get(new)
    assert a.baseline_id == base and a.target_profile == "basic"
    carried = store.answers.all(new)
    assert {k: (r.level, r.na, r.reconfirm) for k, r in carried.items()} == {
        "P1": (2, False, True), "S1": (4, False, True), "R2": (None, True, True)}
    assert carried["P1"].note == "Draft only" and store.evidence.counts(new) == {"S1": 1}
    store.answers.rate(new, "P1", 3)  # touching clears the mark
    store.answers.reconfirm(new, "S1")  # confirming unchanged clears it too
    marks = {k: r.reconfirm for k, r in store.answers.all(new).items()}
    assert marks == {"P1": False, "S1": False, "R2": True}


def test_a_reaudit_keeps_the_baselines_type_and_covers_the_following_year(mini_assessment):
    from exportaudit.core.periods import following_period

    store, base = mini_assessment
    store.assessments.update(base, kind="external", period_start="2025-01-01", period_end="2025-12-31")
    a = store.assessments.get(store.lifecycle.reaudit(base, "Re-audit 2026"))
    assert (a.kind, a.period_start, a.period_end) == ("external", "2026-01-01", "2026-12-31")
    given = store.assessments.get(store.lifecycle.reaudit(base, "Half-year", kind="internal", period_start="2026-01-01",
                                                  period_end="2026-06-30"))
    assert (given.kind, given.period_start, given.period_end) == ("internal", "2026-01-01", "2026-06-30")
    assert following_period("2027-06-30") == ("2027-07-01", "2028-06-30")
    assert following_period("2028-02-28") == ("2028-02-29", "2029-02-28")  # a leap day starts it, a year on ends it
    assert following_period(None) is None and following_period("soon") is None


def test_comparison_between_baseline_and_reaudit(mini_assessment, tmp_path):
    store, base = mini_assessment
    f = tmp_path / "e.txt"
    f.write_text("e")
    for item, level in {"P1": 2, "P2": 3, "S1": 4, "S2": 3, "R1": 3}.items():
        store.answers.rate(base, item, level)
    store.evidence.add(base, "S1", f)
    fid = store.findings.create(base, "major", "No policy", item_id="P1")
    open_action = store.actions.create(fid, "Write the policy")
    store.actions.create(fid, "Approve it", status="done")
    new = store.lifecycle.reaudit(base, "Re-audit", scoring_model=1)
    store.answers.rate(new, "P1", 4)  # improved (evidence gate: no evidence in new for P1 -> 3, still > 2)
    store.answers.rate(new, "S1", 2)  # regressed from 4
    store.answers.clear(new, "R1")  # no longer comparable
    result = compare(AssessmentSession(store, base), AssessmentSession(store, new))
    assert [(c.item_id, c.then, c.now) for c in result.improved] == [("P1", 2, 3)]
    assert [(c.item_id, c.then, c.now) for c in result.regressed] == [("S1", 4, 2)]
    assert [c.item_id for c in result.unchanged] == ["P2", "S2"]
    assert {c.item_id for c in result.not_comparable} == {"R1", "R2"}
    assert [a.id for a in result.open_baseline_actions] == [open_action]
    policy = next(e for e in result.elements if e.element_id == "policy")
    assert (policy.score_then, policy.score_now) == (2.5, 3.0)


def test_history_exports_to_csv_with_formulas_defused(mini_assessment, tmp_path):
    store, aid = mini_assessment
    store.answers.set_note(aid, "P1", "=HYPERLINK(\"http://x\")")
    store.answers.rate(aid, "P1", 3)
    out = tmp_path / "history.csv"
    assert write_history_csv(store, aid, out) == len(store.history.all(aid))
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0] == ["at", "user", "entity", "entity_id", "item_id", "field", "old", "new", "source"]
    note_row = next(r for r in rows if r[5] == "note")
    assert note_row[7] == "'=HYPERLINK(\"http://x\")" and note_row[1] == "tester" and note_row[8] == "window"


def test_session_reconfirm_clears_the_mark_without_a_reload(mini_assessment):
    store, base = mini_assessment
    store.answers.rate(base, "P1", 3)
    session = AssessmentSession(store, store.lifecycle.reaudit(base, "Re-audit", scoring_model=1))
    assert session.response("P1").reconfirm
    session.reconfirm("P1")
    assert not session.response("P1").reconfirm and session.response("P1").level == 3
    assert not store.answers.get(session.assessment_id, "P1").reconfirm


def test_reconfirming_is_logged_as_a_confirmation(mini_assessment):
    store, base = mini_assessment
    store.answers.rate(base, "P1", 3)
    new = store.lifecycle.reaudit(base, "Re-audit", scoring_model=1)
    store.answers.reconfirm(new, "P1")
    [entry] = [c for c in store.history.all(new, "P1") if c.field == "reconfirmed"]
    assert (entry.old, entry.new) == (None, "true")


def test_na_items_need_no_document(mini_assessment):
    store, aid = mini_assessment
    store.answers.mark_not_applicable(aid, "R2", "No archive of our own")
    store.requests.build(aid)
    requests = store.requests.all(aid)
    assert requests["R2"].status == "not_applicable" and requests["R1"].status == "requested"


def test_reaudit_without_samples_shows_no_false_improvement(drawn_mofcom):
    """The baseline's sample exceptions cap an item at 3; the fresh re-audit has no samples yet."""
    store, base, capped_item = drawn_mofcom
    a = store.assessments.get(base)  # the same period, so the evidence stays current and only the samples differ
    new = store.lifecycle.reaudit(base, "Re-audit", period_start=a.period_start, period_end=a.period_end)
    result = compare(AssessmentSession(store, base), AssessmentSession(store, new))
    assert capped_item not in [c.item_id for c in result.improved]
    assert capped_item in [c.item_id for c in result.unchanged]


@pytest.fixture
def drawn_mofcom(demo_store_path):
    """The demo store: SCR-01 is rated 4 with evidence and capped at 3 by two failed classification checks."""
    from exportaudit.core.store import open_store

    store = open_store(demo_store_path, user="tester")
    aid = store.assessments.latest().id
    assert AssessmentSession(store, aid).score.items["SCR-01"].capped_to == 3
    yield store, aid, "SCR-01"
    store.close()
