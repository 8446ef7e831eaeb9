"""The document request list workbook sent to the auditee: one sheet, the applicable items, statuses in words."""

from datetime import date

import openpyxl
import pytest

from exportaudit.core.session import AssessmentSession
from exportaudit.exchange.request_list import write_request_list
from exportaudit.reports.errors import ReportError


def test_request_list_workbook_lists_each_request_with_its_status(mini_assessment, tmp_path):
    store, aid = mini_assessment
    evidence = tmp_path / "policy.pdf"
    evidence.write_bytes(b"signed policy")
    store.evidence.add(aid, "P1", evidence)
    store.requests.build(aid)
    store.requests.update(aid, "S2", status="missing", note="=ERP export not available")
    out = tmp_path / "requests.xlsx"
    calls = []
    assert write_request_list(AssessmentSession(store, aid), out, language="en",
                              progress=lambda p, m: calls.append(p)) == out
    assert calls[0] == 0 and calls[-1] == 100
    wb = openpyxl.load_workbook(out)
    assert len(wb.sheetnames) == 1
    ws = wb.active
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2, values_only=False)]
    by_item = {r[0]: r for r in rows}
    assert list(by_item) == ["P1", "P2", "S1", "S2", "R1", "R2"]  # applicable items, checklist order
    assert by_item["P1"][3] == "Received" and by_item["S1"][3] == "Requested"
    assert by_item["S2"][3] == "Missing" and by_item["S2"][5] == "=ERP export not available"
    assert ws.cell(row=2 + list(by_item).index("S2"), column=6).data_type == "s"  # text, never a formula
    assert by_item["P1"][2] == "Evidence P1"
    assert by_item["P1"][4].date() == date.today()
    assert "Acme Export Ltd" in ws.oddHeader.center.text
    assert not list(tmp_path.glob(".*.tmp"))


def test_chinese_list_and_refusal_before_the_list_is_built(mini_assessment, tmp_path):
    store, aid = mini_assessment
    with pytest.raises(ReportError, match="no document request list yet"):
        write_request_list(AssessmentSession(store, aid), tmp_path / "none.xlsx")
    assert not (tmp_path / "none.xlsx").exists()
    store.requests.build(aid)
    out = tmp_path / "资料清单.xlsx"
    write_request_list(AssessmentSession(store, aid), out, language="zh")
    ws = openpyxl.load_workbook(out).active
    assert ws.cell(row=2, column=4).value == "已索取"
    assert ws.cell(row=2, column=3).value == "证据 P1"
