"""build_report as the CLI and the GUI call it: atomic output, clear errors, progress, same figures in both
formats, the bilingual vocabulary, the CLI verb and the demo assessment end to end."""

import os
import re
import shutil
import subprocess
import sys

import openpyxl
import pytest

from exportaudit.cli import main
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store
from exportaudit.reports import ReportError, build_model, build_report, labels


@pytest.fixture
def session(mini_assessment):
    store, aid = mini_assessment
    for item, level in {"P1": 4, "P2": 3, "S1": 2, "S2": 4}.items():
        store.answers.rate(aid, item, level)
    return AssessmentSession(store, aid)


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_progress_runs_from_0_to_100_and_the_file_appears_whole(session, tmp_path, fmt):
    seen = []
    out = build_report(session, fmt, tmp_path / f"r.{fmt}", progress=lambda p, m: seen.append(p))
    assert out == tmp_path / f"r.{fmt}" and out.stat().st_size > 1000
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary left


def test_a_failed_build_leaves_the_old_file_untouched_and_no_temporary(session, tmp_path, monkeypatch):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"the previous report")
    import exportaudit.reports.pdf as pdf

    def broken(*args, **kwargs):
        raise RuntimeError("layout exploded")

    monkeypatch.setattr(pdf, "write_pdf", broken)
    with pytest.raises(RuntimeError):
        build_report(session, "pdf", target)
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir() if p.name != "store.exportaudit" and not p.name.startswith("store")] \
        == ["r.pdf"]


def test_unwritable_or_missing_folder_is_a_report_error(session, tmp_path):
    with pytest.raises(ReportError, match="does not exist"):
        build_report(session, "xlsx", tmp_path / "no" / "such" / "r.xlsx")
    with pytest.raises(ReportError, match="is a folder"):
        build_report(session, "xlsx", tmp_path)
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(ReportError, match="Cannot write in"):
            build_report(session, "pdf", locked / "r.pdf")


def test_unknown_format_or_language_is_refused(session, tmp_path):
    with pytest.raises(ReportError, match="format"):
        build_report(session, "docx", tmp_path / "r.docx")
    with pytest.raises(ReportError, match="language"):
        build_report(session, "pdf", tmp_path / "r.pdf", language="fr")


def test_a_failing_progress_callback_does_not_cost_the_report(session, tmp_path):
    def bad(percent, message):
        raise ValueError("progress bar gone")

    assert build_report(session, "xlsx", tmp_path / "r.xlsx", progress=bad).exists()


def test_excel_and_pdf_show_the_same_figures(session, tmp_path):
    model = build_model(session)
    xlsx = build_report(session, "xlsx", tmp_path / "r.xlsx", language="en")
    ws = openpyxl.load_workbook(xlsx).worksheets[0]
    cells = [v for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    assert model.overall.score in cells
    assert model.level_text(model.overall.level, "en", provisional=model.overall.provisional) in cells
    if shutil.which("pdftotext"):
        pdf = build_report(session, "pdf", tmp_path / "r.pdf", language="en")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert str(model.overall.score) in text and model.level_text(model.overall.level, "en") in text
        for e in model.elements:
            assert ("—" if e.score is None else str(e.score)) in text


def test_every_label_has_both_languages():
    for key in labels.keys():
        text = labels.T(key)
        assert text.zh.strip() and text.en.strip(), key
        assert set(re.findall(r"{\w+}", text.zh)) == set(re.findall(r"{\w+}", text.en)), key
    for rule in labels.scoring_rules():
        assert "{" not in rule.zh + rule.en


def test_reports_do_not_load_qt(tmp_path):
    code = "import sys, exportaudit.reports.xlsx, exportaudit.reports.pdf_sections; " \
           "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_cli_report_verb(mini_assessment, tmp_path, capsys):
    store, aid = mini_assessment
    path = store.path
    for fmt, lang in (("xlsx", "zh"), ("pdf", "both")):
        out = tmp_path / f"cli.{fmt}"
        code = main(["report", "--store", str(path), "--assessment", str(aid), "--format", fmt, "--lang", lang,
                     "-o", str(out)])
        assert code == 0 and out.stat().st_size > 1000
        assert f"Report written to {out}." in capsys.readouterr().out
    code = main(["report", "--store", str(path), "--format", "pdf", "-o", str(tmp_path / "none" / "r.pdf")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and "does not exist" in err[0]


def test_demo_assessment_full_reports(demo_store_path, tmp_path):
    with open_store(demo_store_path, read_only=True) as store:
        session = AssessmentSession(store, store.assessments.latest().id)
        model = build_model(session)
        assert len([e for e in model.elements if not e.module]) == 9 and len(model.items) > 60
        assert [e.id for e in model.elements if e.module] == ["security", "disclosure", "jurisdiction"]  # demo: on
        assert model.weak_key_items and model.unevidenced_items and model.overall.provisional
        xlsx = build_report(session, "xlsx", tmp_path / "demo.xlsx")
        pdf = build_report(session, "pdf", tmp_path / "demo.pdf")
    wb = openpyxl.load_workbook(xlsx)
    assert wb.worksheets[1].max_row == len(model.items) + 1
    assert wb["证据索引 Evidence"].max_row == len(model.evidence) + 1
    assert wb["审核发现 Findings"].max_row == len(model.findings) + 1 and model.findings  # the demo has findings
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        for e in model.elements:
            assert e.name.zh in text
