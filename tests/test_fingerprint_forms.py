"""The fingerprint's canonical forms: an assessment finalised from now on is fingerprinted in form 3, which covers
what a finding says in audit form (cause, effect, risk, management's response), the engagement data and the
auditor's conclusion; one finalised under form 2 keeps verifying with the fingerprint recorded then."""

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from exportaudit.core.engagement import Engagement
from exportaudit.core.fingerprint import CANONICAL_FORM, finalise, fingerprint
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store

FIXTURE = Path(__file__).parent / "data" / "form2-final"


@pytest.fixture
def form2_store(tmp_path):
    """A store whose model-2 assessment (a finding with a management response, engagement data, a conclusion) was
    finalised by the code before form 3, opened (and so upgraded) now."""
    shutil.copy2(FIXTURE / "form2.exportaudit", tmp_path)
    store = open_store(tmp_path / "form2.exportaudit", user="auditor")
    yield store
    store.close()


def test_an_assessment_finalised_under_form_2_keeps_and_verifies_its_fingerprint(form2_store, tmp_path):
    from exportaudit.reports import build_report
    from exportaudit.reports.content import build_model
    from exportaudit.reports.verify import MATCHES_FINAL, verify_report

    recorded = (FIXTURE / "form2.fingerprint").read_text()
    a = form2_store.assessments.get(1)
    assert a.is_final and a.fingerprint == recorded and a.fingerprint_form is None
    assert fingerprint(form2_store, 1) == recorded  # recomputed in the form it was made with
    assert fingerprint(form2_store, 1, form=CANONICAL_FORM) != recorded  # today's form would differ
    model = build_model(AssessmentSession(form2_store, 1), report_date=date(2026, 12, 6))
    assert model.meta.computed_fingerprint == recorded and not model.meta.fingerprint_mismatch
    build_report(AssessmentSession(form2_store, 1), "pdf", tmp_path / "r.pdf", language="en")
    assert verify_report(tmp_path / "r.pdf", form2_store).kind == MATCHES_FINAL


def _finalised_with_response(store, model2_assessment_id):
    item = store.checklists.get(store.assessments.get(model2_assessment_id).checklist_sha256).items[0].id
    finding = store.findings.create(model2_assessment_id, "major", "Records destroyed after three years",
                                   "Keep them five", item_id=item, cause="Generic retention rule", effect="Breach of duty",
                                   risk="high", response="agreed", response_text="Will fix",
                                   response_owner="Chen Jing", response_date="2026-06-30")
    store.engagements.set(model2_assessment_id, Engagement(firm="Audit Firm", opinion="partially_effective",
                                                          rationale="Gaps remain"))
    return finding, finalise(store, model2_assessment_id)


def test_form_3_is_recorded_and_detects_a_changed_management_response(model2_assessment):
    store, aid = model2_assessment
    finding, recorded = _finalised_with_response(store, aid)
    assert store.assessments.get(aid).fingerprint_form == CANONICAL_FORM == 3
    assert fingerprint(store, aid) == recorded
    form2_before = fingerprint(store, aid, form=2)
    # someone edits the database behind the store's back: the response now says "not agreed"
    store.db.execute("UPDATE findings SET response = 'not_agreed', response_text = 'We disagree' WHERE id = ?",
                     [finding])
    assert fingerprint(store, aid) != recorded
    assert fingerprint(store, aid, form=2) == form2_before  # what form 2 would have missed


@pytest.mark.parametrize("change", ["cause", "effect", "risk", "response_owner", "response_date"])
def test_form_3_covers_each_audit_field_of_a_finding(model2_assessment, change):
    store, aid = model2_assessment
    finding, recorded = _finalised_with_response(store, aid)
    value = {"risk": "low", "response_date": "2027-01-31"}.get(change, "changed")
    store.db.execute(f"UPDATE findings SET {change} = ? WHERE id = ?", [value, finding])
    assert fingerprint(store, aid) != recorded


def test_form_3_covers_the_engagement_and_the_auditors_conclusion(model2_assessment):
    store, aid = model2_assessment
    _, recorded = _finalised_with_response(store, aid)
    engagement = store.engagements.get(aid)
    for changed in (replace(engagement, opinion="effective"), replace(engagement, rationale="All fine"),
                    replace(engagement, firm="Another firm")):
        store.db.execute("UPDATE engagements SET data = ? WHERE assessment_id = ?", [changed.to_json(), aid])
        assert fingerprint(store, aid) != recorded
    store.db.execute("UPDATE engagements SET data = ? WHERE assessment_id = ?", [engagement.to_json(), aid])
    assert fingerprint(store, aid) == recorded


def test_reopening_forgets_the_form_and_finalising_again_records_todays(model2_assessment):
    store, aid = model2_assessment
    _finalised_with_response(store, aid)
    store.lifecycle.reopen(aid, "Management changed its response")
    assert store.assessments.get(aid).fingerprint_form is None and store.assessments.get(aid).fingerprint is None
    finalise(store, aid)
    assert store.assessments.get(aid).fingerprint_form == CANONICAL_FORM
