"""The records of an audit as typed values: what the store reads and writes, and what the window, the command line
and the reports work with, never SQL rows.

Statuses and grades are ``StrEnum`` members, so they compare equal to the plain strings the vocabularies
(``core.vocab``) and the database use; the store maps rows to these records and back (``core.store.rows``).
Nothing here imports the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from exportaudit.core.bilingual import Forms


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class AssessmentKind(StrEnum):
    SELF = "self"
    INTERNAL = "internal"
    EXTERNAL = "external"


class Independence(StrEnum):
    SELF = "self"
    INTERNAL = "internal"
    EXTERNAL = "external"


class EvidenceKind(StrEnum):
    DOCUMENT = "document"
    RECORD = "record"
    AUDIT = "audit"


class FindingGrade(StrEnum):
    MAJOR = "major"
    MINOR = "minor"
    OBSERVATION = "observation"
    IMPROVEMENT = "improvement"
    GOOD_PRACTICE = "good_practice"


class FindingRisk(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ManagementResponse(StrEnum):
    """Management's response to a finding."""

    AGREED = "agreed"
    PARTLY_AGREED = "partly_agreed"
    NOT_AGREED = "not_agreed"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    VERIFIED = "verified"


CLOSED_ACTION_STATUSES = frozenset({ActionStatus.DONE, ActionStatus.VERIFIED})


class RequestStatus(StrEnum):
    REQUESTED = "requested"
    RECEIVED = "received"
    MISSING = "missing"
    NOT_APPLICABLE = "not_applicable"


class CheckOutcome(StrEnum):
    """The result of one check on a test card."""

    PASS = "pass"
    FAIL = "fail"
    NA = "na"


class RedFlagPresence(StrEnum):
    """The answer to one red flag on a test card."""

    ABSENT = "absent"
    PRESENT = "present"
    NA = "na"


class _WithForms:
    """Records whose names have a Chinese and an English form (``name_zh``, ``name_en`` beside ``name``, which holds
    the two joined; store.forms keeps them in step)."""

    def forms(self, field: str) -> Forms:
        """The two forms of ``field``; a record built without them (an older caller) reads the single value."""
        zh, en = getattr(self, f"{field}_zh", ""), getattr(self, f"{field}_en", "")
        return Forms(zh, en) if zh or en else Forms.of(getattr(self, field))

    def in_language(self, field: str, lang: str) -> str:
        """``field`` as a reader of ``lang`` ("zh", "en" or "both") sees it (core.bilingual)."""
        return self.forms(field).get(lang)


@dataclass(frozen=True)
class Organisation(_WithForms):
    id: int
    name: str
    uscc: str = ""
    sector: str = ""
    operator_type: str | None = None
    size: str | None = None
    address: str = ""
    contact: str = ""
    logo_path: str | None = None
    created_at: str = ""
    updated_at: str = ""
    # migration 0013: the Chinese and English forms
    name_zh: str = ""
    name_en: str = ""
    sector_zh: str = ""
    sector_en: str = ""
    address_zh: str = ""
    address_en: str = ""
    contact_zh: str = ""
    contact_en: str = ""


@dataclass(frozen=True)
class Assessment(_WithForms):
    id: int
    organisation_id: int
    title: str
    checklist_sha256: str
    kind: AssessmentKind = AssessmentKind.SELF
    period_start: str = ""
    period_end: str = ""
    assessor: str = ""
    target_profile: str | None = None
    operator_type: str | None = None
    size: str | None = None
    facts: str | None = None  # structural facts (vocab.FACTS), comma-separated; None: not stated, every item applies
    status: AssessmentStatus = AssessmentStatus.DRAFT
    baseline_id: int | None = None
    fingerprint: str | None = None
    finalised_at: str | None = None
    fingerprint_form: int | None = None  # the canonical form the recorded fingerprint used; None: older than forms
    created_at: str = ""
    updated_at: str = ""
    # migration 0004: scoring model, evidence look-back, who assessed and who reviewed
    scoring_model: int = 1
    lookback_months: int = 12
    assessor_role: str = ""
    independence: Independence | None = None  # self / internal / external (core.vocab.INDEPENDENCE)
    reviewer: str = ""
    review_date: str = ""
    modules: str = ""  # optional checklist modules switched on, space-separated ids
    # migration 0013: the Chinese and English forms
    title_zh: str = ""
    title_en: str = ""
    assessor_zh: str = ""
    assessor_en: str = ""
    assessor_role_zh: str = ""
    assessor_role_en: str = ""
    reviewer_zh: str = ""
    reviewer_en: str = ""


    @property
    def is_final(self) -> bool:
        return self.status == AssessmentStatus.FINAL

    @property
    def fact_set(self) -> frozenset[str] | None:
        """The structural facts that hold, or None when they were never stated."""
        return None if self.facts is None else frozenset(f for f in self.facts.split(",") if f)

    @property
    def module_ids(self) -> tuple[str, ...]:
        return tuple(self.modules.split())


@dataclass(frozen=True)
class Response:
    item_id: str
    level: int | None = None
    na: bool = False
    na_reason: str = ""
    note: str = ""
    reconfirm: bool = False
    updated_at: str = ""
    updated_by: str = ""


    @property
    def answered(self) -> bool:
        return self.na or self.level is not None


@dataclass(frozen=True)
class EvidenceRecord:
    id: int
    assessment_id: int
    item_id: str
    sha256: str
    file_name: str
    size: int
    note: str
    added_at: str
    added_by: str
    stored_name: str
    kind: EvidenceKind | None = None  # document / record / audit (core.vocab.EVIDENCE_KINDS); None: never stated
    covered_date: str | None = None  # the date the evidence covers, YYYY-MM-DD


@dataclass(frozen=True)
class ChangeEntry:
    id: int
    at: str
    user: str
    assessment_id: int | None
    entity: str
    entity_id: str | None
    item_id: str | None
    field: str
    old: str | None
    new: str | None
    source: str = ""  # vocab.CHANGE_SOURCES; "" for entries from before the source was kept


@dataclass(frozen=True)
class Finding(_WithForms):
    id: int
    assessment_id: int
    item_id: str | None
    element_id: str | None
    grade: FindingGrade
    description: str
    recommendation: str
    created_at: str = ""
    updated_at: str = ""
    created_by: str = ""
    cause: str = ""
    effect: str = ""
    risk: FindingRisk | None = None
    response: ManagementResponse | None = None
    response_text: str = ""
    response_owner: str = ""
    response_date: str | None = None
    # migration 0013: the Chinese and English forms
    response_owner_zh: str = ""
    response_owner_en: str = ""


@dataclass(frozen=True)
class Action(_WithForms):
    id: int
    finding_id: int
    description: str
    owner: str = ""
    due_date: str | None = None
    status: ActionStatus = ActionStatus.OPEN
    closing_note: str = ""
    created_at: str = ""
    updated_at: str = ""
    # from the finding it belongs to, for action-plan listings
    assessment_id: int | None = None
    finding_grade: FindingGrade | None = None
    item_id: str | None = None
    element_id: str | None = None
    # migration 0013: the Chinese and English forms
    owner_zh: str = ""
    owner_en: str = ""


    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_ACTION_STATUSES

    def is_overdue(self, today: str) -> bool:
        """Past its due date (ISO dates compare as text) and not done."""
        return self.is_open and bool(self.due_date) and self.due_date < today


@dataclass(frozen=True)
class DocumentRequest:
    item_id: str
    status: RequestStatus = RequestStatus.REQUESTED
    status_date: str = ""
    note: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class IssuedReport:
    """One entry of the report register: a report written, by SHA-256, with the fingerprint it showed."""

    id: int
    assessment_id: int | None
    assessment_title: str
    file_name: str
    sha256: str
    format: str
    language: str
    fingerprint: str
    signed: bool
    issued_at: str
    issued_by: str
    recipient: str = ""


# --- transaction testing (migration 0003) -------------------------------------------------------------


@dataclass(frozen=True)
class OrderList:
    """An imported order or shipment list (the population a sample is drawn from)."""

    id: int
    assessment_id: int
    name: str
    source_name: str = ""
    source_sha256: str = ""
    source_kind: str = ""
    sheet: str = ""
    encoding: str = ""
    delimiter: str = ""
    header_rows: str = ""  # "2-3": the header's first and last row in the file
    headers: list[str] = field(default_factory=list)  # the column names
    mapping: dict = field(default_factory=dict)  # the ColumnMapping used, as its dict
    order_count: int = 0
    rejected_count: int = 0
    blank_rows: int = 0
    first_date: str | None = None
    last_date: str | None = None
    imported_at: str = ""
    imported_by: str = ""


@dataclass(frozen=True)
class Order:
    id: int
    list_id: int
    seq: int  # 1-based position in the list: the population order for sampling
    source_row: int  # row number in the imported file
    order_ref: str
    order_date: str | None = None
    customer: str = ""
    end_user: str = ""
    destination: str = ""
    item: str = ""
    control_code: str = ""
    value: float | None = None
    currency: str = ""
    licence: str = ""


@dataclass(frozen=True)
class Sample:
    """A drawn sample: the seed, the plan (sampling.SamplePlan as a dict) and the counts, enough to redraw it."""

    id: int
    assessment_id: int
    list_id: int
    seed: int
    algorithm: str
    plan: dict
    population: int
    size: int
    strata: dict = field(default_factory=dict)  # {stratum: [orders in the list, orders in the sample]}
    red_flags_sha256: str | None = None
    drawn_at: str = ""
    drawn_by: str = ""
    number: int = 0  # 1, 2, ... in the order drawn within its assessment: what the user reads as "sample #1"

    @property
    def sample_plan(self):
        """The plan as a sampling.SamplePlan, on the method the sample was drawn with (its redraw rule)."""
        from exportaudit.core.testing.sampling import SamplePlan

        return SamplePlan.from_dict({**self.plan, "algorithm": self.algorithm})

    @property
    def strata_counts(self) -> dict[str, tuple[int, int]]:
        return {k: (v[0], v[1]) for k, v in self.strata.items()}


@dataclass(frozen=True)
class SampledOrder:
    """One order of a sample (one test card), with how far its card is filled in."""

    id: int
    sample_id: int
    position: int
    stratum: str
    order: Order
    checks_answered: int = 0
    checks_failed: int = 0


@dataclass(frozen=True)
class CheckResult:
    """One check of a test card: pass / fail / na, or None while still open."""

    sample_order_id: int
    check_id: str
    result: CheckOutcome | None = None
    note: str = ""
    finding_id: int | None = None
    updated_at: str = ""
    updated_by: str = ""


@dataclass(frozen=True)
class RedFlagAnswer:
    """One red flag on a test card: absent / present / na (None while open); a present flag is resolved or not."""

    sample_order_id: int
    flag_id: str
    answer: RedFlagPresence | None = None
    resolved: bool = False
    note: str = ""
    updated_at: str = ""
    updated_by: str = ""

