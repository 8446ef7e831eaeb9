"""A re-audit's suggested title moves the baseline's year on instead of appending to an outdated title."""

from exportaudit.ui.controllers.reaudit_dialog import next_title


def test_the_year_in_the_title_moves_on():
    assert next_title("2026 年度出口管制内部合规自评估 / 2026 ICP self-assessment", 2026, 2027) == \
        "2027 年度出口管制内部合规自评估 / 2027 ICP self-assessment"


def test_other_numbers_and_titles_without_the_year_stay():
    assert next_title("Audit 12026 of plant 2026b", 2026, 2027) == "Audit 12026 of plant 2027b"
    assert next_title("Annual self-check", 2026, 2027) == "Annual self-check"
