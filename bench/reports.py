"""Benchmark: the demo assessment's full reports — the PDF (bar 2 s) and the Excel workbook (bar 1 s).

Median of a few runs in one process, after one cold run that also pays for imports and loading the fonts
(reported separately). The bilingual report is the largest, so it is the one measured against the bars. The
demo is measured as it comes (with its transaction-testing sample: the section, its sheets, the capped items)
and as a re-audit of it with the whole audit workflow in the report: findings of every grade, an action plan,
the document request list and the comparison with the finalised baseline.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from exportaudit.core.fingerprint import finalise

RUNS = 5


def _time(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _reaudit(store, baseline: int) -> int:
    """Finalise the demo assessment and re-audit it: changed answers, findings with actions, request list."""
    from exportaudit.core.session import AssessmentSession
    from exportaudit.core.vocab import FINDING_GRADES

    items = [i.id for i in AssessmentSession(store, baseline).applicable_items]
    finalise(store, baseline)
    new = store.lifecycle.reaudit(baseline, "Re-audit")
    for n, item in enumerate(items[::4]):
        store.answers.rate(new, item, 1 + n % 5)
    for n, item in enumerate(items[::6]):
        finding = store.findings.create(new, list(FINDING_GRADES)[n % 5], f"Finding {n} on {item} " * 8,
                                       "Recommendation " * 10, item_id=item)
        store.actions.create(finding, f"Action for {item} " * 4, owner="Owner", due_date=f"2026-{1 + n % 12:02d}-15")
    store.requests.build(new)
    return new


def _sheets(path: Path) -> int:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return sum(1 for name in z.namelist() if name.startswith("xl/worksheets/sheet"))


def rows() -> list[tuple[str, str, str]]:
    from exportaudit.core.demo import build_demo
    from exportaudit.core.session import AssessmentSession

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        build_demo(tmp / "demo.exportaudit").close()
        from exportaudit.core.store import open_store

        with open_store(tmp / "demo.exportaudit", read_only=True) as store:
            session = AssessmentSession(store, store.assessments.latest().id)
            from exportaudit.reports import build_report

            cold = _time(lambda: build_report(session, "pdf", tmp / "cold.pdf", language="both"))
            figures = {}
            for fmt, lang in (("pdf", "both"), ("pdf", "zh"), ("pdf", "en"), ("xlsx", "both")):
                out = tmp / f"report-{lang}.{fmt}"
                figures[fmt, lang] = statistics.median(
                    _time(lambda f=fmt, o=out, la=lang: build_report(session, f, o, language=la)) for _ in range(RUNS))
            pages = (tmp / "report-both.pdf").read_bytes().count(b"/Type /Page\n")
            items = len(session.applicable_items)
            sheets = _sheets(tmp / "report-both.xlsx")
            sample = session.testing_summary().sample_size
        with open_store(tmp / "demo.exportaudit") as store:
            reaudit = AssessmentSession(store, _reaudit(store, store.assessments.latest().id))
            findings = len(store.findings.all(reaudit.assessment_id))
            for fmt in ("pdf", "xlsx"):
                out = tmp / f"reaudit.{fmt}"
                figures[fmt, "reaudit"] = statistics.median(
                    _time(lambda f=fmt, o=out: build_report(reaudit, f, o, language="both")) for _ in range(RUNS))
            reaudit_pages = (tmp / "reaudit.pdf").read_bytes().count(b"/Type /Page\n")
            reaudit_sheets = _sheets(tmp / "reaudit.xlsx")
    return [
        (f"reports: full PDF of the demo assessment, zh + en ({items} items, radar, {sample} sampled orders, "
         f"{pages} pages)",
         f"{figures['pdf', 'both']:.2f} s", "< 2 s"),
        ("reports: full PDF, Chinese only", f"{figures['pdf', 'zh']:.2f} s", "< 2 s"),
        ("reports: full PDF, English only", f"{figures['pdf', 'en']:.2f} s", "< 2 s"),
        ("reports: first PDF in a fresh process (imports, loads the 4 MB CJK font)", f"{cold:.2f} s", "< 2 s"),
        (f"reports: Excel workbook of the demo assessment, zh + en ({sheets} sheets, radar)",
         f"{figures['xlsx', 'both']:.2f} s", "< 1 s"),
        (f"reports: PDF of a re-audit of the demo, zh + en ({findings} findings, comparison; {reaudit_pages} pages)",
         f"{figures['pdf', 'reaudit']:.2f} s", "< 2 s"),
        (f"reports: Excel workbook of that re-audit, zh + en ({reaudit_sheets} sheets, 2 radars)",
         f"{figures['xlsx', 'reaudit']:.2f} s", "< 1 s"),
    ]


if __name__ == "__main__":
    for name, figure, bar in rows():
        print(f"{name:<80} {figure:>8}   bar {bar}")
