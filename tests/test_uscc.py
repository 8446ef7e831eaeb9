"""The unified social credit code check (GB 32100-2015) catches typos in a client's code."""

import pytest

from exportaudit.core.uscc import check_character, uscc_problem


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91320594MA1Q8R2L7E", "91320594ma1q8r2l7e "])
def test_valid_codes(code):
    assert uscc_problem(code) is None


@pytest.mark.parametrize("code, kind", [("91350100M000100Y44", "check"), ("9135010", "length"),
                                        ("91350100M000100I43", "characters"), ("91350100M000100Y4O", "characters")])
def test_invalid_codes_say_why(code, kind):
    assert uscc_problem(code) == kind


def test_check_character_of_a_published_code():
    assert check_character("91350100M000100Y4") == "3"
