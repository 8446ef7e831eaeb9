"""One open assessment held in memory: its checklist, answers and evidence counts, rescored after each answer.

The GUI, the CLI and the reports all work through this, so they always agree on what an assessment says.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from exportaudit.core.changes import Changes
from exportaudit.core.checklist import Checklist, Item
from exportaudit.core.duties import Duty, duties_register
from exportaudit.core.records import Assessment, EvidenceRecord, Organisation, Response
from exportaudit.core.scoring import AnswerState, AssessmentScore, score_assessment
from exportaudit.core.scoring_model2 import (
    MODEL_1,
    EvidenceFact,
    Facts,
    Window,
    caps_table,
    evidence_window,
    parse_date,
    score_assessment2,
)
from exportaudit.core.store import Store
from exportaudit.core.testing.results import CheckRate, TestingSummary, item_rates


class AssessmentSession:
    def __init__(self, store: Store, assessment_id: int):
        self.store = store
        self.assessment_id = assessment_id
        self.reload()

    def reload(self) -> None:
        """Read everything again from the store (after an import or another window's change)."""
        self.assessment: Assessment = self.store.assessments.get(self.assessment_id)
        self.organisation: Organisation = self.store.organisations.get(self.assessment.organisation_id)
        # the checklist as this assessment sees it: elements of modules it has not switched on are left out
        self.checklist: Checklist = self.store.checklists.get(self.assessment.checklist_sha256).for_modules(
            self.assessment.module_ids)
        self.responses: dict[str, Response] = self.store.answers.all(self.assessment_id)
        self.evidence_counts: dict[str, int] = self.store.evidence.counts(self.assessment_id)
        self._score: AssessmentScore | None = None
        self._sample_caps: dict[str, int] | None = None
        self._facts: Facts | None = None
        self._caps: dict | None = None  # model 2's caps per item, derived from the facts (caps_table)

    def absorb(self, changes: Changes) -> None:
        """Bring the cached reads in line with what an operation changed (its notice says what): everything is
        read again after a change of unknown extent or to the assessment itself; evidence counts and sample caps
        after evidence or transaction-testing writes (those may come from a worker's own connection); otherwise
        the session's own write methods already hold the new answers and only the score is dropped."""
        if changes.structure:
            self.reload()
            return
        if changes.evidence or changes.testing:
            self.evidence_counts = self.store.evidence.counts(self.assessment_id)
        if changes.testing:
            self._sample_caps = None
        if changes.evidence or changes.findings or changes.actions or changes.testing:
            self._facts = self._caps = None
        if changes.scores:
            self._score = None

    @property
    def editable(self) -> bool:
        """Answers and records may be changed: the store is writable and the assessment not finalised."""
        return not self.store.read_only and not self.assessment.is_final

    # --- what is in scope -----------------------------------------------------------------------

    @property
    def applicable_items(self) -> list[Item]:
        a = self.assessment
        return self.checklist.applicable_items(a.operator_type, a.size, a.fact_set)

    def applicable_items_of(self, element_id: str) -> list[Item]:
        a = self.assessment
        return [i for i in self.checklist.items_of(element_id) if i.applies_to(a.operator_type, a.size, a.fact_set)]

    def response(self, item_id: str) -> Response:
        return self.responses.get(item_id) or Response(item_id)

    def next_unanswered(self, after_item_id: str | None = None) -> Item | None:
        """The next applicable item without an answer, wrapping round to the start."""
        items = self.applicable_items
        ids = [i.id for i in items]
        start = ids.index(after_item_id) + 1 if after_item_id in ids else 0
        for item in items[start:] + items[:start]:
            if not self.response(item.id).answered and item.id != after_item_id:
                return item
        return None

    # --- scoring --------------------------------------------------------------------------------

    @property
    def sample_caps(self) -> dict[str, int]:
        """Items capped at level 3 by transaction-test exceptions (see exportaudit.core.testing.results).

        Cached: read again only after a change notice naming transaction testing (``absorb``), so rating an item
        never touches the sample tables.
        """
        if self._sample_caps is None:
            self._sample_caps = self.store.results.item_caps(self.assessment_id)
            self._score = None
        return self._sample_caps

    @property
    def model(self) -> int:
        """The scoring model this assessment is scored with (1 or 2)."""
        return self.assessment.scoring_model

    @property
    def score(self) -> AssessmentScore:
        _ = self.sample_caps  # reading it may clear the cached score
        if self._score is None:
            self._score = self.score_with(self.model)
        return self._score

    def score_with(self, model: int) -> AssessmentScore:
        """The score under ``model``, whatever the assessment is stored with (the re-score preview uses this)."""
        a = self.assessment
        answers = {k: AnswerState(r.level, r.na) for k, r in self.responses.items()}
        profile = self.checklist.profile(a.target_profile)
        if model == MODEL_1:
            return score_assessment(self.checklist, answers, self.evidence_counts, operator_type=a.operator_type,
                                    size=a.size, profile=profile, item_caps=self.sample_caps, structure=a.fact_set)
        facts = self.facts()
        if self._caps is None:
            self._caps = caps_table(self.checklist, facts)
        return score_assessment2(self.checklist, answers, facts, operator_type=a.operator_type, size=a.size,
                                 profile=profile, structure=a.fact_set, caps=self._caps)

    @property
    def window(self) -> Window:
        """The dates a record or audit result must fall in to support levels 4 and 5 (scoring model 2)."""
        a = self.assessment
        as_of = parse_date(a.finalised_at) if a.is_final else None
        return evidence_window(a.period_start, a.period_end, as_of or date.today(), a.lookback_months)

    def facts(self) -> Facts:
        """What model 2 reads from the store besides the answers: evidence, open findings, transaction tests.

        Cached until a change notice names evidence, findings or tests (``absorb``): an answer reads none of them.
        """
        if self._facts is None:
            evidence: dict[str, list[EvidenceFact]] = {}
            for record in self.store.evidence.all(self.assessment_id):
                evidence.setdefault(record.item_id, []).append(EvidenceFact(record.kind, record.covered_date))
            self._facts = Facts(self.window, evidence, self.store.findings.open_grades(self.assessment_id),
                                self.store.results.check_facts(self.assessment_id))
        return self._facts

    def duties(self) -> list[Duty]:
        """The statutory duties register (exportaudit.core.duties)."""
        a = self.assessment
        return duties_register(
            self.checklist, self.score, operator_type=a.operator_type, size=a.size, structure=a.fact_set,
            na_reasons={k: r.na_reason for k, r in self.responses.items() if r.na},
            evidenced={k for k, n in self.evidence_counts.items() if n},
            open_findings=self.store.findings.open_grades(self.assessment_id),
            checks=self.store.results.check_facts(self.assessment_id))

    def pass_rates(self) -> dict[str, CheckRate]:
        """Pass rate per test-card check over this assessment's samples (for display beside the items)."""
        return self.store.results.pass_rates(self.assessment_id)

    def item_pass_rates(self) -> dict[str, list[CheckRate]]:
        """item id -> the rates of the checks that test it (empty for untested items)."""
        return item_rates(self.checklist.transaction_testing, self.pass_rates())

    def testing_summary(self) -> TestingSummary:
        """The transaction-testing section of a report."""
        return self.store.results.summary(self.assessment_id)

    # --- changes (each saved at once, then rescored) --------------------------------------------

    def _saved(self, response: Response) -> Response:
        self.responses[response.item_id] = response
        self._score = None
        return response

    def rate(self, item_id: str, level: int) -> Response:
        return self._saved(self.store.answers.rate(self.assessment_id, item_id, level))

    def mark_not_applicable(self, item_id: str, reason: str) -> Response:
        return self._saved(self.store.answers.mark_not_applicable(self.assessment_id, item_id, reason))

    def clear(self, item_id: str) -> Response:
        return self._saved(self.store.answers.clear(self.assessment_id, item_id))

    def set_note(self, item_id: str, note: str) -> Response:
        return self._saved(self.store.answers.set_note(self.assessment_id, item_id, note))

    def restore(self, snapshot: Response) -> Response:
        """Put a response back as it was (undo and redo)."""
        return self._saved(self.store.answers.save(self.assessment_id, snapshot.item_id, level=snapshot.level,
                                                    na=snapshot.na, na_reason=snapshot.na_reason, note=snapshot.note))

    def reconfirm(self, item_id: str) -> Response:
        """Confirm a carried-over answer unchanged (clears its "to re-confirm" mark); the score is unaffected."""
        self.store.answers.reconfirm(self.assessment_id, item_id)
        self.responses[item_id] = replace(self.response(item_id), reconfirm=False)
        return self.responses[item_id]

    def attach(self, item_id: str, path: str | Path, *, kind: str | None = None,
               covered_date: str | None = None) -> EvidenceRecord:
        record = self.store.evidence.add(self.assessment_id, item_id, path, kind=kind, covered_date=covered_date)
        self.evidence_counts[item_id] = self.evidence_counts.get(item_id, 0) + 1
        self._score = self._facts = self._caps = None
        return record

    def describe_evidence(self, record: EvidenceRecord, *, kind: str | None = None,
                          covered_date: str | None = None) -> EvidenceRecord:
        """State an evidence file's kind and covered date (model 2 scores by them)."""
        updated = self.store.evidence.update(record.id, kind=kind, covered_date=covered_date)
        self._score = self._facts = self._caps = None
        return updated

    def rescore_with_current_model(self) -> None:
        """Move an open model-1 assessment to the current model (logged); the caller shows the changes first."""
        from exportaudit.core.scoring_model2 import CURRENT_MODEL

        self.store.assessments.set_scoring_model(self.assessment_id, CURRENT_MODEL)
        self.reload()

    def detach(self, record: EvidenceRecord) -> None:
        self.store.evidence.remove(record.id)
        self.evidence_counts[record.item_id] = max(0, self.evidence_counts.get(record.item_id, 1) - 1)
        self._score = self._facts = self._caps = None
