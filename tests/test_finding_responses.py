"""A finding in full audit form: cause, effect, risk and management's response are stored, checked, logged, and
reach the reports in each language."""

import re
import shutil
import subprocess
from datetime import date, datetime

import openpyxl
import pytest

from exportaudit.core import legal
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store
from exportaudit.core.store.errors import StoreError
from exportaudit.reports import build_model, build_report


def _finding(store, aid, **more):
    return store.findings.create(aid, "major", "Orders ship before screening", "Block until screened",
                                item_id="S1", **more)


def test_the_response_fields_round_trip_and_clear(mini_assessment):
    store, aid = mini_assessment
    fid = _finding(store, aid, cause="No system gate", effect="Listed parties could be served", risk="high",
                   response="agreed", response_text="We will add a gate", response_owner="Li Qiang",
                   response_date="2027-03-31")
    f = store.findings.get(fid)
    assert (f.cause, f.effect, f.risk) == ("No system gate", "Listed parties could be served", "high")
    assert (f.response, f.response_text, f.response_owner, f.response_date) == (
        "agreed", "We will add a gate", "Li Qiang", "2027-03-31")
    store.findings.update(fid, response="partly_agreed", response_date="", risk="")
    f = store.findings.get(fid)
    assert (f.response, f.response_date, f.risk) == ("partly_agreed", None, None)
    logged = {(e.field, e.new) for e in store.history.all(aid) if e.entity == "finding"}
    assert ("response", "partly_agreed") in logged


@pytest.mark.parametrize(("field", "value", "message"), [
    ("risk", "severe", "Unknown risk rating 'severe'"),
    ("response", "maybe", "Unknown management response 'maybe'"),
    ("response_date", "next March", "'next March' is not a date"),
])
def test_bad_response_values_are_refused_and_change_nothing(mini_assessment, field, value, message):
    store, aid = mini_assessment
    fid = _finding(store, aid)
    with pytest.raises(StoreError, match=message):
        store.findings.update(fid, **{field: value})
    with pytest.raises(StoreError, match=message):
        _finding(store, aid, **{field: value})
    assert len(store.findings.all(aid)) == 1 and getattr(store.findings.get(fid), field) is None


# --- the reports ------------------------------------------------------------------------------------

REPORT_DATE = date(2027, 3, 1)
poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")


@pytest.fixture
def answered(mini_assessment):
    store, aid = mini_assessment
    _finding(store, aid, cause="No system gate", effect="Listed parties could be served", risk="high",
             response="partly_agreed", response_text="A gate by June; no back-check", response_owner="Li Qiang",
             response_date="2027-06-30")
    return AssessmentSession(store, aid)


def _flat_pdf(session, tmp_path, lang) -> str:
    out = build_report(session, "pdf", tmp_path / f"r-{lang}.pdf", language=lang, report_date=REPORT_DATE)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", text)


@poppler
@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["Cause", "Nosystemgate", "Effectandrisk", "Riskrating:High", "Managementresponse",
            "Partlyagreed·Owner:LiQiang·Targetdate:2027-06-30", "Agatebyjune;noback-check"]),
    ("zh", ["原因", "影响与风险", "风险等级：高", "管理层回复", "部分同意·负责人：LiQiang·目标日期：2027年6月30日"]),
])
def test_the_pdf_findings_carry_cause_effect_risk_and_the_response(answered, tmp_path, lang, expected):
    text = _flat_pdf(answered, tmp_path, lang)
    for part in expected:
        assert part.lower() in text.lower(), part


def test_the_excel_findings_register_has_the_response_columns(answered, tmp_path):
    out = build_report(answered, "xlsx", tmp_path / "r.xlsx", language="zh", report_date=REPORT_DATE)
    ws = openpyxl.load_workbook(out)["审核发现"]
    header = [c.value for c in ws[1]]
    row = dict(zip(header, (c.value for c in ws[2]), strict=True))
    assert (row["原因"], row["影响"], row["风险等级"]) == ("No system gate", "Listed parties could be served", "高")
    assert (row["管理层回复"], row["回复内容"], row["回复负责人"]) == ("部分同意", "A gate by June; no back-check",
                                                                    "Li Qiang")
    assert row["回复目标日期"] == datetime(2027, 6, 30)


# --- the demo: its findings answered, and the legal exposure in the executive summary ---------------


@pytest.fixture
def demo(demo_store_path):
    store = open_store(demo_store_path)
    return AssessmentSession(store, store.assessments.all()[0].id)


def test_the_demo_findings_carry_management_responses(demo):
    answered = {f.grade: f for f in demo.store.findings.all(demo.assessment_id)}
    assert answered["major"].response == "agreed" and answered["major"].response_owner
    assert answered["major"].response_date and answered["major"].risk == "high"
    assert answered["minor"].response == "partly_agreed" and answered["minor"].cause


def test_the_legal_exposure_counts_the_duties_not_met_and_names_their_penalties(demo):
    m = build_model(demo)
    not_met = [d for d in m.duties if d.status == "not_met"]
    assert not_met and any(d.penalties for d in not_met)
    exposure = m.legal_exposure
    assert exposure.en.startswith(f"{len(not_met)} statutory duties are not met")
    assert exposure.zh.startswith(f"{len(not_met)} 项法定义务未履行")
    penalty = next(p for d in not_met for p in d.penalties)
    assert legal.render(penalty, "zh") in exposure.zh and legal.render(penalty, "en") in exposure.en


@poppler
@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["Legalexposure:", "statutorydutiesarenotmet,exposingthecompanytothepenaltiesof", "Managementresponse",
            "Agreed.Theretentionruleswillberevised"]),
    ("zh", ["法律风险：", "项法定义务未履行，公司可能因此适用以下罚则：", "管理层回复", "部分同意"]),
])
def test_the_demo_report_shows_the_legal_exposure_and_the_responses(demo, tmp_path, lang, expected):
    text = _flat_pdf(demo, tmp_path, lang)
    for part in expected:
        assert part in text, part
    radar = "Elementmaturityagainsttarget" if lang == "en" else "各要素成熟度与目标"
    assert text.index("Legalexposure" if lang == "en" else "法律风险") < text.index(radar)  # in the summary


def test_the_workbook_summary_carries_the_legal_exposure_too(demo, tmp_path):
    out = build_report(demo, "xlsx", tmp_path / "r.xlsx", language="en", report_date=REPORT_DATE)
    ws = openpyxl.load_workbook(out)["Summary"]
    row = next(r for r in ws.iter_rows(values_only=True) if r[0] == "Legal exposure")
    assert row[1] == build_model(demo).legal_exposure.en and "statutory duties are not met" in row[1]
