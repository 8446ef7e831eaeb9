"""The Qt models keep Qt's model contract (qtmodeltester) and say what the user should see."""

import pytest
from PySide6.QtCore import QModelIndex, Qt

from exportaudit.core.session import AssessmentSession
from exportaudit.ui.models.assessments import COL_KIND, COL_TITLE, AssessmentTableModel
from exportaudit.ui.models.element_table import (
    COL_CAPPED,
    COL_COVERAGE,
    COL_GAP,
    COL_LEVEL,
    COL_SCORE,
    COL_UNEVIDENCED,
    ElementTableModel,
)
from exportaudit.ui.models.element_tree import COL_LEVEL as TREE_LEVEL
from exportaudit.ui.models.element_tree import COL_PROGRESS, ElementTreeModel, ItemFilterProxy, MarksRole
from exportaudit.ui.models.evidence import COL_NAME, COL_SIZE, EvidenceTableModel, human_size
from exportaudit.ui.models.organisations import COL_OPERATOR_TYPE, OrganisationTableModel


@pytest.fixture
def session(mini_assessment):
    store, aid = mini_assessment
    return AssessmentSession(store, aid)


def test_element_tree_contract_and_content(qtmodeltester, session, tmp_path):
    model = ElementTreeModel()
    model.set_session(session)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    policy = model.index_of_element("policy")
    # P3 is for large firms only: the small exporter sees two policy items.
    assert [model.index(r, 0, policy).data(Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount(policy))] \
        == ["P1", "P2"]
    assert policy.siblingAtColumn(COL_PROGRESS).data() == "0/2"
    session.rate("P1", 4)
    model.refresh_item("P1")
    assert policy.siblingAtColumn(COL_PROGRESS).data() == "1/2"
    assert policy.siblingAtColumn(TREE_LEVEL).data() == "3"  # a 4 without evidence counts as 3
    assert model.index_of_item("P1").data(MarksRole) == {"answered", "key", "unevidenced"}
    evidence = tmp_path / "minutes.txt"
    evidence.write_text("board minutes")
    session.attach("P1", evidence)
    assert model.index_of_item("P1").data(MarksRole) == {"answered", "key"}
    assert policy.siblingAtColumn(TREE_LEVEL).data() == "4"
    session.mark_not_applicable("P2", "No board")
    assert model.index_of_item("P2").data(MarksRole) == {"na"}
    assert model.index_of_item("P2").siblingAtColumn(TREE_LEVEL).data() == "N/A"
    model.set_language("zh")
    assert model.index_of_item("P1").data().endswith("问题 P1")
    qtmodeltester.check(model)


def test_filter_proxy_matches_either_language(qtmodeltester, session):
    model = ElementTreeModel()
    model.set_session(session)
    proxy = ItemFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    def visible_items() -> list[str]:
        found = []
        for row in range(proxy.rowCount()):
            parent = proxy.index(row, 0)
            found += [proxy.index(r, 0, parent).data(Qt.ItemDataRole.UserRole + 1) for r in range(proxy.rowCount(parent))]
        return found

    assert visible_items() == ["P1", "P2", "S1", "S2", "R1", "R2"]
    proxy.set_needle("question s2")
    assert visible_items() == ["S2"]
    proxy.set_needle("指引 R1")
    assert visible_items() == ["R1"]
    proxy.set_needle("资料档案")  # an element's name shows all its items
    assert visible_items() == ["R1", "R2"]
    proxy.set_needle("")
    assert len(visible_items()) == 6
    qtmodeltester.check(proxy)


def test_element_table_contract_and_content(qtmodeltester, session):
    model = ElementTableModel()
    model.set_score(session.checklist, session.score)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    session.rate("S1", 1)  # key item below 3
    session.rate("S2", 5)
    model.set_score(session.checklist, session.score)
    row = 1  # screening
    assert model.index(row, 0).data() == "Screening procedures"
    assert model.index(row, COL_SCORE).data() == "1.7"  # S1 weighs twice S2: (2 x 1 + 3) / 3
    assert model.index(row, COL_LEVEL).data() == "1"
    assert model.index(row, COL_GAP).data() == "3"
    assert model.index(row, COL_COVERAGE).data() == "100% (2/2)"
    assert model.index(row, COL_CAPPED).data() == ""  # level 1 is not above the cap
    assert model.index(row, COL_UNEVIDENCED).data() == "1"
    assert model.headerData(COL_SCORE, Qt.Orientation.Horizontal) == "Score"
    qtmodeltester.check(model)


def test_organisation_and_assessment_tables(qtmodeltester, mini_assessment):
    store, aid = mini_assessment
    orgs = OrganisationTableModel()
    orgs.set_rows(store.organisations.all())
    qtmodeltester.check(orgs)
    assert orgs.index(0, COL_OPERATOR_TYPE).data() == "Exporter"
    orgs.set_language("zh")
    assert orgs.index(0, COL_OPERATOR_TYPE).data() == "出口经营者"
    assessments = AssessmentTableModel()
    assessments.set_rows(store.assessments.all(store.organisations.all()[0].id))
    qtmodeltester.check(assessments)
    assert assessments.index(0, COL_TITLE).data() == "Self-check 2026"
    assert assessments.index(0, COL_KIND).data() == "Self-assessment"


def test_evidence_table(qtmodeltester, mini_assessment, tmp_path):
    store, aid = mini_assessment
    file = tmp_path / "log.csv"
    file.write_bytes(b"x" * 2048)
    record = store.evidence.add(aid, "S1", file)
    model = EvidenceTableModel()
    model.set_rows(store.evidence.all(aid, "S1"), {record.id})
    qtmodeltester.check(model)
    assert model.index(0, COL_NAME).data() == "log.csv"
    assert model.index(0, COL_SIZE).data() == "2.0 KB"
    assert "missing" in model.index(0, COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert human_size(512) == "512 B"
    assert model.index(0, 0, model.index(0, 0)) == QModelIndex()
