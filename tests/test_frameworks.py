"""Frameworks and crosswalks: the bundled ones validate, broken ones are refused with their line, sections are
scored from the item results (partial links weigh half, nothing mapped is "not assessed", never 0), and the
optional checklist module adds its items without moving the nine MOFCOM element scores."""

import json
from pathlib import Path

import pytest

from exportaudit.cli import main
from exportaudit.core.checklist_loader import ChecklistError
from exportaudit.core.framework_catalogue import load_catalogue
from exportaudit.core.framework_loader import parse_crosswalk, parse_framework
from exportaudit.core.framework_scoring import NO_MAPPED_ITEM, NOT_ANSWERED, NOT_IN_SCOPE, score_framework
from exportaudit.core.scoring import AnswerState, score_assessment
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store

DATA = Path(__file__).parent / "data"

FRAMEWORK = '''kind = "framework"
format = 1
id = "mini-fw"
version = "1"
title = { zh = "小框架", en = "Mini framework" }
short = { zh = "小", en = "Mini" }
source = { zh = "测试", en = "Test" }
confidence = { zh = "测试", en = "Test" }

[[sections]]
id = "X1"
name = { zh = "一", en = "One" }
summary = { zh = "一", en = "One" }

[[sections]]
id = "X2"
name = { zh = "二", en = "Two" }
summary = { zh = "二", en = "Two" }

[[sections]]
id = "X3"
name = { zh = "三", en = "Three" }
summary = { zh = "三", en = "Three" }

[[sections]]
id = "X4"
ours = true
name = { zh = "四", en = "Four" }
summary = { zh = "四", en = "Four" }
'''

CROSSWALK = '''kind = "crosswalk"
format = 1
checklist = "mini"
framework = "mini-fw"
version = "1"

[[links]]
section = "X1"
relation = "full"
items = ["P1"]
rationale = { zh = "全", en = "full" }

[[links]]
section = "X1"
relation = "partial"
items = ["S1", "R2"]
rationale = { zh = "部分", en = "part" }

[[links]]
section = "X1"
relation = "related"
items = ["S2"]
rationale = { zh = "相关", en = "related" }

[[links]]
section = "X2"
relation = "full"
items = ["R1"]
rationale = { zh = "全", en = "full" }

[[links]]
section = "X4"
relation = "partial"
items = ["S3"]
rationale = { zh = "部分", en = "part" }
'''


@pytest.fixture
def mini_fw():
    return parse_framework(FRAMEWORK, "mini-fw.toml")


def crosswalk_problems(text, checklist, framework):
    with pytest.raises(ChecklistError) as info:
        parse_crosswalk(text, {checklist.id: checklist}, {framework.id: framework}, "x.toml")
    return [str(p) for p in info.value.problems]


# --- the bundled data -----------------------------------------------------------------------------


def test_bundled_frameworks_and_crosswalks_validate_and_map_every_section():
    catalogue = load_catalogue()
    assert not catalogue.errors
    assert [f.id for f in catalogue.frameworks] == ["bis-ecg-2017", "eu-2019-1318", "wassenaar-2011"]
    assert [len(f.sections) for f in catalogue.frameworks] == [8, 7, 9]
    for crosswalk in catalogue.crosswalks:
        assert crosswalk.checklist == "mofcom-2021-dual-use-icp"
        assert crosswalk.unmapped_sections == (), crosswalk.framework
    wassenaar = catalogue.framework("wassenaar-2011")
    assert [s.id for s in wassenaar.sections if s.ours] == ["W-add"]  # the one section id that is ours


def test_checklist_validate_covers_frameworks_and_crosswalks(capsys):
    from exportaudit.paths import crosswalks_dir, frameworks_dir

    files = sorted(str(p) for p in [*frameworks_dir().glob("*.toml"), *crosswalks_dir().glob("*.toml")])
    assert main(["checklist", "validate", *files]) == 0
    out = capsys.readouterr().out
    assert "framework eu-2019-1318 2019: 7 sections" in out
    assert "crosswalk mofcom-2021-dual-use-icp -> eu-2019-1318" in out


# --- validator errors -----------------------------------------------------------------------------


def test_crosswalk_refuses_unknown_ids_on_both_sides(mini_checklist, mini_fw):
    text = CROSSWALK.replace('items = ["P1"]', 'items = ["P1", "P9"]').replace('section = "X2"', 'section = "X9"')
    problems = crosswalk_problems(text, mini_checklist, mini_fw)
    line_item = text.splitlines().index('items = ["P1", "P9"]') + 1
    assert f"x.toml:{line_item}: links[0].items: unknown item 'P9' in checklist mini" in problems
    assert any("links[3].section: unknown section 'X9' of framework mini-fw; expected one of: X1, X2, X3, X4" in p
               for p in problems)


def test_crosswalk_refuses_unknown_checklist_framework_and_relation(mini_checklist, mini_fw):
    text = (CROSSWALK.replace('checklist = "mini"', 'checklist = "maxi"')
            .replace('framework = "mini-fw"', 'framework = "eu-1999"')
            .replace('relation = "related"', 'relation = "loosely"'))
    problems = crosswalk_problems(text, mini_checklist, mini_fw)
    assert any("checklist: unknown checklist 'maxi'; expected one of: mini" in p for p in problems)
    assert any("framework: unknown framework 'eu-1999'; expected one of: mini-fw" in p for p in problems)
    assert any("links[2].relation: unknown relation 'loosely'; expected one of: full, partial, related" in p
               for p in problems)


def test_crosswalk_refuses_a_pair_mapped_twice_and_a_missing_language(mini_checklist, mini_fw):
    text = CROSSWALK.replace('items = ["S1", "R2"]', 'items = ["S1", "R2", "S1"]').replace(
        'rationale = { zh = "相关", en = "related" }', 'rationale = { en = "related" }')
    problems = crosswalk_problems(text, mini_checklist, mini_fw)
    assert any("item 'S1' is mapped to section 'X1' twice" in p for p in problems)
    assert any("links[2].rationale.zh: missing Chinese text (zh)" in p for p in problems)


def test_framework_refuses_duplicate_section_and_wrong_kind():
    text = FRAMEWORK.replace('id = "X2"', 'id = "X1"').replace('kind = "framework"', 'kind = "crosswalk"')
    with pytest.raises(ChecklistError) as info:
        parse_framework(text, "f.toml")
    problems = [str(p) for p in info.value.problems]
    assert any("sections[1].id: duplicate section id 'X1'" in p for p in problems)
    assert any('kind: expected kind = "framework"' in p for p in problems)


def test_unmapped_sections_are_reported_not_refused(mini_checklist, mini_fw):
    crosswalk = parse_crosswalk(CROSSWALK, {"mini": mini_checklist}, {"mini-fw": mini_fw})
    assert crosswalk.unmapped_sections == ("X3",)


def test_checklist_validate_prints_unmapped_sections(tmp_path, capsys):
    files = {"mini.toml": (DATA / "mini.toml").read_text(encoding="utf-8"), "mini-fw.toml": FRAMEWORK,
             "mini--mini-fw.toml": CROSSWALK}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    # the crosswalk comes first: it is still checked against the checklist and framework named after it
    assert main(["checklist", "validate", *(str(tmp_path / n) for n in reversed(files))]) == 0
    assert "no item maps to section(s) X3 (shown as not assessed)" in capsys.readouterr().out


# --- section scores -------------------------------------------------------------------------------


def _score(checklist, framework, answers, evidence=()):
    crosswalk = parse_crosswalk(CROSSWALK, {"mini": checklist}, {"mini-fw": framework})
    item_scores = score_assessment(checklist, {k: AnswerState(level=v) for k, v in answers.items()},
                                   {i: 1 for i in evidence}, operator_type="exporter", size="small")
    return score_framework(framework, crosswalk, checklist, item_scores)


def test_partly_mapped_section_worked_out_by_hand(mini_checklist, mini_fw):
    # X1: P1 full (item weight 1 x 1 = 1), S1 partial (2 x 0.5 = 1), R2 partial (1 x 0.5 = 0.5), S2 related (0).
    # P1 = 3, S1 = 5 with evidence, R2 = 1, S2 = 0 (related: listed, not scored)
    # (1*3 + 1*5 + 0.5*1) / (1 + 1 + 0.5) = 8.5 / 2.5 = 3.4 -> level 3; coverage 3 of 3 (S2 not counted)
    x1 = _score(mini_checklist, mini_fw, {"P1": 3, "S1": 5, "R2": 1, "S2": 0}, evidence=["S1"]).section("X1")
    assert (x1.score, x1.level, x1.answered, x1.applicable, x1.capped) == (3.4, 3, 3, 3, False)
    assert [(r.link.item, r.link.relation, r.counted) for r in x1.items] == [
        ("P1", "full", True), ("S1", "partial", True), ("R2", "partial", True), ("S2", "related", False)]
    # the evidence gate applies as for elements: S1's 5 without a file counts as 3 -> (3 + 3 + 0.5) / 2.5 = 2.6
    assert _score(mini_checklist, mini_fw, {"P1": 3, "S1": 5, "R2": 1}).section("X1").score == 2.6


def test_fully_mapped_key_item_below_3_caps_a_section_a_partial_one_does_not(mini_checklist, mini_fw):
    # P1 (key, full) = 2: (2 + 5 + 0.5*5) / 2.5 = 3.8 -> would be 3, held at 2
    x1 = _score(mini_checklist, mini_fw, {"P1": 2, "S1": 5, "R2": 5}, evidence=["S1", "R2"]).section("X1")
    assert (x1.score, x1.level, x1.capped, x1.weak_key_items) == (3.8, 2, True, ("P1",))
    # S1 (key, partial) = 2: (4 + 2 + 0.5*4) / 2.5 = 3.2 -> level 3, not capped
    x1 = _score(mini_checklist, mini_fw, {"P1": 4, "S1": 2, "R2": 4}, evidence=["P1", "R2"]).section("X1")
    assert (x1.score, x1.level, x1.capped) == (3.2, 3, False)


def test_sections_with_nothing_to_score_are_not_assessed_never_zero(mini_checklist, mini_fw):
    fs = _score(mini_checklist, mini_fw, {"P1": 0})
    assert fs.section("X1").level == 0  # a real 0 stays a 0
    assert (fs.section("X2").level, fs.section("X2").not_assessed) == (None, NOT_ANSWERED)
    assert (fs.section("X3").level, fs.section("X3").not_assessed, fs.section("X3").items) == (None, NO_MAPPED_ITEM, ())
    # S3 is for agents only; this is an exporter
    assert (fs.section("X4").level, fs.section("X4").not_assessed) == (None, NOT_IN_SCOPE)
    assert fs.assessed == 1


# --- the optional module --------------------------------------------------------------------------


def test_module_switch_adds_items_without_changing_the_nine_element_scores(demo_store_path):
    store = open_store(demo_store_path)
    try:
        assessment_id = store.assessments.latest().id
        on = AssessmentSession(store, assessment_id)
        assert on.assessment.module_ids == ("other-frameworks",)
        module_items = [i.id for i in on.checklist.items if on.checklist.element(i.element).module]
        assert {"SEC-01", "VSD-01", "JUR-01"} <= set(module_items)
        with_module = on.score
        store.assessments.set_module(assessment_id, "other-frameworks", False)
        off = AssessmentSession(store, assessment_id)
        without = off.score
        assert [e.id for e in off.checklist.elements] == ["policy", "organisation", "risk", "screening",
                                                          "contingency", "training", "audit", "records", "manual"]
        assert not any(off.checklist.has_item(i) for i in module_items)
        assert with_module.elements[:9] == without.elements
        assert (with_module.overall.score, with_module.overall.level, with_module.overall.coverage) == (
            without.overall.score, without.overall.level, without.overall.coverage)
        # off, EU element 7 keeps only the partial links from the nine elements
        from exportaudit.core.framework_catalogue import framework_score
        e7_off = framework_score(off, "eu-2019-1318").section("E7")
        assert {r.link.item for r in e7_off.items if r.score is not None} == {"REC-05", "SCR-12", "RSK-10"}
        # switching back on loses no answer given to a module item
        store.assessments.set_module(assessment_id, "other-frameworks", True)
        again = AssessmentSession(store, assessment_id)
        assert again.score.items["SEC-01"] == with_module.items["SEC-01"]
        switches = [c.new for c in store.history.all(assessment_id) if c.field == "modules"]
        assert switches[-2:] == ["", "other-frameworks"]  # both switches are in the history
    finally:
        store.close()


def test_unknown_module_is_refused_and_changes_nothing(demo_store_path):
    store = open_store(demo_store_path)
    try:
        assessment_id = store.assessments.latest().id
        with pytest.raises(Exception, match="has no module 'security-plus'"):
            store.assessments.set_module(assessment_id, "security-plus", True)
        assert store.assessments.get(assessment_id).module_ids == ("other-frameworks",)
    finally:
        store.close()


# --- command line ---------------------------------------------------------------------------------


def test_score_framework_json_lists_the_seven_eu_elements(demo_store_path, capsys):
    assert main(["score", "--store", str(demo_store_path), "--framework", "eu-2019-1318", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["framework"]["id"] == "eu-2019-1318"
    assert "not an official equivalence" in data["framework"]["note"]
    sections = data["sections"]
    assert [s["id"] for s in sections] == ["E1", "E2", "E3", "E4", "E5", "E6", "E7"]
    for s in sections:
        assert isinstance(s["level"], int) and 0 <= s["level"] <= 5, s["id"]
        assert 0 < s["coverage"] <= 1 and s["items"], s["id"]
        assert {"id", "relation", "effective", "rationale_en", "rationale_zh"} <= set(s["items"][0])
    e7 = sections[-1]
    assert {"SEC-01", "SEC-02"} <= {i["id"] for i in e7["items"]}


def test_frameworks_list_and_an_unknown_framework(demo_store_path, capsys):
    assert main(["frameworks", "list", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == ["bis-ecg-2017", "eu-2019-1318",
                                                                       "wassenaar-2011"]
    assert main(["score", "--store", str(demo_store_path), "--framework", "iso-27001"]) == 1
    assert "No framework with id 'iso-27001'" in capsys.readouterr().err


def test_module_verb_switches_the_module(demo_store_path, capsys):
    assert main(["module", "off", "other-frameworks", "--store", str(demo_store_path)]) == 0
    assert "Module other-frameworks is off" in capsys.readouterr().out
    assert main(["module", "on", "nope", "--store", str(demo_store_path)]) == 1
    assert "has no module 'nope'" in capsys.readouterr().err


def test_under_scoring_model_2_a_fully_mapped_key_item_bounds_the_section_at_its_rating(mini_checklist, mini_fw):
    # P1 (key, full) = 0, S1 = R2 = 5 with evidence: (0 + 5 + 0.5*5) / 2.5 = 3.0
    crosswalk = parse_crosswalk(CROSSWALK, {"mini": mini_checklist}, {"mini-fw": mini_fw})
    items = score_assessment(mini_checklist, {k: AnswerState(level=v) for k, v in {"P1": 0, "S1": 5, "R2": 5}.items()},
                             {"S1": 1, "R2": 1}, operator_type="exporter", size="small")
    model1 = score_framework(mini_fw, crosswalk, mini_checklist, items, model=1).section("X1")
    model2 = score_framework(mini_fw, crosswalk, mini_checklist, items, model=2).section("X1")
    assert (model1.score, model1.level, model1.capped) == (3.0, 2, True)  # model 1: held at 2
    assert (model2.level, model2.capped, model2.weak_key_items) == (0, True, ("P1",))  # model 2: at the key item's 0
    assert model2.score < 1  # the shown score follows the level down
