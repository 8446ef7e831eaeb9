"""Everyday details of the core: pass rates rounded as people expect, the history's values in words."""

from exportaudit.core.history_text import value_text
from exportaudit.core.testing.results import rounded_percent


def test_pass_rates_round_half_up_but_never_up_to_a_mark_they_miss():
    assert rounded_percent(2 / 3) == 67 and rounded_percent(1 / 3) == 33 and rounded_percent(0.5) == 50
    assert rounded_percent(199 / 200) == 99  # one failure is never shown as 100 %
    assert rounded_percent(179 / 200) == 90 and rounded_percent(179 / 200, threshold=0.9) == 89
    assert rounded_percent(2 / 3, 1) == 66.7


def test_history_values_are_words_in_both_languages():
    assert value_text("finding", "created", "minor: Policy unsigned", "zh") == "一般不符合项: Policy unsigned"
    assert value_text("red_flag", "answer", "absent × 30", "en") == "Not present × 30"
    assert value_text("red_flag", "answer", "absent × 30", "zh") == "未出现 × 30"
    assert value_text("test_result", "result", "fail", "zh") == "未通过"
    assert value_text("order_list", "imported", "ERP 2026: 40 orders, 1 rows refused", "zh") == (
        "ERP 2026：40 条订单，1 行未能读取")
    assert value_text("sample", "drawn", "5 of 40 from 'ERP 2026', seed 7", "zh") == (
        "从“ERP 2026”的 40 条订单中抽取 5 条，种子 7")
    assert value_text("response", "note", "minor: my own words", "zh") == "minor: my own words"  # typed text
    assert value_text("response", "na", "true", "zh") == "是" and value_text("response", "level", None, "en") == "—"
