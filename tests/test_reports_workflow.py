"""The audit-workflow parts of the reports: findings, action plan, document requests, the re-audit comparison,
the sign-off page and the finalised state, read back with openpyxl and poppler in every language."""

import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from openpyxl.chart import RadarChart

from exportaudit.core.fingerprint import finalise, fingerprint
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store
from exportaudit.reports import build_model, build_report, theme

REPORT_DATE = date(2027, 3, 1)
MARKUP = "Checked <b>& signed</b> by the CEO; 总经理 <见附件> & 存档"
FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")"
poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")


@pytest.fixture
def reaudit(mini_assessment, tmp_path):
    """A finalised baseline with an open action, and its re-audit: findings of every kind, three actions (one
    overdue on the report date), a built document request list, one item improved and one regressed."""
    store, base = mini_assessment
    evidence = tmp_path / "screening-log.csv"
    evidence.write_text("order,screened\nSO-1,yes\n")
    for item, level in {"P1": 2, "P2": 3, "S1": 4, "S2": 3, "R1": 3, "R2": 3}.items():
        store.answers.rate(base, item, level)
    store.evidence.add(base, "S1", evidence)
    old = store.findings.create(base, "major", "No written policy", item_id="P1")
    store.actions.create(old, "Write the policy", owner="王芳", due_date="2027-01-15")
    store.actions.create(old, "Approve it", status="done")
    finalise(store, base)

    new = store.lifecycle.reaudit(base, "Re-audit 2027", scoring_model=1)
    store.answers.rate(new, "P1", 4)  # no evidence: counts as 3, improved from 2
    store.answers.rate(new, "S1", 2)  # regressed from 4
    major = store.findings.create(new, "major", MARKUP, "Reject unsigned certificates", item_id="S1")
    minor = store.findings.create(new, "minor", FORMULA, "+1 check the log", item_id="R1")
    store.findings.create(new, "observation", "Archive index not dated", element_id="records")
    store.findings.create(new, "good_practice", "Policy signed by the CEO", item_id="P2")
    store.actions.create(major, "Re-issue the certificate template", owner="Li Qiang", due_date="2027-02-01")
    store.actions.create(major, "=cmd|' /C calc'!A0", owner="李强", due_date="2027-06-30", status="in_progress")
    store.actions.create(minor, "Date the index", due_date="2027-01-10", status="done", closing_note="Dated & filed")
    store.requests.build(new)
    store.requests.update(new, "S2", status="missing", note="-ERP export not available")
    return AssessmentSession(store, new)


def report(session, tmp_path, fmt, lang):
    return build_report(session, fmt, tmp_path / f"report-{lang}.{fmt}", language=lang, report_date=REPORT_DATE)


def pdf_text(path, *args) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def body_text(path, *args) -> str:
    """The report's text without its table of contents (page 2), which repeats every heading."""
    pages = pdf_text(path, *args).split("\f")
    return "\f".join(pages[:1] + pages[2:])


def section(text: str, start: str, end: str) -> str:
    """The part of ``text`` from heading ``start`` up to heading ``end``."""
    return text[text.index(start):text.index(end, text.index(start))]


# --- the model --------------------------------------------------------------------------------------


def test_model_orders_findings_by_severity_and_marks_overdue_actions(reaudit):
    m = build_model(reaudit, report_date=REPORT_DATE)
    assert [(f.ref, f.grade, f.subject.item_id) for f in m.findings] == [
        ("F1", "major", "S1"), ("F2", "minor", "R1"), ("F3", "observation", None), ("F4", "good_practice", "P2")]
    assert m.findings[0].subject.text("en") == "S1 · 2. Screening procedures"
    assert m.findings[2].subject.text("zh") == "3. 资料档案"
    assert [(a.finding_ref, a.due_date, a.overdue, a.is_open) for a in m.actions] == [
        ("F2", "2027-01-10", False, False), ("F1", "2027-02-01", True, True), ("F1", "2027-06-30", False, True)]
    assert m.finding_counts == {"major": 1, "minor": 1, "observation": 1, "improvement": 0, "good_practice": 1}
    assert (m.open_actions, m.overdue_actions) == (2, 1)
    assert [r.subject.item_id for r in m.requests] == ["P1", "P2", "S1", "S2", "R1", "R2"]
    c = m.comparison
    assert [(i.subject.item_id, i.then, i.now) for i in c.improved] == [("P1", 2, 3)]
    assert [(i.subject.item_id, i.then, i.now) for i in c.regressed] == [("S1", 4, 2)]
    assert [a.description for a in c.open_actions] == ["Write the policy"]
    assert c.open_actions[0].overdue and c.open_actions[0].finding_description == "No written policy"
    assert c.baseline_is_final and c.baseline_fingerprint
    assert [(s.role.en, s.name, s.date) for s in m.signatories] == [
        ("Assessor", "", ""), ("Auditee representative", "", ""), ("Reviewer", "", "")]


def test_no_baseline_no_findings_no_requests_means_empty_parts(mini_assessment):
    store, aid = mini_assessment
    m = build_model(AssessmentSession(store, aid))
    assert (m.findings, m.actions, m.requests, m.comparison) == ((), (), (), None)
    assert len(m.signatories) == 3


def test_a_deleted_baseline_leaves_no_comparison(reaudit):
    store = reaudit.store
    store.assessments.delete(reaudit.assessment.baseline_id)
    reaudit.reload()
    assert build_model(reaudit).comparison is None


# --- Excel ------------------------------------------------------------------------------------------


def test_workbook_gains_the_workflow_sheets_in_each_language(reaudit, tmp_path):
    names = {lang: openpyxl.load_workbook(report(reaudit, tmp_path, "xlsx", lang)).sheetnames
             for lang in ("zh", "en", "both")}
    assert names["en"] == ["Summary", "Checklist", "Findings", "Action plan", "Document requests", "Comparison",
                           "Evidence", "Radar chart data", "Comparison chart data"]
    assert names["zh"] == ["摘要", "检查清单", "审核发现", "整改计划", "资料索取", "基线比较", "证据索引", "雷达图数据",
                           "比较雷达图数据"]
    assert names["both"][2:6] == ["审核发现 Findings", "整改计划 Action plan", "资料索取 Document requests",
                                  "基线比较 Comparison"]


def test_no_findings_means_no_empty_sheets_and_the_summary_says_so(mini_assessment, tmp_path):
    store, aid = mini_assessment
    wb = openpyxl.load_workbook(report(AssessmentSession(store, aid), tmp_path, "xlsx", "en"))
    assert wb.sheetnames == ["Summary", "Checklist", "Evidence", "Radar chart data"]
    values = [v for row in wb["Summary"].iter_rows(values_only=True) for v in row if v is not None]
    assert "No findings recorded." in values


def test_findings_sheet(reaudit, tmp_path):
    ws = openpyxl.load_workbook(report(reaudit, tmp_path, "xlsx", "en"))["Findings"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0] == ["Ref.", "Severity rank", "Grade", "ID", "Element", "Description", "Recommendation", "Owner",
                       "Target date", "Status", "Recorded at", "Recorded by", "Cause", "Effect", "Risk rating",
                       "Management response", "Response", "Response owner", "Response target date"]
    assert [r[:5] for r in rows[1:]] == [["F1", 1, "Major nonconformity", "S1", "2. Screening procedures"],
                                         ["F2", 2, "Minor nonconformity", "R1", "3. Records"],
                                         ["F3", 3, "Observation", None, "3. Records"],
                                         ["F4", 5, "Good practice", "P2", "1. Policy statement"]]
    assert rows[1][5] == MARKUP and rows[2][5] == FORMULA and ws["F3"].data_type == "s" and ws["F3"].quotePrefix
    assert ws["G3"].value == "+1 check the log" and ws["G3"].data_type == "s"
    # owner, target date (the latest open action's) and status from the finding's actions; real dates
    assert rows[1][7:10] == ["Li Qiang; 李强", datetime(2027, 6, 30), "Open"]
    assert rows[2][7:10] == [None, datetime(2027, 1, 10), "Closed"] and rows[3][9] == "No action yet"
    assert isinstance(rows[1][10], datetime)
    assert ws.freeze_panes == "A2" and list(ws.tables) == ["Findings"] and ws.tables["Findings"].ref == "A1:S5"
    assert ws["C2"].fill.fgColor.rgb.endswith(theme.GRADE_FILL["major"])
    assert ws.data_validations.dataValidation[0].formula1 == '"Open,Closed,No action yet"'
    assert any("TODAY()" in rule.formula[0] for rng in ws.conditional_formatting for rule in rng.rules)


def test_action_plan_sheet_has_real_dates_and_highlights_overdue_rows(reaudit, tmp_path):
    out = report(reaudit, tmp_path, "xlsx", "en")
    ws = openpyxl.load_workbook(out)["Action plan"]
    assert [c.value for c in ws[1]] == ["Finding", "Grade", "Item / element", "Corrective action", "Owner",
                                        "Due date", "Overdue", "Status", "Closing note"]
    rows = {r[3].value: r for r in ws.iter_rows(min_row=2)}
    late = rows["Re-issue the certificate template"]
    assert [c.value for c in late[:3]] == ["F1", "Major nonconformity", "S1 · 2. Screening procedures"]
    assert late[5].is_date and late[5].value == datetime(2027, 2, 1) and late[5].number_format == "yyyy-mm-dd"
    assert (late[6].value, late[7].value) == ("Overdue", "Open")
    assert all(c.fill.fgColor.rgb.endswith(theme.WARN_BG) for c in late)
    done = rows["Date the index"]
    assert (done[6].value, done[7].value, done[8].value) == (None, "Done", "Dated & filed")
    assert not done[0].fill.fgColor.rgb.endswith(theme.WARN_BG)
    hostile = rows["=cmd|' /C calc'!A0"][3]
    assert hostile.data_type == "s" and hostile.quotePrefix
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:I4"
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in z.read(name), name


def test_document_requests_sheet(reaudit, tmp_path):
    ws = openpyxl.load_workbook(report(reaudit, tmp_path, "xlsx", "both"))["资料索取 Document requests"]
    assert [c.value for c in ws[1]] == ["编号 / ID", "要素 / Element", "应提供的资料 / Expected evidence",
                                        "状态 / Status", "状态日期 / Status date", "备注 / Notes"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    assert list(rows) == ["P1", "P2", "S1", "S2", "R1", "R2"]
    assert rows["P1"][2].value == "证据 P1\nEvidence P1" and rows["P1"][3].value == "已索取 / Requested"
    assert rows["S1"][3].value == "已收到 / Received"  # the baseline's evidence was carried over
    assert rows["S2"][3].value == "缺失 / Missing" and rows["S2"][5].value == "-ERP export not available"
    assert rows["S2"][5].data_type == "s" and rows["S2"][4].is_date


def test_comparison_sheet_has_a_radar_of_now_then_and_target_and_the_item_lists(reaudit, tmp_path):
    wb = openpyxl.load_workbook(report(reaudit, tmp_path, "xlsx", "en"))
    ws = wb["Comparison"]
    charts = ws._charts
    assert len(charts) == 1 and isinstance(charts[0], RadarChart) and len(charts[0].series) == 3

    def cells(ref):
        sheet, area = ref.rsplit("!", 1)
        found = wb[sheet.strip("'")][area.replace("$", "")]
        return [found.value] if not isinstance(found, tuple) else [c.value for row in found for c in row]

    now, then, target = charts[0].series  # the baseline drawn after this assessment, so it shows where equal
    assert [cells(s.tx.strRef.f) for s in (now, then, target)] == [["This assessment"], ["Baseline"], ["Target"]]
    assert cells(then.val.numRef.f) == [2, 3, 3] and cells(now.val.numRef.f) == [3, 2, 3]
    assert cells(target.val.numRef.f) == [e.target for e in reaudit.score.elements]
    assert wb[now.val.numRef.f.rsplit("!", 1)[0].strip("'")].sheet_state == "hidden"  # chart data out of sight
    assert cells((then.cat.strRef or then.cat.numRef).f) == ["1. Policy statement", "2. Screening procedures", "3. Records"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    elements = {r[0]: r for r in rows if r[0] in ("1. Policy statement", "2. Screening procedures")}
    assert elements["1. Policy statement"][3] == 1 and elements["2. Screening procedures"][3] == -1
    change = next(c for c in ws["D"] if c.value == 1)
    assert change.number_format.startswith('"▲ +"0;"▼ −"0')  # a number, shown with its direction mark
    assert next(c for c in ws["G"] if isinstance(c.value, float)).number_format.startswith('"▲ +"0.0')
    items = {r[1]: r for r in rows if r[4] in ("Improved", "Regressed", "Unchanged", "Not comparable")}
    assert items["P1"][2:5] == [2, 3, "Improved"] and items["S1"][2:5] == [4, 2, "Regressed"]
    assert items["P2"][4] == "Unchanged" and items["P1"][0] == "Question P1"
    header = next(n for n, r in enumerate(rows, start=1) if r[:2] == ["Question", "ID"])
    assert ws.print_title_rows == f"${header}:${header}"  # the item table's header repeats on every printed page
    baseline_action = next(r for r in rows if r[0] == "Write the policy")
    assert baseline_action[1:5] == ["王芳", datetime(2027, 1, 15), "Overdue", "Open"]


# --- PDF --------------------------------------------------------------------------------------------


@pytest.fixture
def pdf_files(reaudit, tmp_path):
    return {lang: report(reaudit, tmp_path, "pdf", lang) for lang in ("zh", "en", "both")}


@pytest.fixture
def pdfs(pdf_files):
    return {lang: flat(body_text(path)) for lang, path in pdf_files.items()}


@poppler
def test_english_pdf_has_the_workflow_sections_in_order(pdfs):
    text = pdfs["en"]
    order = [text.index(h) for h in ("Element 3 · Records", "Findings Most severe first", "Action plan",
                                     "Comparison with the baseline", "Sign-off", "Appendix Maturity scale",
                                     "Document requests")]
    assert order == sorted(order)
    findings = section(text, "Findings Most severe first", "Action plan")
    for phrase in ("Major nonconformity (1)", "Minor nonconformity (1)", "Observation (1)", "Good practice (1)",
                   "F1", "S1 · 2. Screening procedures", MARKUP, FORMULA, "Recommendation",
                   "Reject unsigned certificates"):
        assert phrase in findings, phrase
    assert "Opportunity for improvement (" not in findings  # no empty grade groups
    assert findings.index("Major nonconformity (1)") < findings.index("Minor nonconformity (1)") \
        < findings.index("Observation (1)") < findings.index("Good practice (1)")


@poppler
def test_action_plan_marks_the_overdue_action(pdfs):
    plan = section(pdfs["en"], "Action plan", "Comparison with the baseline")
    assert "3 corrective actions in all · Open actions (2) · Overdue actions (1)" in plan
    assert "2027-02-01 Overdue" in plan and plan.count("Overdue") == 2  # the summary line and the one action
    assert "=cmd|' /C calc'!A0" in plan and "Closing note: Dated & filed" in plan
    assert "report date (2027-03-01)" in plan


@poppler
def test_comparison_section_states_levels_and_changes(pdfs, pdf_files):
    comp = section(pdfs["en"], "Comparison with the baseline", "Sign-off")
    assert "#1 Self-check 2026" in comp and "Finalised (" in comp
    assert "Element levels: baseline and now" in comp and "Baseline (#1)" in comp and "This assessment" in comp
    assert "1 Policy statement (2→3)" in comp and "2 Screening procedures (3→2)" in comp  # the radar's spokes
    assert "Items improved (1)" in comp and "Items regressed (1)" in comp and "Items unchanged (4)" in comp
    assert "P2 (3) · S2 (3) · R1 (3) · R2 (3)" in comp
    assert "Baseline actions still open (1)" in comp and "Write the policy" in comp and "No written policy" in comp
    layout = body_text(pdf_files["en"], "-layout")
    lines = [flat(line).strip() for line in layout[layout.index("Comparison with the baseline"):].splitlines()]

    def row(*cells):  # a table row: its cells in order on one line
        return any(re.search(r".*".join(map(re.escape, cells)), line) for line in lines)

    assert row("Overall maturity", "3 – Defined", "2 – Developing") and row("Overall score", "3.2", "2.7")
    assert row("1. Policy statement", "2 – Developing", "3 – Defined", "+1", "2.5", "3.0")
    assert row("2. Screening procedures", "3 – Defined", "2 – Developing", "−1", "3.7", "2.3")
    assert row("3. Records", "3 – Defined", "3 – Defined", "0", "3.0", "3.0")
    assert row("P1", "Question P1", "2 – Developing", "3 – Defined") and row("S1", "Question S1", "4 – Managed",
                                                                             "2 – Developing")


@poppler
def test_sign_off_page_names_the_roles(reaudit, tmp_path):
    reaudit.store.assessments.update(reaudit.assessment_id, assessor="王芳 / Wang Fang")
    reaudit.reload()
    out = report(reaudit, tmp_path, "pdf", "en")
    pages = body_text(out).split("\f")
    page = flat(next(p for p in pages if "Sign-off" in p.splitlines()[2:5] or "Sign-off\n" in p))
    assert "Sign-off" in page
    for phrase in ("Assessor", "Auditee representative", "Reviewer", "Name", "Title", "Date", "Signature",
                   "Company seal", "Wang Fang", "assessment #2 “Re-audit 2027”", "This is a draft report"):
        assert phrase in page, phrase
    assert "王芳" not in page  # the English sign-off names the assessor in English only
    assert "Finalise" not in page  # no instruction to the user in the deliverable
    assert fingerprint(reaudit.store, reaudit.assessment_id) in page


@poppler
def test_chinese_and_bilingual_pdfs(pdfs):
    zh, both = pdfs["zh"], pdfs["both"]
    for phrase in ("审核发现", "严重不符合项（1）", "整改计划", "已逾期", "资料索取清单", "与基线评估的比较",
                   "改进的项目（1）", "退步的项目（1）", "签署", "评估人", "受审方代表", "审核人", MARKUP):
        assert phrase in zh, phrase
    assert "Findings" not in zh and "Overdue" not in zh
    for phrase in ("审核发现 Findings", "整改计划 Action plan", "2027年2月1日 已逾期 Overdue", "签署 Sign-off",
                   "受审方代表 Auditee representative", "Items improved (1)", MARKUP):
        assert phrase in both, phrase


@poppler
def test_summary_counts_findings_and_actions(pdfs):
    summary = section(pdfs["en"], "Executive summary", "Weakest elements")
    assert "Findings and actions 1 1 1 0 1 2 1 Major nonconformity Minor nonconformity Observation " \
           "Opportunity for improvement Good practice Open actions Overdue actions" in summary


@poppler
def test_without_findings_the_summary_says_so_and_the_sections_are_left_out(mini_assessment, tmp_path):
    store, aid = mini_assessment
    plain = flat(pdf_text(report(AssessmentSession(store, aid), tmp_path, "pdf", "en")))
    assert "Findings and actions No findings recorded." in plain
    for heading in ("Findings Most severe first", "Action plan", "Document requests", "Comparison with"):
        assert heading not in plain
    assert "Sign-off" in plain  # the sign-off page is always there


# --- finalised ----------------------------------------------------------------------------------------


@poppler
def test_a_finalised_report_shows_the_recorded_fingerprint(reaudit, tmp_path):
    store, aid = reaudit.store, reaudit.assessment_id
    recorded = finalise(store, aid)
    reaudit.reload()
    a = store.assessments.get(aid)
    assert recorded == a.fingerprint == fingerprint(store, aid)
    m = build_model(reaudit, report_date=REPORT_DATE)
    assert m.meta.fingerprint == m.meta.computed_fingerprint == recorded and not m.meta.fingerprint_mismatch
    out = report(reaudit, tmp_path, "pdf", "en")
    pages = pdf_text(out).split("\f")[:-1]
    for page in pages:
        assert f"Fingerprint (SHA-256, recorded at finalisation): {recorded}" in flat(page)
    cover = flat(pages[0])
    day = a.finalised_at[:10]
    assert f"Finalised ({day}" in cover and "Content fingerprint (SHA-256, recorded at finalisation)" in cover
    assert f"finalised on {day}" in cover and "locked read-only" in cover
    signoff = flat(next(p for p in pages if "Signature" in p))
    assert signoff.count(day) >= 3 and "Finalise it before signing" not in signoff
    ws = openpyxl.load_workbook(report(reaudit, tmp_path, "xlsx", "en"))["Summary"]
    values = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0]}
    assert values["Content fingerprint (SHA-256, recorded at finalisation)"] == recorded
    assert values["Status"].startswith(f"Finalised ({day}")


@poppler
def test_content_changed_after_finalising_is_flagged(reaudit, tmp_path):
    store, aid = reaudit.store, reaudit.assessment_id
    recorded = finalise(store, aid)
    with store.transaction() as db:  # what a hand edit of the database file would do
        db.execute("UPDATE responses SET note = 'edited behind the app' WHERE assessment_id = ? AND item_id = 'P1'",
                   [aid])
    reaudit.reload()
    m = build_model(reaudit)
    assert m.meta.fingerprint == recorded and m.meta.fingerprint_mismatch
    cover = flat(pdf_text(report(reaudit, tmp_path, "pdf", "en"), "-f", "1", "-l", "1"))
    assert "Warning: the content now hashes to" in cover and m.meta.computed_fingerprint in cover


def test_demo_store_re_audit_reports(demo_store_path, tmp_path):
    """The demo assessment, finalised, re-audited with a finding: both formats build from a read-only store."""
    with open_store(demo_store_path) as store:
        base = store.assessments.latest().id
        finalise(store, base)
        new = store.lifecycle.reaudit(base, "Re-audit", scoring_model=1)
        store.findings.create(new, "minor", "Example", element_id="policy")
    with open_store(demo_store_path, read_only=True) as store:
        session = AssessmentSession(store, new)
        m = build_model(session)
        assert len(m.comparison.elements) == len(m.elements) == 12 and len(m.comparison.unchanged) > 40  # 9 + module
        for fmt in ("xlsx", "pdf"):
            assert build_report(session, fmt, tmp_path / f"demo.{fmt}").stat().st_size > 1000


@poppler
@pytest.mark.parametrize("lang", ["zh", "en", "both"])
def test_the_cover_with_its_status_note_stays_on_one_page(reaudit, tmp_path, lang):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (31, 58, 95)).save(logo)
    for name, kwargs in (("plain", {}), ("logo", {"logo": logo})):
        out = build_report(reaudit, "pdf", tmp_path / f"{name}-{lang}.pdf", language=lang, **kwargs)
        second = flat(pdf_text(out, "-f", "2", "-l", "2"))
        assert ("执行摘要" if lang != "en" else "Executive summary") in second, (name, second[:200])


def test_the_demo_comparison_sheet_leaves_a_missing_level_blank_and_marks_changes(demo_store_path, tmp_path):
    from exportaudit.core.store import open_store

    with open_store(demo_store_path, read_only=True) as store:
        session = AssessmentSession(store, store.assessments.latest().id)  # the 2026 re-audit
        ws = openpyxl.load_workbook(report(session, tmp_path, "xlsx", "en"))["Comparison"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    not_comparable = [r for r in rows if r[4] == "Not comparable"]
    assert len(not_comparable) > 10
    assert all(None in r[2:4] and "—" not in r[2:4] for r in not_comparable)  # a blank, not a dash, in a number column
    contingency = next(r for r in rows if r[0] == "5. Contingency measures")
    assert contingency[1:4] == [2, 1, -1] and contingency[6] == -0.5
    start = next(n for n, r in enumerate(rows) if r[0] == "Answers carried over and not yet re-confirmed (6)")
    assert [r[1:3] for r in rows[start + 2:start + 8]] == [["POL-07", 3], ["ORG-08", 3], ["RSK-05", 2], ["TRN-05", 3],
                                                           ["REC-06", 3], ["MAN-06", 3]]
