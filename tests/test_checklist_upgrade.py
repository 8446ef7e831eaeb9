"""Upgrading an assessment from checklist 1.1 to 2.0: the whole mapping shown first, nothing lost, finalised ones
never touched, and a re-audit from a 1.x baseline compared item by item through the same mapping."""

from pathlib import Path

import pytest

from exportaudit.cli import main
from exportaudit.core.catalogue import find_checklist
from exportaudit.core.checklist_loader import load_checklist_file, parse_checklist
from exportaudit.core.comparison import compare
from exportaudit.core.fingerprint import finalise
from exportaudit.core.session import AssessmentSession
from exportaudit.core.upgrade import DROPPED, MOVED, NEW, UpgradeError

DATA = Path(__file__).parent / "data"


@pytest.fixture
def old_checklist():
    return load_checklist_file(DATA / "mofcom-icp-1.1.0.toml")


@pytest.fixture
def v11_assessment(store, old_checklist, tmp_path):
    """A demo-like assessment on 1.1.0: ratings, an N/A, notes, evidence, a finding and document requests."""
    org = store.organisations.create("Hengxin Precision", operator_type="exporter", size="medium")
    aid = store.assessments.create(org, old_checklist, "2026 self-assessment", target_profile="established-exporter")
    for item_id, level in {"POL-01": 4, "SCR-03": 3, "SCR-04": 2, "CON-06": 1, "REC-01": 4, "MAN-06": 3,
                           "MAN-07": 2}.items():
        store.answers.rate(aid, item_id, level)
    store.answers.mark_not_applicable(aid, "ORG-09", "No subsidiaries.")
    store.answers.set_note(aid, "SCR-04", "Only the customer is screened.")
    store.answers.set_note(aid, "MAN-07", "Register last updated 2024.")
    evidence = tmp_path / "policy.txt"
    evidence.write_text("signed policy", encoding="utf-8")
    store.evidence.add(aid, "POL-01", evidence)
    store.evidence.add(aid, "MAN-07", evidence)
    store.findings.create(aid, "major", "Consignee and payer never screened.", item_id="SCR-04")
    store.findings.create(aid, "minor", "Legal register out of date.", item_id="MAN-07")
    store.requests.build(aid)
    return store, aid


def _answers(store, aid):
    return {k: (r.level, r.na, r.na_reason, r.note) for k, r in store.answers.all(aid).items()}


def test_dry_run_prints_the_whole_mapping_and_changes_nothing(v11_assessment, capsys):
    store, aid = v11_assessment
    before = store.assessments.get(aid).checklist_sha256
    store.close()
    assert main(["checklist", "upgrade", "--store", str(store.path), "--assessment", str(aid), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "mofcom-2021-dual-use-icp 1.1.0 -> 2.0.0" in out
    assert "= SCR-04 kept  [answered]" in out and "= POL-06 kept  [no answer]" in out
    assert "+ SCR-16 new, unanswered" in out and "+ IMP-01 new, unanswered" in out
    assert "79 kept, 0 moved, 0 dropped, 11 new." in out and "Dry run: nothing changed." in out
    from exportaudit.core.store import open_store

    with open_store(store.path) as again:
        assert again.assessments.get(aid).checklist_sha256 == before


def test_upgrade_carries_answers_notes_evidence_and_findings(v11_assessment):
    store, aid = v11_assessment
    new = find_checklist("mofcom-2021-dual-use-icp")
    answers, evidence = _answers(store, aid), store.evidence.counts(aid)
    findings = [(f.item_id, f.description) for f in store.findings.all(aid)]
    requests = set(store.requests.all(aid))
    plan = store.upgrades.plan(aid, new)
    assert {m.new_id for m in plan.of_kind(NEW)} >= {"SCR-16", "SCR-17", "SCR-18", "SCR-19", "SCR-20", "CON-10", "IMP-01"}
    store.upgrades.apply(plan)
    session = AssessmentSession(store, aid)
    assert session.checklist.version == "2.0.0"
    assert _answers(store, aid) == answers and store.evidence.counts(aid) == evidence
    assert [(f.item_id, f.description) for f in store.findings.all(aid)] == findings
    assert set(store.requests.all(aid)) == requests
    assert session.response("SCR-16").level is None and not session.response("SCR-16").answered
    assert session.score.items["SCR-03"].rated == 3 and session.checklist.item("SCR-03").key  # now a key item
    log = [(c.field, c.old, c.new) for c in store.history.all(aid) if c.field == "checklist"]
    assert log == [("checklist", "mofcom-2021-dual-use-icp 1.1.0", "mofcom-2021-dual-use-icp 2.0.0")]
    with pytest.raises(UpgradeError, match="already uses"):
        store.upgrades.plan(aid, new)


def test_a_finalised_assessment_is_never_upgraded(v11_assessment, capsys):
    store, aid = v11_assessment
    finalise(store, aid)
    with pytest.raises(UpgradeError, match="finalised assessment is never upgraded") as info:
        store.upgrades.plan(aid, find_checklist("mofcom-2021-dual-use-icp"))
    from exportaudit.core.store.messages import message_in

    assert message_in(info.value, "zh") == f"评估 #{aid} 已定稿；已定稿的评估不会升级。请改为在新检查清单上开展复审。"
    store.close()
    assert main(["checklist", "upgrade", "--store", str(store.path), "--assessment", str(aid)]) == 1
    assert "never upgraded" in capsys.readouterr().err


def _with_moves():
    """2.0.0 as if MAN-07 had been renumbered MAN-08 and MAN-06 replaced by a new MAN-09."""
    text = (find_checklist("mofcom-2021-dual-use-icp").text
            .replace('id = "MAN-07"', 'id = "MAN-08"').replace('id = "MAN-06"', 'id = "MAN-09"')
            .replace('version = "2.0.0"', 'version = "2.0.1"')
            .replace("moved = {}", 'moved = { "MAN-07" = "MAN-08" }')
            .replace("dropped = {}", 'dropped = { "MAN-06" = { zh = "并入MAN-02。", en = "Merged into MAN-02." } }'))
    return parse_checklist(text, "moved.toml")


def test_moved_items_follow_and_dropped_ones_stay_in_the_history(v11_assessment):
    store, aid = v11_assessment
    plan = store.upgrades.plan(aid, _with_moves())
    assert [(m.old_id, m.new_id, m.answered) for m in plan.of_kind(MOVED)] == [("MAN-07", "MAN-08", True)]
    assert [(m.old_id, m.reason.en) for m in plan.of_kind(DROPPED)] == [("MAN-06", "Merged into MAN-02.")]
    assert "MAN-09" in {m.new_id for m in plan.of_kind(NEW)}
    store.upgrades.apply(plan)
    session = AssessmentSession(store, aid)
    moved = session.response("MAN-08")
    assert (moved.level, moved.note) == (2, "Register last updated 2024.")
    assert store.evidence.counts(aid)["MAN-08"] == 1
    assert [f.item_id for f in store.findings.all(aid) if f.grade == "minor"] == ["MAN-08"]
    assert not session.response("MAN-09").answered
    assert store.answers.all(aid)["MAN-06"].level == 3  # the dropped item's answer is kept, outside the checklist
    assert any(c.field == "item_moved" and c.old == "MAN-07" for c in store.history.all(aid))


def test_reaudit_from_a_1x_baseline_compares_through_the_mapping(v11_assessment):
    store, aid = v11_assessment
    finalise(store, aid)
    new = _with_moves()
    current = store.lifecycle.reaudit(aid, "2027 re-audit", checklist=new)
    assert store.answers.get(current, "MAN-08").level == 2 and store.answers.get(current, "MAN-08").reconfirm
    store.answers.rate(current, "MAN-08", 4)
    result = compare(AssessmentSession(store, aid), AssessmentSession(store, current))
    # compared with MAN-07's rating in the baseline (what it counts as now depends on the scoring model's gates)
    assert ("MAN-08", 2) in [(c.item_id, c.then) for c in result.improved]
    assert "SCR-16" in [c.item_id for c in result.not_comparable]


def test_an_unrelated_version_is_refused(v11_assessment):
    store, aid = v11_assessment
    text = find_checklist("mofcom-2021-dual-use-icp").text.replace('from_versions = ["1.0.0", "1.1.0"]',
                                                                   'from_versions = ["1.0.0"]')
    with pytest.raises(UpgradeError, match="does not say how to upgrade from version 1.1.0"):
        store.upgrades.plan(aid, parse_checklist(text))
