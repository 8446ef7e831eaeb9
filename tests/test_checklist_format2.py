"""Checklist format 2: every statute reference exists to the paragraph, guidance never poses as a statute, every
source has a kind, every item describes its levels; and the review's corrections stay applied in 2.0.0."""


import pytest

from exportaudit.core.catalogue import find_checklist
from exportaudit.core.checklist_loader import load_checklist_file
from exportaudit.paths import checklists_dir
from tests.helpers.checklists import DATA, checklist_problems

MOFCOM = "mofcom-2021-dual-use-icp"


@pytest.fixture(scope="module")
def v2():
    return find_checklist(MOFCOM)


def problems(text: str) -> list[str]:
    return checklist_problems(text, "t.toml")


def _one_item_changed(old: str, new: str) -> str:
    text = find_checklist(MOFCOM).text
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


@pytest.mark.parametrize("old, new, expected", [
    ('legal_basis = ["ECL 2020 Art. 12(2)", "DUR 2024 Art. 14(2)", "DUR 2024 Art. 14(4)"]',
     'legal_basis = ["ECL 2020 Art. 50"]', "ECL 2020 has no Article 50"),
    ('legal_basis = ["ECL 2020 Art. 12(2)", "DUR 2024 Art. 14(2)", "DUR 2024 Art. 14(4)"]',
     'legal_basis = ["ECL 2020 Art. 12(5)"]', "Art. 12 has 4 paragraphs, not a paragraph 5"),
    ('legal_basis = ["ECL 2020 Art. 12(2)", "DUR 2024 Art. 14(2)", "DUR 2024 Art. 14(4)"]',
     'legal_basis = ["DUR 2024 Art. 16(2)(4)"]', "Art. 16(2) has 3 numbered items, not an item 4"),
    ('legal_basis = ["ECL 2020 Art. 12(2)", "DUR 2024 Art. 14(2)", "DUR 2024 Art. 14(4)"]',
     'legal_basis = ["MOFCOM 2021 Guidance"]', "is guidance, not a statute"),
    ('related = ["ECL 2020 Art. 5(4)"', 'related = ["ECL 2020 Art. 5(9)"', "Art. 5 has 5 paragraphs, not a paragraph 9"),
    ('sources = [{ kind = "statute" }]', 'sources = [{ note = { zh = "无", en = "none" } }]',
     "missing; every source needs a kind"),
    ('sources = [{ kind = "statute" }]', 'sources = [{ kind = "hearsay" }]', "unknown source kind 'hearsay'"),
    ('sources = [{ kind = "statute" }]', 'sources = [{ kind = "good-practice" }]',
     'the item cites a statute in legal_basis; list { kind = "statute" } among its sources'),
    ('levels.4 = {', 'levels.9 = {', "unknown level '9'"),
    ('moved = {}', 'moved = { "OLD-1" = "NOPE-1" }', "moves to unknown item 'NOPE-1'"),
])
def test_format2_rules_refuse_with_a_located_message(old, new, expected):
    found = problems(_one_item_changed(old, new))
    assert any(expected in p and p.startswith("t.toml:") for p in found), found


def test_an_item_without_a_level_descriptor_is_refused():
    text = find_checklist(MOFCOM).text
    start = text.index("levels.2 = {")
    text = text[:start] + text[text.index("\n", start) + 1:]
    assert any("no descriptor for level 2" in p for p in problems(text))


def test_an_item_without_sources_is_refused():
    text = _one_item_changed('sources = [{ kind = "statute" }]\n', "")
    assert any("sources: missing" in p for p in problems(text))


def test_format1_checklists_still_load_for_pinned_assessments():
    old = load_checklist_file(DATA / "mofcom-icp-1.1.0.toml")
    assert old.format == 1 and old.version == "1.1.0" and old.item("POL-01").sources == ()
    assert old.item("POL-01").badge == "statutory"  # 1.x cited ECL 11 there, shown as it was
    assert load_checklist_file(DATA / "mini.toml").format == 1


def test_every_bundled_checklist_is_format2_with_levels_1_to_4(v2):
    for path in sorted(checklists_dir().glob("*.toml")):
        checklist = load_checklist_file(path)
        assert checklist.format == 2, path
        for item in checklist.items:
            assert {1, 2, 3, 4} <= {n for n, _ in item.levels}, item.id
            assert item.sources, item.id
            # level 2 is "partly in place": a text that says the control is missing describes level 0 or 1
            assert not item.level_text(2).zh.startswith(("没有", "无", "未")), item.id


# --- the review's corrections, pinned ---------------------------------------------------------------


def test_scr03_cites_the_dur35_report_and_is_key(v2):
    item = v2.item("SCR-03")
    assert "DUR 2024 Art. 35" in item.legal_basis and "ECL 2020 Art. 12(3)" in item.legal_basis and item.key


def test_policy_items_no_longer_rest_on_ecl11(v2):
    for item_id in ("POL-01", "POL-02"):
        item = v2.item(item_id)
        assert not any(r.startswith("ECL 2020 Art. 11") for r in item.legal_basis + item.related)
        assert item.badge == "guidance" and "ECL 2020 Art. 5(4)" in item.related


def test_new_items_for_transit_and_foreign_made_items_exist_and_are_tagged(v2):
    transit, foreign = v2.item("SCR-16"), v2.item("SCR-17")
    assert "DUR 2024 Art. 48(1)" in transit.legal_basis and "ECL 2020 Art. 45" in transit.legal_basis
    assert transit.operator_types == {"exporter", "agent", "research", "logistics"}
    assert "DUR 2024 Art. 49" in foreign.legal_basis and foreign.operator_types == {"exporter", "agent", "research"}
    assert v2.item("IMP-01").operator_types == {"importer"} and "DUR 2024 Art. 37(2)" in v2.item("IMP-01").legal_basis


def test_review_key_items_and_good_practice_downgrades(v2):
    for item_id in ("SCR-03", "SCR-05", "SCR-07", "SCR-09", "SCR-11", "CON-06", "CON-07", "TRN-02", "MAN-02"):
        assert v2.item(item_id).key, item_id
    assert not v2.item("TRN-01").key and not v2.item("MAN-01").key
    for item_id in ("REC-04", "AUD-01", "CON-02"):
        assert not v2.item(item_id).is_statutory, item_id
    assert v2.item("SCR-11").legal_basis[0] == "DUR 2024 Art. 18(1)" and "DUR 2024 Art. 40(1)" in v2.item("SCR-11").related


def test_statutory_key_items_target_operating_in_every_profile(v2):
    elements = {i.element for i in v2.items if i.key and i.is_statutory}
    assert {"research-institute", "service-provider"} <= {p.id for p in v2.target_profiles}
    for profile in v2.target_profiles:
        assert all(profile.targets[e] >= 4 for e in elements), profile.id


def test_no_key_item_binds_an_operator_type_the_statute_does_not_bind(v2):
    for item_id in ("SCR-01", "REC-01"):  # DUR 14 and DUR 27 bind exporters only
        assert "platform" not in v2.item(item_id).operator_types


def test_chinese_wording_fixes(v2):
    assert "后备人员（A/B角" in v2.item("ORG-07").question.zh
    assert "遵守出口管制法律法规和相关要求的承诺" in v2.item("SCR-05").question.zh
    assert "企业" not in v2.item("POL-01").question.zh.replace("报关企业", "")
    assert v2.level(4).label.zh == "有效运行"


# --- structural facts instead of size where size is the wrong proxy ----------------------------------


def test_group_rules_follow_subsidiaries_abroad_not_size(v2):
    group_rules = v2.item("ORG-09")
    assert group_rules.sizes is None and group_rules.facts == {"subsidiaries-abroad"}
    assert group_rules.applies_to("exporter", "small", frozenset({"subsidiaries-abroad"}))
    assert not group_rules.applies_to("exporter", "large", frozenset())
    assert group_rules.applies_to("exporter", "large", None)  # never stated: asked rather than skipped


def test_listed_items_switch_independence_items_on_for_small_firms(v2):
    for item_id in ("ORG-05", "ORG-08", "AUD-07"):
        item = v2.item(item_id)
        assert not item.applies_to("exporter", "small", frozenset()), item_id
        assert item.applies_to("exporter", "small", frozenset({"listed-items"})), item_id


def test_the_store_keeps_facts_and_refuses_unknown_ones(store, v2):
    from exportaudit.core.session import AssessmentSession
    from exportaudit.core.store import StoreError

    org = store.organisations.create("Small Sensors Ltd", operator_type="exporter", size="small")
    with pytest.raises(StoreError, match="Unknown structural fact"):
        store.assessments.create(org, v2, "2026", facts=["offshore"])
    aid = store.assessments.create(org, v2, "2026", facts=["listed-items"])
    session = AssessmentSession(store, aid)
    ids = {i.id for i in session.applicable_items}
    assert "ORG-05" in ids and "ORG-09" not in ids
    assert "ORG-05" in session.score.items and "ORG-09" not in session.score.items  # the score agrees
    again = store.lifecycle.reaudit(aid, "2027")
    assert store.assessments.get(again).fact_set == {"listed-items"}


def test_also_when_needs_a_size_restriction():
    text = _one_item_changed('sizes = ["medium", "large"]\nalso_when', 'also_when')
    assert any("also_when widens a size restriction; the item has no sizes" in p for p in problems(text))
    bad = find_checklist(MOFCOM).text.replace('facts = ["subsidiaries-abroad"]', 'facts = ["offshore"]')
    assert any("unknown tag 'offshore'" in p for p in problems(bad))


def test_migration_0006_leaves_existing_assessments_with_facts_unstated(tmp_path, v2):
    from exportaudit.core.session import AssessmentSession
    from exportaudit.core.store import migrations as m
    from exportaudit.core.store import open_store

    saved = list(m.migrations._migrations)
    m.migrations._migrations[:] = [x for x in saved if x.name != "0006_assessment_facts"]
    try:
        with open_store(tmp_path / "old.exportaudit", user="t") as old:
            org = old.organisations.create("Old Co", operator_type="exporter", size="large")
            aid = old.assessments.create(org, v2, "2025")
    finally:
        m.migrations._migrations[:] = saved
    with open_store(tmp_path / "old.exportaudit", user="t") as store:
        assert store.backup_file is not None and store.assessments.get(aid).fact_set is None
        assert "ORG-09" in {i.id for i in AssessmentSession(store, aid).applicable_items}  # unknown: still asked
