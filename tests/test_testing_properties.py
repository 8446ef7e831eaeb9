"""Properties: value parsers fail only with ValueError, header detection never crashes on odd grids, and a
sample is always a reproducible subset of the right size with consistent strata."""

import csv
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exportaudit.core.testing.orders import open_table, parse_amount, parse_date
from exportaudit.core.testing.redflags import RedFlagError, parse_red_flags, red_flags_dir
from exportaudit.core.testing.sampling import SamplePlan, SampleSize, Strata, classify, draw_sample

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
cell_text = st.text(alphabet=st.sampled_from(list("0123456789-/.,年月日 ¥$€()万ADFMaceijnorstuv订单号日期客户") + ["\u3000"]),
                    max_size=14)


@FAST
@given(cell_text)
def test_date_parser_fails_only_with_valueerror(text):
    try:
        parse_date(text)
    except ValueError:
        pass


@FAST
@given(cell_text)
def test_amount_parser_fails_only_with_valueerror(text):
    try:
        amount, currency = parse_amount(text)
        assert amount is None or amount == amount
        assert isinstance(currency, str)
    except ValueError:
        pass


@FAST
@given(st.lists(st.lists(cell_text, min_size=0, max_size=6), min_size=0, max_size=8))
def test_header_detection_never_crashes(tmp_path_factory, grid):
    path = tmp_path_factory.mktemp("grid") / "orders_grid.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(grid)
    table = open_table(path)
    assert len(table.headers) == len(set(table.headers))
    assert table.data_start >= 1 and all(n >= table.data_start for n, _ in table.preview)


@dataclass(frozen=True)
class Row:
    seq: int
    order_date: str | None
    customer: str
    destination: str
    control_code: str


orders_strategy = st.lists(st.tuples(st.sampled_from(["2025-06-01", "2026-02-01", None]), st.sampled_from("ABCDE"),
                                     st.sampled_from(["伊朗", "德国", "越南"]), st.sampled_from(["", "2B001", "无"])),
                           min_size=1, max_size=120)


@FAST
@given(orders_strategy, st.integers(0, 2**63 - 1), st.integers(1, 40), st.booleans(), st.integers(0, 4))
def test_sample_invariants(raw, seed, count, stratified, minimum):
    orders = [Row(i, *r) for i, r in enumerate(raw, start=1)]
    strata = Strata(frozenset({"伊朗", "越南"}), True, (), True, "2026-01-01", frozenset(), minimum) if stratified \
        else None
    plan = SamplePlan(SampleSize(count=count), strata)
    drawn = draw_sample(orders, plan, seed)
    assert drawn.size == min(count, len(orders))
    assert len(set(drawn.seqs)) == drawn.size and set(drawn.seqs) <= {o.seq for o in orders}
    assert drawn.picks == draw_sample(list(reversed(orders)), SamplePlan.from_json(plan.to_json()), seed).picks
    kinds = dict(zip((o.seq for o in orders), classify(orders, strata, per_destination=True), strict=True))
    assert all(kinds[seq] == s for seq, s in drawn.picks)
    assert sum(drawn.strata_sample.values()) == drawn.size
    for stratum, k in drawn.strata_sample.items():
        assert k <= drawn.strata_population[stratum]
    if drawn.size >= len(drawn.strata_population):  # room for one from each: every stratum is drawn from
        assert set(drawn.strata_sample) == set(drawn.strata_population)
    if stratified:
        risky = [s for s in drawn.strata_population if s != "other"]
        if drawn.size >= len(risky) * max(minimum, 1) + 1:
            for stratum in risky:
                assert drawn.strata_sample[stratum] >= min(minimum, drawn.strata_population[stratum])


BUNDLED_FLAGS = (red_flags_dir() / "red-flags.toml").read_text(encoding="utf-8").splitlines()


@FAST
@given(st.lists(st.tuples(st.integers(0, len(BUNDLED_FLAGS) - 1), st.sampled_from(["drop", "dup", "blank", "cut"])),
                min_size=1, max_size=4))
def test_red_flag_loader_refuses_mangled_files_cleanly(edits):
    lines = list(BUNDLED_FLAGS)
    for index, kind in edits:
        index %= len(lines)
        if kind == "drop":
            del lines[index]
        elif kind == "dup":
            lines.insert(index, lines[index])
        elif kind == "blank":
            lines[index] = lines[index].split("=")[0] + "= \"\"" if "=" in lines[index] else ""
        else:
            lines[index] = lines[index][: len(lines[index]) // 2]
        if not lines:
            lines = [""]
    try:
        flags = parse_red_flags("\n".join(lines), "mangled.toml")
        assert flags.flags
    except RedFlagError as exc:
        assert exc.problems and all(str(p).startswith("mangled.toml") for p in exc.problems)
