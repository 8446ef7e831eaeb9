"""Engagement data and the auditor's conclusion: stored per assessment, refused when wrong, carried into copies
and re-audits, and shown in the PDF (scope section, confidentiality marking, rationale) and the Excel summary."""

import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from exportaudit.core.engagement import Engagement, Interview, TeamMember
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import StoreError
from exportaudit.reports import build_report

FULL = Engagement(
    firm="Hengtai Advisory", lead="Wang Fang", team=(TeamMember("Li Ming", "Senior auditor"),),
    entities="Head office, Suzhou plant", business_lines="CMMs (3B001)", fieldwork_start="2026-11-16",
    fieldwork_end="2026-11-27", exclusions="Hong Kong subsidiary",
    interviews=(Interview("Chen Jing", "Compliance manager", "2026-11-17"),), site_visits="Dispatch area",
    documents=("policy.pdf",), sampling_basis="25 orders drawn at random", limitations="Samples only.",
    disclaimer="Not legal advice.", distribution=("General manager", "Board"), confidentiality="STRICTLY CONFIDENTIAL",
    opinion="partially_effective", rationale="Screening works but two major gaps remain open.")


def test_engagement_round_trips_and_the_history_records_the_conclusion(mini_assessment):
    store, aid = mini_assessment
    assert store.engagements.get(aid).is_empty
    store.engagements.set(aid, FULL)
    assert store.engagements.get(aid) == FULL
    assert any(c.field == "opinion" and c.new == "partially_effective" for c in store.history.all(aid))


@pytest.mark.parametrize(("change", "message"), [
    ({"fieldwork_start": "16.11.2026"}, "not a date"),
    ({"fieldwork_start": "2026-11-27", "fieldwork_end": "2026-11-01"}, "ends before it starts"),
    ({"interviews": (Interview("Chen Jing", "", "tomorrow"),)}, "interview date of Chen Jing"),
    ({"opinion": "excellent"}, "Unknown conclusion"),
])
def test_bad_engagement_data_is_refused_and_changes_nothing(mini_assessment, change, message):
    from dataclasses import replace

    store, aid = mini_assessment
    store.engagements.set(aid, FULL)
    with pytest.raises(StoreError, match=message):
        store.engagements.set(aid, replace(FULL, **change))
    assert store.engagements.get(aid) == FULL


def test_a_copy_keeps_the_engagement_and_a_reaudit_reaches_its_own_conclusion(mini_assessment):
    store, aid = mini_assessment
    store.engagements.set(aid, FULL)
    copy = store.assessments.duplicate(aid, "Copy")
    assert store.engagements.get(copy) == FULL
    reaudit = store.lifecycle.reaudit(aid, "Re-audit 2027")
    carried = store.engagements.get(reaudit)
    assert carried.firm == FULL.firm and carried.interviews == FULL.interviews
    assert carried.confidentiality == FULL.confidentiality
    assert carried.opinion == "" and not carried.rationale


pdf_tools = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def _flat(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text)


@pdf_tools
@pytest.mark.parametrize(("lang", "heading", "auditor"), [("en", "Scope and method", "the auditor's conclusion"),
                                                        ("zh", "范围与方法", "审核人的结论")])
def test_pdf_states_scope_marking_terms_and_the_auditors_rationale(mini_assessment, tmp_path, lang, heading, auditor):
    store, aid = mini_assessment
    store.engagements.set(aid, FULL)
    text = _flat(build_report(AssessmentSession(store, aid), "pdf", tmp_path / "r.pdf", language=lang))
    assert heading in text and "Hengtai Advisory" in text and "Hong Kong subsidiary" in text
    assert "Chen Jing" in text and "25 orders drawn at random" in text
    pages = text.count("STRICTLY CONFIDENTIAL")
    assert pages >= 3  # the marking is on every page's footer
    assert auditor in text and "two major gaps remain open" in text
    assert "General manager" in text and "Not legal advice." in text


@pdf_tools
def test_an_unedited_conclusion_is_marked_proposed_and_no_scope_section_appears(mini_assessment, tmp_path):
    store, aid = mini_assessment
    text = _flat(build_report(AssessmentSession(store, aid), "pdf", tmp_path / "r.pdf", language="en"))
    assert "proposed from the scores and findings" in text and "the auditor's conclusion" not in text
    assert "Scope and method" not in text


@pytest.mark.parametrize(("lang", "label"), [("en", "Prepared by"), ("zh", "编制单位")])
def test_excel_summary_has_the_engagement_rows(mini_assessment, tmp_path, lang, label):
    store, aid = mini_assessment
    store.engagements.set(aid, FULL)
    path = build_report(AssessmentSession(store, aid), "xlsx", tmp_path / "r.xlsx", language=lang)
    ws = load_workbook(path).worksheets[0]
    rows = {r[0].value: r[1].value for r in ws.iter_rows(max_col=2) if r[0].value}
    assert rows[label] == "Hengtai Advisory"
    conclusion = rows["总体结论" if lang == "zh" else "Overall conclusion"]
    assert "two major gaps remain open" in conclusion
    assert "STRICTLY CONFIDENTIAL" in ws.oddHeader.right.text


def test_demo_has_engagement_data_and_a_rationale(demo_store_path):
    from exportaudit.core.store import open_store

    with open_store(demo_store_path) as store:
        e = store.engagements.get(store.assessments.latest().id)
    assert e.firm and e.team and e.interviews and e.documents and e.sampling_basis and e.distribution
    assert e.opinion and e.rationale and e.confidentiality
