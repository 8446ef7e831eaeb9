"""Legal basis references read naturally in both languages, down to the paragraph and item, and only real ones pass."""

import pytest

from exportaudit.core.legal import chinese_number, problem, render, render_all


@pytest.mark.parametrize("n, zh", [(1, "一"), (10, "十"), (11, "十一"), (15, "十五"), (20, "二十"), (29, "二十九"),
                                   (100, "一百"), (103, "一百零三"), (110, "一百一十"), (235, "二百三十五")])
def test_chinese_numbers(n, zh):
    assert chinese_number(n) == zh


def test_references_in_each_language():
    assert render("ECL 2020 Art. 15", "zh") == "《出口管制法》第十五条"
    assert render("DUR 2024 Art. 16", "zh") == "《两用物项出口管制条例》第十六条"
    assert render("ECL 2020 Art. 15", "en") == "Export Control Law, Art. 15"
    assert render("ECL 2020 Art. 15", "both") == "《出口管制法》第十五条 / Export Control Law, Art. 15"
    assert render("MOFCOM 2021 Guidance", "zh").startswith("商务部公告2021年第10号")
    assert render("Some other rule §3", "zh") == "Some other rule §3"  # shown as written
    assert (render_all(["ECL 2020 Art. 12", "DUR 2024 Art. 29"], "zh")
            == "《出口管制法》第十二条；《两用物项出口管制条例》第二十九条")


def test_every_reference_in_the_bundled_checklists_renders_in_chinese():
    from exportaudit.core.catalogue import available_checklists

    checklists, _ = available_checklists()
    refs = {r for c in checklists for i in c.items for r in i.legal_basis}
    assert refs and all(render(r, "zh") != r for r in refs), sorted(r for r in refs if render(r, "zh") == r)


def test_chinese_report_cites_the_law_in_chinese(mini_assessment, tmp_path):
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    from exportaudit.core.session import AssessmentSession
    from exportaudit.reports import build_report

    store, aid = mini_assessment
    store.answers.rate(aid, "P1", 3)
    pdf = build_report(AssessmentSession(store, aid), "pdf", tmp_path / "zh.pdf", language="zh")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "《出口管制法》第十五条" in text and "ECL 2020 Art. 15" not in text


def test_statutory_references_are_the_law_and_the_regulations_not_the_guidance(mini_checklist):
    from exportaudit.core.legal import is_penalty_reference, is_statutory_reference

    assert is_statutory_reference("ECL 2020 Art. 12") and is_statutory_reference("DUR 2024 Art. 14")
    assert is_statutory_reference("DUR 2024")
    assert not is_statutory_reference("MOFCOM 2021 Guidance") and not is_statutory_reference("MOFCOM 2021 Guidance §4")
    assert not is_statutory_reference("ISO 37301") and not is_statutory_reference("")
    assert is_penalty_reference("ECL 2020 Art. 34") and is_penalty_reference("DUR 2024 Art. 40")
    assert not is_penalty_reference("ECL 2020 Art. 12") and not is_penalty_reference("MOFCOM 2021 Guidance")
    assert is_penalty_reference("DUR 2024 Art. 40(1)") and not is_penalty_reference("DUR 2024 Art. 18(1)")
    assert mini_checklist.item("P1").is_statutory


@pytest.mark.parametrize("reference, zh, en", [
    ("ECL 2020 Art. 12(3)", "《出口管制法》第十二条第三款", "Export Control Law, Art. 12(3)"),
    ("DUR 2024 Art. 16(2)(1)", "《两用物项出口管制条例》第十六条第二款第（一）项",
     "Dual-use Items Export Control Regulations, Art. 16(2)(1)"),
    ("DUR 2024 Art. 26(2)", "《两用物项出口管制条例》第二十六条第二款", "Dual-use Items Export Control Regulations, Art. 26(2)"),
    # an article of one paragraph: the item is named without 第一款, as Chinese citations do
    ("DUR 2024 Art. 25(1)(2)", "《两用物项出口管制条例》第二十五条第（二）项",
     "Dual-use Items Export Control Regulations, Art. 25(1)(2)"),
])
def test_paragraph_and_item_references(reference, zh, en):
    assert render(reference, "zh") == zh and render(reference, "en") == en and problem(reference) is None


@pytest.mark.parametrize("reference, message", [
    ("ECL 2020 Art. 50", "ECL 2020 has no Article 50 (it has Articles 1 to 49)"),
    ("DUR 2024 Art. 51", "has no Article 51"),
    ("ECL 2020 Art. 12(5)", "Art. 12 has 4 paragraphs, not a paragraph 5"),
    ("DUR 2024 Art. 35(2)", "Art. 35 has one paragraph, not a paragraph 2"),
    ("DUR 2024 Art. 16(2)(4)", "Art. 16(2) has 3 numbered items, not an item 4"),
    ("DUR 2024 Art. 18(1)(1)", "Art. 18(1) has no numbered items"),
    ("MOFCOM 2021 Guidance", "is guidance, not a statute"),
    ("Art. 12 ECL", "is not a statute reference"),
])
def test_references_that_do_not_exist_are_refused(reference, message):
    assert message in (problem(reference) or "")
