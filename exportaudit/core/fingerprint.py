"""The content fingerprint of an assessment: SHA-256 over a canonical JSON form of everything it says.

Reports print it in the footer and finalising records it, so any later change to the content is visible.
Finalising lives here, above the store: the fingerprint is computed and handed down to ``store.lifecycle``.
"""

from __future__ import annotations

import hashlib
import json

from exportaudit.core.store import Store

# Bump when the canonical form changes; finalising records the form beside the fingerprint, so a recorded
# fingerprint is always recomputed in the form it was made with. Form 2 adds what scoring model 2 reads (evidence
# kind and date, who assessed and reviewed, model and look-back). Form 3 adds what a finding says in audit form
# (cause, effect, risk, management's response, owner and date), the engagement data and the auditor's conclusion.
# Assessments finalised before forms were recorded used form 2 under scoring model 2, else form 1.
CANONICAL_FORM = 3
_MODEL_2_FIELDS = ("scoring_model", "lookback_months", "assessor_role", "independence", "reviewer", "review_date")
_FINDING_FORM_3_FIELDS = ("cause", "effect", "risk", "response", "response_text", "response_owner", "response_date")


def form_of(assessment) -> int:
    """The canonical form of ``assessment``'s fingerprint: the recorded one for a finalised assessment (or, finalised
    before forms were recorded, the one its scoring model implied then), today's for one still open."""
    if assessment.is_final and assessment.fingerprint:
        return assessment.fingerprint_form or (2 if assessment.scoring_model >= 2 else 1)
    return CANONICAL_FORM


def canonical_content(store: Store, assessment_id: int, form: int | None = None) -> dict:
    """Everything the assessment says, in canonical ``form`` (default: the form its fingerprint uses)."""
    a = store.assessments.get(assessment_id)
    form = form or form_of(a)
    org = store.organisations.get(a.organisation_id)
    responses = store.answers.all(assessment_id)
    evidence = store.evidence.all(assessment_id)
    transactions = _transaction_testing(store, assessment_id)
    findings = store.findings.all(assessment_id)
    actions = store.actions.all(assessment_id)
    content = {
        "canonical_form": form,
        "organisation": {"name": org.name, "uscc": org.uscc},
        "assessment": {"id": a.id, "title": a.title, "kind": a.kind, "period_start": a.period_start,
                       "period_end": a.period_end, "assessor": a.assessor, "target_profile": a.target_profile,
                       "operator_type": a.operator_type, "size": a.size,
                       **({"modules": list(a.module_ids)} if a.module_ids else {})},
        "checklist_sha256": a.checklist_sha256,
        "responses": [{"item": r.item_id, "level": r.level, "na": r.na, "na_reason": r.na_reason, "note": r.note}
                      for r in sorted(responses.values(), key=lambda r: r.item_id)],
        "evidence": sorted([[e.item_id, e.sha256, e.file_name] for e in evidence]),
        "findings": [{"id": f.id, "item": f.item_id, "element": f.element_id, "grade": f.grade,
                      "description": f.description, "recommendation": f.recommendation} for f in findings],
        "actions": sorted([{"id": x.id, "finding": x.finding_id, "description": x.description, "owner": x.owner,
                            "due_date": x.due_date, "status": x.status, "closing_note": x.closing_note}
                           for x in actions], key=lambda x: x["id"]),
        "transaction_testing": transactions,
    }
    if form >= 2:
        content["assessment"].update({name: getattr(a, name) for name in _MODEL_2_FIELDS})
        content["evidence"] = sorted([[e.item_id, e.sha256, e.file_name, e.kind or "", e.covered_date or ""]
                                      for e in evidence])
    if form >= 3:
        by_id = {f.id: f for f in findings}
        for entry in content["findings"]:
            entry.update({name: getattr(by_id[entry["id"]], name) for name in _FINDING_FORM_3_FIELDS})
        engagement = store.engagements.get(assessment_id)
        content["engagement"] = {} if engagement.is_empty else json.loads(engagement.to_json())
    return content


def _transaction_testing(store: Store, assessment_id: int) -> dict:
    """Order lists (by source hash and size), samples (seed, plan, drawn orders) and every test-card answer."""
    q = store.db.execute

    def rows(sql: str) -> list[list]:
        return [list(r) for r in q(sql, [assessment_id]).fetchall()]

    return {
        "order_lists": rows("SELECT id, source_sha256, order_count, rejected_count FROM order_lists "
                            "WHERE assessment_id = ? ORDER BY id"),
        "samples": rows("SELECT id, list_id, seed, algorithm, plan, population, size FROM samples "
                        "WHERE assessment_id = ? ORDER BY id"),
        "sampled_orders": rows("SELECT so.id, so.sample_id, o.order_ref, so.position FROM sample_orders so "
                               "JOIN samples s ON s.id = so.sample_id JOIN orders o ON o.id = so.order_id "
                               "WHERE s.assessment_id = ? ORDER BY so.id"),
        "results": rows("SELECT t.sample_order_id, t.check_id, t.result, t.note FROM test_results t "
                        "JOIN sample_orders so ON so.id = t.sample_order_id JOIN samples s ON s.id = so.sample_id "
                        "WHERE s.assessment_id = ? ORDER BY t.sample_order_id, t.check_id"),
        "red_flags": rows("SELECT r.sample_order_id, r.flag_id, r.answer, r.resolved, r.note FROM red_flag_answers r "
                          "JOIN sample_orders so ON so.id = r.sample_order_id JOIN samples s ON s.id = so.sample_id "
                          "WHERE s.assessment_id = ? ORDER BY r.sample_order_id, r.flag_id"),
    }


def fingerprint(store: Store, assessment_id: int, *, form: int | None = None) -> str:
    """SHA-256 of the canonical content in ``form`` (default: the form the assessment's fingerprint uses)."""
    payload = json.dumps(canonical_content(store, assessment_id, form), ensure_ascii=False, sort_keys=True,
                         separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def finalise(store: Store, assessment_id: int) -> str:
    """Lock the assessment and record its content fingerprint; returns the fingerprint.

    The hash is taken in today's form inside the transaction that locks it (the write lock is held from its start),
    so what is locked is what was hashed; the form is recorded with it.
    """
    with store.transaction():
        store.assessments.writable(assessment_id)
        value = fingerprint(store, assessment_id, form=CANONICAL_FORM)
        store.lifecycle.finalise(assessment_id, value, CANONICAL_FORM)
    return value
