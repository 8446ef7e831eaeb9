"""The typesetting a client sees: Chinese line breaking, the outline, metadata, the draft watermark, page flow."""

import re
import shutil
import subprocess

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store
from exportaudit.reports import build_report, fonts, kinsoku

poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")
FORBIDDEN_START = "，。、；：？！）」』】"


def pdf_text(path, *args) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def demo_pdfs(demo_store_template, tmp_path_factory):
    """The demo assessment's PDF in every language, plus a finalised copy and its re-audit with findings."""
    folder = tmp_path_factory.mktemp("craft")
    path = folder / "demo.exportaudit"
    shutil.copy2(demo_store_template, path)
    with open_store(path) as store:
        aid = store.latest_assessment().id
        out = {f"draft-{lang}": build_report(AssessmentSession(store, aid), "pdf", folder / f"draft-{lang}.pdf",
                                           language=lang)
               for lang in ("zh", "en", "both")}
        store.finalise(aid)
        new = store.create_reaudit(aid, "Re-audit")
        finding = store.create_finding(new, "major", "最终用户证明未逐笔核实，抽查 5 笔中 2 笔缺少签字页。",
                                       "签约前逐笔核实。", element_id="screening")
        store.create_action(finding, "修订模板", owner="王芳", due_date="2027-02-01")
        out["final-en"] = build_report(AssessmentSession(store, aid), "pdf", folder / "final-en.pdf", language="en")
        out["final-zh"] = build_report(AssessmentSession(store, aid), "pdf", folder / "final-zh.pdf", language="zh")
        for lang in ("zh", "en", "both"):
            out[f"re-{lang}"] = build_report(AssessmentSession(store, new), "pdf", folder / f"re-{lang}.pdf",
                                             language=lang)
    return out


def test_a_line_never_starts_with_closing_punctuation_nor_runs_past_the_width():
    fonts.register()
    text = "是否按出口许可证件的要求报告实际出口运输、运抵、安装和使用情况？许可有效期内，物项种类（包括技术）需要改变时，是否重新申请许可。"
    for width in range(60, 400, 7):
        lines = kinsoku.word_split(text, [width], fonts.CJK, 10)
        assert "".join(line for _, line in lines) == text
        for _, line in lines:
            assert line[0] not in FORBIDDEN_START, (width, line)
            assert line[-1] not in "（《“", (width, line)
            assert stringWidth(line, fonts.CJK, 10) <= width + 0.01, (width, line)


@poppler
@pytest.mark.parametrize("name", ["draft-zh", "draft-both", "re-zh", "re-both"])
def test_chinese_reports_have_no_line_starting_with_closing_punctuation(demo_pdfs, name):
    starts = [line for line in pdf_text(demo_pdfs[name]).splitlines() if line[:1] and line[0] in FORBIDDEN_START]
    assert not starts, starts[:5]
