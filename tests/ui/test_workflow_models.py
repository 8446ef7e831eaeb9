"""The audit-workflow models keep Qt's model contract (qtmodeltester) and show what the user should see."""

from datetime import date, timedelta

from PySide6.QtCore import Qt

from exportaudit.core.comparison import compare
from exportaudit.core.row_problems import RowProblem
from exportaudit.core.session import AssessmentSession
from exportaudit.exchange.questionnaire_import import Change
from exportaudit.ui.models.actions import COL_DUE, COL_STATUS, OVERDUE, ActionFilterProxy, ActionTableModel, OverdueRole
from exportaudit.ui.models.comparison import ElementChangeModel, ItemChangeModel
from exportaudit.ui.models.findings import COL_GRADE, COL_SUBJECT, FindingTableModel
from exportaudit.ui.models.history import COL_FIELD, COL_NEW, COL_WHAT, HistoryFilterProxy, HistoryTableModel
from exportaudit.ui.models.questionnaire import COL_NEW as PREVIEW_NEW
from exportaudit.ui.models.questionnaire import ChangePreviewModel, ProblemModel
from exportaudit.ui.models.requests import COL_NOTE, RequestRow, RequestTableModel
from exportaudit.ui.models.requests import COL_STATUS as REQUEST_STATUS


def test_findings_and_actions(qtmodeltester, mini_assessment):
    store, aid = mini_assessment
    session = AssessmentSession(store, aid)
    good = store.findings.create(aid, "good_practice", "Clear archive", element_id="records")
    bad = store.findings.create(aid, "major", "No screening", item_id="S1")
    findings = FindingTableModel()
    findings.set_findings(session.checklist, store.findings.all(aid))
    qtmodeltester.check(findings)
    assert [findings.index(r, COL_GRADE).data() for r in range(2)] == ["Major nonconformity", "Good practice"]
    assert findings.index(0, COL_SUBJECT).data() == "S1 · Screening procedures"
    assert findings.index(1, COL_SUBJECT).data() == "Records"
    findings.set_language("zh")
    assert findings.index(0, COL_GRADE).data() == "严重不符合项"

    yesterday = (date.today() - timedelta(days=1)).isoformat()
    store.actions.create(bad, "Screen every order", owner="王芳", due_date=yesterday)
    store.actions.create(good, "Keep it up", due_date="2099-01-01", status="in_progress")
    actions = ActionTableModel()
    actions.set_actions(session.checklist, store.actions.all(aid))
    qtmodeltester.check(actions)
    assert actions.index(0, COL_DUE).data(OverdueRole) and not actions.index(1, COL_DUE).data(OverdueRole)
    assert actions.index(1, COL_STATUS).data() == "In progress"
    assert actions.owners() == ["王芳"] and actions.overdue_count() == 1
    proxy = ActionFilterProxy()
    proxy.setSourceModel(actions)
    qtmodeltester.check(proxy)
    proxy.set_status(OVERDUE)
    assert proxy.rowCount() == 1
    proxy.set_status("")
    proxy.set_text("keep")
    assert proxy.rowCount() == 1 and proxy.index(0, 2).data() == "Keep it up"


def test_requests_history_comparison_and_preview(qtmodeltester, mini_assessment):
    store, aid = mini_assessment
    store.requests.build(aid)
    session = AssessmentSession(store, aid)
    requests = store.requests.all(aid)
    model = RequestTableModel()
    model.set_rows([RequestRow(i, session.checklist.element(i.element).name, requests[i.id])
                    for i in session.applicable_items])
    qtmodeltester.check(model)
    edits = []
    model.edit_requested.connect(lambda *args: edits.append(args))
    assert not model.setData(model.index(0, COL_NOTE), "x")  # not editable until the controller says so
    model.editable = True
    assert model.index(0, REQUEST_STATUS).data(Qt.ItemDataRole.EditRole) == "requested"
    assert model.setData(model.index(0, REQUEST_STATUS), "missing") and model.setData(model.index(1, COL_NOTE), " n ")
    assert edits == [("P1", "status", "missing"), ("P2", "note", "n")]
    assert model.counts()["requested"] == 6

    session.rate("P1", 3)
    store.requests.update(aid, "P1", status="missing")
    history = HistoryTableModel()
    history.set_entries(store.history.all(aid))
    qtmodeltester.check(history)
    assert history.index(0, COL_WHAT).data() == "Document request"
    assert (history.index(0, COL_FIELD).data(), history.index(0, COL_NEW).data()) == ("Status", "Missing")
    proxy = HistoryFilterProxy()
    proxy.setSourceModel(history)
    proxy.set_entity("response")
    assert proxy.rowCount() == 1

    re_id = store.lifecycle.reaudit(aid, "Again")
    current = AssessmentSession(store, re_id)
    current.rate("P1", 4)
    result = compare(AssessmentSession(store, aid), current)
    elements = ElementChangeModel()
    elements.set_changes(current.checklist, result.elements)
    qtmodeltester.check(elements)
    items = ItemChangeModel()
    items.set_changes(current.checklist, result.unchanged + result.improved)
    qtmodeltester.check(items)

    preview = ChangePreviewModel()
    preview.set_changes(session.checklist, [Change("P1", "level", None, 3), Change("S2", "na", False, True)])
    qtmodeltester.check(preview)
    assert preview.index(0, PREVIEW_NEW).data() == "3 · Defined" and preview.index(1, PREVIEW_NEW).data() == "Yes"
    problems = ProblemModel()
    problems.set_rows([RowProblem(9, "", "rating 7 is out of range", key="R1")])
    qtmodeltester.check(problems)
