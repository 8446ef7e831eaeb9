"""Reports against other frameworks: a PDF section and a workbook sheet per chosen framework, in both languages,
saying the mapping is ExportAudit's own; "not assessed" (never 0) where nothing can be scored; none unless asked."""

import shutil
import subprocess

import openpyxl
import pytest

from exportaudit.cli import main
from exportaudit.core.catalogue import DEFAULT_CHECKLIST_ID, find_checklist
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store
from exportaudit.reports import ReportError, build_model, build_report

needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext not installed")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def demo(demo_store_path):
    with open_store(demo_store_path, read_only=True) as store:
        yield AssessmentSession(store, store.assessments.latest().id)


@needs_pdftotext
@pytest.mark.parametrize("lang, heading, note", [
    ("en", "Against EU 2019/1318", "not an official equivalence"),
    ("zh", "对照欧盟 2019/1318", "并非官方认可的等同关系")])
def test_pdf_has_a_section_per_chosen_framework(demo, tmp_path, lang, heading, note):
    out = build_report(demo, "pdf", tmp_path / "r.pdf", language=lang, frameworks=("eu-2019-1318",))
    text = pdf_text(out)
    assert heading in text and note in " ".join(text.split())
    assert "Against Wassenaar" not in text and "对照瓦森纳" not in text  # not chosen
    for section in ("E1", "E4", "E7"):
        assert section in text
    assert "SEC-01" in text  # the items behind E7


@needs_pdftotext
def test_pdf_without_frameworks_has_no_such_section(demo, tmp_path):
    assert "Against EU" not in pdf_text(build_report(demo, "pdf", tmp_path / "r.pdf", language="en"))


def test_workbook_has_one_sheet_per_framework(demo, tmp_path):
    out = build_report(demo, "xlsx", tmp_path / "r.xlsx", language="en", frameworks=("all",))
    wb = openpyxl.load_workbook(out)
    shown = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert shown[-3:] == ["BIS ECG 2017", "EU 2019 1318", "Wassenaar 2011"]  # last of the sheets a reader sees
    assert all(ws.sheet_state == "hidden" for ws in wb.worksheets[len(shown):])  # the chart data after them
    ws = wb["EU 2019 1318"]
    assert "not an official equivalence" in ws["A3"].value
    ids = [ws.cell(row=r, column=1).value for r in range(8, 15)]
    levels = [ws.cell(row=r, column=3).value for r in range(8, 15)]
    assert ids == ["E1", "E2", "E3", "E4", "E5", "E6", "E7"]
    assert all(isinstance(level, int) for level in levels)
    items = [ws.cell(row=r, column=2).value for r in range(1, ws.max_row + 1)]
    assert "SEC-01" in items and "POL-01" in items


def test_a_fresh_assessment_reads_not_assessed_never_0(store, tmp_path):
    org = store.organisations.create("Fresh Co", operator_type="exporter", size="small")
    aid = store.assessments.create(org, find_checklist(DEFAULT_CHECKLIST_ID), "2026")
    model = build_model(AssessmentSession(store, aid), frameworks=("bis-ecg-2017",))
    [bis] = model.frameworks
    assert [s.level for s in bis.sections] == [None] * 8
    assert all(s.not_assessed is not None for s in bis.sections)
    out = build_report(AssessmentSession(store, aid), "xlsx", tmp_path / "r.xlsx", language="zh",
                       frameworks=("bis-ecg-2017",))
    ws = openpyxl.load_workbook(out)["美国 BIS 2017"]
    assert {ws.cell(row=r, column=3).value for r in range(8, 16)} == {"未评估"}


def test_unknown_framework_is_refused_with_the_choices(demo, tmp_path):
    with pytest.raises(ReportError, match="No framework 'iso-27001'.*eu-2019-1318"):
        build_report(demo, "pdf", tmp_path / "r.pdf", frameworks=("iso-27001",))
    assert not (tmp_path / "r.pdf").exists()


def test_cli_report_takes_frameworks(demo_store_path, tmp_path, capsys):
    out = tmp_path / "r.xlsx"
    assert main(["report", "--store", str(demo_store_path), "--format", "xlsx", "--lang", "en",
                 "--framework", "wassenaar-2011", "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    assert [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"][-1] == "Wassenaar 2011"
