"""The Excel questionnaire round trip: export for a client, import the filled workbook with a preview."""

import shutil

import openpyxl
import pytest

from exportaudit.cli import main
from exportaudit.core.fingerprint import finalise
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store
from exportaudit.exchange import questionnaire_layout as L
from exportaudit.exchange.questionnaire_export import export_questionnaire
from exportaudit.exchange.questionnaire_import import QuestionnaireError, apply_questionnaire, read_questionnaire


@pytest.fixture
def exported(mini_assessment, tmp_path):
    store, aid = mini_assessment
    store.answers.rate(aid, "P1", 2)
    store.answers.set_note(aid, "P1", "Draft policy")
    path = tmp_path / "questionnaire.xlsx"
    export_questionnaire(AssessmentSession(store, aid), path, language="both")
    return store, aid, path


def rows_by_item(ws):
    col = {L.HEADER_KEYS[c.value]: c.column for c in ws[L.HEADER_ROW] if c.value in L.HEADER_KEYS}
    return col, {ws.cell(row=r, column=col["item"]).value: r for r in range(L.FIRST_ROW, ws.max_row + 1)}


def fill(path, edits, *, unprotect=False, extra=None):
    """Edit the workbook as a client would: edits = {item: {column key: value}}."""
    wb = openpyxl.load_workbook(path)
    ws = wb[L.SHEET]
    col, rows = rows_by_item(ws)
    for item, values in edits.items():
        for key, value in values.items():
            ws.cell(row=rows[item], column=col[key], value=value)
    if extra:
        extra(ws, col, rows)
    wb.save(path)


def test_export_has_locked_structure_open_answers_dropdown_and_hidden_identity(exported):
    store, aid, path = exported
    wb = openpyxl.load_workbook(path)
    ws = wb[L.SHEET]
    col, rows = rows_by_item(ws)
    assert list(rows) == ["P1", "P2", "S1", "S2", "R1", "R2"]  # applicable items only, in order
    assert [c.value for c in ws[L.HEADER_ROW]][:3] == ["编号 / Item", "要素 / Element", "关键项 / Key item"]
    assert ws.protection.sheet
    p1 = rows["P1"]
    assert ws.cell(row=p1, column=col["question"]).protection.locked
    assert not ws.cell(row=p1, column=col["rating"]).protection.locked
    assert not ws.cell(row=p1, column=col["note"]).protection.locked
    assert ws.cell(row=p1, column=col["rating"]).value == "2 - 发展中 / Developing"
    assert ws.cell(row=p1, column=col["note"]).value == "Draft policy"
    validations = ws.data_validations.dataValidation
    assert any(dv.type == "list" and f"{L.META_SHEET}!$D$1:$D$6" in dv.formula1 for dv in validations)
    meta = wb[L.META_SHEET]
    assert meta.sheet_state == "veryHidden"
    values = {r[0].value: r[1].value for r in meta.iter_rows(max_col=2) if r[0].value}
    assert values["assessment_id"] == aid
    assert values["checklist_sha256"] == store.checklists.get(store.assessments.get(aid).checklist_sha256).sha256
    assert [meta.cell(row=n, column=4).value for n in range(1, 7)][3] == "3 - 已定义 / Defined"


def test_typed_answers_are_understood_and_previewed_without_writing(exported):
    store, aid, path = exported
    fill(path, {"P1": {"rating": "3"}, "P2": {"rating": "4 - 已管理"}, "S1": {"rating": "Defined"},
                "S2": {"na": "不适用", "justification": "No brokering"}, "R1": {"rating": "N/A", "justification": "Outsourced"},
                "R2": {"rating": 5, "note": "Archive in room 3"}})
    session = AssessmentSession(store, aid)
    preview = read_questionnaire(path, session)
    assert preview.problems == [] and preview.rows_read == 6
    changes = {(c.item_id, c.field): (c.old, c.new) for c in preview.changes}
    assert changes[("P1", "level")] == (2, 3)
    assert changes[("P2", "level")] == (None, 4) and changes[("S1", "level")] == (None, 3)
    assert changes[("S2", "na")] == (False, True) and changes[("S2", "na_reason")] == ("", "No brokering")
    assert changes[("R1", "na")] == (False, True)
    assert changes[("R2", "note")] == ("", "Archive in room 3")
    assert store.answers.get(aid, "P1").level == 2  # the preview wrote nothing
    assert apply_questionnaire(session, preview) == 6
    after = store.answers.all(aid)
    assert (after["P1"].level, after["P2"].level, after["S1"].level, after["R2"].level) == (3, 4, 3, 5)
    assert after["S2"].na and after["S2"].na_reason == "No brokering" and after["R2"].note == "Archive in room 3"
    assert after["P1"].note == "Draft policy"  # blank cells change nothing


def test_text_that_looks_like_a_formula_stays_text_both_ways(mini_assessment, tmp_path):
    store, aid = mini_assessment
    store.answers.set_note(aid, "P1", "=HYPERLINK(\"http://evil\",\"click\")")
    store.answers.mark_not_applicable(aid, "P2", "+cmd|' /C calc'!A0")
    path = tmp_path / "q.xlsx"
    export_questionnaire(AssessmentSession(store, aid), path)
    ws = openpyxl.load_workbook(path)[L.SHEET]
    col, rows = rows_by_item(ws)
    note = ws.cell(row=rows["P1"], column=col["note"])
    assert note.data_type == "s" and note.value.startswith("=HYPERLINK")
    preview = read_questionnaire(path, AssessmentSession(store, aid))
    assert preview.changes == [] and preview.problems == []


def test_bad_rows_are_listed_and_the_rest_still_imports(exported):
    store, aid, path = exported
    fill(path, {"P2": {"rating": 7}, "S1": {"rating": "maybe"}, "S2": {"rating": "N/A"},
                "R1": {"rating": "3", "na": "N/A", "justification": "x"}, "R2": {"rating": 4}},
         extra=lambda ws, col, rows: (ws.cell(row=rows["R2"] + 1, column=col["item"], value="ZZ-99"),
                                      ws.cell(row=rows["R2"] + 1, column=col["rating"], value=3)))
    preview = read_questionnaire(path, AssessmentSession(store, aid))
    reasons = {p.key: p.message for p in preview.problems}
    codes = {p.key: (p.code, p.values) for p in preview.problems}
    assert codes["P2"] == ("out_of_range", {"value": "7"}) and codes["S1"] == ("not_a_rating", {"value": "maybe"})
    assert codes["S2"] == ("na_needs_reason", {}) and codes["R1"] == ("rating_and_na", {"level": 3})
    assert codes["ZZ-99"] == ("unknown_item", {})
    assert reasons["P2"].startswith("rating 7 is out of range; expected 0 to 5")
    assert reasons["S1"].startswith("'maybe' is not a rating")
    assert reasons["S2"].startswith("N/A needs a justification")
    assert reasons["R1"].startswith("both a rating (3) and N/A are given")
    assert reasons["ZZ-99"].startswith("no such item in this assessment")
    assert [(c.item_id, c.new) for c in preview.changes] == [("R2", 4)]


def test_deleted_row_and_extra_column_are_reported_not_fatal(exported):
    store, aid, path = exported

    def edit(ws, col, rows):
        ws.protection.sheet = False
        ws.delete_rows(rows["S1"])
        ws.insert_cols(1)
        ws.cell(row=L.HEADER_ROW, column=1, value="客户批注")

    fill(path, {"P2": {"rating": 3}}, extra=edit)
    preview = read_questionnaire(path, AssessmentSession(store, aid))
    notices = [str(n) for n in preview.notices]
    assert "the row of item S1 is missing; its answer is left unchanged" in notices
    assert any(n.startswith('extra column "客户批注" (column A) was ignored') for n in notices)
    assert {(n.code, tuple(sorted(n.values.items()))) for n in preview.notices} == {
        ("missing_row", (("item", "S1"),)), ("extra_column", (("column", "A"), ("header", "客户批注")))}
    assert [(c.item_id, c.new) for c in preview.changes] == [("P2", 3)]


def refused(path, session, match):
    with pytest.raises(QuestionnaireError, match=match):
        read_questionnaire(path, session)


def test_wrong_assessment_is_refused(exported, mini_checklist):
    store, aid, path = exported
    other = store.assessments.create(store.assessments.get(aid).organisation_id, mini_checklist, "Other")
    refused(path, AssessmentSession(store, other),
            r"questionnaire.xlsx: it belongs to another assessment \(#\d+ \"Self-check 2026\"")


def test_changed_checklist_is_refused(exported, mini_checklist):
    from exportaudit.core.checklist_loader import parse_checklist

    store, aid, path = exported
    newer = parse_checklist(mini_checklist.text.replace('version = "1.0"', 'version = "1.1"'), "new.toml")
    wb = openpyxl.load_workbook(path)
    meta = wb[L.META_SHEET]
    for row in meta.iter_rows(max_col=2):
        if row[0].value == "checklist_sha256":
            row[1].value = newer.sha256
    wb.save(path)
    refused(path, AssessmentSession(store, aid), "made for a different checklist")


def test_renamed_answer_column_is_refused(exported):
    store, aid, path = exported
    fill(path, {}, extra=lambda ws, col, rows: ws.cell(row=L.HEADER_ROW, column=col["rating"], value="Score"))
    refused(path, AssessmentSession(store, aid), r"lacks the column\(s\) '评分 \(0-5\) / Rating \(0-5\)'")


def test_plain_workbook_and_non_excel_files_are_refused(exported, tmp_path):
    store, aid, path = exported
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    refused(plain, AssessmentSession(store, aid), "not an ExportAudit questionnaire")
    text = tmp_path / "answers.xlsx"
    text.write_text("not a zip")
    refused(text, AssessmentSession(store, aid), "not an Excel workbook")


def test_finalised_assessment_is_refused(exported):
    store, aid, path = exported
    finalise(store, aid)
    refused(path, AssessmentSession(store, aid), "is finalised; reopen it")


def test_apply_is_all_or_nothing(exported, monkeypatch):
    store, aid, path = exported
    fill(path, {"P2": {"rating": 3}, "S1": {"rating": 4}})
    session = AssessmentSession(store, aid)
    preview = read_questionnaire(path, session)
    real = store.answers.save
    calls = []

    def fail_second(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk went away")
        return real(*args, **kwargs)

    monkeypatch.setattr(store.answers, "save", fail_second)
    with pytest.raises(RuntimeError):
        apply_questionnaire(session, preview)
    monkeypatch.undo()
    assert store.answers.get(aid, "P2").level is None and store.answers.get(aid, "S1").level is None


# --- CLI -----------------------------------------------------------------------------------------------


def test_cli_round_trip_with_dry_run_then_for_real(demo_store_path, tmp_path, capsys):
    out = tmp_path / "q.xlsx"
    assert main(["questionnaire", "export", "--store", str(demo_store_path), "-o", str(out), "--lang", "zh"]) == 0
    assert "Questionnaire with" in capsys.readouterr().out
    with open_store(demo_store_path, read_only=True) as store:
        aid = store.assessments.latest().id
        unanswered = [i.id for i in AssessmentSession(store, aid).applicable_items if not store.answers.get(aid, i.id).answered]
    fill(out, {unanswered[0]: {"rating": "4 - 已管理"}, unanswered[1]: {"rating": 9}})
    before = demo_store_path.read_bytes()
    assert main(["questionnaire", "import", "--store", str(demo_store_path), str(out), "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert f"{unanswered[0]}" in captured.out and "Dry run: 1 item(s) would change; nothing was written." in captured.out
    assert "rating 9 is out of range" in captured.err
    assert demo_store_path.read_bytes() == before
    assert main(["questionnaire", "import", "--store", str(demo_store_path), str(out)]) == 0
    assert "Imported: 1 item(s) changed, 1 row(s) not imported." in capsys.readouterr().out
    with open_store(demo_store_path, read_only=True) as store:
        assert store.answers.get(aid, unanswered[0]).level == 4


def test_cli_questionnaire_in_english_has_no_chinese_header(demo_store_path, tmp_path, capsys):
    import re

    out = tmp_path / "q-en.xlsx"
    assert main(["questionnaire", "export", "--store", str(demo_store_path), "-o", str(out), "--lang", "en"]) == 0
    ws = openpyxl.load_workbook(out)[L.SHEET]
    headers = [c.value for c in ws[L.HEADER_ROW] if c.value]
    assert headers[:4] == ["Item", "Element", "Key item", "Question"]
    assert not [h for h in headers + [ws["A1"].value] if re.search(r"[\u4e00-\u9fff]", h)]


def test_cli_import_refusal_is_one_line(demo_store_path, tmp_path, capsys):
    bogus = tmp_path / "bogus.xlsx"
    shutil.copy(__file__, bogus)
    assert main(["questionnaire", "import", "--store", str(demo_store_path), str(bogus)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bogus.xlsx: it is a text file" in err[0] and "not an Excel workbook" in err[0]


def test_an_english_questionnaire_is_in_english_on_a4_with_fitted_rows_and_imports(mini_assessment, tmp_path):
    import re

    store, aid = mini_assessment
    path = tmp_path / "en.xlsx"
    export_questionnaire(AssessmentSession(store, aid), path, language="en")
    ws = openpyxl.load_workbook(path)[L.SHEET]
    headers = [c.value for c in ws[L.HEADER_ROW] if c.value]
    assert headers[:4] == ["Item", "Element", "Key item", "Question"]
    assert not any(re.search(r"[\u4e00-\u9fff]", h) for h in headers + [ws["A1"].value])
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert all((ws.row_dimensions[r].height or 0) >= 15 for r in range(L.FIRST_ROW, ws.max_row + 1))
    fill(path, {"P2": {"note": "Checked in English"}})
    preview = read_questionnaire(path, AssessmentSession(store, aid))
    assert preview.problems == []
    assert [(c.item_id, c.new) for c in preview.changes] == [("P2", "Checked in English")]
