"""The typesetting a client sees: Chinese line breaking, the outline, metadata, the draft watermark, page flow."""

import html
import re
import shutil
import subprocess

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from exportaudit.core.fingerprint import finalise
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store
from exportaudit.reports import build_report, fonts, kinsoku

poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")
FORBIDDEN_START = "，。、；：？！）」』】"


def pdf_text(path, *args) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def demo_pdfs(demo_store_template, tmp_path_factory):
    """The demo assessment's PDF in every language, plus a finalised copy and its re-audit with findings."""
    folder = tmp_path_factory.mktemp("craft")
    path = folder / "demo.exportaudit"
    shutil.copy2(demo_store_template, path)
    with open_store(path) as store:
        aid = store.assessments.latest().id
        out = {f"draft-{lang}": build_report(AssessmentSession(store, aid), "pdf", folder / f"draft-{lang}.pdf",
                                           language=lang)
               for lang in ("zh", "en", "both")}
        finalise(store, aid)
        new = store.lifecycle.reaudit(aid, "Re-audit")
        finding = store.findings.create(new, "major", "最终用户证明未逐笔核实，抽查 5 笔中 2 笔缺少签字页。",
                                       "签约前逐笔核实。", element_id="screening")
        store.actions.create(finding, "修订模板", owner="王芳", due_date="2027-02-01")
        out["final-en"] = build_report(AssessmentSession(store, aid), "pdf", folder / "final-en.pdf", language="en")
        out["final-zh"] = build_report(AssessmentSession(store, aid), "pdf", folder / "final-zh.pdf", language="zh")
        for lang in ("zh", "en", "both"):
            out[f"re-{lang}"] = build_report(AssessmentSession(store, new), "pdf", folder / f"re-{lang}.pdf",
                                             language=lang)
    return out


def test_a_line_never_starts_with_closing_punctuation_nor_runs_past_the_width():
    fonts.register()
    text = ("是否按出口许可证件的要求报告实际出口运输、运抵、安装和使用情况？"
            "许可有效期内，物项种类（包括技术）需要改变时，是否重新申请许可。")
    for width in range(60, 400, 7):
        lines = kinsoku.word_split(text, [width], fonts.CJK, 10)
        assert "".join(line for _, line in lines) == text
        for _, line in lines:
            assert line[0] not in FORBIDDEN_START, (width, line)
            assert line[-1] not in "（《“", (width, line)
            assert stringWidth(line, fonts.CJK, 10) <= width + 0.01, (width, line)


@poppler
@pytest.mark.parametrize("name", ["draft-zh", "draft-both", "re-zh", "re-both"])
def test_chinese_reports_have_no_line_starting_with_closing_punctuation(demo_pdfs, name):
    starts = [line for line in pdf_text(demo_pdfs[name]).splitlines() if line[:1] and line[0] in FORBIDDEN_START]
    assert not starts, starts[:5]


def page_images(path) -> dict[int, int]:
    """Images drawn per page (page number -> count), from ``pdfimages -list``."""
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    counts: dict[int, int] = {}
    for line in out.splitlines()[2:]:
        fields = line.split()
        if fields and fields[2] == "image":
            counts[int(fields[0])] = counts.get(int(fields[0]), 0) + 1
    return counts


@poppler
def test_the_draft_watermark_is_on_every_page_until_finalised(demo_pdfs):
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(demo_pdfs["draft-en"])],
                                                              capture_output=True, text=True).stdout)[1])
    draft = page_images(demo_pdfs["draft-en"])
    assert sorted(draft) == list(range(1, pages + 1)) and set(draft.values()) == {1}  # the demo has no logo
    assert page_images(demo_pdfs["final-en"]) == {}
    assert page_images(demo_pdfs["re-zh"])  # the re-audit is a draft again
    # the watermark is a picture, so the page text reads cleanly
    for name, word in (("draft-en", "DRAFT"), ("draft-zh", "草稿")):
        assert word not in [line.strip() for line in pdf_text(demo_pdfs[name]).splitlines()]


def outline(path) -> list[tuple[str, int]]:
    """The PDF's bookmarks as (title, page), read back with poppler's pdftohtml."""
    xml = subprocess.run(["pdftohtml", "-xml", "-stdout", "-i", "-q", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return [(html.unescape(t), int(p)) for p, t in re.findall(r'<item page="(\d+)">([^<]*)</item>', xml)]


@poppler
def test_outline_has_every_section_and_element_on_its_page_and_the_contents_list_them(demo_pdfs):
    for name, sections in (("draft-en", ["Contents", "Executive summary", "Assessment by element", "Appendix"]),
                           ("re-en", ["Findings", "Action plan", "Comparison with the baseline", "Sign-off"])):
        marks = outline(demo_pdfs[name])
        titles = [t for t, _ in marks]
        pages = pdf_text(demo_pdfs[name]).split("\f")
        for title in sections + [f"Element {n} · " for n in range(1, 13)]:  # the nine and the optional module's
            title, page = next((t, p) for t, p in marks if t.startswith(title))
            assert re.sub(r"\s+", " ", title) in re.sub(r"\s+", " ", pages[page - 1]), (title, page)  # lands on it
        assert len(titles) > 20
        contents = pages[1]
        assert all(f"Element {n} · " in contents for n in range(1, 13))


@poppler
def test_finding_references_link_to_the_action_plan_and_back(demo_pdfs):
    path = demo_pdfs["re-en"]
    marks = dict(outline(path))
    findings, plan = marks["Findings"], marks["Action plan"]
    xml = subprocess.run(["pdftohtml", "-xml", "-stdout", "-i", "-q", str(path)], capture_output=True, text=True,
                         check=True).stdout
    pages = {int(n): body for n, body in re.findall(r'<page number="(\d+)"(.*?)</page>', xml, re.S)}
    assert re.search(rf'<a href="[^"]*#{plan}">(<b>)?F1', pages[findings])  # F1 under Findings -> the plan
    assert re.search(rf'<a href="[^"]*#{findings}">(<b>)?F1', pages[plan])  # and back


@poppler
def test_document_metadata_names_the_creator_version_and_carries_xmp(demo_pdfs):
    from exportaudit import __version__

    info = subprocess.run(["pdfinfo", str(demo_pdfs["draft-zh"])], capture_output=True, text=True).stdout
    assert f"ExportAudit {__version__}" in info and "出口管制内部合规机制评估报告" in info
    meta = subprocess.run(["pdfinfo", "-meta", str(demo_pdfs["draft-zh"])], capture_output=True, text=True).stdout
    assert "<dc:title>" in meta and f"ExportAudit {__version__}" in meta


@poppler
def test_chinese_reports_use_chinese_dates_and_full_width_colons(demo_pdfs):
    text = pdf_text(demo_pdfs["draft-zh"])
    assert re.search(r"报告日期：\d{4}年\d{1,2}月\d{1,2}日", text)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text.split("\f")[0])  # the cover
    assert "统一社会信用代码:" not in text and "报告日期:" not in text and "指纹 (SHA" not in text


@poppler
def test_no_plural_placeholders_or_empty_evidence_counts(demo_pdfs):
    text = pdf_text(demo_pdfs["draft-en"])
    assert "(s)" not in text and "0 evidence file" not in text


def test_every_sheet_prints_on_a4_with_header_and_page_x_of_y(demo_store_path, tmp_path):
    import openpyxl

    with open_store(demo_store_path) as store:
        aid = store.assessments.latest().id
        marking = store.engagements.get(aid).confidentiality.get("en")  # the engagement's own marking replaces "Confidential"
        out = build_report(AssessmentSession(store, aid), "xlsx", tmp_path / "r.xlsx", language="en")
    wb = openpyxl.load_workbook(out)
    assert marking
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4), ws.title
        assert "Suzhou Hengxin" in ws.oddHeader.left.text and ws.oddHeader.right.text == marking
        assert ws.oddFooter.right.text == "Page &P of &N", ws.title
    assert wb.properties.creator.startswith("ExportAudit ")


@poppler
def test_the_summary_states_the_auditors_conclusion_and_the_key_findings(demo_pdfs):
    summary = " ".join(pdf_text(demo_pdfs["draft-en"], "-f", "3", "-l", "4").split())
    conclusion = summary[summary.index("Overall conclusion"):]
    # the demo's auditor confirmed the proposal (model 2, statutory duties not met) in their own words
    assert conclusion.startswith("Overall conclusion Not effective the auditor's conclusion")
    assert "statutory duties (end-user screening and record keeping above all) are not met" in conclusion
    assert "the conclusion proposed from the scores was “Not effective”" in conclusion
    assert "Key findings" in conclusion
    assert "F1" in conclusion and "Major nonconformity" in conclusion


@poppler
def test_a_finding_states_condition_criterion_from_the_legal_basis_and_its_actions(demo_pdfs):
    text = " ".join(pdf_text(demo_pdfs["draft-zh"]).split())
    findings = text[text.index("审核发现 按严重程度排列"):]
    assert "发现的情况" in findings and "依据 《两用物项出口管制条例》第二十七条" in findings  # REC-01's basis
    assert "整改措施 • 修订档案保存制度" in findings  # its corrective actions listed under it


def test_the_checklist_prints_its_main_columns_at_a_readable_size(demo_store_path, tmp_path):
    import openpyxl

    with open_store(demo_store_path) as store:
        out = build_report(AssessmentSession(store, store.assessments.latest().id), "xlsx", tmp_path / "r.xlsx",
                           language="en")
    ws = openpyxl.load_workbook(out)["Checklist"]
    assert ws.print_area == f"'Checklist'!$A$1:$H${ws.max_row}"
    assert sum(ws.column_dimensions[c].width for c in "ABCDEFGH") < 130  # fits an A4 landscape line near 100 %


def test_a_separator_mark_never_starts_a_line_of_ids():
    fonts.register()
    text = " · ".join(f"SCR-{n:02d}" for n in range(1, 40))
    for width in range(80, 400, 9):
        lines = kinsoku.word_split(text, [width], fonts.LATIN, 8)
        assert all(not line.lstrip().startswith("·") for _, line in lines), width
        assert all(stringWidth(line.rstrip(), fonts.LATIN, 8) <= width + 0.01 for _, line in lines), width


@poppler
def test_a_re_audit_lists_the_answers_not_yet_re_confirmed(demo_pdfs):
    text = " ".join(pdf_text(demo_pdfs["re-en"]).split())
    assert re.search(r"Answers carried over and not yet re-confirmed \((\d+)\)", text)
    assert "POL-01 ·" in text[text.index("not yet re-confirmed"):]


@poppler
def test_the_demo_reaudit_report_shows_changes_with_marks_and_the_answers_not_yet_reconfirmed(demo_pdfs):
    """The demo's assessment is a re-audit of last year's: the summary states the trend, the comparison marks each
    change, and the answers carried over that nobody has re-confirmed are listed."""
    text = re.sub(r"\s+", " ", pdf_text(demo_pdfs["draft-en"]))
    assert "Against the baseline: overall score 1.8 → 2.5 (▲ +0.7), overall level 1 → 2 (▲ +1); element levels " \
           "4 up, 1 down, 4 unchanged." in text
    comparison = text[text.index("Comparison with the baseline Baseline #"):]
    assert "Type Self-assessment Period 2025-01-01 – 2025-12-31 Status Finalised" in comparison
    assert re.search(r"5\. Contingency measures 2 – Developing 1 – Initial \(ad hoc\) ▼ −1 2\.0 1\.5 ▼ −0\.5", comparison)
    assert re.search(r"1\. Policy statement 2 – Developing 3 – Defined ▲ \+1 2\.0 3\.1 ▲ \+1\.1", comparison)
    assert "Answers carried over and not yet re-confirmed (6)" in comparison
    assert "POL-07 · ORG-08 · RSK-05 · TRN-05 · REC-06 · MAN-06" in comparison
    zh = re.sub(r"\s+", " ", pdf_text(demo_pdfs["draft-zh"]))
    assert "总体得分 1.8 → 2.5（▲ +0.7）" in zh and "沿用基线且尚未重新确认的答复（6）" in zh
    assert "要素 10、11、12 属于" in zh  # a Chinese list takes the enumeration comma
