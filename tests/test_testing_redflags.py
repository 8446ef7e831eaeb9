"""The red-flag list: the bundled file is valid and grouped as the guidance is; broken files are refused whole,
each problem with its file, line and key path; the checklist catalogue never mistakes it for a checklist."""

from pathlib import Path

import pytest

from exportaudit.core.catalogue import available_checklists
from exportaudit.core.checklist_loader import NotAChecklistError, load_checklist_dir, parse_checklist
from exportaudit.core.legal import problem as statute_problem
from exportaudit.core.testing.redflags import RedFlagError, default_red_flags, load_red_flags_file, parse_red_flags, red_flags_dir

BUNDLED = red_flags_dir() / "red-flags.toml"
GOOD = """kind = "red-flags"
format = 1
id = "mini-flags"
version = "1"
title = { zh = "标题", en = "Title" }
source = { zh = "来源", en = "Source" }

[[groups]]
id = "statutory"
name = { zh = "法定", en = "Statutory" }

[[groups]]
id = "customer"
name = { zh = "客户", en = "Customer" }

[[flags]]
id = "S1"
group = "statutory"
statutory = true
text = { zh = "全面管控", en = "Catch-all" }
legal_basis = ["ECL 2020 Art. 12"]

[[flags]]
id = "C1"
group = "customer"
text = { zh = "没有网站", en = "No website" }
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(RedFlagError) as info:
        parse_red_flags(text, "flags.toml")
    return [str(p) for p in info.value.problems]


def line_of(text: str, needle: str, nth: int = 0) -> int:
    lines = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return lines[nth]


def test_bundled_list_is_valid_and_grouped_as_the_guidance_is():
    flags = load_red_flags_file(BUNDLED)
    assert [g.id for g in flags.groups] == ["statutory", "customer", "end-use", "commercial", "logistics",
                                            "documents", "technology", "research", "platform"]
    assert len(flags.flags) >= 25 and len(flags.statutory_flags) >= 8
    for flag in flags.statutory_flags:
        assert flag.group == "statutory"
        assert flag.legal_basis and all(statute_problem(r) is None for r in flag.legal_basis)
    assert all(flag.guidance is not None for flag in flags.flags)  # every sign says what to do: inquire, hold...
    assert flags.flag("RF-S01").legal_basis == ("ECL 2020 Art. 12(3)", "DUR 2024 Art. 14(3)", "DUR 2024 Art. 35")
    # one fact per flag: the bundled 1.x signs are split, and a name match is a screening hit, not a flag
    assert flags.flag("RF-M04").text.en == "Payment comes from an unrelated third party or a third country."
    assert "经商务部批准" in flags.flag("RF-S05").guidance.zh and "不得接受或者承诺接受" in flags.flag("RF-S09").guidance.zh
    assert "no longer valid" in flags.flag("RF-S04").text.en and "expired" not in flags.flag("RF-S04").text.en
    assert all(f.text.zh and f.text.en for f in flags.flags)
    assert default_red_flags().sha256 == flags.sha256


def test_minimal_list_loads():
    flags = parse_red_flags(GOOD, "flags.toml")
    assert [f.id for f in flags.flags_of("customer")] == ["C1"]
    assert flags.flag("S1").statutory and not flags.flag("C1").statutory and flags.flag("C1").legal_basis == ()


@pytest.mark.parametrize("old, new, needle, expected", [
    ('group = "customer"', 'group = "buyers"', 'group = "buyers"',
     "flags[1].group: unknown group 'buyers'; expected one of: customer, statutory"),
    ('id = "C1"', 'id = "S1"', 'id = "S1"', "flags[1].id: duplicate flag id 'S1'"),
    ('legal_basis = ["ECL 2020 Art. 12"]', "legal_basis = []", "legal_basis = []",
     "flags[0].legal_basis: a statutory trigger needs its legal basis"),
    ('statutory = true', 'statutory = "yes"', 'statutory = "yes"', "flags[0].statutory: expected true or false"),
    ('text = { zh = "没有网站", en = "No website" }', 'text = { zh = "没有网站" }', 'text = { zh = "没有网站" }',
     "flags[1].text.en: missing English text (en)"),
    ('kind = "red-flags"', 'kind = "checklist"', 'kind = "checklist"', "kind: unexpected kind 'checklist'"),
    ('id = "C1"', 'id = "C1"\ncolour = "red"', 'colour = "red"', "flags[1].colour: unknown key 'colour'"),
    ('id = "customer"', 'id = "statutory"', 'id = "statutory"', "groups[1].id: duplicate group id 'statutory'"),
])
def test_broken_files_name_file_line_and_key(old, new, needle, expected):
    text = GOOD.replace(old, new, 1)
    problems = problems_of(text)
    nth = 1 if needle in ('id = "statutory"', 'id = "S1"') else 0  # duplicates: the second occurrence
    line = line_of(text, needle, nth)
    assert any(p.startswith(f"flags.toml:{line}: {expected}") for p in problems), problems


def test_group_without_flags_and_several_problems_at_once():
    text = GOOD.replace('group = "customer"', 'group = "statutory"') + '\n[[flags]]\nid = "X"\ngroup = "statutory"\n'
    problems = problems_of(text)
    assert any("groups[1].id: group 'customer' has no flags" in p for p in problems)
    assert any("flags[2].text: missing" in p for p in problems)


def test_not_toml_reports_the_line():
    [problem] = problems_of(GOOD + "\n[[flags]\n")
    assert problem.startswith("flags.toml:") and "not valid TOML" in problem


def test_file_errors(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_bytes("kind = \"red-flags\"\ntitle = '\xff'\n".encode("latin-1"))
    with pytest.raises(RedFlagError, match="is not UTF-8"):
        load_red_flags_file(bad)
    with pytest.raises(RedFlagError, match="cannot be read"):
        load_red_flags_file(tmp_path / "missing.toml")


def test_catalogue_never_takes_the_red_flag_file_for_a_checklist(tmp_path):
    checklists, errors = available_checklists()
    assert errors == [] and "dual-use-red-flags" not in {c.id for c in checklists}
    with pytest.raises(NotAChecklistError, match="red-flag list"):
        parse_checklist(BUNDLED.read_text(encoding="utf-8"), "red-flags.toml")
    (tmp_path / "red-flags.toml").write_text(GOOD, encoding="utf-8")  # a user drops it in their checklist folder
    good, bad = load_checklist_dir(tmp_path)
    assert good == [] and bad == []


def test_bundled_folder_is_beside_the_checklists():
    assert BUNDLED.parent.parent.name == "checklists" and BUNDLED.is_file()
    assert isinstance(BUNDLED, Path)


def test_a_flag_citing_an_article_the_statute_lacks_is_refused():
    text = GOOD.replace('legal_basis = ["ECL 2020 Art. 12"]', 'legal_basis = ["ECL 2020 Art. 12(9)"]')
    with pytest.raises(RedFlagError) as info:
        parse_red_flags(text, "flags.toml")
    assert any("Art. 12 has 4 paragraphs, not a paragraph 9" in str(p) for p in info.value.problems)
