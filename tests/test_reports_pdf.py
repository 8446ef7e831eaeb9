"""The PDF report, read back with poppler: text in both languages, escaping, embedded fonts, page furniture."""

import re
import shutil
import subprocess

import pytest

from exportaudit.core.fingerprint import fingerprint
from exportaudit.core.session import AssessmentSession
from exportaudit.reports import build_report

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdffonts"),
                                reason="poppler-utils (pdftotext, pdffonts) not installed")

MARKUP_NOTE = "Checked <b>& signed</b> by the CEO; 总经理已签署 <见附件> & 存档"


@pytest.fixture
def session(mini_assessment, tmp_path):
    store, aid = mini_assessment
    for item, level in {"P1": 4, "P2": 3, "S1": 5, "S2": 4, "R1": 2, "R2": 5}.items():
        store.answers.rate(aid, item, level)
    evidence = tmp_path / "policy.pdf"
    evidence.write_bytes(b"%PDF-1.4 signed policy")
    for item in ("P1", "S2", "R2"):
        store.evidence.add(aid, item, evidence)
    store.answers.set_note(aid, "P1", MARKUP_NOTE)
    store.answers.set_note(aid, "S2", "Bell\x07 and NUL-free text; <unclosed & tags")
    return AssessmentSession(store, aid)


def pdf_text(path, *args) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """pdftotext output with line breaks and runs of spaces folded, so wrapped sentences can be matched."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def reports(session, tmp_path):
    return {lang: build_report(session, "pdf", tmp_path / f"report-{lang}.pdf", language=lang)
            for lang in ("zh", "en", "both")}


def test_english_report_shows_elements_levels_and_escaped_note(reports):
    text = flat(pdf_text(reports["en"]))
    for name in ("Policy statement", "Screening procedures", "Records"):
        assert name in text
    assert "Executive summary" in text and "Element maturity against target" in text
    assert "3 – Defined" in text and "2 – Developing" in text and "5 – Optimised" in text
    assert "Element 3 · Records" in text
    assert MARKUP_NOTE in text  # the markup shows literally, nothing was interpreted or lost
    assert "<unclosed & tags" in text
    assert "政策声明" not in text  # English only


def test_chinese_report_extracts_chinese_text(reports):
    text = flat(pdf_text(reports["zh"]))
    for name in ("政策声明", "审查程序", "资料档案", "执行摘要", "成熟度等级定义", "评分模型"):
        assert name in text
    assert "3 – 已定义" in text and "2 – 发展中" in text
    assert "要素 1 · 政策声明" in text
    assert MARKUP_NOTE in text
    assert "Executive summary" not in text


def test_bilingual_report_has_both_languages(reports):
    text = flat(pdf_text(reports["both"]))
    for phrase in ("执行摘要", "Executive summary", "政策声明", "Policy statement", "3 – 已定义 / Defined",
                   "2 – 发展中 / Developing", "备注 / Notes", MARKUP_NOTE):
        assert phrase in text, phrase


def test_summary_names_weak_key_items_and_unevidenced_claims(reports):
    text = flat(pdf_text(reports["en"], "-f", "3", "-l", "4"))  # after the cover and the contents
    assert "Overall maturity" in text and "3.4" in text and "100%" in text
    assert "Weakest elements" in text
    key = text[text.index("Key items below level 3"):]
    assert "R1" in key.split("Unevidenced claims")[0]  # key item rated 2
    assert "S1" in key.split("Unevidenced claims")[1]  # a 5 without evidence


def test_every_font_is_embedded_and_no_base14_font_is_used(reports):
    for path in reports.values():
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
        assert rows, out
        names = {r[0].split("+")[-1] for r in rows}
        assert names <= {"DroidSansFallback", "LiberationSans", "LiberationSans-Bold"}, out
        assert "DroidSansFallback" in names
        for r in rows:  # name type encoding emb sub uni ...
            assert r[-5] == "yes", f"font not embedded: {r}"


def test_pages_carry_page_x_of_y_date_and_fingerprint(session, reports):
    fp = fingerprint(session.store, session.assessment_id)
    text = pdf_text(reports["en"])
    pages = text.split("\f")[:-1]
    assert len(pages) >= 5
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
        assert fp in flat(page)
        assert "Report date:" in page
    zh_pages = pdf_text(reports["zh"]).split("\f")[:-1]
    assert f"第 1 页，共 {len(zh_pages)} 页" in zh_pages[0]


def test_cover_names_organisation_assessment_and_period(session, tmp_path):
    session.store.assessments.update(session.assessment_id, period_start="2026-01-01", period_end="2026-12-31",
                                    assessor="王芳 / Wang Fang")
    session.reload()
    out = build_report(session, "pdf", tmp_path / "cover.pdf", language="en")
    cover = flat(pdf_text(out, "-f", "1", "-l", "1"))
    for phrase in ("Acme Export Ltd", "Self-check 2026", "2026-01-01 – 2026-12-31", "Wang Fang",
                   "Mini checklist", "Self-assessment", "Report date"):
        assert phrase in cover, phrase
    assert "王芳" not in cover  # an English report names the assessor in English only


def test_unanswered_and_not_applicable_items(mini_assessment, tmp_path):
    store, aid = mini_assessment
    store.answers.mark_not_applicable(aid, "R2", "The group archive <keeps> it & we don't")
    out = build_report(AssessmentSession(store, aid), "pdf", tmp_path / "r.pdf", language="both")
    text = flat(pdf_text(out))
    assert "— 未作答 / Not answered" in text
    assert "不适用理由 / N/A justification" in text and "The group archive <keeps> it & we don't" in text


def test_a_100000_character_note_flows_over_pages(mini_assessment, tmp_path):
    store, aid = mini_assessment
    long_note = ("出口管制 compliance note <&> " * 4000)[:100_000]
    store.answers.set_note(aid, "P1", long_note)
    store.answers.set_note(aid, "P2", "x" * 20_000)  # one 'word' far wider than the page
    out = build_report(AssessmentSession(store, aid), "pdf", tmp_path / "long.pdf", language="en")
    text = pdf_text(out)
    assert len(text.split("\f")) > 20
    assert flat(text).count("compliance note <&>") > 3500


def test_logo_on_the_cover_and_bad_logo_skipped(session, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (31, 58, 95)).save(logo)
    with_logo = build_report(session, "pdf", tmp_path / "logo.pdf", language="en", logo=logo)
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    without = build_report(session, "pdf", tmp_path / "bad-logo.pdf", language="en", logo=bad)
    missing = build_report(session, "pdf", tmp_path / "missing.pdf", language="en", logo=tmp_path / "nope.png")
    images = {out: out.read_bytes().count(b"/Subtype /Image") for out in (with_logo, without, missing)}
    assert images[with_logo] == images[without] + 1 and images[without] == images[missing]  # beside the watermark


def test_organisation_logo_is_the_fallback(session, tmp_path):
    from PIL import Image

    logo = tmp_path / "org.png"
    Image.new("RGB", (60, 60), (42, 127, 142)).save(logo)
    session.store.organisations.update(session.organisation.id, logo_path=str(logo))
    session.reload()
    out = build_report(session, "pdf", tmp_path / "org-logo.pdf", language="zh")
    assert b"/Subtype /Image" in out.read_bytes()


def test_photo_sized_logo_is_scaled_down(session, tmp_path):
    from PIL import Image

    logo = tmp_path / "huge.png"
    Image.effect_noise((1400, 1000), 64).convert("RGB").save(logo)  # noise: incompressible, 4.2 MB raw
    out = build_report(session, "pdf", tmp_path / "huge-logo.pdf", language="en", logo=logo)
    assert b"/Subtype /Image" in out.read_bytes()
    assert out.stat().st_size < 1_500_000


def test_hostile_organisation_and_titles_do_not_break_the_layout(mini_assessment, tmp_path):
    store, aid = mini_assessment
    org = store.assessments.get(aid).organisation_id
    store.organisations.update(org, name="<para>& 公司 " * 800, uscc="</font>\x00\x1b")
    store.assessments.update(aid, title="=cmd|' /C calc'!A0 " * 300, assessor="<img src='x'/>")
    session = AssessmentSession(store, aid)
    for fmt in ("pdf", "xlsx"):
        assert build_report(session, fmt, tmp_path / f"hostile.{fmt}", language="both").stat().st_size > 1000
    cover = flat(pdf_text(tmp_path / "hostile.pdf", "-f", "1", "-l", "1"))
    assert "<para>& 公司" in cover and "<img src='x'/>" in cover
