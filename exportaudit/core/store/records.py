"""Plain records read from the store; the GUI, CLI and reports work with these, never with SQL rows."""

from __future__ import annotations

from dataclasses import dataclass, fields


def _from_row(cls, row: dict):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names})


@dataclass(frozen=True)
class Organisation:
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

    from_row = classmethod(_from_row)


@dataclass(frozen=True)
class Assessment:
    id: int
    organisation_id: int
    title: str
    checklist_sha256: str
    kind: str = "self"
    period_start: str = ""
    period_end: str = ""
    assessor: str = ""
    target_profile: str | None = None
    operator_type: str | None = None
    size: str | None = None
    facts: str | None = None  # structural facts (vocab.FACTS), comma-separated; None: not stated, every item applies
    status: str = "draft"
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
    independence: str | None = None  # self / internal / external (core.vocab.INDEPENDENCE)
    reviewer: str = ""
    review_date: str = ""
    modules: str = ""  # optional checklist modules switched on, space-separated ids

    from_row = classmethod(_from_row)

    @property
    def is_final(self) -> bool:
        return self.status == "final"

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

    @classmethod
    def from_row(cls, row: dict) -> Response:
        return cls(row["item_id"], row["level"], bool(row["na"]), row["na_reason"], row["note"],
                   bool(row["reconfirm"]), row["updated_at"], row["updated_by"])

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
    kind: str | None = None  # document / record / audit (core.vocab.EVIDENCE_KINDS); None: never stated
    covered_date: str | None = None  # the date the evidence covers, YYYY-MM-DD

    from_row = classmethod(_from_row)


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

    from_row = classmethod(_from_row)


@dataclass(frozen=True)
class Finding:
    id: int
    assessment_id: int
    item_id: str | None
    element_id: str | None
    grade: str
    description: str
    recommendation: str
    created_at: str = ""
    updated_at: str = ""
    created_by: str = ""
    cause: str = ""
    effect: str = ""
    risk: str | None = None
    response: str | None = None
    response_text: str = ""
    response_owner: str = ""
    response_date: str | None = None

    from_row = classmethod(_from_row)


@dataclass(frozen=True)
class Action:
    id: int
    finding_id: int
    description: str
    owner: str = ""
    due_date: str | None = None
    status: str = "open"
    closing_note: str = ""
    created_at: str = ""
    updated_at: str = ""
    # from the finding it belongs to, for action-plan listings
    assessment_id: int | None = None
    finding_grade: str | None = None
    item_id: str | None = None
    element_id: str | None = None

    from_row = classmethod(_from_row)

    @property
    def is_open(self) -> bool:
        return self.status not in ("done", "verified")

    def is_overdue(self, today: str) -> bool:
        """Past its due date (ISO dates compare as text) and not done."""
        return self.is_open and bool(self.due_date) and self.due_date < today


@dataclass(frozen=True)
class DocumentRequest:
    item_id: str
    status: str = "requested"
    status_date: str = ""
    note: str = ""
    updated_at: str = ""

    from_row = classmethod(_from_row)


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
    headers: str = "[]"  # JSON list of the column names
    mapping: str = "{}"  # JSON of the ColumnMapping used
    order_count: int = 0
    rejected_count: int = 0
    blank_rows: int = 0
    first_date: str | None = None
    last_date: str | None = None
    imported_at: str = ""
    imported_by: str = ""

    from_row = classmethod(_from_row)


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

    from_row = classmethod(_from_row)


@dataclass(frozen=True)
class Sample:
    """A drawn sample: the seed, the plan (JSON of sampling.SamplePlan) and the counts, enough to redraw it."""

    id: int
    assessment_id: int
    list_id: int
    seed: int
    algorithm: str
    plan: str
    population: int
    size: int
    strata: str = "{}"  # JSON {stratum: [orders in the list, orders in the sample]}
    red_flags_sha256: str | None = None
    drawn_at: str = ""
    drawn_by: str = ""
    number: int = 0  # 1, 2, ... in the order drawn within its assessment: what the user reads as "sample #1"

    from_row = classmethod(_from_row)

    @property
    def sample_plan(self):
        """The plan as a sampling.SamplePlan, on the method the sample was drawn with (its redraw rule)."""
        import json

        from exportaudit.core.testing.sampling import SamplePlan

        return SamplePlan.from_dict({**json.loads(self.plan), "algorithm": self.algorithm})

    @property
    def strata_counts(self) -> dict[str, tuple[int, int]]:
        import json

        return {k: (v[0], v[1]) for k, v in json.loads(self.strata or "{}").items()}


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
    result: str | None = None
    note: str = ""
    finding_id: int | None = None
    updated_at: str = ""
    updated_by: str = ""

    from_row = classmethod(_from_row)


@dataclass(frozen=True)
class RedFlagAnswer:
    """One red flag on a test card: absent / present / na (None while open); a present flag is resolved or not."""

    sample_order_id: int
    flag_id: str
    answer: str | None = None
    resolved: bool = False
    note: str = ""
    updated_at: str = ""
    updated_by: str = ""

    @classmethod
    def from_row(cls, row: dict) -> RedFlagAnswer:
        return cls(row["sample_order_id"], row["flag_id"], row["answer"], bool(row["resolved"]), row["note"],
                   row["updated_at"], row["updated_by"])
