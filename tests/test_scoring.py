"""Scoring cases worked out by hand on the mini checklist (docs/scoring.md walks through case A).

Mini checklist: policy (weight 1): P1 key w1, P2 w1, P3 w2 large firms only;
screening (weight 2): S1 key w2, S2 w1, S3 w1 agents only; records (weight 1): R1 key w1, R2 w1.
Target profile 'basic': policy 3, screening 4, records 3.
"""

import pytest

from exportaudit.core.scoring import AnswerState, round_half_up, score_assessment


def rate(**levels):
    return {k: AnswerState(level=v) for k, v in levels.items()}


def score(checklist, answers, evidence=(), operator_type="exporter", size="small", caps=None):
    return score_assessment(checklist, answers, {i: 1 for i in evidence}, operator_type=operator_type, size=size,
                            profile=checklist.profile("basic"), item_caps=caps)


def test_case_a_gate_cap_weights_and_targets(mini_checklist):
    s = score(mini_checklist, rate(P1=4, P2=3, S1=5, S2=4, R1=2, R2=5), evidence=["P1", "S2", "R2"])
    policy, screening, records = s.elements
    # policy: (4 + 3) / 2 = 3.5 -> level 3, target 3, no gap
    assert (policy.score, policy.level, policy.target, policy.gap, policy.capped) == (3.5, 3, 3, 0, False)
    # screening: S1's 5 has no evidence and counts as 3: (2*3 + 1*4) / 3 = 3.33 -> 3.3, level 3, gap 1
    assert (screening.score, screening.level, screening.gap, screening.unevidenced) == (3.3, 3, 1, 1)
    assert s.items["S1"].unevidenced and s.items["S1"].effective == 3 and s.items["S1"].rated == 5
    # records: (2 + 5) / 2 = 3.5, but key item R1 is below 3: capped at level 2, gap 1
    assert (records.score, records.level, records.capped, records.weak_key_items, records.gap) == (3.5, 2, True, ("R1",), 1)
    # overall: (3.5*1 + 3.3*2 + 3.5*1) / 4 = 3.4 -> level 3 (weakest 2 + 1 = 3, so no cap)
    assert (s.overall.score, s.overall.level, s.overall.capped) == (3.4, 3, False)
    assert s.overall.coverage == 1.0 and not s.overall.provisional
    assert s.unevidenced_items == ["S1"]


def test_overall_level_is_capped_at_weakest_element_plus_one(mini_checklist):
    s = score(mini_checklist, rate(P1=5, P2=5, S1=5, S2=5, R1=1, R2=1), evidence=["P1", "P2", "S1", "S2"])
    assert [e.level for e in s.elements] == [5, 5, 1]
    # (5 + 5*2 + 1) / 4 = 4.0 -> level 4, held at 1 + 1 = 2
    assert (s.overall.score, s.overall.level, s.overall.capped) == (4.0, 2, True)


def test_evidence_gate_leaves_ratings_up_to_3_alone(mini_checklist):
    s = score(mini_checklist, rate(P1=3, P2=4))
    assert s.items["P1"].effective == 3 and not s.items["P1"].unevidenced
    assert s.items["P2"].effective == 3 and s.items["P2"].unevidenced
    assert s.element("policy").score == 3.0 and s.element("policy").unevidenced == 1


def test_na_items_count_as_answered_but_not_in_the_score(mini_checklist):
    answers = rate(R1=4) | {"R2": AnswerState(na=True)}
    s = score(mini_checklist, answers, evidence=["R1"])
    records = s.element("records")
    assert (records.score, records.level, records.answered, records.applicable) == (4.0, 4, 2, 2)
    assert records.coverage == 1.0 and not records.provisional


def test_element_with_only_na_has_no_level(mini_checklist):
    answers = {"R1": AnswerState(na=True), "R2": AnswerState(na=True)}
    records = score(mini_checklist, answers).element("records")
    assert (records.score, records.level, records.gap, records.coverage) == (None, None, None, 1.0)


def test_unanswered_items_lower_coverage_and_make_levels_provisional(mini_checklist):
    s = score(mini_checklist, rate(P1=3, S1=3, S2=3, R1=3))
    assert s.element("policy").coverage == 0.5 and s.element("policy").provisional
    assert s.element("screening").coverage == 1.0 and not s.element("screening").provisional
    assert (s.overall.answered, s.overall.applicable) == (4, 6)
    assert s.overall.provisional and s.overall.coverage == pytest.approx(4 / 6)
    # Unanswered items are left out: policy scores on P1 alone.
    assert s.element("policy").score == 3.0


def test_nothing_answered_gives_no_score(mini_checklist):
    s = score(mini_checklist, {})
    assert s.overall.score is None and s.overall.level is None and s.overall.coverage == 0
    assert all(e.level is None and e.gap is None for e in s.elements)


def test_item_weights_change_the_element_score(mini_checklist):
    # Large firm: P3 (weight 2) applies. (1*1 + 1*1 + 2*4) / 4 = 2.5
    s = score(mini_checklist, rate(P1=1, P2=1, P3=4), evidence=["P3"], size="large")
    assert s.element("policy").score == 2.5 and s.element("policy").applicable == 3


def test_applicability_follows_operator_type_and_size(mini_checklist):
    small_exporter = score(mini_checklist, {})
    large_agent = score(mini_checklist, {}, operator_type="agent", size="large")
    assert small_exporter.overall.applicable == 6
    assert large_agent.overall.applicable == 8
    assert "S3" not in small_exporter.items and "S3" in large_agent.items


def test_a_key_item_at_3_does_not_cap(mini_checklist):
    s = score(mini_checklist, rate(R1=3, R2=5), evidence=["R2"])
    assert s.element("records").level == 4 and not s.element("records").capped


def test_external_item_cap_lowers_an_item(mini_checklist):
    s = score(mini_checklist, rate(S1=5, S2=5), evidence=["S1", "S2"], caps={"S1": 3})
    assert s.items["S1"].effective == 3 and s.items["S1"].capped_to == 3
    assert s.element("screening").score == round_half_up((2 * 3 + 5) / 3)


def test_no_target_profile_means_no_gap(mini_checklist):
    s = score_assessment(mini_checklist, rate(P1=3, P2=3), {}, operator_type="exporter", size="small")
    assert s.element("policy").target is None and s.element("policy").gap is None


@pytest.mark.parametrize("value, expected", [(2.25, 2.3), (2.45, 2.5), (3.333, 3.3), (2.95, 3.0), (1.04999, 1.0)])
def test_rounding_is_half_up_as_on_paper(value, expected):
    assert round_half_up(value) == expected
