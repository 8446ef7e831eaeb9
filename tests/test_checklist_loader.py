"""The loader accepts valid checklists and refuses broken ones whole, saying where and what was expected."""

import re
from pathlib import Path

import pytest

from exportaudit.core.checklist_loader import ChecklistError, load_checklist_file, parse_checklist
from exportaudit.paths import checklists_dir
from tests.helpers.checklists import MINI, checklist_problems


def problems_of(text: str) -> list[str]:
    return checklist_problems(text, "broken.toml")


def replace_once(old: str, new: str, text: str = MINI) -> str:
    assert old in text, f"test fixture lacks {old!r}"
    return text.replace(old, new, 1)


def test_mini_checklist_loads_with_everything_it_declares():
    c = parse_checklist(MINI, "mini.toml")
    assert (c.id, c.version) == ("mini", "1.0")
    assert [e.id for e in c.elements] == ["policy", "screening", "records"]
    assert [lv.level for lv in c.levels] == [0, 1, 2, 3, 4, 5]
    assert c.level(3).label.zh == "已定义" and c.level(3).label.en == "Defined"
    assert c.item("S1").key and c.item("S1").weight == 2.0 and c.item("S1").legal_basis == ("ECL 2020 Art. 15",)
    assert c.item("S3").operator_types == frozenset({"agent"}) and c.item("P3").sizes == frozenset({"large"})
    assert c.profile("basic").targets == {"policy": 3, "screening": 4, "records": 3}
    assert len(c.sha256) == 64


@pytest.mark.parametrize("path", sorted(checklists_dir().glob("*.toml")), ids=lambda p: p.name)
def test_every_bundled_checklist_is_valid(path):
    checklist = load_checklist_file(path)
    assert checklist.items and checklist.target_profiles


def test_mofcom_checklist_meets_the_content_bar():
    full = load_checklist_file(checklists_dir() / "mofcom-2021-dual-use-icp.toml")
    c = full.for_modules(())  # the nine elements; the optional module's come after them
    assert [e.id for e in c.elements] == ["policy", "organisation", "risk", "screening", "contingency",
                                          "training", "audit", "records", "manual"]
    assert [(e.id, e.module) for e in full.elements[9:]] == [("security", "other-frameworks"),
                                                             ("disclosure", "other-frameworks"),
                                                             ("jurisdiction", "other-frameworks")]
    assert len(c.items) >= 60
    for element in c.elements:
        items = c.items_of(element.id)
        assert len(items) >= 6, element.id
        assert any(i.key for i in items), f"{element.id} has no key item"
    cited = [i for i in c.items if i.legal_basis]
    assert all(re.search(r"(ECL 2020 Art\. \d+|DUR 2024 Art\. \d+|MOFCOM 2021)", ref)
               for i in cited for ref in i.legal_basis)
    assert {p.id for p in c.target_profiles} >= {"small-exporter", "established-exporter", "large-group"}


def test_general_licence_checklist_is_separate_and_rests_on_article_14_and_dur_16():
    c = load_checklist_file(checklists_dir() / "general-licence-readiness.toml")
    assert c.id == "general-licence-readiness"
    # Art. 14 is the incentive (context, no duty): a related provision; the conditions are DUR Art. 16(2)
    assert "ECL 2020 Art. 14" in c.item("ICP-01").related and "DUR 2024 Art. 16(2)" in c.item("ICP-01").legal_basis
    for item_id in ("ELG-03", "ELG-04", "ICP-03", "LIC-02", "LIC-03", "RPT-03"):
        assert c.item(item_id).key, item_id


# --- ten-plus distinct broken files, each with its own specific message -----------------------------


def test_unknown_element_names_the_item_line_and_the_choices():
    text = replace_once('element = "records"', 'element = "archives"')
    [msg] = [p for p in problems_of(text) if "unknown element" in p]
    line = text.splitlines().index('element = "archives"') + 1
    assert msg == (f"broken.toml:{line}: items[6].element: unknown element 'archives'; "
                   "expected one of: policy, records, screening")


def test_duplicate_item_id():
    text = replace_once('id = "S2"', 'id = "S1"')
    assert any("items[4].id: duplicate item id 'S1'" in p for p in problems_of(text))


def test_duplicate_element_id():
    text = replace_once('id = "records"', 'id = "policy"')
    assert any("elements[2].id: duplicate element id 'policy'" in p for p in problems_of(text))


def test_missing_english_text():
    text = replace_once('question = { zh = "问题 P2", en = "Question P2" }', 'question = { zh = "问题 P2" }')
    assert any("items[1].question.en: missing English text (en)" in p for p in problems_of(text))


def test_missing_chinese_text_in_scale():
    text = replace_once('label = { zh = "初始", en = "Initial" }', 'label = { en = "Initial" }')
    assert any("scale.levels[1].label.zh: missing Chinese text (zh)" in p for p in problems_of(text))


def test_empty_text_is_refused():
    text = replace_once('guidance = { zh = "指引 R2", en = "Guidance R2" }', 'guidance = { zh = "  ", en = "Guidance R2" }')
    assert any("items[7].guidance.zh: expected a non-empty string" in p for p in problems_of(text))


@pytest.mark.parametrize("bad", ["0", "-1.5", '"heavy"', "true"])
def test_bad_item_weight(bad):
    text = replace_once("weight = 2.0\nkey = true", f"weight = {bad}\nkey = true")
    assert any("items[3].weight: bad weight" in p and "expected a number greater than 0" in p for p in problems_of(text))


def test_bad_element_weight():
    text = replace_once("weight = 2.0\n\n[[elements]]", "weight = 0\n\n[[elements]]")
    assert any("elements[1].weight: bad weight 0; expected a number greater than 0" in p for p in problems_of(text))


def test_unknown_operator_type_tag():
    text = replace_once('operator_types = ["agent"]', 'operator_types = ["broker"]')
    assert any("items[5].operator_types: unknown tag 'broker'; expected one of: exporter, agent, research, logistics, "
               "platform, finance, importer" in p for p in problems_of(text))


def test_unknown_size_tag():
    text = replace_once('sizes = ["large"]', 'sizes = ["huge"]')
    assert any("items[2].sizes: unknown tag 'huge'; expected one of: small, medium, large" in p for p in problems_of(text))


def test_scale_with_a_missing_level():
    start = MINI.index("[[scale.levels]]\nlevel = 5")
    end = MINI.index("\n\n[[elements]]")
    problems = problems_of(MINI[:start] + MINI[end:])
    assert any("scale.levels: bad scale: 5 levels; expected exactly 6 (0 to 5)" in p for p in problems)


def test_scale_levels_out_of_order():
    text = replace_once("level = 1\n", "level = 2\n")
    assert any("scale.levels[1].level: bad scale: level 2 stands at position 1" in p for p in problems_of(text))


def test_level_out_of_range_in_target_profile():
    text = replace_once("screening = 4, records = 3", "screening = 7, records = 3")
    assert any("target_profiles[0].targets.screening: bad level 7; expected a whole number from 0 to 5" in p
               for p in problems_of(text))


def test_target_profile_missing_an_element():
    text = replace_once("targets = { policy = 3, screening = 4, records = 3 }", "targets = { policy = 3, screening = 4 }")
    assert any("target_profiles[0].targets: no target for element 'records'" in p for p in problems_of(text))


def test_unknown_key_is_reported_as_a_probable_typo():
    text = replace_once('key = true', 'key = true\nkee = false')
    assert any("items[0].kee: unknown key 'kee'" in p for p in problems_of(text))


def test_missing_key_flag():
    text = replace_once("weight = 1.0\nkey = false\n\n[[items]]\nid = \"P3\"", "weight = 1.0\n\n[[items]]\nid = \"P3\"")
    assert any("items[1].key: missing; expected true or false" in p for p in problems_of(text))


def test_element_without_items():
    text = MINI.replace('element = "records"', 'element = "policy"')
    assert any("elements[2].id: element 'records' has no items" in p for p in problems_of(text))


def test_invalid_toml_gives_the_line():
    text = replace_once('version = "1.0"', 'version = "1.0')
    [msg] = problems_of(text)
    assert msg.startswith("broken.toml:4: not valid TOML")


def test_unsupported_format_version():
    text = replace_once("format = 1", "format = 3")
    assert any("format: unsupported format 3; this version reads formats 1, 2" in p for p in problems_of(text))


def test_bad_checklist_id():
    text = replace_once('id = "mini"', 'id = "Mini Checklist"')
    assert any("id: 'Mini Checklist' is not a valid id; expected lower-case letters, digits and '-'" in p
               for p in problems_of(text))


def test_every_problem_is_reported_at_once_and_nothing_is_returned():
    text = replace_once('id = "S2"', 'id = "S1"')
    text = replace_once('sizes = ["large"]', 'sizes = ["huge"]', text)
    text = replace_once('question = { zh = "问题 P2", en = "Question P2" }', 'question = { zh = "问题 P2" }', text)
    assert len(problems_of(text)) == 3


def test_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "gbk.toml"
    path.write_bytes(MINI.encode("gbk"))
    with pytest.raises(ChecklistError) as info:
        load_checklist_file(path)
    assert "is not UTF-8 text; save it as UTF-8" in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(ChecklistError) as info:
        load_checklist_file(tmp_path / "absent.toml")
    assert "absent.toml: cannot be read" in str(info.value)


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MINI.encode("utf-8"))
    assert load_checklist_file(path).id == "mini"


def test_model_2_fields_statutory_checks_and_minimum_sample():
    from exportaudit.core.checklist_loader import load_checklist_file

    c = load_checklist_file(Path(__file__).parent / "data" / "model2.toml")
    assert c.transaction_testing.minimum_sample == 5
    assert c.transaction_testing.check("licence").statutory and not c.transaction_testing.check("filing").statutory
    assert c.item("S1").is_statutory and not c.item("R1").is_statutory


def test_bad_minimum_sample_and_statutory_flag_are_refused():
    text = (Path(__file__).parent / "data" / "model2.toml").read_text(encoding="utf-8")
    bad = text.replace("minimum_sample = 5", "minimum_sample = 0").replace("statutory = true", 'statutory = "yes"')
    with pytest.raises(ChecklistError) as exc:
        parse_checklist(bad, "bad.toml")
    messages = [p.message for p in exc.value.problems]
    assert any("bad minimum_sample 0" in m for m in messages)
    assert any("expected true or false, found a string" in m for m in messages)


def test_a_statutory_key_item_needs_a_target_of_4_warning_in_format_1_error_in_format_2():
    text = (Path(__file__).parent / "data" / "model2.toml").read_text(encoding="utf-8")
    c = parse_checklist(text, "m.toml")
    # P1 (policy) is statutory and key; profile 'basic' sets policy to 3. R1 is key on guidance only.
    assert len(c.warnings) == 1 and "statutory key item P1" in c.warnings[0] and "m.toml:" in c.warnings[0]
    # format 2 (the bundled checklist): the same rule is an error
    from exportaudit.core.catalogue import find_checklist

    v2 = find_checklist("mofcom-2021-dual-use-icp").text
    lowered = v2.replace("risk = 3, screening = 4,", "risk = 3, screening = 3,", 1)
    assert lowered != v2
    with pytest.raises(ChecklistError) as exc:
        parse_checklist(lowered, "m.toml")
    assert any("statutory key item SCR-01" in p.message for p in exc.value.problems)
    fixed = parse_checklist(text.replace("targets = { policy = 3,", "targets = { policy = 4,"), "m.toml")
    assert fixed.warnings == ()


# --- the optional module block ---------------------------------------------------------------------

MODULE = '''
[[modules]]
id = "extra"
name = { zh = "补充", en = "Extra" }
description = { zh = "补充模块", en = "An extra module" }

[[elements]]
id = "security"
module = "extra"
name = { zh = "安全", en = "Security" }
weight = 1.0

[[items]]
id = "X1"
element = "security"
question = { zh = "问题 X1", en = "Question X1" }
guidance = { zh = "指引 X1", en = "Guidance X1" }
evidence = { zh = "证据 X1", en = "Evidence X1" }
legal_basis = []
weight = 1.0
key = false
'''


def test_a_module_block_at_the_end_loads_and_needs_no_targets():
    c = parse_checklist(MINI + MODULE, "mini.toml")
    assert [m.id for m in c.modules] == ["extra"] and c.element("security").module == "extra"
    assert [e.id for e in c.for_modules(()).elements] == ["policy", "screening", "records"]
    assert not c.for_modules(()).has_item("X1") and c.for_modules(["extra"]).has_item("X1")
    assert "security" not in c.profile("basic").targets  # no target asked of a module element


def test_an_element_naming_an_undeclared_module_and_a_module_without_elements():
    text = MINI + MODULE.replace('module = "extra"', 'module = "extras"')
    problems = problems_of(text)
    assert any("elements[3].module: unknown module 'extras'" in p for p in problems)
    assert any("modules[0].id: module 'extra' has no elements" in p for p in problems)
