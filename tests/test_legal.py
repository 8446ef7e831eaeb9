"""Legal basis references read naturally in Chinese and stay as cited in English."""

import pytest

from exportaudit.core.legal import chinese_number, render, render_all


@pytest.mark.parametrize("n, zh", [(1, "一"), (10, "十"), (11, "十一"), (15, "十五"), (20, "二十"), (29, "二十九"),
                                   (100, "一百"), (103, "一百零三"), (110, "一百一十"), (235, "二百三十五")])
def test_chinese_numbers(n, zh):
    assert chinese_number(n) == zh


def test_references_in_each_language():
    assert render("ECL 2020 Art. 15", "zh") == "《出口管制法》第十五条"
    assert render("DUR 2024 Art. 16", "zh") == "《两用物项出口管制条例》第十六条"
    assert render("ECL 2020 Art. 15", "en") == "ECL 2020 Art. 15"
    assert render("ECL 2020 Art. 15", "both") == "《出口管制法》第十五条 / ECL 2020 Art. 15"
    assert render("MOFCOM 2021 Guidance", "zh").startswith("商务部 2021 年")
    assert render("Some other rule §3", "zh") == "Some other rule §3"  # shown as written
    assert render_all(["ECL 2020 Art. 12", "DUR 2024 Art. 29"], "zh") == "《出口管制法》第十二条; 《两用物项出口管制条例》第二十九条"


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
    store.set_rating(aid, "P1", 3)
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
    assert mini_checklist.item("P1").is_statutory
