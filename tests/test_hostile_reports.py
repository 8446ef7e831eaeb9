"""Hostile text in every field reaches the reports intact: literal in the PDF, a string (never a formula) in Excel.

Characters no bundled font can draw (emoji, Arabic script) show as a visible □ in the PDF instead of vanishing;
the Excel workbook keeps them exactly.
"""

import re
import shutil
import subprocess

import openpyxl
import pytest

from exportaudit.core.session import AssessmentSession
from exportaudit.reports import build_report

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")

# (text, what pdftotext must show) — control characters are replaced by a visible mark in both formats
HOSTILE = [
    ("<b>bold</b> & <i>unclosed", "<b>bold</b> & <i>unclosed"),
    ("<para>para</para>", "<para>para</para>"),
    ("&amp; &lt; &#x41; </b>", "&amp; &lt; &#x41; </b>"),
    ("=1+2", "=1+2"),
    ("+cmd|' /C calc'!A0", "+cmd|' /C calc'!A0"),
    ("-2+3", "-2+3"),
    ("@SUM(A1:A2)", "@SUM(A1:A2)"),
    ("中文与English混排，含全角标点：「」【】", "中文与English混排，含全角标点：「」【】"),
]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def hostile_store(mini_assessment):
    store, aid = mini_assessment
    return store, aid


@pytest.mark.parametrize("text, shown", HOSTILE, ids=lambda t: repr(t)[:14])
def test_text_in_every_field_is_literal_in_pdf_and_a_string_in_excel(hostile_store, mini_checklist, tmp_path, text, shown):
    store, _ = hostile_store
    org = store.organisations.create(f"Org {text}", contact=text, address=text)
    aid = store.assessments.create(org, mini_checklist, f"Audit {text}", assessor=text, target_profile="basic")
    store.answers.rate(aid, "P1", 3)
    store.answers.set_note(aid, "P1", f"note {text}")
    store.answers.mark_not_applicable(aid, "P2", f"why {text}")
    store.findings.create(aid, "minor", f"finding {text}", f"fix {text}", item_id="P1")
    session = AssessmentSession(store, aid)
    pdf = build_report(session, "pdf", tmp_path / "r.pdf", language="en")
    out = _flat(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    for label in ("note", "why", "finding", "fix"):
        assert f"{label} {shown}" in out, f"{label} text missing or altered in the PDF"
    xlsx = build_report(session, "xlsx", tmp_path / "r.xlsx", language="en")
    wb = openpyxl.load_workbook(xlsx)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    for label in ("note", "why", "finding", "fix"):
        matches = [c for c in cells if c.value == f"{label} {text}"]
        assert matches and all(c.data_type == "s" for c in matches), f"{label} text not kept as a string in Excel"
    bare = [c for c in cells if c.value == text]  # assessor, contact, address: the text on its own
    assert bare and all(c.data_type == "s" for c in bare)


def test_characters_without_a_glyph_show_as_a_visible_box(hostile_store, tmp_path):
    store, aid = hostile_store
    store.answers.set_note(aid, "P1", "emoji 😀 and Arabic مرحبا stay visible")
    session = AssessmentSession(store, aid)
    pdf = build_report(session, "pdf", tmp_path / "r.pdf", language="en")
    out = _flat(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    assert "emoji □ and Arabic □□□□□ stay visible" in out
    xlsx = build_report(session, "xlsx", tmp_path / "r.xlsx", language="en")
    values = [c.value for ws in openpyxl.load_workbook(xlsx).worksheets for row in ws.iter_rows() for c in row]
    assert "emoji 😀 and Arabic مرحبا stay visible" in values


@pytest.mark.xfail(strict=True, reason="known limitation: the PDF draws right-to-left scripts in logical order "
                   "(no bidi reordering yet), so Hebrew reads backwards; the Excel workbook keeps it exactly")
def test_right_to_left_text_reads_correctly_in_the_pdf(hostile_store, tmp_path):
    store, aid = hostile_store
    store.answers.set_note(aid, "P1", "note שלום עולם end")
    pdf = build_report(AssessmentSession(store, aid), "pdf", tmp_path / "r.pdf", language="en")
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "שלום עולם" in out.replace("\u202b", "").replace("\u202c", "")
