"""Reports: an editable Excel workbook and a bilingual PDF of one assessment. No Qt here.

    build_report(session, "pdf", "report.pdf", language="both", progress=callback, logo=None) -> Path

``build_report`` = ``build_model`` (reads the store once; run it on the thread that owns the store) followed by
``render_report`` (pure layout from the model; safe on any thread). Both formats render the same model
(``content.ReportModel``), so they always agree. The file is written to a temporary file in the target folder
and renamed into place at the end: a failed build never leaves a half-written report.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from exportaudit.reports.content import ReportModel, build_model
from exportaudit.reports.errors import ReportError
from exportaudit.reports.labels import LANGUAGES
from exportaudit.reports.output import atomic_output

FORMATS = ("xlsx", "pdf")
Progress = Callable[[int, str], None]

__all__ = ["FORMATS", "LANGUAGES", "ReportError", "ReportModel", "build_model", "build_report", "render_report",
           "render_request_list"]


def _check(fmt: str, language: str) -> None:
    if fmt not in FORMATS:
        raise ReportError(f"Unknown report format '{fmt}'; expected one of: {', '.join(FORMATS)}.")
    if language not in LANGUAGES:
        raise ReportError(f"Unknown report language '{language}'; expected one of: {', '.join(LANGUAGES)}.")


def build_report(session, fmt: str, out: str | Path, *, language: str = "both", progress: Progress | None = None,
                 logo: str | Path | None = None, report_date: date | None = None, signer=None,
                 frameworks: tuple[str, ...] = ()) -> Path:
    """Write the ``fmt`` ("xlsx" or "pdf") report of ``session`` to ``out`` in ``language`` ("zh", "en", "both").

    ``progress(percent, message)`` is called as the work advances (from the calling thread). ``logo`` is an image
    for the PDF cover; without it the organisation's logo is used when it is set and readable; an unreadable
    logo is skipped. ``signer`` (``signing.load_signer``) signs a PDF before it is put in place. ``frameworks``
    names other frameworks (``eu-2019-1318``, ``bis-ecg-2017``, ``wassenaar-2011``, or ``all``) to report against:
    a PDF section and a workbook sheet each. Raises ``ReportError`` with a user-facing message when the report
    cannot be written.
    """
    _check(fmt, language)
    report = _progress(progress)
    report(0, "")
    model = build_model(session, report_date=report_date, logo=logo, frameworks=frameworks, language=language)
    return render_report(model, fmt, out, language=language, progress=report, signer=signer)


def render_report(model: ReportModel, fmt: str, out: str | Path, *, language: str = "both",
                  progress: Progress | None = None, signer=None) -> Path:
    """Lay out an already built report model as ``fmt`` into ``out`` (atomically)."""
    _check(fmt, language)
    report = _progress(progress)
    report(5, "")
    with atomic_output(out) as tmp:
        if fmt == "xlsx":
            from exportaudit.reports.xlsx import write_xlsx

            write_xlsx(model, tmp, language, report)
        else:
            from exportaudit.reports.pdf import write_pdf

            write_pdf(model, tmp, language, report)
            if signer is not None:
                from exportaudit.reports.signing import sign_pdf

                report(90, "")
                sign_pdf(tmp, signer, reason=f"fingerprint:{model.meta.fingerprint}")
        report(95, "")
    report(100, "")
    return Path(out)


def render_request_list(model: ReportModel, out: str | Path, *, language: str = "both") -> Path:
    """Lay out the model's document request list as a one-sheet workbook into ``out`` (atomically)."""
    if language not in LANGUAGES:
        raise ReportError(f"Unknown language '{language}'; expected one of: {', '.join(LANGUAGES)}.")
    from exportaudit.reports.xlsx import write_request_xlsx

    with atomic_output(out) as tmp:
        write_request_xlsx(model, tmp, language)
    return Path(out)


def _progress(callback: Progress | None) -> Progress:
    """A progress reporter that never goes backwards and never lets a failing callback stop the build."""
    last = [-1]

    def report(percent: int, message: str) -> None:
        percent = max(0, min(100, int(percent)))
        if callback is None or percent < last[0]:
            return
        last[0] = percent
        try:
            callback(percent, message)
        except Exception:  # a broken progress bar must not cost the user the report
            pass

    return report
