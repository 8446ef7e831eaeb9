"""Transaction testing in the reports: the model's part (samples, pass rates, exceptions, capped items), the
"Transaction testing" and "Test exceptions" sheets and the checklist's sample-exception column read back with
openpyxl, and the PDF section, summary line, element marks and scoring rule read back with pdftotext in Chinese
and English. No sample: no section, no sheet."""

import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from exportaudit.core.checklist_loader import parse_checklist
from exportaudit.core.exception_findings import raise_exception_finding
from exportaudit.core.order_import import import_orders
from exportaudit.core.scoring import SAMPLE_EXCEPTION_CAP
from exportaudit.core.session import AssessmentSession
from exportaudit.core.testing.sampling import SamplePlan, SampleSize
from exportaudit.reports import build_model, build_report, labels
from exportaudit.reports.labels import rate_text
from tests.helpers.checklists import MINI, TESTING

HOSTILE = "=cmd|' /C calc'!A0"  # a customer name a spreadsheet would run as a formula
NOTE = "Screened <after> the contract & not signed"
LIST = "ERP <orders> & 2026"
CSV = ("订单号,日期,客户,最终用户,目的国,品名,管制编码,金额,许可证号\n"
       + "".join(f"SO-{i:03d},2026-0{1 + i % 6}-{1 + i % 27:02d},{HOSTILE if i % 4 == 0 else f'客户{i}'},,"
                 f"{['德国', '伊朗', '越南'][i % 3]},泵,{'2B350' if i % 4 == 0 else ''},{100 + i},\n"
                 for i in range(1, 21)))
REPORT_DATE = date(2026, 12, 1)
poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")


@pytest.fixture
def tt(store, tmp_path):
    """(store, assessment id, order-list id) on the mini checklist with a [transaction_testing] table."""
    checklist = parse_checklist(MINI + TESTING, "mini-tt.toml")
    org = store.organisations.create("Acme Export Ltd", operator_type="exporter", size="small")
    aid = store.assessments.create(org, checklist, "Audit 2026", target_profile="basic", period_start="2026-01-01",
                                scoring_model=1)  # model 1's sample-exception cap (3)
    path = tmp_path / "orders_erp.csv"
    path.write_text(CSV, encoding="utf-8")
    list_id, _ = import_orders(store, aid, path, name=LIST)
    return store, aid, list_id


@pytest.fixture
def tested(tt, tmp_path):
    """A seeded sample of 10 from 20 orders; "screening" fails on two cards (80 % < 90 %: S1 and S2 capped), one
    of them for a customer named like a formula, with a finding raised; "records" passes everywhere;
    "red-flags" is not tested yet. S1 (5, evidence) is lowered to 3, S2 (2) is not, R1 (4, evidence) is not."""
    store, aid, list_id = tt
    sample_id = store.samples.draw(aid, list_id, SamplePlan(SampleSize(count=10)), seed=12345)
    cards = store.samples.orders(sample_id)
    hostile = next(c for c in cards if c.order.customer == HOSTILE)
    other = next(c for c in cards if c.id != hostile.id)
    for card in cards:
        failed = card.id in (hostile.id, other.id)
        if failed:
            store.results.set_check_note(card.id, "screening", NOTE)
        store.results.set_check(card.id, "screening", "fail" if failed else "pass")
        store.results.set_check(card.id, "records", "pass")
    finding = raise_exception_finding(store, hostile.id, "screening", "major", lang="en")
    session = AssessmentSession(store, aid)
    for item, level in (("S1", 5), ("S2", 2), ("R1", 4), ("P1", 3)):
        session.rate(item, level)
    for item in ("S1", "R1"):
        evidence = tmp_path / f"{item}.pdf"
        evidence.write_bytes(item.encode())
        session.attach(item, evidence)
    return session, hostile, other, finding


def pdf_text(path, *args) -> str:
    """pdftotext's output with runs of white space folded (``-layout`` keeps table rows on one line)."""
    return re.sub(r"\s+", " ", subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                                              check=True).stdout)


# --- the model --------------------------------------------------------------------------------------


def test_model_holds_samples_rates_exceptions_and_capped_items(tested):
    session, hostile, other, _ = tested
    m = build_model(session, report_date=REPORT_DATE)
    t = m.testing
    assert (t.threshold, t.cap, t.population, t.sample_size, t.cards_complete) == (0.9, SAMPLE_EXCEPTION_CAP, 20, 10, 0)
    [s] = t.samples
    assert (s.number, s.list_name, s.source_name, s.population, s.size, s.seed, s.algorithm) == (
        1, LIST, "orders_erp.csv", 20, 10, 12345, "random-keys-2")
    assert "seed 12345" in s.method.en and "随机种子 12345" in s.method.zh and s.strata == ()
    assert s.drawn_by == "tester" and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", s.drawn_at)
    rates = {c.id: c for c in t.checks}
    assert (rates["screening"].passed, rates["screening"].failed, rates["screening"].rate) == (8, 2, 0.8)
    assert rates["screening"].below and not rates["records"].below and rates["records"].rate == 1.0
    assert rates["red-flags"].rate is None and rates["red-flags"].open == 10 and not rates["red-flags"].below
    assert t.lowest.id == "screening"
    expected = sorted([(hostile.position, hostile.order.order_ref, "F1"), (other.position, other.order.order_ref, "")])
    assert [(x.position, x.order_ref, x.finding_ref) for x in t.exceptions] == expected  # in sample order
    assert {(x.check_id, x.sample_number) for x in t.exceptions} == {("screening", 1)}
    hostile_row = next(x for x in t.exceptions if x.finding_ref)
    assert (hostile_row.customer, hostile_row.note, hostile_row.position) == (HOSTILE, NOTE, hostile.position)
    assert t.capped == ("S1",) and t.held == ("S2",)  # S2 is rated 2: the cap does not lower it
    assert [i.id for i in m.sample_capped_items] == ["S1"] and m.element("screening").sample_exceptions == ("S1",)
    assert m.testing_threshold == 0.9
    assert t.summary.en == ("10 orders sampled from 20 (0 test cards complete); lowest pass rate 80% (Screened before "
                            "contract; threshold 90%); 2 exceptions; 1 item capped at level 3.")
    assert t.summary.zh.startswith("从 20 笔订单中抽取 10 笔") and "签约前已筛查" in t.summary.zh


def test_two_samples_of_one_list(tt, tmp_path):
    store, aid, list_id = tt
    first = store.samples.draw(aid, list_id, SamplePlan(SampleSize(count=3)), seed=1)
    second = store.samples.draw(aid, list_id, SamplePlan(SampleSize(count=4)), seed=2)
    card = store.samples.orders(second)[-1]
    store.results.set_check(card.id, "records", "fail")
    session = AssessmentSession(store, aid)
    t = build_model(session).testing
    assert [(s.number, s.seed, s.size) for s in t.samples] == [(1, 1, 3), (2, 2, 4)]
    assert (t.population, t.sample_size) == (20, 7)  # the list is counted once
    [x] = t.exceptions
    assert (x.sample_number, x.position, x.order_ref) == (2, 4, card.order.order_ref)
    assert t.capped == () and t.held == ("R1",)  # R1 is not rated: nothing to lower
    assert store.samples.get(first).size == 3
    if shutil.which("pdftotext"):
        text = pdf_text(build_report(session, "pdf", tmp_path / "r.pdf", language="en"))
        assert f"Sample 1 · {LIST}" in text and f"Sample 2 · {LIST}" in text  # literal, not markup
        assert "Sample 2 · Card 4" in text and "No item is capped by sample exceptions." in text


def test_rates_are_rounded_down_so_a_failing_rate_never_reads_as_the_threshold():
    assert [rate_text(r) for r in (None, 0.0, 1.0, 0.9, 10 / 12, 0.8996, 2 / 3, 0.29, 0.9996)] == [
        "—", "0%", "100%", "90%", "83.3%", "90%", "66.7%", "29%", "99.9%"]
    assert rate_text(0.8996, threshold=0.9) == "89.9%"  # never rounded up to the threshold it misses


def test_scoring_rule_8_takes_its_threshold_from_the_checklist_and_its_cap_from_the_scorer():
    assert len(labels.scoring_rules()) == 7
    rule = labels.scoring_rules(0.85)[7]
    assert "85%" in rule.en and f"counts as {SAMPLE_EXCEPTION_CAP} at most" in rule.en
    assert "85%" in rule.zh and f"最高按 {SAMPLE_EXCEPTION_CAP} 级计分" in rule.zh
    assert "{" not in rule.zh + rule.en


def test_no_sample_no_transaction_part(tt):
    store, aid, _ = tt
    m = build_model(AssessmentSession(store, aid))
    assert m.testing is None and m.testing_threshold == 0.9 and m.sample_capped_items == []


# --- Excel ------------------------------------------------------------------------------------------


def test_workbook_has_the_transaction_sheets(tested, tmp_path):
    session, hostile, _, _ = tested
    out = build_report(session, "xlsx", tmp_path / "r.xlsx", language="en", report_date=REPORT_DATE)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Checklist", "Findings", "Evidence", "Transaction testing", "Test exceptions",
                             "Radar chart data"]
    ws = wb["Transaction testing"]
    details = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value is not None}
    assert details["Seed"].value == 12345 and details["Seed"].number_format == "0"
    assert details["Population (orders)"].value == 20 and details["Sample size"].value == 10
    assert details["Order list"].value == LIST and "random-keys-2" in details["Method"].value
    assert ws.freeze_panes == "A3" and "lowest pass rate 80%" in ws["A2"].value

    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Check")
    assert [c.value for c in ws[header]] == ["Check", "Check ID", "Items tested", "Passed", "Failed", "N/A",
                                             "Not yet tested", "Pass rate", "Threshold", "Below threshold"]
    assert ws.auto_filter.ref == f"A{header}:J{header + 3}"
    assert ws.print_title_rows == f"${header}:${header}"  # the table's header repeats on every printed page
    rows = {ws.cell(r, 2).value: [c for c in ws[r]] for r in range(header + 1, header + 4)}
    screening = rows["screening"]
    assert [c.value for c in screening[3:7]] == [8, 2, 0, 0]
    assert screening[7].value == 0.8 and screening[7].number_format == "0.0%"
    assert screening[8].value == 0.9 and screening[8].number_format.endswith("%") and screening[9].value == "Yes"
    assert rows["records"][7].value == 1.0 and rows["records"][9].value is None
    assert rows["red-flags"][7].value is None  # nothing tested yet: no rate, a blank numeric cell
    capped = next(r for r in range(header, ws.max_row + 1) if ws.cell(r, 2).value == "S1")
    assert [ws.cell(capped, c).value for c in (4, 5)] == [5, 3]
    assert "S2" in ws.cell(ws.max_row, 1).value  # held: tested by the failing check, but not lowered

    ex = wb["Test exceptions"]
    assert [c.value for c in ex[1]] == ["Order ref.", "Order date", "Customer", "Destination", "Check",
                                        "Tester's note", "Finding", "Sample", "Test card"]
    assert ex.freeze_panes == "B2" and ex.auto_filter.ref == "A1:I3"
    row = next(r for r in ex.iter_rows(min_row=2) if r[0].value == hostile.order.order_ref)
    assert isinstance(row[1].value, datetime) and row[1].number_format == "yyyy-mm-dd"
    assert row[2].value == HOSTILE and row[2].data_type == "s" and row[2].quotePrefix
    assert (row[4].value, row[5].value, row[6].value, row[7].value, row[8].value) == (
        "Screened before contract", NOTE, "F1", 1, hostile.position)
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def test_checklist_sheet_flags_the_capped_items(tested, tmp_path):
    session = tested[0]
    wb = openpyxl.load_workbook(build_report(session, "xlsx", tmp_path / "r.xlsx", language="zh"))
    ws = wb.worksheets[1]
    header = [c.value for c in ws[1]]
    assert header[7:10] == ["缺证据", "抽样例外", "不适用理由"] and ws.auto_filter.ref == "A1:M7"
    flags = {r[1].value: r[8] for r in ws.iter_rows(min_row=2)}
    assert flags["S1"].value == "抽样例外，按 3 级计分" and flags["S1"].font.b
    assert {k for k, c in flags.items() if c.value} == {"S1"}
    summary = [v for row in wb.worksheets[0].iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert any(v.startswith("从 20 笔订单中抽取 10 笔") for v in summary)


def test_workbook_without_a_sample_is_unchanged(tt, tmp_path):
    store, aid, _ = tt
    wb = openpyxl.load_workbook(build_report(AssessmentSession(store, aid), "xlsx", tmp_path / "r.xlsx", language="en"))
    assert wb.sheetnames == ["Summary", "Checklist", "Evidence", "Radar chart data"]
    assert "Sample exception" not in [c.value for c in wb.worksheets[1][1]]


def test_bilingual_workbook_opens_in_libreoffice(tested, tmp_path):
    if not shutil.which("libreoffice"):
        pytest.skip("LibreOffice not installed")
    out = build_report(tested[0], "xlsx", tmp_path / "r.xlsx", language="both")
    assert openpyxl.load_workbook(out).sheetnames[-3:-1] == ["抽样测试 Transaction testing", "测试例外 Test exceptions"]
    done = subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0 and (tmp_path / "r.pdf").stat().st_size > 10_000


# --- PDF --------------------------------------------------------------------------------------------


@poppler
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pdf_section_summary_marks_and_rule(tested, tmp_path, lang):
    session, hostile, other, _ = tested
    pdf = build_report(session, "pdf", tmp_path / f"r-{lang}.pdf", language=lang, report_date=REPORT_DATE)
    text = pdf_text(pdf)
    words = {
        "en": ["Transaction testing", "Seed 12345", "Sample size 10", "Population (orders) 20",
               "Pass rate per check (threshold 90%)", "Items tested: S1, S2",
               "Below threshold", "Exceptions (2)", "Items capped by sample exceptions (1)",
               "10 orders sampled from 20", "sample exception: counts as 3",
               "8. Sample exceptions (transaction testing): a check's pass rate",
               "threshold of 90%, every item the check tests counts as 3 at most"],
        "zh": ["抽样交易测试", "随机种子 12345", "样本量 10", "总体（订单数） 20", "各检查项通过率（阈值 90%）",
               "所测项目：S1, S2", "低于阈值", "测试例外（2）", "因抽样例外受限的项目（1）",
               "从 20 笔订单中抽取 10 笔", "抽样例外，按 3 级计分", "8. 抽样例外（抽样交易测试）",
               "阈值 90% 时，该检查项所测的每个项目（经证据门槛调整后）最高按 3 级计分"],
    }[lang]
    squeezed = re.sub(r"\s+", "", text)  # pdftotext breaks wrapped Chinese lines with a space
    for word in words:
        assert re.sub(r"\s+", "", word) in squeezed, word
    check = {"en": "Screened before contract", "zh": "签约前已筛查"}[lang]
    assert f"{check} 8 2 0 0 80%" in pdf_text(pdf, "-layout")  # passed, failed, N/A, untested, rate
    findings = labels.say(labels.T("findings_intro"), lang)[:8]
    assert text.index("Element 3" if lang == "en" else "要素 3") < text.index(words[1]) < text.index(findings)
    section = text[text.index(words[1]):text.index(findings)]  # from the seed to the findings
    for ref in (hostile.order.order_ref, other.order.order_ref):
        assert ref in section
    assert HOSTILE in section and NOTE in section  # literal: escaped, not markup, not a formula
    capped = section.split(words[8])[1]
    assert "F1" in section and "S1" in capped and "S2" in capped  # S2 in the note on the items not lowered


@poppler
def test_pdf_without_a_sample_has_no_section_but_the_rule(tt, mini_assessment, tmp_path):
    store, aid, _ = tt
    text = pdf_text(build_report(AssessmentSession(store, aid), "pdf", tmp_path / "r.pdf", language="en"))
    assert "Transaction testing" not in text and "Seed" not in text and "Pass rate per check" not in text
    assert "8. Sample exceptions (transaction testing)" in text  # the checklist defines the tests: the rule applies
    store2, plain = mini_assessment
    text = pdf_text(build_report(AssessmentSession(store2, plain), "pdf", tmp_path / "plain.pdf", language="en"))
    assert "transaction testing" not in text.lower() and "7. Targets" in text
