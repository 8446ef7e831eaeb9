"""The checklist's optional [transaction_testing] table: which items each test-card check feeds, and the
pass-rate threshold. Validated with the checklist, with line numbers."""


import pytest

from exportaudit.core.checklist_loader import load_checklist_file, parse_checklist
from exportaudit.paths import checklists_dir
from tests.helpers.checklists import MINI, TESTING, checklist_problems


def problems_of(text: str) -> list[str]:
    return checklist_problems(text, "tt.toml")


def test_table_is_optional_and_read_when_present():
    assert parse_checklist(MINI, "mini.toml").transaction_testing is None
    tt = parse_checklist(MINI + TESTING, "mini.toml").transaction_testing
    assert tt.threshold == 0.9 and [c.id for c in tt.checks] == ["screening", "red-flags", "records"]
    assert tt.check("screening").items == ("S1", "S2") and tt.check("screening").label.en == "Screened before contract"
    assert tt.red_flag_check.id == "red-flags" and tt.check("records").guidance.zh == "能调取"
    assert [c.id for c in tt.checks_for_item("S2")] == ["screening", "red-flags"]
    assert tt.tested_items == ["S1", "S2", "R1"] and tt.has_check("records") and not tt.has_check("x")


def test_mofcom_checklist_maps_checks_to_real_screening_and_record_items():
    c = load_checklist_file(checklists_dir() / "mofcom-2021-dual-use-icp.toml")
    assert c.version == "2.0.0"
    tt = c.transaction_testing
    assert tt.threshold == 0.9 and tt.minimum_sample == 5
    assert {"classification", "screening-contract", "screening-shipment", "end-user-certificate", "licence",
            "red-flags", "post-export-report", "broker-licence-check", "records"} == {x.id for x in tt.checks}
    # the checks that test a statutory duty say so (licence, screening, end-user certificate, list match, reporting)
    assert {x.id for x in tt.checks if x.statutory} == {"screening-contract", "screening-shipment",
                                                        "end-user-certificate", "licence", "post-export-report",
                                                        "broker-licence-check"}
    assert {"SCR-11", "SCR-13"} <= set(tt.tested_items)
    assert all(c.item(i).element in ("screening", "records") for i in tt.tested_items)
    assert {"SCR-01", "SCR-04", "SCR-06", "SCR-07", "SCR-10", "REC-01", "REC-03"} <= set(tt.tested_items)
    assert tt.red_flag_check.id == "red-flags"


@pytest.mark.parametrize("old, new, needle, expected", [
    ('items = ["S1", "S2"]', 'items = ["S1", "Z9"]', 'items = ["S1", "Z9"]',
     "transaction_testing.checks[0].items: unknown item 'Z9'"),
    ("threshold = 0.9", "threshold = 90", "threshold = 90",
     "transaction_testing.threshold: bad threshold 90; expected a fraction greater than 0 and at most 1"),
    ('id = "records"', 'id = "screening"', 'id = "screening"', "transaction_testing.checks[2].id: duplicate check id"),
    ('items = ["R1"]', "items = []", "items = []", "transaction_testing.checks[2].items: expected a non-empty list"),
    ('items = ["R1"]', 'items = ["R1"]\nred_flags = true', "red_flags = true",
     "transaction_testing.checks[2].red_flags: only one check can carry the red-flag review"),
    ('label = { zh = "档案可调取", en = "Records retrievable" }', 'label = { en = "Records retrievable" }',
     'label = { en = "Records retrievable" }',
     "transaction_testing.checks[2].label.zh: missing Chinese text"),
    ("threshold = 0.9", "threshold = 0.9\nmin = 3", "min = 3", "transaction_testing.min: unknown key 'min'"),
    ('id = "records"', 'id = "Records!"', 'id = "Records!"', "transaction_testing.checks[2].id: 'Records!' is not a valid id"),
])
def test_broken_tables_are_refused_with_their_line(old, new, needle, expected):
    text = MINI + TESTING.replace(old, new, 1)
    problems = problems_of(text)
    lines = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    line = lines[-1]
    assert any(p.startswith(f"tt.toml:{line}: {expected}") for p in problems), problems


def test_missing_threshold_and_checks():
    problems = problems_of(MINI + "\n[transaction_testing]\n")
    assert any("transaction_testing.threshold: missing" in p for p in problems)
    assert any("transaction_testing.checks: missing; expected at least one [[transaction_testing.checks]]" in p
               for p in problems)
