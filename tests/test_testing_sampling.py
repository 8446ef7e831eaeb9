"""Sampling: the size rule, reproducible draws from a recorded seed (redrawable by hand from the documented
algorithm), different seeds give different samples, and stratification by risk."""

import random
from dataclasses import dataclass

import pytest

from exportaudit.core.testing.sampling import (
    ALGORITHM,
    FIRST_ALGORITHM,
    SamplePlan,
    SampleSize,
    SamplingError,
    Strata,
    allocate,
    allocate_each,
    classify,
    draw_sample,
    is_listed_code,
    new_seed,
)

DESTINATIONS = ["德国", "越南", "伊朗", "美国", "日本"]


@dataclass(frozen=True)
class Row:
    seq: int
    order_date: str | None
    customer: str
    destination: str
    control_code: str


def population(n: int = 500) -> list[Row]:
    out = []
    for i in range(1, n + 1):
        month = 1 + (i * 7) % 12
        customer = f"客户{i % 40:02d}" if i < n - 20 else f"新客户{i}"  # the last 20 orders: customers seen once
        code = "2B001" if i % 10 == 0 else ("EAR99" if i % 10 == 1 else ("无" if i % 10 == 2 else ""))
        out.append(Row(i, f"2026-{month:02d}-{1 + i % 28:02d}" if i < n - 20 else "2026-12-20", customer,
                     DESTINATIONS[i % 5], code))
    return out


def test_size_rule():
    rule = SampleSize()  # 10 % or 25, whichever is smaller
    assert [rule.size_for(n) for n in (0, 1, 3, 100, 101, 250, 251, 1000, 100_000)] == [0, 1, 1, 10, 11, 25, 25, 25, 25]
    larger = SampleSize(max_count=25, percent=10, combine="larger")
    assert [larger.size_for(n) for n in (10, 100, 1000)] == [10, 25, 100]
    assert SampleSize(count=30).size_for(1000) == 30 and SampleSize(count=30).size_for(12) == 12
    assert SampleSize(max_count=None, percent=5, minimum=10).size_for(60) == 10
    assert SampleSize().describe().en == "rule: 10 % or 25, whichever is smaller"
    assert SampleSize(count=7).describe().zh == "固定样本量 7"


@pytest.mark.parametrize("kwargs, message", [
    ({"count": 0}, "at least 1"), ({"count": None, "max_count": None, "percent": None}, "Give a sample size"),
    ({"percent": 0}, "Percentage"), ({"percent": 120}, "Percentage"), ({"combine": "mean"}, "Unknown rule"),
    ({"max_count": 0}, "Maximum count"),
])
def test_bad_size_rules(kwargs, message):
    with pytest.raises(SamplingError, match=message):
        SampleSize(**kwargs)


def test_same_seed_same_sample_and_different_seeds_differ():
    orders = population()
    plan = SamplePlan(SampleSize(count=25))
    first = draw_sample(orders, plan, 20260305)
    again = draw_sample(list(reversed(orders)), SamplePlan.from_json(plan.to_json()), 20260305)
    assert first.picks == again.picks and first.size == 25 and first.seed == 20260305
    others = {tuple(draw_sample(orders, plan, seed).seqs) for seed in range(1, 11)}
    assert len(others) == 10 and tuple(first.seqs) not in others
    assert first.seqs == sorted(first.seqs) and first.algorithm == ALGORITHM


def test_a_reviewer_can_redraw_it_by_hand_from_the_documented_algorithm():
    orders = population(300)
    drawn = draw_sample(orders, SamplePlan(SampleSize()), 424242)
    rng = random.Random(424242)
    keys = [(rng.random(), o.seq) for o in sorted(orders, key=lambda o: o.seq)]  # one key per order, list order
    n = min(25, -(-300 * 10 // 100))
    assert drawn.seqs == sorted(seq for _key, seq in sorted(keys)[:n])


def test_fresh_seed_is_recorded():
    drawn = draw_sample(population(50), SamplePlan())
    assert 100_000_000 <= drawn.seed < 1_000_000_000
    assert draw_sample(population(50), SamplePlan(), drawn.seed).picks == drawn.picks
    assert new_seed() != new_seed() or new_seed() != new_seed()


def test_stratified_sample_covers_every_risk_stratum():
    orders = population()
    strata = Strata(high_risk_destinations=frozenset({"伊朗"}), listed_codes=True, new_customers=True,
                    new_since="2026-12-01", min_per_stratum=3)
    plan = SamplePlan(SampleSize(count=20), strata)
    drawn = draw_sample(orders, plan, 99)
    kinds = dict(zip((o.seq for o in orders), classify(orders, strata, per_destination=True), strict=True))
    # 伊朗 = every 5th order; 2B001 = every 10th (EAR99 and 无 are "not listed"); new = orders 480-500, each a
    # customer first seen on 2026-12-20, less those already in an earlier stratum
    assert drawn.strata_population == {"high_risk_destination:伊朗": 100, "listed_code": 50, "new_customer": 14,
                                       "other": 336}
    assert sum(drawn.strata_sample.values()) == 20
    assert all(drawn.strata_sample[s] >= 3 for s in ("high_risk_destination:伊朗", "listed_code", "new_customer"))
    assert all(kinds[seq] == stratum for seq, stratum in drawn.picks)
    assert draw_sample(orders, SamplePlan.from_json(plan.to_json()), 99).picks == drawn.picks
    text = drawn.describe()
    assert "Stratified random sample of 20 from 500 orders" in text.en and "seed 99" in text.en
    assert "high-risk destinations (伊朗)" in text.en and "分层随机抽样" in text.zh and "随机种子 99" in text.zh


def test_strata_membership_rules():
    orders = [Row(1, "2026-01-05", "Old Co", "Iran", "3A001"), Row(2, "2026-06-01", "Old Co", "Germany", "EAR99"),
              Row(3, "2026-06-02", "ＮＥＷ  co", "Germany", "无"), Row(4, "2026-06-03", "new co", "germany", ""),
              Row(5, None, "Hand Picked", "Viet Nam", "1C001"), Row(6, "2026-07-01", "Other", "IRAN", "")]
    strata = Strata(high_risk_destinations=frozenset({"iran"}), code_patterns=("3A*", "1c*"), new_customers=True,
                    new_since="2026-06-01", flagged_customers=frozenset({"hand picked"}))
    assert classify(orders, strata) == ["high_risk_destination", "other", "new_customer", "new_customer",
                                        "listed_code", "high_risk_destination"]
    assert [is_listed_code(c) for c in ("3A001", "EAR99", "无", "", " n/a ", "2B350")] == [True, False, False, False,
                                                                                            False, True]
    with pytest.raises(SamplingError, match="New customers need a date"):
        classify(orders, Strata(new_customers=True))


def test_allocation_minimum_then_proportional():
    assert allocate(10, {"high_risk_destination": 1, "listed_code": 40, "other": 1000}, 2) == {
        "high_risk_destination": 1, "listed_code": 2, "other": 7}
    assert allocate(3, {"high_risk_destination": 5, "listed_code": 5, "new_customer": 5, "other": 5}, 2) == {
        "high_risk_destination": 2, "listed_code": 1}
    assert allocate(7, {"all": 100}, 0) == {"all": 7}
    assert sum(allocate(25, {"high_risk_destination": 30, "listed_code": 30, "other": 30}, 2).values()) == 25


def russia_and_iran() -> list[Row]:
    """Twelve orders: ten to Russia, two to Iran (orders 4 and 9)."""
    return [Row(i, "2026-03-01", f"Customer {i}", "Iran" if i in (4, 9) else "Russia", "") for i in range(1, 13)]


def test_each_ticked_destination_is_its_own_stratum_worked_by_hand():
    """Russia (10 orders) and Iran (2) ticked, a sample of 3: Iran is sure to appear.

    By the documented rule: both strata get one order each (2 of 3), then Iran, the first stratum in
    alphabetical order still below its minimum of 2, gets the third. Within each stratum the smallest keys win.
    """
    orders = russia_and_iran()
    plan = SamplePlan(SampleSize(count=3), Strata(high_risk_destinations=frozenset({"Russia", "Iran"})))
    seed = 4
    rng = random.Random(seed)
    keys = {o.seq: rng.random() for o in orders}  # one key per order, in list order
    iran = sorted((keys[s], s) for s in (4, 9))[:2]
    russia = sorted((keys[s], s) for s in keys if s not in (4, 9))[:1]
    expected = sorted([(s, "high_risk_destination:Iran") for _k, s in iran]
                      + [(s, "high_risk_destination:Russia") for _k, s in russia])
    for seed_tried in range(1, 31):  # whatever the seed, Iran is in the sample
        drawn = draw_sample(orders, plan, seed_tried)
        assert drawn.strata_sample == {"high_risk_destination:Iran": 2, "high_risk_destination:Russia": 1}
    assert list(draw_sample(orders, plan, seed).picks) == expected
    assert draw_sample(orders, plan, seed).algorithm == ALGORITHM == "random-keys-2"


def test_samples_drawn_with_the_first_method_redraw_on_it():
    """An old sample's plan says "random-keys-1": it is redrawn with one destination stratum, as it was drawn
    (with this seed the old method took Russia 3, Iran 0: the reason for the new method)."""
    orders = russia_and_iran()
    old_json = ('{"algorithm": "random-keys-1", "size": {"combine": "smaller", "count": 3, "max_count": 25, '
                '"minimum": 1, "percent": 10.0}, "strata": {"code_patterns": [], "flagged_customers": [], '
                '"high_risk_destinations": ["Iran", "Russia"], "listed_codes": false, "min_per_stratum": 2, '
                '"new_customers": false, "new_since": null}}')
    old = SamplePlan.from_json(old_json)
    assert old.algorithm == FIRST_ALGORITHM and old.to_json() == SamplePlan.from_json(old.to_json()).to_json()
    rng = random.Random(3)
    keys = sorted((rng.random(), o.seq) for o in orders)
    drawn = draw_sample(orders, old, 3)
    assert drawn.strata_sample == {"high_risk_destination": 3}
    assert drawn.picks == tuple(sorted((s, "high_risk_destination") for _k, s in keys[:3]))
    assert not {4, 9} & set(drawn.seqs)
    assert drawn.algorithm == FIRST_ALGORITHM and "random-keys-1" in drawn.describe().en
    assert 9 in draw_sample(orders, SamplePlan(old.size, old.strata), 3).seqs  # the new method: Iran drawn
    with pytest.raises(SamplingError, match="Unknown sampling method 'random-keys-9'"):
        SamplePlan.from_json(old_json.replace("random-keys-1", "random-keys-9"))


def test_allocation_one_from_every_stratum_first():
    sizes = {"high_risk_destination:Russia": 500, "high_risk_destination:Iran": 3, "listed_code": 40, "other": 1000}
    # room for fewer than the strata: risky ones first, alphabetically among destinations
    assert allocate_each(2, sizes, 2) == {"high_risk_destination:Iran": 1, "high_risk_destination:Russia": 1}
    # one each (4), top risky strata up to 2 (3 more), the last 3 in proportion to what is left (largest remainder)
    assert allocate_each(10, sizes, 2) == {"high_risk_destination:Iran": 2, "high_risk_destination:Russia": 3,
                                           "listed_code": 2, "other": 3}
    assert allocate_each(7, {"all": 100}, 0) == {"all": 7}
    assert sum(allocate_each(25, sizes, 5).values()) == 25


def test_errors():
    with pytest.raises(SamplingError, match="no orders"):
        draw_sample([], SamplePlan(), 1)
    with pytest.raises(SamplingError, match="Seed"):
        draw_sample(population(5), SamplePlan(), -1)
    with pytest.raises(SamplingError, match="Seed"):
        draw_sample(population(5), SamplePlan(), "42")
