"""Scoring model 2, each rule worked out by hand (docs/scoring.md, "Model 2", has the same examples).

Checklist tests/data/model2.toml (the mini checklist plus transaction testing), for a small exporter:
policy (weight 1): P1 key w1 (statutory), P2 w1; screening (weight 2): S1 key w2 (statutory), S2 w1;
records (weight 1): R1 key w1 (guidance only, not statutory), R2 w1.
Check "licence" (statutory) tests S1; check "filing" tests R2; threshold 90 %, minimum sample 5.
"""

from datetime import date, datetime
from pathlib import Path

import pytest

from exportaudit.core.checklist_loader import load_checklist_file, parse_checklist
from exportaudit.core.scoring import AnswerState
from exportaudit.core.scoring_model2 import (
    CheckFacts,
    EvidenceFact,
    Facts,
    Window,
    evidence_window,
    months_before,
    score_assessment2,
    truncate,
)

DATA = Path(__file__).parent / "data"
WINDOW = Window(date(2025, 1, 1), date(2025, 12, 31))
DOC = EvidenceFact("document", "2023-05-01")  # a policy document: its age does not matter for level 3
RECORD = EvidenceFact("record", "2025-06-30")  # a record of operation dated within the period
FULL = (DOC, RECORD)
GOOD_SAMPLES = {"licence": CheckFacts("licence", passed_in_period=5), "filing": CheckFacts("filing", passed_in_period=5)}


@pytest.fixture(scope="module")
def checklist():
    return load_checklist_file(DATA / "model2.toml")


def rate(**levels):
    return {k: AnswerState(level=v) for k, v in levels.items()}


def score(checklist, answers, evidence=None, findings=None, checks=None):
    """Every item has full evidence and both checks a clean sample unless the case says otherwise."""
    evidence = {i.id: FULL for i in checklist.items} | (evidence or {})
    facts = Facts(WINDOW, evidence, findings or {}, GOOD_SAMPLES | (checks or {}))
    return score_assessment2(checklist, answers, facts, operator_type="exporter", size="small",
                             profile=checklist.profile("basic"))


ALL_FOUR = dict(P1=4, P2=4, S1=4, S2=4, R1=4, R2=4)


def test_a_clean_programme_scores_what_it_is_rated(checklist):
    s = score(checklist, rate(**ALL_FOUR))
    assert [(e.score, e.level, e.cap_reasons, e.level_range) for e in s.elements] == [(4.0, 4, (), None)] * 3
    assert (s.overall.score, s.overall.level) == (4.0, 4)


def test_a_key_item_at_0_puts_its_element_at_level_0(checklist):
    s = score(checklist, rate(**ALL_FOUR | dict(P1=0, P2=5)))
    policy = s.element("policy")
    # (0 + 5) / 2 = 2.5, but key item P1 at 0 bounds the level at 0; the score is capped with it: 0.9
    assert (policy.score_uncapped, policy.level, policy.score, policy.capped) == (2.5, 0, 0.9, True)
    assert [(c.kind, c.limit, c.item_id) for c in policy.cap_reasons] == [("key_item", 0, "P1")]


def test_a_key_item_at_3_or_more_bounds_nothing(checklist):
    s = score(checklist, rate(**ALL_FOUR | dict(P1=3, P2=5)))
    assert (s.element("policy").score, s.element("policy").level) == (4.0, 4)


def test_a_capped_element_score_stays_below_its_cap_plus_one_and_feeds_the_overall_score(checklist):
    s = score(checklist, rate(**ALL_FOUR | dict(R1=2, R2=5)))
    records = s.element("records")
    # records (2 + 5) / 2 = 3.5, held at level 2 by key item R1 -> reported score 2.9 (< 2 + 1)
    assert (records.score_uncapped, records.level, records.score) == (3.5, 2, 2.9)
    assert records.score < records.level + 1
    # overall (4.0 * 1 + 4.0 * 2 + 2.9 * 1) / 4 = 3.725 -> 3.7, level 3 (model 1 used 3.5: 3.875 -> 3.9)
    assert (s.overall.score, s.overall.level) == (3.7, 3)


def test_2_95_is_level_2(checklist):
    heavy = parse_checklist(checklist.text.replace("weight = 2.0\nkey = true", "weight = 19.0\nkey = true"))
    s = score(heavy, rate(**ALL_FOUR | dict(S1=3, S2=2)))
    screening = s.element("screening")
    # (19 * 3 + 1 * 2) / 20 = 2.95: the level is the whole part of the unrounded score, shown truncated
    assert (screening.level, screening.score) == (2, 2.9)
    assert truncate(2.95) == 2.9 and truncate(3.0) == 3.0


def test_an_overall_score_of_2_95_is_level_2(checklist):
    s = score(checklist, rate(P1=2, P2=5, S1=3, S2=3, R1=2, R2=5))
    # policy 2.9 (capped), screening 3.0, records 2.9 (capped): (2.9 + 2 * 3.0 + 2.9) / 4 = 2.95
    assert [e.score for e in s.elements] == [2.9, 3.0, 2.9]
    assert (s.overall.level, s.overall.score, s.overall.score_uncapped) == (2, 2.9, 2.9)


def test_a_4_with_only_a_policy_document_counts_as_3(checklist):
    s = score(checklist, rate(**ALL_FOUR), evidence={"P2": (DOC,)})
    p2 = s.items["P2"]
    assert (p2.rated, p2.effective, p2.unevidenced) == (4, 3, True)
    assert [c.kind for c in p2.caps] == ["no_current_record"]


def test_a_3_needs_a_document(checklist):
    s = score(checklist, rate(**ALL_FOUR | dict(P2=3)), evidence={"P2": (RECORD,)})
    assert (s.items["P2"].effective, [c.kind for c in s.items["P2"].caps]) == (2, ["no_document"])
    # a file whose kind was never stated (added before model 2) counts as a document, never as a record
    s = score(checklist, rate(**ALL_FOUR | dict(P2=5)), evidence={"P2": (EvidenceFact(None, "2025-03-01"),)})
    assert s.items["P2"].effective == 3


def test_records_and_audits_support_4_and_5_only_within_the_window(checklist):
    stale = EvidenceFact("record", "2024-11-30")
    later = EvidenceFact("audit", "2026-02-01")
    audit = EvidenceFact("audit", "2025-12-31")
    s = score(checklist, rate(**ALL_FOUR | dict(P2=5, S2=5, R2=4)),
              evidence={"P2": (DOC, stale), "S2": (DOC, later), "R2": (DOC, audit)})
    assert (s.items["P2"].effective, s.items["P2"].stale) == (3, 1)
    assert (s.items["S2"].effective, s.items["S2"].stale) == (3, 0)
    assert s.items["R2"].effective == 4
    assert WINDOW.status("2024-11-30") == "stale" and WINDOW.status(None) == "undated"


def test_the_window_is_the_period_or_the_look_back_whichever_reaches_further():
    assert evidence_window("2025-01-01", "2025-12-31", date(2026, 3, 1)) == Window(date(2024, 12, 31), date(2025, 12, 31))
    assert evidence_window("2023-01-01", "2025-12-31", date(2026, 3, 1)) == Window(date(2023, 1, 1), date(2025, 12, 31))
    assert evidence_window("", "", date(2026, 3, 15)) == Window(date(2025, 3, 15), date(2026, 3, 15))
    assert evidence_window("", "2025-06-30", date(2026, 3, 15), 6) == Window(date(2024, 12, 30), date(2025, 6, 30))
    assert months_before(date(2025, 3, 31), 1) == date(2025, 2, 28)


@pytest.mark.parametrize("grade, effective", [("major", 2), ("minor", 3), ("observation", 5)])
def test_open_findings_bound_the_rating(checklist, grade, effective):
    s = score(checklist, rate(**ALL_FOUR | dict(P2=5)), findings={"P2": [grade]})
    assert s.items["P2"].effective == effective
    assert [c.kind for c in s.items["P2"].caps] == ([f"finding_{grade}"] if effective < 5 else [])


def test_one_statutory_check_exception_caps_the_item_at_2(checklist):
    # 9 of 10 pass (90 %, which model 1 accepted); the licence check is statutory: zero tolerance
    licence = CheckFacts("licence", passed_in_period=9, failed_in_period=1, exceptions=1, unraised=1)
    s = score(checklist, rate(**ALL_FOUR | dict(S1=5)), checks={"licence": licence})
    s1 = s.items["S1"]
    assert (s1.effective, s1.capped_to, [(c.kind, c.detail) for c in s1.caps]) == (2, 2, [("sample_exception", "licence")])
    # S1 is a key item: at 2 it bounds screening at 2
    assert s.element("screening").level == 2 and s.element("screening").sample_exceptions == ("S1",)


def test_a_sample_of_3_is_too_small(checklist):
    s = score(checklist, rate(**ALL_FOUR | dict(R2=5)), checks={"filing": CheckFacts("filing", passed_in_period=3)})
    r2 = s.items["R2"]
    assert (r2.effective, [(c.kind, c.detail) for c in r2.caps]) == (3, [("sample_small", "filing: 3/5")])


def test_levels_4_and_5_need_a_tested_sample(checklist):
    s = score(checklist, rate(**ALL_FOUR | dict(R2=4)), checks={"filing": CheckFacts("filing")})
    assert s.items["R2"].effective == 3
    # an ordinary check below the threshold over a big enough sample caps at 3 too; testing is never worse than
    # not testing unless the check is statutory
    s = score(checklist, rate(**ALL_FOUR | dict(R2=5)),
              checks={"filing": CheckFacts("filing", passed_in_period=8, failed_in_period=2, exceptions=2)})
    assert (s.items["R2"].effective, s.items["R2"].caps[0].kind) == (3, "sample_below")


def test_a_statutory_key_item_cannot_be_na(checklist):
    answers = rate(**ALL_FOUR) | {"S1": AnswerState(na=True), "R1": AnswerState(na=True)}
    s = score(checklist, answers)
    assert s.items["S1"].na_refused and not s.items["S1"].na and s.items["S1"].effective is None
    assert s.element("screening").provisional
    # R1 is a key item on guidance only: N/A with a justification stays allowed
    assert s.items["R1"].na and not s.element("records").provisional


def test_an_unanswered_key_item_makes_the_element_provisional_with_a_range(checklist):
    s = score(checklist, rate(**ALL_FOUR | dict(P2=2)) | {"P1": AnswerState()})
    policy = s.element("policy")
    # P2 alone: level 2; P1 at 0 would put policy at 0, P1 at 5 would make (5 + 2) / 2 = 3.5 -> 3
    assert (policy.level, policy.provisional, policy.level_range) == (2, True, (0, 3))
    assert s.overall.provisional and s.overall.level_range[0] <= s.overall.level <= s.overall.level_range[1]


def test_the_range_keeps_the_caps_an_unanswered_item_would_meet(checklist):
    s = score(checklist, rate(**ALL_FOUR | dict(P2=2)) | {"P1": AnswerState()}, evidence={"P1": ()})
    # with no evidence P1 could count at most 2: (2 + 2) / 2 = 2
    assert s.element("policy").level_range == (0, 2)


@pytest.mark.parametrize("name, kind", [
    ("出口管制政策声明.pdf", "document"), ("Screening procedure v3.docx", "document"),
    ("screening-log-2025.xlsx", "record"), ("培训签到表.pdf", "record"), ("2025 internal audit report.pdf", "audit"),
    ("年度合规审计报告.pdf", "audit")])
def test_evidence_kind_is_guessed_from_the_file_name(name, kind):
    from exportaudit.core.evidence_kind import guess_kind

    assert guess_kind(name) == kind


def test_covered_date_comes_from_the_name_or_else_the_modification_time(tmp_path):
    import os

    from exportaudit.core.evidence_kind import defaults_for, guess_covered_date

    assert guess_covered_date("log 2025-06-30.csv") == "2025-06-30"
    assert guess_covered_date("log_20250630.csv") == "2025-06-30"
    assert guess_covered_date("minutes 2025-06.pdf") == "2025-06-01"
    assert guess_covered_date("policy v2.pdf") is None
    path = tmp_path / "training attendance.xlsx"
    path.write_text("x")
    stamp = datetime(2025, 3, 4, 12).timestamp()
    os.utime(path, (stamp, stamp))
    assert defaults_for(path) == ("record", "2025-03-04")


def test_an_open_item_that_may_still_be_na_keeps_the_current_level_in_the_range(checklist):
    # P2 (not key) unanswered and without evidence: at 0 policy would be (4 + 0) / 2 = 2, at its best (a 2 with no
    # document) (4 + 2) / 2 = 3; marked N/A it would leave P1's 4: the range is 2 to 4
    s = score(checklist, rate(**ALL_FOUR) | {"P2": AnswerState()}, evidence={"P2": ()})
    assert (s.element("policy").level, s.element("policy").level_range) == (4, (2, 4))
