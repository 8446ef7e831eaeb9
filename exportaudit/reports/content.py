"""The report model: every figure and text a report shows, computed once from an assessment session.

The Excel and PDF builders only lay this out, so the two files always say exactly the same. Building the model
is the only step that reads the store (the fingerprint and the evidence list), so it runs on the thread that owns
the store; rendering it needs nothing but the model and can run anywhere.

Later report parts (findings, action plan, document requests, re-audit comparison, transaction tests) add a field
here with an empty default and a builder to ``xlsx.SHEETS`` / ``pdf.SECTIONS``; nothing else changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from exportaudit.core.fingerprint import fingerprint
from exportaudit.core.scoring import KEY_ITEM_THRESHOLD
from exportaudit.core.text import Text
from exportaudit.core.vocab import ASSESSMENT_KINDS, ASSESSMENT_STATUSES, OPERATOR_TYPES, SIZES
from exportaudit.reports import labels
from exportaudit.reports.labels import T
from exportaudit.reports.textsafe import clean

DASH = "—"
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

    @property
    def coverage(self) -> float:
        return self.answered / self.applicable if self.applicable else 1.0


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
    fingerprint: str

    @property
    def period(self) -> str:
        if not self.period_start and not self.period_end:
            return DASH
        return f"{self.period_start or '…'} – {self.period_end or '…'}"


@dataclass(frozen=True)
class ReportModel:
    meta: Meta
    scale: tuple[ScaleEntry, ...]
    overall: Overall
    elements: tuple[ElementRow, ...]
    evidence: tuple[EvidenceRow, ...]
    out_of_scope: int  # checklist items switched off by operator type or size
    logo: Path | None = None
    # later parts slot in here, each with an empty default (findings, actions, document requests, ...)
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
    def weak_key_items(self) -> list[ItemRow]:
        return [i for i in self.items if i.key and i.effective is not None and i.effective < KEY_ITEM_THRESHOLD]

    @property
    def unevidenced_items(self) -> list[ItemRow]:
        return [i for i in self.items if i.unevidenced]

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


def build_model(session, *, report_date: date | None = None, logo: str | Path | None = None) -> ReportModel:
    """Read everything a report shows from ``session`` (an ``AssessmentSession``), once."""
    a, org, checklist, score = session.assessment, session.organisation, session.checklist, session.score
    profile = checklist.profile(a.target_profile)
    meta = Meta(
        organisation=_text(org.name), uscc=_text(org.uscc), sector=_text(org.sector), address=_text(org.address),
        contact=_text(org.contact), assessment_id=a.id, title=_text(a.title),
        kind=ASSESSMENT_KINDS.get(a.kind, Text(a.kind, a.kind)),
        status=ASSESSMENT_STATUSES.get(a.status, Text(a.status, a.status)), is_final=a.is_final,
        finalised_at=a.finalised_at or "", period_start=_text(a.period_start), period_end=_text(a.period_end),
        assessor=_text(a.assessor), checklist_id=checklist.id, checklist_version=checklist.version,
        checklist_title=checklist.title, target_profile=profile.name if profile else None,
        operator_type=OPERATOR_TYPES.get(a.operator_type) if a.operator_type else None,
        size=SIZES.get(a.size) if a.size else None,
        report_date=(report_date or date.today()).isoformat(),
        fingerprint=fingerprint(session.store, session.assessment_id))
    elements = []
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
                capped_to=s.capped_to if s else None))
        elements.append(ElementRow(
            id=element.id, number=number, name=element.name, weight=element.weight, score=es.score, level=es.level,
            target=es.target, gap=es.gap, answered=es.answered, applicable=es.applicable, capped=es.capped,
            unevidenced=es.unevidenced, provisional=es.provisional and es.level is not None, items=tuple(rows)))
    o = score.overall
    overall = Overall(o.score, o.level, o.answered, o.applicable, o.provisional and o.level is not None, o.capped)
    evidence = tuple(EvidenceRow(_text(e.file_name), e.sha256, e.size, e.item_id, e.added_at, _text(e.added_by))
                     for e in session.store.evidence(session.assessment_id))
    scale = tuple(ScaleEntry(s.level, s.label, s.definition) for s in checklist.levels)
    return ReportModel(meta=meta, scale=scale, overall=overall, elements=tuple(elements), evidence=evidence,
                       out_of_scope=len(checklist.items) - len(session.applicable_items),
                       logo=_usable_logo(logo, org.logo_path))


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
