"""The document request list as an Excel workbook to send to the auditee before a visit. No Qt here.

    write_request_list(session, "requests.xlsx", language="zh", progress=callback) -> Path

The sheet is the report's own document-request sheet (item, element, expected evidence, status, date, note, with
real date cells, a filter and a frozen header), alone in its own workbook, with the organisation and assessment in
the page header and the workbook properties (``exportaudit.reports.render_request_list``). Cells are written as
text (never a formula) and the file is written all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from exportaudit.reports import LANGUAGES, ReportError, build_model, render_request_list


def write_request_list(session, out: str | Path, *, language: str = "both",
                       progress: Callable[[int, str], None] | None = None) -> Path:
    """Write the request list of ``session`` (an ``AssessmentSession``) to ``out``; returns the path.

    Raises ``ReportError`` when the list was never built or the file cannot be written.
    """
    if language not in LANGUAGES:
        raise ReportError(f"Unknown language '{language}'; expected one of: {', '.join(LANGUAGES)}.")
    report = progress or (lambda percent, message: None)
    report(0, "")
    model = build_model(session, language=language)
    if not model.requests:
        raise ReportError("The assessment has no document request list yet; build it first.")
    report(40, "")
    render_request_list(model, out, language=language)
    report(100, "")
    return Path(out)
