"""The document request list as an Excel workbook to send to the auditee before a visit. No Qt here.

    write_request_list(session, "requests.xlsx", language="zh", progress=callback) -> Path

The sheet is the report's own document-request sheet (``exportaudit.reports.xlsx.build_requests``: item, element,
expected evidence, status, date, note, with real date cells, a filter and a frozen header), alone in its own
workbook, with the organisation and assessment in the page header and the workbook properties. Cells go through
the report's ``put`` (text never becomes a formula) and the file is written all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from exportaudit.reports import build_model
from exportaudit.reports.errors import ReportError
from exportaudit.reports.labels import LANGUAGES, T, say
from exportaudit.reports.output import atomic_output, save_workbook
from exportaudit.reports.xlsx import Ctx, add_styles, build_requests, sheet_title


def _header_text(text: str) -> str:
    """Page headers treat & as a control character."""
    return text.replace("&", "&&")


def write_request_list(session, out: str | Path, *, language: str = "both",
                       progress: Callable[[int, str], None] | None = None) -> Path:
    """Write the request list of ``session`` (an ``AssessmentSession``) to ``out``; returns the path.

    Raises ``ReportError`` when the list was never built or the file cannot be written.
    """
    if language not in LANGUAGES:
        raise ReportError(f"Unknown language '{language}'; expected one of: {', '.join(LANGUAGES)}.")
    report = progress or (lambda percent, message: None)
    report(0, "")
    model = build_model(session)
    if not model.requests:
        raise ReportError("The assessment has no document request list yet; build it first.")
    report(40, "")
    wb = Workbook()
    add_styles(wb)
    ws = wb.active
    ws.title = sheet_title("sheet_requests", language)
    build_requests(ws, model, Ctx(language))
    title = f"{model.meta.organisation} — {model.meta.title}"
    ws.oddHeader.center.text = _header_text(title)[:250]
    ws.oddFooter.center.text = "&P / &N"
    wb.properties.title = f"{say(T('document_requests'), language)} – {title}"[:250]
    wb.properties.subject = model.meta.organisation[:250]
    wb.properties.creator = "ExportAudit"
    report(80, "")
    with atomic_output(out) as tmp:
        save_workbook(wb, tmp)
    report(100, "")
    return Path(out)
