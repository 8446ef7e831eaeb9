"""The small test checklist as text, the transaction-testing table tests add to it, and the problems a checklist
text is refused with: shared so the loader, testing, store and report tests all read the same fixture."""

from pathlib import Path

import pytest

from exportaudit.core.checklist_loader import ChecklistError, parse_checklist

DATA = Path(__file__).resolve().parent.parent / "data"
MINI = (DATA / "mini.toml").read_text(encoding="utf-8")  # three elements, eight items, profile 'basic'

# Three checks over the mini checklist: screening (S1, S2), the red-flag review (S2) and records (R1, with guidance).
TESTING = """
[transaction_testing]
threshold = 0.9

[[transaction_testing.checks]]
id = "screening"
label = { zh = "签约前已筛查", en = "Screened before contract" }
items = ["S1", "S2"]

[[transaction_testing.checks]]
id = "red-flags"
label = { zh = "警示信号已审查", en = "Red flags reviewed" }
items = ["S2"]
red_flags = true

[[transaction_testing.checks]]
id = "records"
label = { zh = "档案可调取", en = "Records retrievable" }
guidance = { zh = "能调取", en = "Retrievable" }
items = ["R1"]
"""


def checklist_problems(text: str, file: str = "broken.toml") -> list[str]:
    """Every problem ``text`` is refused with (the test fails when it is accepted)."""
    with pytest.raises(ChecklistError) as info:
        parse_checklist(text, file)
    return [str(p) for p in info.value.problems]
