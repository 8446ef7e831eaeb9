"""The proposed overall conclusion: the rule from scores, open findings and (optionally) statutory duties."""

import pytest

from exportaudit.core.opinion import propose_opinion


@pytest.mark.parametrize(("level", "kwargs", "expected"), [
    (None, {}, "not_effective"),
    (1, {}, "not_effective"),
    (2, {}, "partially_effective"),
    (3, {}, "effective_improvements"),
    (4, {}, "effective"),
    (5, {"open_minor": 1}, "effective_improvements"),
    (4, {"open_major": 1}, "partially_effective"),
    (4, {"open_major": 3}, "not_effective"),
    (4, {"duty_statuses": {"licence": "partly_met", "records": "met"}}, "partially_effective"),
    (5, {"duty_statuses": {"records": "not_met"}}, "not_effective"),
    (4, {"duty_statuses": {"records": "met"}}, "effective"),
])
def test_the_proposal_follows_the_strictest_reason(level, kwargs, expected):
    assert propose_opinion(level, **kwargs).key == expected


def test_reasons_come_strictest_first_in_both_languages():
    opinion = propose_opinion(3, open_major=1, open_minor=2)
    assert opinion.key == "partially_effective"
    assert [r.en for r in opinion.reasons] == ["1 major nonconformity is still open.",
                                               "The overall maturity is level 3.", "2 minor nonconformities are still open."]
    assert opinion.reasons[0].zh == "有 1 项严重不符合项尚未关闭。" and opinion.label.zh == "部分有效"
