"""The Excel report, read back with openpyxl: sheets, figures, the native radar chart and text safety."""

import zipfile

import openpyxl
import pytest
from openpyxl.chart import RadarChart

from exportaudit.core.session import AssessmentSession
from exportaudit.reports import build_report

FORMULA_NOTE = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def session(mini_assessment, tmp_path):
    """The mini assessment, answered so every state shows (the scoring doc's case A, plus extras)."""
    store, aid = mini_assessment
    for item, level in {"P1": 4, "P2": 3, "S1": 5, "S2": 4, "R1": 2, "R2": 5}.items():
        store.answers.rate(aid, item, level)
    evidence = tmp_path / "policy.pdf"
    evidence.write_bytes(b"%PDF-1.4 signed policy")
    store.evidence.add(aid, "P1", evidence)
    store.evidence.add(aid, "S2", evidence)
    store.evidence.add(aid, "R2", evidence)
    store.answers.set_note(aid, "P1", FORMULA_NOTE)
    store.answers.set_note(aid, "P2", "+1 call the owner")
    store.answers.set_note(aid, "S1", "@SUM(A1) and a bell\x07 <b>&amp;")
    store.answers.set_note(aid, "S2", "-2 samples failed; 两份最终用户证明缺签章")
    return AssessmentSession(store, aid)


def write(session, tmp_path, lang="both"):
    out = build_report(session, "xlsx", tmp_path / f"report-{lang}.xlsx", language=lang)
    return out, openpyxl.load_workbook(out)


def rows_of(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def find_row(ws, first_cell_startswith):
    for row in ws.iter_rows():
        if isinstance(row[0].value, str) and row[0].value.startswith(first_cell_startswith):
            return row
    raise AssertionError(f"no row starting {first_cell_startswith!r}")


def test_three_sheets_in_each_language_and_the_chart_data_hidden_last(session, tmp_path):
    books = {lang: write(session, tmp_path, lang)[1] for lang in ("zh", "en", "both")}
    names = {lang: wb.sheetnames for lang, wb in books.items()}
    assert names == {"zh": ["摘要", "检查清单", "证据索引", "雷达图数据"],
                     "en": ["Summary", "Checklist", "Evidence", "Radar chart data"],
                     "both": ["摘要 Summary", "检查清单 Checklist", "证据索引 Evidence", "雷达图数据 Radar chart data"]}
    assert [ws.sheet_state for ws in books["en"].worksheets] == ["visible"] * 3 + ["hidden"]


def test_summary_states_the_scores_of_the_assessment(session, tmp_path):
    _, wb = write(session, tmp_path, "both")
    ws = wb.worksheets[0]
    values = [v for row in rows_of(ws) for v in row if v is not None]
    assert "Acme Export Ltd" in values and "Self-check 2026" in values
    assert "迷你清单 / Mini checklist (mini)" in values and "1.0" in values
    assert "自我评估 / Self-assessment" in values and "进行中 / In progress" in values
    assert session.score.overall.score == 3.4 and 3.4 in values
    assert "3 – 已定义 / Defined" in values  # overall level 3, complete coverage so not provisional
    # the element table: name, score, level, label, target, gap, coverage, capped, unevidenced
    policy = [c.value for c in find_row(ws, "1. 政策声明 / Policy statement")[:9]]
    assert policy == ["1. 政策声明 / Policy statement", 3.5, 3, "3 – 已定义 / Defined", 3, 0, 1, None, None]
    screening = [c.value for c in find_row(ws, "2. 审查程序")[:9]]
    assert screening[1:7] == [3.3, 3, "3 – 已定义 / Defined", 4, 1, 1] and screening[8] == 1  # one unevidenced
    records = [c.value for c in find_row(ws, "3. 资料档案")[:9]]
    assert records[1:3] == [3.5, 2] and records[7] == "是 / Yes"  # capped by key item R1
    assert find_row(ws, "内容指纹")[1].value == __import__("exportaudit.core.fingerprint", fromlist=["x"]).fingerprint(
        session.store, session.assessment_id)


def test_summary_has_a_native_radar_of_levels_against_target(session, tmp_path):
    _, wb = write(session, tmp_path, "en")
    ws = wb.worksheets[0]
    charts = ws._charts
    assert len(charts) == 1 and isinstance(charts[0], RadarChart)
    chart = charts[0]
    assert len(chart.series) == 2
    # the series read the chart data block on a hidden sheet (the last): element names, levels, targets
    data = wb.worksheets[-1]
    assert data.title == "Radar chart data" and data.sheet_state == "hidden"
    level_ref = chart.series[0].val.numRef.f
    target_ref = chart.series[1].val.numRef.f
    cats_ref = chart.series[0].cat.strRef.f if chart.series[0].cat.strRef else chart.series[0].cat.numRef.f

    def cells(ref):
        sheet, rng = ref.split("!")
        assert sheet.strip("'") == data.title
        return [c.value for row in data[rng.replace("$", "")] for c in row]

    assert cells(cats_ref) == ["Policy statement", "Screening procedures", "Records"]
    assert cells(level_ref) == [3, 3, 2]
    assert cells(target_ref) == [3, 4, 3]


def test_checklist_sheet_lists_every_applicable_item(session, tmp_path):
    _, wb = write(session, tmp_path, "en")
    ws = wb.worksheets[1]
    header = [c.value for c in ws[1]]
    assert header == ["Element", "ID", "Question", "Key item", "Rating", "Rating label", "Counts as", "Unevidenced",
                      "N/A justification", "Notes", "Evidence files", "Legal basis"]
    rows = {r[1]: r for r in rows_of(ws)[1:]}
    assert list(rows) == ["P1", "P2", "S1", "S2", "R1", "R2"]  # P3 (large firms) and S3 (agents) are out of scope
    assert rows["P1"][3:8] == ["Yes", 4, "Managed", 4, None]
    assert rows["S1"][4:8] == [5, "Optimised", 3, "no evidence: counts as 3"]
    assert rows["R2"][4:7] == [5, "Optimised", 5]
    assert rows["P1"][10] == 1 and rows["P2"][10] == 0 and rows["P1"][11] == "ECL 2020 Art. 15"
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == "A1:L7"
    assert ws["A1"].font.b and ws["C2"].alignment.wrap_text


def test_not_applicable_shows_its_justification(session, tmp_path):
    session.mark_not_applicable("R2", "=No archive of our own; the group keeps it")
    _, wb = write(session, tmp_path, "both")
    row = next(r for r in wb.worksheets[1].iter_rows(min_row=2) if r[1].value == "R2")
    assert (row[4].value, row[5].value, row[6].value) == ("不适用 / N/A", "不适用 / N/A", None)  # no figure: blank
    assert row[8].value == "=No archive of our own; the group keeps it" and row[8].data_type == "s"


def test_unanswered_items_leave_numeric_cells_blank(mini_assessment, tmp_path):
    store, aid = mini_assessment
    _, wb = write(AssessmentSession(store, aid), tmp_path, "zh")
    rows = rows_of(wb.worksheets[1])[1:]
    assert {(r[4], r[5], r[6]) for r in rows} == {(None, "未作答", None)}  # sortable: blank, never "—"
    summary = [v for row in rows_of(wb.worksheets[0]) for v in row if v is not None]
    assert "—" in summary


def test_user_text_starting_like_a_formula_is_stored_as_text(session, tmp_path):
    out, wb = write(session, tmp_path, "en")
    ws = wb.worksheets[1]
    notes = {r[1].value: r[9] for r in ws.iter_rows(min_row=2)}
    assert notes["P1"].value == FORMULA_NOTE and notes["P1"].data_type == "s"
    assert notes["P2"].value == "+1 call the owner" and notes["P2"].data_type == "s"
    assert notes["S2"].value.startswith("-2 samples") and notes["S2"].data_type == "s"
    for cell in notes.values():
        if cell.value and cell.value[0] in "=+-@":
            assert cell.quotePrefix  # Excel keeps it text even when the user edits the cell
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def test_control_characters_are_replaced_visibly(session, tmp_path):
    _, wb = write(session, tmp_path, "en")
    notes = {r[1]: r[9] for r in rows_of(wb.worksheets[1])[1:]}
    assert notes["S1"] == "@SUM(A1) and a bell\ufffd <b>&amp;"


def test_evidence_index(session, tmp_path):
    _, wb = write(session, tmp_path, "both")
    ws = wb.worksheets[2]
    assert [c.value for c in ws[1]][:4] == ["文件名 / File name", "SHA-256", "大小（字节） / Size (bytes)", "编号 / ID"]
    rows = rows_of(ws)[1:]
    records = session.store.evidence.all(session.assessment_id)
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [(e.file_name, e.sha256, e.size, e.item_id) for e in records]
    assert len(rows) == 3 and rows[0][0] == "policy.pdf" and len(rows[0][1]) == 64


def test_bilingual_headers_and_texts(session, tmp_path):
    _, wb = write(session, tmp_path, "both")
    ws = wb.worksheets[1]
    assert ws["C1"].value == "问题 / Question"
    assert ws["C2"].value == "问题 P1\nQuestion P1"
    assert ws["F2"].value == "已管理 / Managed"


def test_very_long_note_is_cut_at_the_excel_cell_limit(mini_assessment, tmp_path):
    store, aid = mini_assessment
    store.answers.set_note(aid, "P1", "长" * 40000)
    _, wb = write(AssessmentSession(store, aid), tmp_path, "en")
    note = wb.worksheets[1]["J2"].value
    assert len(note) == 32767 and note.endswith("[truncated: the full 40000 characters are in the assessment]")
