"""Typed records: the statuses the store hands out are the vocabularies' keys, typed."""

from exportaudit.core import vocab
from exportaudit.core.records import (
    ActionStatus,
    AssessmentKind,
    AssessmentStatus,
    EvidenceKind,
    FindingGrade,
    FindingRisk,
    Independence,
    ManagementResponse,
    RequestStatus,
)


def test_every_status_enum_names_exactly_its_vocabulary():
    pairs = [(AssessmentStatus, vocab.ASSESSMENT_STATUSES), (AssessmentKind, vocab.ASSESSMENT_KINDS),
             (Independence, vocab.INDEPENDENCE), (EvidenceKind, vocab.EVIDENCE_KINDS),
             (FindingGrade, vocab.FINDING_GRADES), (FindingRisk, vocab.FINDING_RISKS),
             (ManagementResponse, vocab.RESPONSES), (ActionStatus, vocab.ACTION_STATUSES),
             (RequestStatus, vocab.REQUEST_STATUSES)]
    for enum, words in pairs:
        assert [m.value for m in enum] == list(words), enum.__name__


def test_the_store_hands_out_typed_statuses_and_bools(mini_assessment):
    store, aid = mini_assessment
    finding_id = store.findings.create(aid, "major", "No screening", item_id="P1", risk="high", response="agreed")
    store.actions.create(finding_id, "Buy a screening tool", status="in_progress")
    store.answers.mark_not_applicable(aid, "P2", "No exports of listed items")
    finding = store.findings.get(finding_id)
    assert finding.grade is FindingGrade.MAJOR and finding.risk is FindingRisk.HIGH
    assert finding.response is ManagementResponse.AGREED
    assert store.actions.all(aid)[0].status is ActionStatus.IN_PROGRESS
    assert store.assessments.get(aid).status is AssessmentStatus.DRAFT
    assert store.answers.get(aid, "P2").na is True
