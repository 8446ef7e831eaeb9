"""The statutory duties register: for every applicable item with a statutory basis, is the duty met, not met
(with the reasons) or not assessed, and which penalty articles the checklist cites for it.

It answers the client's first question, "where are we breaking the law?". Pure function over a score.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from exportaudit.core.checklist import Checklist
from exportaudit.core.legal import is_penalty_reference, is_statutory_reference
from exportaudit.core.reasons import cap_reason_text, check_labels, duty_reason_text
from exportaudit.core.scoring import AssessmentScore
from exportaudit.core.scoring_model2 import Cap, CheckFacts
from exportaudit.core.text import Text

MET_FROM = 3  # counts as at least this (after every cap) to be met


@dataclass(frozen=True)
class DutyReason:
    """rating, counts_as, finding_major, sample_exception, no_evidence, unanswered or na; or a model-2 cap kind
    (no_document, ...) that held the item below 3, with the cap's own words."""

    kind: str
    detail: str = ""
    cap: Cap | None = None
    labels: Mapping[str, Text] = field(default_factory=dict, compare=False, repr=False)  # check id -> label

    @property
    def text(self) -> Text:
        if self.cap is not None:
            return cap_reason_text(self.cap, self.labels)
        return duty_reason_text(self.kind, self.detail, self.labels)

    def as_json(self) -> dict:
        return {"kind": self.kind, "detail": self.detail, "zh": self.text.zh, "en": self.text.en}


@dataclass(frozen=True)
class Duty:
    item_id: str
    element_id: str
    question: Text
    key: bool
    references: tuple[str, ...]  # the statutory references (penalty articles listed apart)
    penalties: tuple[str, ...]  # penalty articles the checklist cites for the item
    status: str  # met / not_met / not_assessed (core.reasons.DUTY_STATUSES)
    rated: int | None
    effective: int | None
    reasons: tuple[DutyReason, ...] = ()

    def as_json(self) -> dict:
        return {"item": self.item_id, "element": self.element_id, "key": self.key, "status": self.status,
                "references": list(self.references), "penalties": list(self.penalties), "rated": self.rated,
                "counts_as": self.effective, "reasons": [r.as_json() for r in self.reasons]}


def duties_register(checklist: Checklist, score: AssessmentScore, *, operator_type: str | None, size: str | None,
                    structure: frozenset[str] | None = None,
                    na_reasons: Mapping[str, str], evidenced: Collection[str],
                    open_findings: Mapping[str, Sequence[str]], checks: Mapping[str, CheckFacts]) -> list[Duty]:
    """Every applicable statutory item in checklist order, with its status and reasons.

    ``evidenced``: items with at least one evidence file; ``open_findings``: item -> grades of open findings;
    ``checks``: transaction-test facts per check (an exception on any check testing the item is a reason).
    """
    testing = checklist.transaction_testing
    labels = check_labels(checklist)
    out: list[Duty] = []
    for item in checklist.applicable_items(operator_type, size, structure):
        if not item.is_statutory:
            continue
        s = score.items.get(item.id)
        # format 2 keeps penalty articles among the related provisions (they add no duty); format 1 in legal_basis
        penalties = tuple(r for r in item.legal_basis + item.related if is_penalty_reference(r))
        references = tuple(r for r in item.legal_basis if is_statutory_reference(r) and r not in penalties)
        reasons: list[DutyReason] = []
        if s is None or (s.effective is None and not s.na):
            status = "not_assessed"
            reasons.append(DutyReason("unanswered", labels=labels))
        elif s.na:
            status = "not_assessed"
            reasons.append(DutyReason("na", na_reasons.get(item.id, ""), labels=labels))
        else:
            if s.rated is not None and s.rated < MET_FROM:
                reasons.append(DutyReason("rating", str(s.rated), labels=labels))
            elif s.effective < MET_FROM:
                held = [DutyReason(c.kind, c.detail, c, labels=labels) for c in s.caps if c.limit < MET_FROM]
                reasons.extend(held or [DutyReason("counts_as", str(s.effective), labels=labels)])
            kinds = {r.kind for r in reasons}
            if "major" in open_findings.get(item.id, ()) and "finding_major" not in kinds:
                reasons.append(DutyReason("finding_major", labels=labels))
            failing = [c.id for c in (testing.checks_for_item(item.id) if testing else [])
                       if checks.get(c.id, CheckFacts(c.id)).exceptions]
            if failing and "sample_exception" not in kinds:
                reasons.append(DutyReason("sample_exception", ", ".join(failing), labels=labels))
            if not reasons and item.id not in evidenced:
                reasons.append(DutyReason("no_evidence", labels=labels))
            status = "not_met" if reasons else "met"
        out.append(Duty(item.id, item.element, item.question, item.key, references, penalties, status,
                        s.rated if s else None, s.effective if s else None, tuple(reasons)))
    return out
