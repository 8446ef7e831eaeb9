"""The demo's issued report: the Excel workbook of the demo assessment, written beside the demo store and recorded
in its report register as sent to the client's compliance manager, so the register and Tools › Verify report…
have something to show. Kept out of the core's demo builder, which the reports build on, not the other way round."""

from __future__ import annotations

from exportaudit.core.records import IssuedReport
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import Store
from exportaudit.reports.issue import issue_report

DEMO_RECIPIENT = "陈静 合规经理 / Chen Jing, Compliance Manager"


def issue_demo_report(store: Store) -> IssuedReport:
    """Write and register the demo assessment's workbook in ``<store>-reports/`` beside the store."""
    assessment = store.assessments.latest()
    folder = store.path.with_name(f"{store.path.stem}-reports")
    folder.mkdir(exist_ok=True)
    issued = issue_report(AssessmentSession(store, assessment.id), "xlsx", folder / "hengxin-2026-self-assessment.xlsx",
                          language="both")
    return issued.register(store, assessment.id, recipient=DEMO_RECIPIENT)
