"""The report model: every figure and text a report shows, computed once from an assessment session.

The Excel and PDF builders only lay this out, so the two files always say exactly the same. Building the model
is the only step that reads the store (the fingerprint and the evidence list), so it runs on the thread that owns
the store; rendering it needs nothing but the model and can run anywhere.

The audit workflow adds findings, the action plan, document requests, the re-audit comparison and the sign-off
lines; each has an empty default, and its sheet (``xlsx.SHEETS``) and section (``pdf_sections.SECTIONS``) appear
only when it has content. Transaction testing (``TestingSection``: samples, pass rates, exceptions, the items
they cap) is one more such part, None when the assessment has no sample. Later parts (a signatory table) slot in
the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from exportaudit.core import legal
from exportaudit.core.bilingual import Forms
from exportaudit.core.comparison import difference
from exportaudit.core.engagement import Engagement
from exportaudit.core.fingerprint import fingerprint
from exportaudit.core.opinion import Opinion, propose_opinion
from exportaudit.core.reasons import DUTY_STATUSES, cap_reason_text, check_labels
from exportaudit.core.scoring import KEY_ITEM_THRESHOLD, SAMPLE_EXCEPTION_CAP
from exportaudit.core.sources import BADGES
from exportaudit.core.store.errors import StoreError
from exportaudit.core.testing.sampling import ALL, stratum_label, stratum_sort_key
from exportaudit.core.text import Text
from exportaudit.core.vocab import (
    ACTION_STATUSES,
    ASSESSMENT_KINDS,
    ASSESSMENT_STATUSES,
    FACTS,
    FINDING_GRADES,
    FINDING_RISKS,
    INDEPENDENCE,
    OPERATOR_TYPES,
    REQUEST_STATUSES,
    RESPONSES,
    SIZES,
)
from exportaudit.reports import labels
from exportaudit.reports.labels import DASH, T, rate_text
from exportaudit.reports.textsafe import clean

WEAKEST_SHOWN = 3


@dataclass(frozen=True)
class ScaleEntry:
    level: int
    label: Text
    definition: Text


@dataclass(frozen=True)
class ItemRow:
    id: str
    element_id: str
    number: int  # position within its element, from 1
    question: Text
    key: bool
    weight: float
    legal_basis: tuple[str, ...]
    rated: int | None  # the rating given
    effective: int | None  # what it counts as after the evidence gate and caps
    na: bool
    na_reason: str
    note: str
    evidence_count: int
    unevidenced: bool
    capped_to: int | None
    reasons: tuple[Text, ...] = ()  # model 2: why it counts lower than rated, one text per cap
    basis: Text = BADGES["good-practice"]  # the badge: statutory, guidance or good practice
    related: tuple[str, ...] = ()  # statute provisions that give context without a duty
    sources: tuple[Text, ...] = ()  # short source names with their notes (checklist format 2)
    to_reconfirm: bool = False  # carried over from the baseline of a re-audit and not yet re-confirmed

    @property
    def answered(self) -> bool:
        return self.na or self.rated is not None


@dataclass(frozen=True)
class ElementRow:
    id: str
    number: int  # position in the checklist, from 1
    name: Text
    weight: float
    score: float | None
    level: int | None
    target: int | None
    gap: int | None
    answered: int
    applicable: int
    capped: bool
    unevidenced: int
    provisional: bool
    items: tuple[ItemRow, ...]
    sample_exceptions: tuple[str, ...] = ()  # items a failing transaction test holds down (capped_to set)
    # model 2: the score before the level cap, every cap at work in words, and a provisional level's range
    score_uncapped: float | None = None
    cap_reasons: tuple[Text, ...] = ()
    level_range: tuple[int, int] | None = None
    module: bool = False  # part of the checklist's optional module: shown, but not in the overall result

    @property
    def coverage(self) -> float:
        return self.answered / self.applicable if self.applicable else 1.0


@dataclass(frozen=True)
class DutyRow:
    """One statutory duty of the register (exportaudit.core.duties)."""

    item_id: str
    element_number: int
    element_name: Text
    question: Text
    key: bool
    status: str
    status_label: Text
    references: tuple[str, ...]
    penalties: tuple[str, ...]
    reasons: tuple[Text, ...]


@dataclass(frozen=True)
class Overall:
    score: float | None
    level: int | None
    answered: int
    applicable: int
    provisional: bool
    capped: bool

    @property
    def coverage(self) -> float:
        return self.answered / self.applicable if self.applicable else 1.0


@dataclass(frozen=True)
class EvidenceRow:
    file_name: str
    sha256: str
    size: int
    item_id: str
    added_at: str
    added_by: str


@dataclass(frozen=True)
class Meta:
    organisation: str
    uscc: str
    sector: str
    address: str
    contact: str
    assessment_id: int
    title: str
    kind: Text
    status: Text
    is_final: bool
    finalised_at: str
    period_start: str
    period_end: str
    assessor: str
    checklist_id: str
    checklist_version: str
    checklist_title: Text
    target_profile: Text | None
    operator_type: Text | None
    size: Text | None
    report_date: str
    fingerprint: str  # the one the report shows: recorded at finalisation, else computed now
    computed_fingerprint: str = ""  # computed from the content now (equal to the above unless changed since)
    # who assessed and how it was scored (migration 0004); a model-1 report shows none of it, as it always did
    scoring_model: int = 1
    assessor_role: str = ""
    independence: Text | None = None
    reviewer: str = ""
    review_date: str = ""
    evidence_window: str = ""
    minimum_sample: int = 5
    facts: Text | None = None  # the structural facts stated (e.g. subsidiaries abroad), joined; None: never stated
    checklist_format: int = 1  # 1.x checklists keep their report layout (references as cited, no basis columns)

    @property
    def as_cited(self) -> bool:
        """True for a format 1 checklist: references print as cited and the format 2 columns stay out."""
        return self.checklist_format < 2

    @property
    def finalised_date(self) -> str:
        return self.finalised_at[:10]

    @property
    def fingerprint_mismatch(self) -> bool:
        """A finalised assessment whose content no longer hashes to its recorded fingerprint."""
        return self.is_final and bool(self.computed_fingerprint) and self.computed_fingerprint != self.fingerprint

    @property
    def period(self) -> str:
        return period_text(self.period_start, self.period_end)


def _facts_text(facts: frozenset[str] | None) -> Text | None:
    """The structural facts that hold, in both languages; "none" when stated as none, None when never stated."""
    if facts is None:
        return None
    chosen = [FACTS[f] for f in FACTS if f in facts]
    if not chosen:
        return T("facts_none")
    return Text(zh="；".join(t.zh for t in chosen), en="; ".join(t.en for t in chosen))


def period_text(start: str, end: str) -> str:
    if not start and not end:
        return DASH
    return f"{start or '…'} – {end or '…'}"


# --- audit workflow: findings, actions, document requests, comparison, sign-off ---------------------


@dataclass(frozen=True)
class Subject:
    """What a finding, action or request is about, in words: an item with its element, or a whole element."""

    item_id: str | None
    element_number: int | None
    element_name: Text | None
    question: Text | None = None
    element_id: str | None = None

    def element_text(self, lang: str) -> str:
        if self.element_name is None:
            return self.element_id or DASH
        return f"{self.element_number}. {labels.say(self.element_name, lang)}"

    def text(self, lang: str) -> str:
        """``SCR-01 · 4. 确立审查程序``, or the element alone."""
        return f"{self.item_id} · {self.element_text(lang)}" if self.item_id else self.element_text(lang)


@dataclass(frozen=True)
class FindingRow:
    ref: str  # F1, F2, ... in report order: most severe grade first, then checklist order
    id: int
    grade: str
    grade_label: Text
    subject: Subject
    description: str
    recommendation: str
    created_at: str
    created_by: str
    cause: str = ""
    effect: str = ""
    risk: str | None = None
    risk_label: Text | None = None
    response: str | None = None
    response_label: Text | None = None
    response_text: str = ""
    response_owner: str = ""
    response_date: str | None = None


@dataclass(frozen=True)
class ActionRow:
    finding_ref: str  # "" for an action of another assessment (the baseline)
    finding_description: str
    grade: str
    grade_label: Text
    subject: Subject
    description: str
    owner: str
    due_date: str  # YYYY-MM-DD or ""
    status: str
    status_label: Text
    closing_note: str
    is_open: bool
    overdue: bool  # open and due before the report date


@dataclass(frozen=True)
class RequestRow:
    subject: Subject
    evidence: Text  # what the checklist expects as evidence
    status: str
    status_label: Text
    status_date: str
    note: str
    legal_basis: tuple[str, ...] = ()  # the item's statute references, so the client sees why it is asked


@dataclass(frozen=True)
class Signatory:
    role: Text
    name: str
    date: str


class _Changes:
    """The change of level and of score, for a row or a whole comparison holding both sides of each."""

    level_then: int | None
    level_now: int | None
    score_then: float | None
    score_now: float | None

    @property
    def change(self) -> int | None:
        return difference(self.level_then, self.level_now)

    @property
    def score_change(self) -> float | None:
        return difference(self.score_then, self.score_now)


@dataclass(frozen=True)
class ElementChangeRow(_Changes):
    number: int
    name: Text
    level_then: int | None
    level_now: int | None
    score_then: float | None
    score_now: float | None


@dataclass(frozen=True)
class ItemChangeRow:
    subject: Subject
    then: int | None  # effective levels
    now: int | None


@dataclass(frozen=True)
class BaselineComparison(_Changes):
    baseline_id: int
    baseline_title: str
    baseline_status: Text
    baseline_is_final: bool
    baseline_finalised_at: str
    baseline_fingerprint: str  # recorded at finalisation, "" for a draft baseline
    baseline_period: str
    baseline_kind: Text
    score_then: float | None
    level_then: int | None
    score_now: float | None
    level_now: int | None
    elements: tuple[ElementChangeRow, ...]
    improved: tuple[ItemChangeRow, ...]
    regressed: tuple[ItemChangeRow, ...]
    unchanged: tuple[ItemChangeRow, ...]
    not_comparable: tuple[ItemChangeRow, ...]
    open_actions: tuple[ActionRow, ...]

    def element_trend(self) -> tuple[int, int, int]:
        """How many elements rose, fell and held their level (elements new on one side left out)."""
        changes = [e.change for e in self.elements if e.change is not None]
        return sum(c > 0 for c in changes), sum(c < 0 for c in changes), sum(c == 0 for c in changes)


# --- transaction testing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StratumRow:
    label: Text
    population: int  # orders of the list in this stratum
    sampled: int


@dataclass(frozen=True)
class SampleRow:
    number: int  # 1, 2, ... in the order the samples were drawn
    list_name: str
    source_name: str
    list_orders: int  # orders read from the file
    list_refused: int  # rows of the file that could not be read
    first_date: str
    last_date: str
    population: int
    size: int
    seed: int
    algorithm: str
    method: Text  # the plan in words: method, size rule, strata, population, size, seed
    strata: tuple[StratumRow, ...]  # empty for a simple (unstratified) sample
    drawn_at: str
    drawn_by: str
    cards_complete: int  # sampled orders with every check answered


@dataclass(frozen=True)
class CheckRow:
    """One test-card check over every sampled order of the assessment."""

    id: str
    label: Text
    items: tuple[str, ...]  # the checklist items it tests
    passed: int
    failed: int
    na: int
    open: int  # sampled orders with no result yet
    rate: float | None  # passed / (passed + failed); None while nothing was tested
    below: bool  # under the threshold: the items it tests are capped


@dataclass(frozen=True)
class TestExceptionRow:
    """A failed check on a sampled order."""

    __test__ = False  # not a pytest test class

    sample_number: int
    position: int  # the order's place in its sample (its test card number)
    order_ref: str
    order_date: str
    customer: str
    destination: str
    check_id: str
    check: Text
    note: str
    finding_ref: str  # "F3" when a finding was raised from it, else ""


@dataclass(frozen=True)
class TestingSection:
    """The transaction-testing part of a report: what was sampled and how, the pass rate of each check, the
    exceptions, and (with the element rows) the items they cap."""

    __test__ = False  # not a pytest test class

    threshold: float  # a check passing on fewer than this share of the tested orders caps its items
    cap: int  # the level those items count as at most
    samples: tuple[SampleRow, ...]
    checks: tuple[CheckRow, ...]
    exceptions: tuple[TestExceptionRow, ...]
    capped: tuple[str, ...]  # items lowered to the cap (ItemScore.capped_to), checklist order
    held: tuple[str, ...]  # items tested by a failing check but not lowered (rated at or below the cap, or unrated)
    population: int  # orders in the lists sampled, each list counted once
    sample_size: int

    @property
    def cards_complete(self) -> int:
        return sum(s.cards_complete for s in self.samples)

    @property
    def lowest(self) -> CheckRow | None:
        """The check with the lowest pass rate (the first of equals, in checklist order); None when none has one."""
        rated = [c for c in self.checks if c.rate is not None]
        return min(rated, key=lambda c: c.rate) if rated else None

    def checks_of(self, item_id: str) -> list[CheckRow]:
        """The checks that test ``item_id``."""
        return [c for c in self.checks if item_id in c.items]

    def failing_checks_of(self, item_id: str) -> list[CheckRow]:
        return [c for c in self.checks_of(item_id) if c.below]

    @property
    def summary(self) -> Text:
        """One sentence for the executive summary: sample size, the lowest check's rate, exceptions, capped items."""
        parts = [labels.fmt("tt_summary_sampled", size=self.sample_size, population=self.population,
                            complete=self.cards_complete)]
        low = self.lowest
        if low is None:
            parts.append(T("tt_summary_untested"))
        else:
            parts.append(labels.fmt("tt_summary_lowest", rate=rate_text(low.rate, self.threshold), check=low.label,
                                    threshold=rate_text(self.threshold)))
        parts.append(labels.fmt("tt_summary_exceptions", count=len(self.exceptions)))
        parts.append(labels.fmt("tt_summary_capped", count=len(self.capped), level=self.cap))
        return Text("；".join(p.zh for p in parts) + "。", "; ".join(p.en for p in parts) + ".")


KEY_FINDING_GRADES = ("major", "minor", "observation")
KEY_FINDINGS_SHOWN = 5


@dataclass(frozen=True)
class ReportModel:
    meta: Meta
    scale: tuple[ScaleEntry, ...]
    overall: Overall
    elements: tuple[ElementRow, ...]
    evidence: tuple[EvidenceRow, ...]
    out_of_scope: int  # checklist items switched off by operator type or size
    logo: Path | None = None
    findings: tuple[FindingRow, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    requests: tuple[RequestRow, ...] = ()  # empty when the request list was never built
    comparison: BaselineComparison | None = None  # only for a re-audit whose baseline still exists
    signatories: tuple[Signatory, ...] = ()
    testing: TestingSection | None = None  # only when the assessment has a sample
    duties: tuple[DutyRow, ...] = ()  # the statutory duties register (assessments scored with model 2)
    testing_threshold: float | None = None  # the checklist's pass-rate threshold, when it defines transaction tests
    frameworks: tuple = ()  # framework_content.FrameworkReport per framework the caller chose
    engagement: Engagement = field(default_factory=Engagement)  # prepared by, scope, method, terms, own conclusion
    # later parts slot in here, each with an empty default
    extras: dict = field(default_factory=dict)

    # --- derived views, shared by both formats --------------------------------------------------

    @property
    def items(self) -> list[ItemRow]:
        return [i for e in self.elements for i in e.items]

    def element(self, element_id: str) -> ElementRow:
        return next(e for e in self.elements if e.id == element_id)

    @property
    def weakest_elements(self) -> list[ElementRow]:
        """The lowest-scoring rated elements, weakest first (ties: larger gap first, then checklist order)."""
        rated = [e for e in self.elements if e.level is not None]
        rated.sort(key=lambda e: (e.level, e.score, -(e.gap or 0), e.number))
        return rated[:WEAKEST_SHOWN]

    @property
    def module_note(self) -> Text | None:
        """Which elements come from the optional module and stay out of the overall result (None: no module)."""
        numbers = [str(e.number) for e in self.elements if e.module]
        listed = Text("、".join(numbers), ", ".join(numbers))  # Chinese lists take the enumeration comma
        return labels.fmt("module_note", numbers=listed) if numbers else None

    @property
    def unconfirmed_items(self) -> list[ItemRow]:
        """A re-audit's answers carried over from the baseline that nobody has re-confirmed or changed yet."""
        return [i for i in self.items if i.to_reconfirm]

    @property
    def weak_key_items(self) -> list[ItemRow]:
        return [i for i in self.items if i.key and i.effective is not None and i.effective < KEY_ITEM_THRESHOLD]

    @property
    def unevidenced_items(self) -> list[ItemRow]:
        return [i for i in self.items if i.unevidenced]

    @property
    def sample_capped_items(self) -> list[ItemRow]:
        """Items a failing transaction test holds down (they count as its cap), checklist order."""
        return [i for i in self.items if i.capped_to is not None]

    @property
    def finding_counts(self) -> dict[str, int]:
        """Findings per grade, every grade listed, most severe first."""
        counts = dict.fromkeys(FINDING_GRADES, 0)
        for f in self.findings:
            counts[f.grade] = counts.get(f.grade, 0) + 1
        return counts

    def finding_is_open(self, finding: FindingRow) -> bool:
        """A finding stays open until it has corrective actions and every one of them is closed."""
        actions = [a for a in self.actions if a.finding_ref == finding.ref]
        return not actions or any(a.is_open for a in actions)

    @property
    def key_findings(self) -> list[FindingRow]:
        """The findings the executive summary leads with: the most severe nonconformities and observations."""
        return [f for f in self.findings if f.grade in KEY_FINDING_GRADES][:KEY_FINDINGS_SHOWN]

    def proposed_opinion(self, duty_statuses=None) -> Opinion:
        """The overall conclusion proposed from the scores, the statutory duties register (model 2; ``duty_statuses``
        overrides it) and the open findings."""
        if duty_statuses is None:
            duty_statuses = {d.item_id: d.status for d in self.duties}
        open_ = [f for f in self.findings if self.finding_is_open(f)]
        return propose_opinion(self.overall.level, open_major=sum(f.grade == "major" for f in open_),
                               open_minor=sum(f.grade == "minor" for f in open_), duty_statuses=duty_statuses)

    @property
    def auditor_opinion(self) -> bool:
        """True when the auditor has chosen the conclusion (the report then states theirs, not the proposal)."""
        return bool(self.engagement.opinion)

    def opinion(self) -> Opinion:
        """The conclusion the report states: the auditor's with their rationale, else the proposed one."""
        proposed = self.proposed_opinion()
        e = self.engagement
        if not e.opinion:
            return proposed
        reasons = (Text(e.rationale.get("zh"), e.rationale.get("en")),) if e.rationale else proposed.reasons
        return Opinion(e.opinion, reasons)

    @property
    def open_actions(self) -> int:
        return sum(1 for a in self.actions if a.is_open)

    @property
    def overdue_actions(self) -> int:
        return sum(1 for a in self.actions if a.overdue)

    @property
    def workflow_counts(self) -> list[tuple[Text, int | Text, bool]]:
        """Findings per grade, then open and overdue actions, as (label, figure, is a warning); one line saying
        so when no finding is recorded."""
        if not self.findings:
            return [(T("findings"), T("findings_none"), False)]
        rows: list[tuple[Text, int | Text, bool]] = [
            (FINDING_GRADES.get(g, Text(g, g)), n, False) for g, n in self.finding_counts.items()]
        return rows + [(T("open_actions"), self.open_actions, False),
                       (T("overdue_actions"), self.overdue_actions, self.overdue_actions > 0)]

    def who_assessed(self, say) -> list[tuple[str, str]]:
        """Label key / value rows for who assessed and how it was scored: the assessor's role and independence,
        the reviewer, the model with its evidence window. None for a model-1 assessment, whose report stays
        exactly as it was signed. ``say`` renders a Text in the report's language."""
        meta = self.meta
        if meta.scoring_model < 2:
            return []
        role = " · ".join(p for p in (meta.assessor_role, say(meta.independence) if meta.independence else "") if p)
        reviewer = f"{meta.reviewer} ({meta.review_date or DASH})" if meta.reviewer else DASH
        model = say(labels.fmt("scoring_model_n", model=meta.scoring_model))
        return [("independence", role or DASH), ("reviewer_line", reviewer),
                ("scoring_model_label", f"{model} · {say(labels.T('evidence_window'))} {meta.evidence_window}")]

    @property
    def legal_exposure(self) -> Text | None:
        """The headline legal exposure: how many statutory duties are not met and the penalty articles they
        expose the company to (each once, in register order); None where there is no duties register."""
        if not self.duties:
            return None
        not_met = [d for d in self.duties if d.status == "not_met"]
        if not not_met:
            return labels.T("legal_exposure_none")
        penalties = list(dict.fromkeys(p for d in not_met for p in d.penalties))
        if not penalties:
            return labels.fmt("legal_exposure_no_penalty", count=len(not_met))
        cited = Text(zh=legal.render_all(penalties, "zh"), en=legal.render_all(penalties, "en"))
        key = "legal_exposure_one" if len(not_met) == 1 else "legal_exposure_many"
        return labels.fmt(key, count=len(not_met), penalties=cited)

    @property
    def duty_counts(self) -> dict[str, int]:
        return {k: sum(1 for d in self.duties if d.status == k) for k in ("not_met", "not_assessed", "met")}

    @property
    def status_notes(self) -> list[tuple[Text, bool]]:
        """What the reports say about the assessment's state, as (text, is a warning): finalised (and, if so,
        whether the content still matches the recorded fingerprint) or draft."""
        meta = self.meta
        if not meta.is_final:
            return [(T("draft_note"), False)]
        notes = [(labels.fmt("final_note", at=meta.finalised_at), False)]
        if meta.fingerprint_mismatch:
            notes.append((labels.fmt("fingerprint_mismatch", computed=meta.computed_fingerprint), True))
        return notes

    def scale_label(self, level: int) -> Text | None:
        for s in self.scale:
            if s.level == level:
                return s.label
        return None

    # --- how figures are written, the same in every format --------------------------------------

    def level_text(self, level: int | None, lang: str, *, provisional: bool = False) -> str:
        """``3 – 已定义 / Defined``; ``—`` when there is no level; the provisional mark when it applies."""
        if level is None:
            return DASH
        label = self.scale_label(level)
        text = f"{level} – {labels.say(label, lang)}" if label else str(level)
        if provisional:
            text += f" ({labels.say(T('provisional'), lang)})"
        return text

    def rating_text(self, item: ItemRow, lang: str) -> str:
        if item.na:
            return labels.say(T("not_applicable"), lang)
        return self.level_text(item.rated, lang)


def _text(value: str | None) -> str:
    return clean(value).strip()


def build_model(session, *, report_date: date | None = None, logo: str | Path | None = None,
                frameworks: tuple[str, ...] = (), language: str = "both") -> ReportModel:
    """Read everything a report shows from ``session`` (an ``AssessmentSession``), once. ``frameworks``: ids of the
    other frameworks to report against (or ``("all",)``), each a PDF section and a workbook sheet. Names and titles
    typed in two forms are read in ``language`` (the report's: "zh", "en" or "both"); the engagement keeps both
    forms and the layout picks."""
    from exportaudit.reports.framework_content import framework_reports

    a, org, checklist, score = session.assessment, session.organisation, session.checklist, session.score
    profile = checklist.profile(a.target_profile)
    report_day = (report_date or date.today()).isoformat()
    computed = fingerprint(session.store, session.assessment_id)

    def name(record, field: str) -> str:
        return _text(record.in_language(field, language))

    meta = Meta(
        organisation=name(org, "name"), uscc=_text(org.uscc), sector=name(org, "sector"),
        address=name(org, "address"), contact=name(org, "contact"), assessment_id=a.id, title=name(a, "title"),
        kind=ASSESSMENT_KINDS.get(a.kind, Text(a.kind, a.kind)),
        status=ASSESSMENT_STATUSES.get(a.status, Text(a.status, a.status)), is_final=a.is_final,
        finalised_at=_stamp(a.finalised_at), period_start=_text(a.period_start), period_end=_text(a.period_end),
        assessor=name(a, "assessor"), checklist_id=checklist.id, checklist_version=checklist.version,
        checklist_title=checklist.title, checklist_format=checklist.format,
        target_profile=profile.name if profile else None,
        operator_type=OPERATOR_TYPES.get(a.operator_type) if a.operator_type else None,
        size=SIZES.get(a.size) if a.size else None, facts=_facts_text(a.fact_set),
        report_date=report_day, fingerprint=(a.fingerprint if a.is_final and a.fingerprint else computed),
        computed_fingerprint=computed, scoring_model=a.scoring_model, assessor_role=name(a, "assessor_role"),
        independence=INDEPENDENCE.get(a.independence) if a.independence else None, reviewer=name(a, "reviewer"),
        review_date=_text(a.review_date),
        evidence_window=f"{session.window.start.isoformat()} – {session.window.end.isoformat()}",
        minimum_sample=checklist.transaction_testing.minimum_sample if checklist.transaction_testing else 5)
    elements = []
    labels = check_labels(checklist)
    for number, element in enumerate(checklist.elements, start=1):
        es = score.element(element.id)
        rows = []
        for n, item in enumerate(session.applicable_items_of(element.id), start=1):
            r, s = session.response(item.id), score.items.get(item.id)
            rows.append(ItemRow(
                id=item.id, element_id=element.id, number=n, question=item.question, key=item.key,
                weight=item.weight, legal_basis=tuple(item.legal_basis),
                rated=None if r.na else r.level, effective=s.effective if s else None, na=r.na,
                na_reason=_text(r.na_reason) if r.na else "", note=clean(r.note).strip("\n"),
                evidence_count=session.evidence_counts.get(item.id, 0), unevidenced=bool(s and s.unevidenced),
                capped_to=s.capped_to if s else None, to_reconfirm=bool(getattr(r, "reconfirm", False)),
                reasons=tuple(cap_reason_text(c, labels) for c in s.caps) if s else (),
                basis=BADGES[item.badge], related=item.related, sources=tuple(src.short for src in item.sources)))
        elements.append(ElementRow(
            id=element.id, number=number, name=element.name, weight=element.weight, score=es.score, level=es.level,
            target=es.target, gap=es.gap, answered=es.answered, applicable=es.applicable, capped=es.capped,
            unevidenced=es.unevidenced, provisional=es.provisional and es.level is not None, items=tuple(rows),
            sample_exceptions=tuple(es.sample_exceptions), score_uncapped=es.score_uncapped,
            cap_reasons=tuple(_element_reason(c, labels) for c in es.cap_reasons), level_range=es.level_range,
            module=element.module is not None))
    o = score.overall
    overall = Overall(o.score, o.level, o.answered, o.applicable, o.provisional and o.level is not None, o.capped)
    evidence = tuple(EvidenceRow(_text(e.file_name), e.sha256, e.size, e.item_id, e.added_at, _text(e.added_by))
                     for e in session.store.evidence.all(session.assessment_id))
    scale = tuple(ScaleEntry(s.level, s.label, s.definition) for s in checklist.levels)
    store, aid = session.store, session.assessment_id
    subject = _subjects(checklist)
    findings = _finding_rows(store.findings.all(aid), subject, language)
    refs = {f.id: f for f in findings}
    actions = _action_rows(store.actions.all(aid), refs, subject, report_day, language=language)
    requests = store.requests.all(aid)
    order = {item.id: n for n, item in enumerate(checklist.items)}
    request_rows = tuple(
        RequestRow(subject(item_id, None), checklist.item(item_id).evidence if checklist.has_item(item_id)
                   else Text("", ""), r.status, REQUEST_STATUSES.get(r.status, Text(r.status, r.status)),
                   r.status_date or "", clean(r.note).strip("\n"),
                   checklist.item(item_id).legal_basis if checklist.has_item(item_id) else ())
        for item_id, r in sorted(requests.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
    testing = checklist.transaction_testing
    return ReportModel(meta=meta, scale=scale, overall=overall, elements=tuple(elements), evidence=evidence,
                       out_of_scope=len(checklist.items) - len(session.applicable_items),
                       logo=_usable_logo(logo, org.logo_path), findings=findings, actions=actions,
                       requests=request_rows, comparison=_comparison(session, tuple(elements), report_day, language),
                       signatories=_signatories(meta), testing=_testing(session, tuple(elements), refs, language),
                       testing_threshold=testing.threshold if testing else None, duties=_duties(session),
                       frameworks=framework_reports(session, frameworks) if frameworks else (),
                       engagement=store.engagements.get(aid))


def _stamp(value: str | None) -> str:
    """A stored ISO time stamp as people read it: ``2026-11-23 10:15`` (the recorded local time)."""
    if not value:
        return ""
    try:
        return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return _text(value)


def _subjects(checklist):
    """A function giving the ``Subject`` of an item or element id of ``checklist`` (unknown ids kept as typed)."""
    numbers = {e.id: n for n, e in enumerate(checklist.elements, start=1)}

    def subject(item_id: str | None, element_id: str | None) -> Subject:
        question = None
        if item_id and checklist.has_item(item_id):
            item = checklist.item(item_id)
            question, element_id = item.question, item.element
        if element_id in numbers:
            return Subject(item_id, numbers[element_id], checklist.element(element_id).name, question, element_id)
        return Subject(item_id, None, None, question, element_id)

    return subject


def _finding_rows(findings, subject, language: str = "both") -> tuple[FindingRow, ...]:
    grades = list(FINDING_GRADES)
    rows = [(f, subject(f.item_id, f.element_id)) for f in findings]
    rows.sort(key=lambda fs: (grades.index(fs[0].grade) if fs[0].grade in grades else len(grades),
                              fs[1].element_number or 0, fs[0].item_id or "", fs[0].id))
    return tuple(FindingRow(f"F{n}", f.id, f.grade, FINDING_GRADES.get(f.grade, Text(f.grade, f.grade)), s,
                            clean(f.description).strip(), clean(f.recommendation).strip(), _stamp(f.created_at),
                            _text(f.created_by), clean(f.cause).strip(), clean(f.effect).strip(), f.risk,
                            FINDING_RISKS.get(f.risk) if f.risk else None, f.response,
                            RESPONSES.get(f.response) if f.response else None, clean(f.response_text).strip(),
                            _text(f.in_language("response_owner", language)), f.response_date)
                 for n, (f, s) in enumerate(rows, start=1))


def _action_rows(actions, findings: dict, subject, report_day: str, *,
                 descriptions: dict | None = None, language: str = "both") -> tuple[ActionRow, ...]:
    """Action rows; ``findings`` maps a finding id to its row (for the reference), ``descriptions`` gives the
    finding texts of actions whose finding is not in this report (the baseline's)."""
    rows = []
    for x in actions:
        finding = findings.get(x.finding_id)
        grade = x.finding_grade or ""
        rows.append(ActionRow(
            finding_ref=finding.ref if finding else "",
            finding_description=finding.description if finding else clean((descriptions or {}).get(x.finding_id)).strip(),
            grade=grade, grade_label=FINDING_GRADES.get(grade, Text(grade, grade)),
            subject=subject(x.item_id, x.element_id), description=clean(x.description).strip(),
            owner=_text(x.in_language("owner", language)), due_date=_text(x.due_date), status=x.status,
            status_label=ACTION_STATUSES.get(x.status, Text(x.status, x.status)),
            closing_note=clean(x.closing_note).strip(), is_open=x.is_open, overdue=x.is_overdue(report_day)))
    return tuple(rows)


def _comparison(session, elements: tuple[ElementRow, ...], report_day: str,
                language: str = "both") -> BaselineComparison | None:
    """The re-audit comparison with the baseline, or None when there is no baseline (or it was deleted)."""
    from exportaudit.core.comparison import compare
    from exportaudit.core.session import AssessmentSession

    baseline_id = session.assessment.baseline_id
    if baseline_id is None:
        return None
    try:
        baseline = AssessmentSession(session.store, baseline_id)
    except (StoreError, KeyError):
        return None
    result = compare(baseline, session)
    b = baseline.assessment
    numbered = {e.id: e for e in elements}
    current = _subjects(session.checklist)
    element_rows = tuple(ElementChangeRow(numbered[c.element_id].number, numbered[c.element_id].name, c.level_then,
                                          c.level_now, c.score_then, c.score_now)
                         for c in result.elements if c.element_id in numbered)

    def items(changes) -> tuple[ItemChangeRow, ...]:
        return tuple(ItemChangeRow(current(c.item_id, None), c.then, c.now) for c in changes)

    baseline_findings = {f.id: f.description for f in session.store.findings.all(baseline_id)}
    then, now = baseline.score.overall, session.score.overall
    return BaselineComparison(
        baseline_id=b.id, baseline_title=_text(b.in_language("title", language)),
        baseline_status=ASSESSMENT_STATUSES.get(b.status, Text(b.status, b.status)), baseline_is_final=b.is_final,
        baseline_finalised_at=_stamp(b.finalised_at), baseline_fingerprint=(b.fingerprint or "") if b.is_final else "",
        baseline_period=period_text(_text(b.period_start), _text(b.period_end)),
        baseline_kind=ASSESSMENT_KINDS.get(b.kind, Text(b.kind, b.kind)),
        score_then=then.score, level_then=then.level, score_now=now.score, level_now=now.level,
        elements=element_rows, improved=items(result.improved), regressed=items(result.regressed),
        unchanged=items(result.unchanged), not_comparable=items(result.not_comparable),
        open_actions=_action_rows(result.open_baseline_actions, {}, _subjects(baseline.checklist), report_day,
                                  descriptions=baseline_findings, language=language))


def _element_reason(cap, labels) -> Text:
    """An element's cap in words; an item's cap names the item first."""
    text = cap_reason_text(cap, labels)
    return text if cap.kind == "key_item" else Text(f"{cap.item_id}：{text.zh}", f"{cap.item_id}: {text.en}")


def _duties(session) -> tuple[DutyRow, ...]:
    """The statutory duties register, for an assessment scored with model 2 (a model-1 report stays as it was)."""
    if session.model < 2:
        return ()
    numbers = {e.id: (n, e.name) for n, e in enumerate(session.checklist.elements, start=1)}
    return tuple(DutyRow(d.item_id, numbers[d.element_id][0], numbers[d.element_id][1], d.question, d.key, d.status,
                         DUTY_STATUSES[d.status], d.references, d.penalties, tuple(r.text for r in d.reasons))
                 for d in session.duties())


def _testing(session, elements: tuple[ElementRow, ...], findings: dict,
             language: str = "both") -> TestingSection | None:
    """The transaction-testing part, or None when the assessment has no sample (or its checklist no tests)."""
    testing = session.checklist.transaction_testing
    if testing is None or not session.store.samples.all(session.assessment_id):
        return None
    summary = session.testing_summary()
    refs = {f.id: f.ref for f in findings.values()}
    numbers = {s.sample.id: n for n, s in enumerate(summary.samples, start=1)}
    samples = tuple(_sample_row(numbers[s.sample.id], s, language) for s in summary.samples)
    checks = tuple(CheckRow(c.id, c.label, tuple(c.items), r.passed, r.failed, r.na, r.open, r.rate,
                            r.below(summary.threshold))
                   for c in summary.checks for r in [summary.rates[c.id]])
    labels_of = {c.id: c.label for c in summary.checks}
    positions = {so.id: so.position for s in summary.samples for so in session.store.samples.orders(s.sample.id)
                 } if summary.exceptions else {}
    exceptions = tuple(
        TestExceptionRow(numbers.get(x.sample_id, 0), positions.get(x.sample_order_id, 0), _text(x.order.order_ref),
                         _text(x.order.order_date), _text(x.order.customer), _text(x.order.destination), x.check_id,
                         labels_of.get(x.check_id, Text(x.check_id, x.check_id)), clean(x.note).strip(),
                         refs.get(x.finding_id, "") if x.finding_id is not None else "")
        for x in summary.exceptions)
    items = [i for e in elements for i in e.items]
    capped = tuple(i.id for i in items if i.capped_to is not None)
    held = tuple(i.id for i in items if i.id in summary.caps and i.capped_to is None)
    return TestingSection(summary.threshold, SAMPLE_EXCEPTION_CAP, samples, checks, exceptions, capped, held,
                              summary.population, summary.sample_size)


def _sample_row(number: int, s, language: str = "both") -> SampleRow:
    sample, order_list = s.sample, s.order_list
    counts = sample.strata_counts
    strata = () if set(counts) <= {ALL} else tuple(
        StratumRow(stratum_label(k), *counts[k]) for k in sorted(counts, key=lambda k: (stratum_sort_key(k), k)))
    return SampleRow(
        number=number, list_name=_text(Forms.of(order_list.name).get(language)),
        source_name=_text(order_list.source_name),
        list_orders=order_list.order_count, list_refused=order_list.rejected_count,
        first_date=_text(order_list.first_date), last_date=_text(order_list.last_date), population=sample.population,
        size=sample.size, seed=sample.seed, algorithm=_text(sample.algorithm),
        method=Text(clean(s.method.zh), clean(s.method.en)), strata=strata, drawn_at=_stamp(sample.drawn_at),
        drawn_by=_text(Forms.of(sample.drawn_by).get(language)), cards_complete=s.cards_complete)


def _signatories(meta: Meta) -> tuple[Signatory, ...]:
    """Who signs the report: the assessor, the auditee's representative and a reviewer (name left blank).

    Built from what the assessment records today; a signatory table, when the core has one, replaces this."""
    day = meta.finalised_date if meta.is_final else ""
    return (Signatory(labels.T("role_assessor"), meta.assessor, day),
            Signatory(labels.T("role_auditee"), meta.contact, day),
            Signatory(labels.T("role_reviewer"), meta.reviewer, meta.review_date or day))


def _usable_logo(*candidates) -> Path | None:
    """The first candidate that is an image reportlab/openpyxl can read; a bad one is skipped, never fatal."""
    for candidate in candidates:
        if not candidate:
            continue
        path = Path(candidate).expanduser()
        try:
            if not path.is_file():
                continue
            from PIL import Image  # Pillow comes with reportlab

            with Image.open(path) as image:
                image.verify()
            return path
        except Exception:  # unreadable, not an image, permission denied, ...
            continue
    return None
