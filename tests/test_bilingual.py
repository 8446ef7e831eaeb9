"""Names, titles and engagement texts in a Chinese and an English form: the form a reader sees, the split of a
value typed before the forms existed (migration 0013), the store keeping the joined value in step, and the
demo's single-language reports staying single-language."""

import json
import re
import shutil
import sqlite3
import subprocess

import pytest

from exportaudit.core.bilingual import Forms, in_language
from exportaudit.core.engagement import Engagement
from exportaudit.core.fingerprint import finalise, fingerprint
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store
from exportaudit.reports import build_report

CJK = re.compile("[\u3400-\u9fff]")
poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")


def pdf_text(path, *args) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_form_of_a_language_falls_back_to_the_other_and_both_joins_only_two_different_forms():
    assert in_language("陈静", "Chen Jing", "en") == "Chen Jing"
    assert in_language("陈静", "Chen Jing", "zh") == "陈静"
    assert in_language("陈静", "", "en") == "陈静"  # typed in Chinese only: still named in an English report
    assert in_language("", "Chen Jing", "zh") == "Chen Jing"
    assert in_language("陈静", "Chen Jing", "both") == "陈静 / Chen Jing"
    assert in_language("ACME", "ACME", "both") == "ACME"
    assert in_language("", "", "both") == ""


@pytest.mark.parametrize(("typed", "zh", "en"), [
    ("陈静 / Chen Jing", "陈静", "Chen Jing"),
    ("Chen Jing / 陈静", "陈静", "Chen Jing"),
    ("王芳（集团审计部）/ Wang Fang (Group Audit)", "王芳（集团审计部）", "Wang Fang (Group Audit)"),
    ("AC/DC Trading Ltd", "", "AC/DC Trading Ltd"),  # no Chinese: one English value, slash and all
    ("华东/华南销售部", "华东/华南销售部", ""),  # Chinese on both sides: one Chinese value
    ("苏州恒信 (Suzhou Hengxin)", "苏州恒信 (Suzhou Hengxin)", ""),  # not the "中文 / English" pattern
    ("A / B / 陈静", "A / B / 陈静", ""),  # more than one slash: not clearly two forms
])
def test_a_single_value_is_read_into_the_form_of_its_script_and_split_only_when_clearly_two(typed, zh, en):
    assert Forms.of(typed) == Forms(zh, en)


def test_the_store_keeps_the_joined_value_in_step_with_the_two_forms(mini_assessment):
    store, aid = mini_assessment
    org_id = store.assessments.get(aid).organisation_id
    store.organisations.update(org_id, name_zh="艾克美出口有限公司", name_en="Acme Export Ltd")
    org = store.organisations.get(org_id)
    assert org.name == "艾克美出口有限公司 / Acme Export Ltd"
    assert org.in_language("name", "en") == "Acme Export Ltd"
    store.assessments.update(aid, assessor="陈静 / Chen Jing")  # one value typed as before: read into its forms
    a = store.assessments.get(aid)
    assert (a.assessor_zh, a.assessor_en) == ("陈静", "Chen Jing")
    history = [(e.field, e.new) for e in store.history.all(aid) if e.field.startswith("assessor")]
    assert history == [("assessor", "陈静 / Chen Jing")]  # one entry per change, not one per form


def _undo_0013(path, engagement: dict, fingerprint: str) -> None:
    """Turn a current store back into what an older version wrote: no form columns, the engagement as plain texts,
    the assessment finalised before fingerprint forms were recorded (with the fingerprint it made then)."""
    db = sqlite3.connect(path)
    for table, columns in {"organisations": ("name", "sector", "address", "contact"),
                           "assessments": ("title", "assessor", "assessor_role", "reviewer"),
                           "findings": ("response_owner",), "actions": ("owner",)}.items():
        for column in columns:
            for lang in ("zh", "en"):
                db.execute(f"ALTER TABLE {table} DROP COLUMN {column}_{lang}")
    db.execute("UPDATE engagements SET data = ?", [json.dumps(engagement, ensure_ascii=False)])
    db.execute("UPDATE assessments SET fingerprint = ?, fingerprint_form = NULL", [fingerprint])
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0013_bilingual_names'")
    db.commit()
    db.close()


def test_migration_0013_splits_older_single_values_into_their_forms_and_keeps_the_fingerprint(mini_assessment):
    store, aid = mini_assessment
    store.organisations.update(store.assessments.get(aid).organisation_id, name="艾克美出口有限公司")
    store.assessments.update(aid, assessor="王芳（集团审计部）/ Wang Fang (Group Audit)")
    store.engagements.set(aid, Engagement(lead="x"))
    finalise(store, aid)
    signed = fingerprint(store, aid, form=1)  # what an older version recorded for this model-1 assessment
    path = store.path
    store.close()
    _undo_0013(path, {"lead": "陈静 / Chen Jing", "firm": "Hengtai Advisory", "exclusions": "香港子公司不在范围内",
                      "team": [{"name": "王芳 / Wang Fang", "role": "Senior auditor"}], "distribution": ["董事会 / Board"],
                      "interviews": [{"name": "李强", "role": "", "date": "2026-11-17"}], "opinion": ""}, signed)
    with open_store(path) as store:
        org, a = store.organisations.get(store.assessments.get(aid).organisation_id), store.assessments.get(aid)
        assert (org.name, org.name_zh, org.name_en) == ("艾克美出口有限公司", "艾克美出口有限公司", "")
        assert (a.assessor_zh, a.assessor_en) == ("王芳（集团审计部）", "Wang Fang (Group Audit)")
        assert a.assessor == "王芳（集团审计部）/ Wang Fang (Group Audit)"  # the single value stays as it was...
        assert fingerprint(store, aid) == a.fingerprint == signed  # ...so the finalised fingerprint still verifies
        e = store.engagements.get(aid)
        assert e.lead == Forms("陈静", "Chen Jing") and e.firm == Forms("", "Hengtai Advisory")
        assert e.exclusions == Forms("香港子公司不在范围内", "")
        assert e.team[0].name == Forms("王芳", "Wang Fang") and e.distribution == (Forms("董事会", "Board"),)
        assert e.interviews[0].name == Forms("李强", "")
        stored = json.loads(store.db.execute("SELECT data FROM engagements").fetchone()[0])
        assert stored["lead"] == {"zh": "陈静", "en": "Chen Jing"}  # rewritten in the new shape, not only read so


def _pages(path, first: int, last: int) -> str:
    return pdf_text(path, "-f", str(first), "-l", str(last))


@poppler
def test_the_demo_single_language_reports_name_people_organisation_and_engagement_in_one_language(
        demo_store_path, tmp_path):
    with open_store(demo_store_path) as store:
        session = AssessmentSession(store, store.assessments.latest().id)
        en = build_report(session, "pdf", tmp_path / "en.pdf", language="en")
        zh = build_report(session, "pdf", tmp_path / "zh.pdf", language="zh")
    en_text, zh_text = pdf_text(en), pdf_text(zh)
    cover = _pages(en, 1, 1)
    assert "Suzhou Hengxin Precision Instruments" in cover and not CJK.search(cover), cover
    scope = next(p for p in en_text.split("\f") if "Scope and method" in p and "Engagement lead" in p)
    assert "Wang Fang" in scope and "Head office and the Suzhou Industrial Park plant" in scope
    assert not CJK.search(scope.split("Documents reviewed")[0]), scope  # evidence file names keep their names
    sign_off = next(p for p in en_text.split("\f") if "Company seal" in p)
    assert "Hengxin's management only" in sign_off and not CJK.search(sign_off), sign_off
    for name in ("陈静", "王芳", "李强", "苏州恒信精密仪器有限公司", "内部 · 保密"):  # file names may stay Chinese
        assert name not in en_text, name
    for name in ("Chen Jing", "Wang Fang", "Li Qiang", "Group Audit", "Suzhou Hengxin", "Internal · Confidential"):
        assert name not in zh_text, name
    assert "陈静" in zh_text and "苏州恒信精密仪器有限公司" in zh_text


def test_the_command_line_lists_organisations_and_titles_in_its_language(demo_store_path, capsys):
    from exportaudit.cli import main

    assert main(["list", "--store", str(demo_store_path), "--lang", "en"]) == 0
    en = capsys.readouterr().out
    assert "Suzhou Hengxin Precision Instruments Co., Ltd. — 2026 ICP self-assessment" in en and not CJK.search(en)
    assert main(["list", "--store", str(demo_store_path), "--lang", "zh"]) == 0
    zh = capsys.readouterr().out
    assert "苏州恒信精密仪器有限公司 — 2026 年度出口管制内部合规自评估" in zh and "Suzhou" not in zh
    assert main(["list", "--store", str(demo_store_path), "--json"]) == 0
    row = json.loads(capsys.readouterr().out)[0]
    assert (row["organisation_zh"], row["organisation_en"]) == ("苏州恒信精密仪器有限公司",
                                                                "Suzhou Hengxin Precision Instruments Co., Ltd.")
    assert row["title"] == "2026 年度出口管制内部合规自评估 / 2026 ICP self-assessment"  # both, as it always gave


def test_the_demo_english_workbook_names_organisation_people_and_engagement_in_english(demo_store_path, tmp_path):
    import openpyxl

    with open_store(demo_store_path) as store:
        session = AssessmentSession(store, store.assessments.latest().id)
        out = build_report(session, "xlsx", tmp_path / "en.xlsx", language="en")
    ws = openpyxl.load_workbook(out)["Summary"]
    rows = {r[0]: r[1] for r in ws.iter_rows(min_col=1, max_col=2, values_only=True) if r[0]}
    assert ws.oddHeader.left.text == "Suzhou Hengxin Precision Instruments Co., Ltd."
    for label in ("Organisation", "Assessment", "Assessor", "Prepared by", "Engagement lead", "Team",
                  "Distribution", "Limitations", "Confidentiality"):
        assert rows[label] and not CJK.search(rows[label]), (label, rows[label])


def test_the_command_line_gives_a_name_its_missing_form_and_refuses_an_empty_name(mini_assessment, capsys):
    from exportaudit.cli import main

    store, aid = mini_assessment
    path = store.path
    store.close()
    assert main(["names", "--store", str(path), "--name-zh", "艾克美出口有限公司", "--title-zh", "2026 年度自查",
                 "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "组织名称：中文 艾克美出口有限公司；英文 Acme Export Ltd" in out and "2026 年度自查" in out
    assert main(["names", "--store", str(path), "--name-en", "", "--name-zh", "", "--title-en", "Changed"]) == 1
    assert "needs a name" in capsys.readouterr().err
    with open_store(path) as store:  # nothing of the refused change was kept, the title's neither
        a = store.assessments.get(aid)
        assert store.organisations.get(a.organisation_id).name == "艾克美出口有限公司 / Acme Export Ltd"
        assert (a.title_zh, a.title_en) == ("2026 年度自查", "Self-check 2026")
