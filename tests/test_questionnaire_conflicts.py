"""A questionnaire import never undoes newer work silently: answers changed in ExportAudit after the export are
kept, and an answer changed on both sides is a conflict the user decides."""

import openpyxl
import pytest
from test_questionnaire import fill

from exportaudit.cli import main
from exportaudit.core.session import AssessmentSession
from exportaudit.exchange import questionnaire_layout as L
from exportaudit.exchange.questionnaire_export import export_questionnaire
from exportaudit.exchange.questionnaire_import import NotApplicable, apply_questionnaire, read_questionnaire


@pytest.fixture
def exported(mini_assessment, tmp_path):
    """P1 rated 2 with a note, S2 N/A, then exported; the store and the workbook are changed afterwards."""
    store, aid = mini_assessment
    store.answers.rate(aid, "P1", 2)
    store.answers.set_note(aid, "P1", "Draft policy")
    store.answers.mark_not_applicable(aid, "S2", "No brokering")
    path = tmp_path / "questionnaire.xlsx"
    export_questionnaire(AssessmentSession(store, aid), path, language="en")
    return store, aid, path


def test_an_answer_changed_only_in_the_store_keeps_its_newer_value(exported):
    store, aid, path = exported
    store.answers.rate(aid, "P1", 4)  # the auditor's work after the export
    store.answers.set_note(aid, "P1", "Policy signed on 3 May")
    fill(path, {"S1": {"rating": 3}})  # the client answered another item and left P1 as exported
    session = AssessmentSession(store, aid)
    preview = read_questionnaire(path, session)
    assert preview.conflicts == [] and [c.item_id for c in preview.changes] == ["S1"]
    apply_questionnaire(session, preview)
    assert (store.answers.get(aid, "P1").level, store.answers.get(aid, "P1").note) == (4, "Policy signed on 3 May")
    assert store.answers.get(aid, "S1").level == 3


def test_an_answer_changed_on_both_sides_is_a_conflict_kept_unless_chosen(exported):
    store, aid, path = exported
    store.answers.rate(aid, "P1", 4)
    store.answers.set_note(aid, "P1", "Checked on site")
    fill(path, {"P1": {"rating": 1, "note": "We have no policy yet"}, "S2": {"rating": 3, "na": ""}})
    session = AssessmentSession(store, aid)
    preview = read_questionnaire(path, session)
    conflicts = {(c.item_id, c.field): (c.at_export, c.in_store, c.in_workbook) for c in preview.conflicts}
    assert conflicts == {("P1", "rating"): (2, 4, 1),
                         ("P1", "note"): ("Draft policy", "Checked on site", "We have no policy yet")}
    assert [(c.item_id, c.field, c.new) for c in preview.changes] == [("S2", "level", 3), ("S2", "na", False)]
    apply_questionnaire(session, preview)  # nothing chosen: the store's values stay
    assert (store.answers.get(aid, "P1").level, store.answers.get(aid, "P1").note) == (4, "Checked on site")
    assert store.answers.get(aid, "S2").level == 3
    rating = next(c for c in preview.conflicts if c.field == "rating")
    apply_questionnaire(session, read_questionnaire(path, session), [rating])
    assert (store.answers.get(aid, "P1").level, store.answers.get(aid, "P1").note) == (1, "Checked on site")


def test_the_same_change_on_both_sides_is_no_conflict(exported):
    store, aid, path = exported
    store.answers.rate(aid, "P1", 3)
    fill(path, {"P1": {"rating": 3}})
    preview = read_questionnaire(path, AssessmentSession(store, aid))
    assert preview.conflicts == [] and preview.changes == []


def test_a_new_justification_against_a_changed_one_is_a_conflict(exported):
    store, aid, path = exported
    store.answers.mark_not_applicable(aid, "S2", "We do not broker (confirmed)")
    fill(path, {"S2": {"justification": "No brokering at all"}})
    conflict, = read_questionnaire(path, AssessmentSession(store, aid)).conflicts
    assert (conflict.item_id, conflict.field) == ("S2", "rating")
    assert (conflict.at_export, conflict.in_store, conflict.in_workbook) == (
        NotApplicable("No brokering"), NotApplicable("We do not broker (confirmed)"), NotApplicable("No brokering at all"))


def old_format(path):
    """The questionnaire as an older ExportAudit wrote it: no answers at export."""
    wb = openpyxl.load_workbook(path)
    del wb[L.BASE_SHEET]
    meta = wb[L.META_SHEET]
    next(r for r in meta.iter_rows(max_col=2) if r[0].value == "format")[1].value = 1
    wb.save(path)


def test_an_old_questionnaire_makes_every_differing_answer_a_conflict(exported):
    store, aid, path = exported
    old_format(path)
    store.answers.rate(aid, "P1", 4)
    fill(path, {"S1": {"rating": 3}})
    session = AssessmentSession(store, aid)
    preview = read_questionnaire(path, session)
    assert not preview.knows_export and [n.code for n in preview.notices] == ["no_base"]
    assert {(c.item_id, c.field, c.at_export, c.in_store, c.in_workbook) for c in preview.conflicts} == {
        ("P1", "rating", None, 4, 2), ("S1", "rating", None, None, 3)}
    assert preview.changes == []
    assert apply_questionnaire(session, preview) == 0
    assert store.answers.get(aid, "P1").level == 4


def test_an_edited_record_of_the_answers_at_export_is_not_trusted(exported):
    store, aid, path = exported
    store.answers.rate(aid, "P1", 4)
    fill(path, {"P1": {"rating": 1}})
    wb = openpyxl.load_workbook(path)  # someone rewrites the hidden record so that 4 looks like the exported value
    base = wb[L.BASE_SHEET]
    next(r for r in base.iter_rows(min_row=2) if r[0].value == "P1")[1].value = 4
    wb.save(path)
    preview = read_questionnaire(path, AssessmentSession(store, aid))
    assert [n.code for n in preview.notices] == ["base_changed"] and not preview.knows_export
    assert preview.changes == [] and [(c.item_id, c.in_store, c.in_workbook) for c in preview.conflicts] == [
        ("P1", 4, 1)]


def test_a_formula_without_a_computed_value_is_a_row_problem(exported):
    store, aid, path = exported
    fill(path, {"P2": {"rating": "=1+2"}, "S1": {"rating": 3}})  # openpyxl saves formulas uncalculated
    preview = read_questionnaire(path, AssessmentSession(store, aid))
    problem, = preview.problems
    assert (problem.key, problem.code, problem.values) == ("P2", "formula_without_value",
                                                               {"header": L.HEADERS["rating"]})
    assert "formula" in problem.message and [c.item_id for c in preview.changes] == ["S1"]


def test_cli_lists_conflicts_with_three_values_and_takes_the_workbook_only_when_told(exported, capsys):
    store, aid, path = exported
    store.answers.rate(aid, "P1", 4)
    fill(path, {"P1": {"rating": 1}})
    store_path = str(store.path)
    assert main(["questionnaire", "import", "--store", store_path, "--dry-run", str(path)]) == 0
    out = capsys.readouterr().out
    assert "conflict: P1" in out and "at export 2 | now 4 | workbook 1: ExportAudit's value is kept" in out
    assert "--take-workbook" in out
    assert main(["questionnaire", "import", "--store", store_path, "--yes", str(path)]) == 0
    assert store.answers.get(aid, "P1").level == 4
    assert main(["questionnaire", "import", "--store", store_path, "--yes", "--take-workbook", "S9", str(path)]) == 1
    assert "S9" in capsys.readouterr().err
    assert main(["questionnaire", "import", "--store", store_path, "--yes", "--take-workbook", "P1", str(path)]) == 0
    assert store.answers.get(aid, "P1").level == 1


def test_cli_help_documents_taking_the_workbooks_value(capsys):
    with pytest.raises(SystemExit):
        main(["questionnaire", "import", "--help"])
    out = capsys.readouterr().out
    assert "--take-workbook ITEM[,ITEM]" in out and "--take-workbook-all" in out
