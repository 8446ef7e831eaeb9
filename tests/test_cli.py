"""Every CLI verb, its output and its error paths (exit 1 with a one-line reason, exit 2 for misuse)."""

import getpass
import json
import subprocess
import sys
from pathlib import Path

import pytest

from exportaudit.cli import main
from exportaudit.core.store import open_store
from exportaudit.core.user_name import COMMAND_LINE_USER, configured_user_name, save_user_name, user_text

DATA = Path(__file__).parent / "data"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def mini_store(mini_assessment):
    store, aid = mini_assessment
    path = store.path
    return path, aid


# --- demo -----------------------------------------------------------------------------------------------


def test_demo_builds_a_partly_completed_assessment(tmp_path, capsys):
    path = tmp_path / "demo.exportaudit"
    code, out, _ = run(capsys, "demo", "--store", path)
    assert code == 0 and "Demo store written" in out
    with open_store(path, read_only=True) as store:
        [org] = store.organisations.all()
        a, baseline = store.assessments.all(org.id)  # the 2026 assessment, a re-audit of last year's, finalised
        assert a.baseline_id == baseline.id and baseline.is_final and not a.is_final
        assert f"assessment #{a.id}:" in out
        responses = store.answers.all(a.id)
        rated = [r for r in responses.values() if r.level is not None]
        na = [r for r in responses.values() if r.na]
        assert len(rated) >= 30 and na and all(r.na_reason for r in na)
        assert any("合规" in r.note for r in responses.values()) and any("the" in r.note for r in responses.values())
        assert store.evidence.all(a.id)
        assert len(responses) < len(store.checklists.get(a.checklist_sha256).items)  # partly completed
        [sample] = store.samples.all(a.id)
        assert sample.seed == 20261123 and sample.size > 0
    code, out, _ = run(capsys, "score", "--store", path, "--json")
    screening = next(e for e in json.loads(out)["elements"] if e["id"] == "screening")
    assert screening["sample_exceptions"] == ["SCR-01"]  # two failed classification checks cap SCR-01 at 3


def test_demo_refuses_to_overwrite_unless_forced(tmp_path, capsys):
    path = tmp_path / "demo.exportaudit"
    path.write_text("precious")
    code, _, err = run(capsys, "demo", "--store", path)
    assert code == 1 and "already exists" in one_line_error(err)
    assert path.read_text() == "precious"
    code, _, _ = run(capsys, "demo", "--store", path, "--force")
    assert code == 0


# --- checklist -------------------------------------------------------------------------------------------


def test_checklist_validate_accepts_a_good_file(capsys):
    code, out, _ = run(capsys, "checklist", "validate", DATA / "mini.toml")
    assert code == 0 and "ok (mini 1.0: 3 elements, 8 items)" in out


def test_checklist_validate_lists_every_problem_with_its_line(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text((DATA / "mini.toml").read_text(encoding="utf-8").replace('sizes = ["large"]', 'sizes = ["huge"]'),
                   encoding="utf-8")
    code, out, err = run(capsys, "checklist", "validate", DATA / "mini.toml", bad)
    assert code == 1
    assert "mini.toml: ok" in out
    assert "bad.toml:" in err and "items[2].sizes: unknown tag 'huge'" in err
    assert err.strip().splitlines()[-1].startswith("exportaudit: error: 1 of 2 checklist file(s) refused")


def test_checklist_list_json(capsys):
    code, out, _ = run(capsys, "checklist", "list", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert code == 0
    assert rows["mofcom-2021-dual-use-icp"]["elements"] == 9 and rows["mofcom-2021-dual-use-icp"]["items"] >= 60
    assert "general-licence-readiness" in rows


def test_checklist_list_text(capsys):
    code, out, _ = run(capsys, "checklist", "list")
    assert code == 0 and "mofcom-2021-dual-use-icp" in out


# --- list, answer, score ---------------------------------------------------------------------------------


def test_list_shows_assessments(mini_store, capsys):
    path, aid = mini_store
    code, out, _ = run(capsys, "list", "--store", path, "--json")
    assert code == 0 and json.loads(out)[0]["assessment"] == aid


def test_answer_rates_and_notes_then_score_reflects_it(mini_store, capsys):
    path, aid = mini_store
    assert run(capsys, "answer", "--store", path, "--assessment", aid, "--item", "P1", "--level", "3",
               "--note", "Signed 2026-03")[0] == 0
    assert run(capsys, "answer", "--store", path, "--item", "P2", "--level", "4")[0] == 0  # latest assessment
    code, out, _ = run(capsys, "score", "--store", path, "--assessment", aid, "--json")
    data = json.loads(out)
    policy = data["elements"][0]
    assert code == 0
    assert data["assessment"]["checklist_id"] == "mini" and data["assessment"]["id"] == aid
    assert (policy["id"], policy["name_en"], policy["name_zh"]) == ("policy", "Policy statement", "政策声明")
    # P1 3, P2 4 unevidenced -> 3: score 3.0, level 3, target 3, gap 0
    assert (policy["score"], policy["level"], policy["target"], policy["gap"], policy["unevidenced"]) == (3.0, 3, 3, 0, 1)
    assert policy["coverage"] == 1.0 and policy["capped"] is False
    assert data["overall"] == {"score": 3.0, "level": 3, "provisional": True, "coverage": round(2 / 6, 4),
                               "capped": False}
    with open_store(path, read_only=True) as store:
        assert store.answers.get(aid, "P1").note == "Signed 2026-03"


def test_answer_na_and_clear(mini_store, capsys):
    path, aid = mini_store
    assert run(capsys, "answer", "--store", path, "--item", "R2", "--na", "No archive of our own")[0] == 0
    with open_store(path, read_only=True) as store:
        assert store.answers.get(aid, "R2").na
    assert run(capsys, "answer", "--store", path, "--item", "R2", "--clear")[0] == 0
    with open_store(path, read_only=True) as store:
        assert not store.answers.get(aid, "R2").answered


def test_score_text_table(mini_store, capsys):
    path, aid = mini_store
    run(capsys, "answer", "--store", path, "--item", "R1", "--level", "1")
    code, out, _ = run(capsys, "score", "--store", path, "--lang", "zh")
    assert code == 0 and "资料档案" in out and "总体：" in out and "暂定" in out
    code, out, _ = run(capsys, "score", "--store", path, "--lang", "en")
    assert code == 0 and "Overall:" in out and "provisional" in out


def test_score_in_chinese_translates_headings_and_flags_and_aligns_by_display_width(mini_store, capsys):
    from exportaudit.cli_text import display_width

    path, aid = mini_store
    run(capsys, "answer", "--store", path, "--item", "P2", "--level", "5")  # unevidenced: a flag
    code, out, _ = run(capsys, "score", "--store", path, "--lang", "zh")
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("要素"))
    assert code == 0 and all(word in header for word in ("得分", "等级", "目标", "差距", "覆盖率", "标记"))
    assert "1 项无证据" in out and "unevidenced" not in out and "Element" not in out
    table = [line for line in lines if "%" in line and not line.startswith("总体")]
    # the coverage column ends at the same terminal column on every row, the header's included
    ends = {display_width(line[:line.index("%") + 1]) for line in table}
    assert len(table) >= 3 and len(ends) == 1
    assert display_width(header[:header.index("覆盖率") + 3]) == ends.pop()


def test_messages_follow_the_locale_and_list_uses_the_window_s_status_words(mini_store, capsys, monkeypatch):
    path, aid = mini_store
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    code, out, _ = run(capsys, "list", "--store", path)
    assert code == 0 and f"#{aid}  进行中" in out
    code, out, _ = run(capsys, "answer", "--store", path, "--item", "p1", "--level", "3")  # any case
    assert code == 0 and out.strip() == "已保存 P1。要素“政策声明”：得分 3.0，等级 3。"
    code, _, err = run(capsys, "answer", "--store", path, "--assessment", "999", "--item", "P1", "--level", "3")
    assert code == 1 and one_line_error(err) == "exportaudit: 错误: 没有编号为 999 的评估。"
    code, out, _ = run(capsys, "list", "--store", path, "--lang", "en")
    assert code == 0 and f"#{aid}  In progress" in out
    with open_store(path, read_only=True) as store:
        assert store.history.all(aid)[-1].source == "cli"  # the history says it came from the command line


def test_the_command_line_records_the_window_s_name_never_the_login(mini_store, capsys):
    """No name configured: "command line" (shown translated in the history); the name the window was given
    once it has one; --user for one run."""
    path, aid = mini_store
    assert run(capsys, "answer", "--store", path, "--item", "P1", "--level", "2")[0] == 0
    save_user_name("李伟")  # what the window's first-run question or Preferences writes
    assert run(capsys, "answer", "--store", path, "--item", "P1", "--level", "3")[0] == 0
    assert run(capsys, "answer", "--store", path, "--item", "P1", "--note", "seen", "--user", " Auditor  Wang ")[0] == 0
    with open_store(path, read_only=True) as store:
        users = [c.user for c in store.history.all(aid) if c.source == "cli"]
        assert store.answers.all(aid)["P1"].updated_by == "Auditor Wang"
    assert users == [COMMAND_LINE_USER, "李伟", "Auditor Wang"] and getpass.getuser() not in users
    assert (user_text(COMMAND_LINE_USER, "zh"), user_text(COMMAND_LINE_USER, "en")) == ("命令行", "command line")
    with pytest.raises(SystemExit) as info:
        main(["answer", "--store", str(path), "--item", "P1", "--level", "1", "--user", " "])
    assert info.value.code == 2 and "give a name" in capsys.readouterr().err


def test_a_damaged_name_file_is_no_name(own_config_dir):
    own_config_dir.mkdir()
    (own_config_dir / "user.json").write_text("{not json", encoding="utf-8")
    assert configured_user_name() == ""
    (own_config_dir / "user.json").write_text('{"user_name": 42}', encoding="utf-8")
    assert configured_user_name() == ""


@pytest.mark.parametrize("args, message", [
    (["--item", "NOPE", "--level", "3"], "has no item 'NOPE'"),
    (["--item", "R2", "--na", " "], "needs a written justification"),
    (["--assessment", "999", "--item", "P1", "--level", "3"], "There is no assessment with id 999"),
])
def test_answer_errors_are_one_line(mini_store, capsys, args, message):
    path, _ = mini_store
    code, _, err = run(capsys, "answer", "--store", path, *args)
    assert code == 1 and message in one_line_error(err)


@pytest.mark.parametrize("args, message", [
    (["--item", "P1", "--level", "7"], "level 7 is out of range; expected 0 to 5"),
    (["--item", "P1", "--level", "three"], "'three' is not a level"),
    (["--item", "P1"], "give --level, --na, --clear or --note"),
    (["--item", "P1", "--level", "3", "--na", "x"], "not allowed with argument"),
])
def test_answer_misuse_exits_2(mini_store, capsys, args, message):
    path, _ = mini_store
    with pytest.raises(SystemExit) as info:
        main(["answer", "--store", str(path), *args])
    assert info.value.code == 2 and message in capsys.readouterr().err


def test_score_on_a_store_without_assessments(tmp_path, capsys):
    path = tmp_path / "empty.exportaudit"
    open_store(path).close()
    code, _, err = run(capsys, "score", "--store", path)
    assert code == 1 and "holds no assessment yet" in one_line_error(err)


def test_score_on_a_missing_store_creates_nothing(tmp_path, capsys):
    path = tmp_path / "absent.exportaudit"
    code, _, err = run(capsys, "score", "--store", path)
    assert code == 1 and "does not exist" in one_line_error(err)
    assert not path.exists()


def test_score_on_a_foreign_file(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    code, _, err = run(capsys, "score", "--store", path)
    assert code == 1 and "not an ExportAudit store" in one_line_error(err)


def test_unknown_verb_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2


def test_console_entry_point_runs(tmp_path):
    exe = Path(sys.executable).with_name("exportaudit")
    result = subprocess.run([str(exe), "checklist", "validate", str(DATA / "mini.toml")], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0 and "ok (mini" in result.stdout


def test_checklist_validate_also_checks_the_red_flag_list(tmp_path, capsys):
    from exportaudit.paths import checklists_dir

    good = checklists_dir() / "redflags" / "red-flags.toml"
    code, out, _ = run(capsys, "checklist", "validate", good)
    assert code == 0 and "ok (red-flag list" in out
    bad = tmp_path / "flags.toml"
    bad.write_text(good.read_text(encoding="utf-8").replace('group = ', 'grup = ', 1), encoding="utf-8")
    code, _, err = run(capsys, "checklist", "validate", bad)
    assert code == 1 and "flags.toml:" in err and "grup" in err


def test_report_refuses_a_file_name_of_the_other_format(mini_store, tmp_path, capsys):
    path, _ = mini_store
    out = tmp_path / "report.pdf"
    code, _, err = run(capsys, "report", "--store", path, "--format", "xlsx", "-o", out)
    assert code == 1 and "report.pdf does not end in .xlsx" in one_line_error(err)
    assert not out.exists()


# --- robustness -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("note", ["-2+3", "- see the minutes", "--level"])
def test_a_note_starting_with_a_dash_is_saved_as_written(mini_store, capsys, note):
    path, aid = mini_store
    code, _, err = run(capsys, "answer", "--store", path, "--item", "P1", "--note", note)
    assert code == 0, err
    code, _, err = run(capsys, "answer", "--store", path, "--item", "P2", "--na", note)
    assert code == 0, err
    with open_store(path, read_only=True) as store:
        assert store.answers.all(aid)["P1"].note == note and store.answers.all(aid)["P2"].na_reason == note


def test_a_programming_error_keeps_its_traceback(mini_store, capsys, monkeypatch):
    import exportaudit.cli as cli

    def broken(args):
        return {}["missing"]

    monkeypatch.setattr(cli, "cmd_list", broken)
    with pytest.raises(KeyError):
        main(["list", "--store", str(mini_store[0])])


@pytest.mark.parametrize("verb", [["report", "--format", "xlsx"], ["questionnaire", "export"]])
def test_a_full_disk_while_writing_a_workbook_is_one_line(mini_store, tmp_path, verb):
    out = tmp_path / "out" / "file.xlsx"
    out.parent.mkdir()
    helper = Path(__file__).parent / "helpers" / "full_disk.py"
    result = subprocess.run([sys.executable, str(helper), *verb, "--store", str(mini_store[0]), "-o", str(out)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert one_line_error(result.stderr) == "exportaudit: error: Could not write file.xlsx: No space left on device."
    assert list(out.parent.iterdir()) == []


def test_questionnaire_import_refuses_the_store_file_itself(mini_store, capsys):
    path, _ = mini_store
    code, _, err = run(capsys, "questionnaire", "import", "--store", path, "--yes", path)
    assert code == 1 and "the store's own file" in one_line_error(err)
