"""Who did the audit, over what, how, and on what terms: the engagement facts a client report states before its
findings (prepared by, scope, method, limitations, distribution, confidentiality), and the auditor's own
conclusion where it departs from, or confirms, the proposed one. Stored per assessment as one JSON record so a
re-audit or a copy carries it over whole. Names and texts have a Chinese and an English form (core.bilingual);
a single value given instead (older data, a firm default) is read into its forms.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import date

from exportaudit.core.bilingual import Forms, forms_from
from exportaudit.core.vocab import OPINIONS


class EngagementError(ValueError):
    """Engagement data that cannot be stored as given; the message says which field and why."""


def _as_forms(record, *names: str) -> None:
    """Read the named fields of a frozen record into Forms (they may be given as text or a stored mapping)."""
    for name in names:
        object.__setattr__(record, name, forms_from(getattr(record, name)))


@dataclass(frozen=True)
class TeamMember:
    name: Forms
    role: Forms = Forms()

    def __post_init__(self):
        _as_forms(self, "name", "role")


@dataclass(frozen=True)
class Interview:
    name: Forms
    role: Forms = Forms()
    date: str = ""  # YYYY-MM-DD or empty

    def __post_init__(self):
        _as_forms(self, "name", "role")


# the fields of an Engagement that hold a name or a text in two forms
TEXT_FIELDS = ("firm", "lead", "entities", "business_lines", "exclusions", "site_visits", "sampling_basis",
               "limitations", "disclaimer", "confidentiality", "rationale")


@dataclass(frozen=True)
class Engagement:
    firm: Forms = Forms()  # the firm or department that prepared the report
    lead: Forms = Forms()  # the engagement lead
    team: tuple[TeamMember, ...] = ()
    entities: Forms = Forms()  # entities and sites in scope
    business_lines: Forms = Forms()  # business lines and item categories in scope
    fieldwork_start: str = ""
    fieldwork_end: str = ""
    exclusions: Forms = Forms()
    interviews: tuple[Interview, ...] = ()
    site_visits: Forms = Forms()
    documents: tuple[str, ...] = ()  # evidence file names reviewed, picked from the assessment's evidence
    sampling_basis: Forms = Forms()
    limitations: Forms = Forms()
    disclaimer: Forms = Forms()
    distribution: tuple[Forms, ...] = ()
    confidentiality: Forms = Forms()
    opinion: str = ""  # the auditor's chosen conclusion (a key of OPINIONS); empty: the proposed one stands
    rationale: Forms = Forms()  # the auditor's written reasons for it

    def __post_init__(self):
        _as_forms(self, *TEXT_FIELDS)
        object.__setattr__(self, "team", tuple(m if isinstance(m, TeamMember) else TeamMember(**m)
                                               for m in self.team))
        object.__setattr__(self, "interviews", tuple(i if isinstance(i, Interview) else Interview(**i)
                                                     for i in self.interviews))
        object.__setattr__(self, "distribution", tuple(forms_from(d) for d in self.distribution))
        object.__setattr__(self, "documents", tuple(self.documents))

    @property
    def is_empty(self) -> bool:
        return self == Engagement()

    @property
    def has_scope(self) -> bool:
        """True when any scope or method fact is stated (the report then has its "Scope and method" section)."""
        return any((self.firm, self.lead, self.team, self.entities, self.business_lines, self.fieldwork_start,
                    self.fieldwork_end, self.exclusions, self.interviews, self.site_visits, self.documents,
                    self.sampling_basis))

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Engagement:
        """The engagement stored as ``text``; unknown keys (from a newer version) are ignored."""
        if not text:
            return cls()
        raw = json.loads(text)
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def cleaned(self) -> Engagement:
        """The same facts with whitespace trimmed and empty rows dropped; raises EngagementError on a bad date,
        fieldwork ending before it starts, or an unknown opinion."""
        def s(v: str) -> str:
            return (v or "").strip()
        team = tuple(TeamMember(m.name.stripped(), m.role.stripped()) for m in self.team if m.name)
        interviews = tuple(Interview(i.name.stripped(), i.role.stripped(), s(i.date)) for i in self.interviews
                           if i.name)
        out = replace(self, **{f.name: s(getattr(self, f.name)) for f in fields(self)
                               if isinstance(getattr(self, f.name), str)},
                      **{name: getattr(self, name).stripped() for name in TEXT_FIELDS},
                      team=team, interviews=interviews,
                      documents=tuple(d for d in (s(x) for x in self.documents) if d),
                      distribution=tuple(d.stripped() for d in self.distribution if d))
        for label, value in (("fieldwork start", out.fieldwork_start), ("fieldwork end", out.fieldwork_end),
                             *((f"interview date of {i.name.joined}", i.date) for i in out.interviews)):
            if value:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise EngagementError(f"The {label} '{value}' is not a date; expected YYYY-MM-DD.") from None
        if out.fieldwork_start and out.fieldwork_end and out.fieldwork_end < out.fieldwork_start:
            raise EngagementError("The fieldwork ends before it starts.")
        if out.opinion and out.opinion not in OPINIONS:
            raise EngagementError(f"Unknown conclusion '{out.opinion}'; expected one of: {', '.join(OPINIONS)}.")
        return out


def sampling_basis_text(samples, lang: str) -> str:
    """The sampling basis sentence drawn from the transaction-testing samples (``store.samples.all``)."""
    if not samples:
        return ""
    population, size = sum(s.population for s in samples), sum(s.size for s in samples)
    if lang == "zh":
        return (f"从 {len(samples)} 份订单清单（共 {population} 笔订单）中随机抽取 {size} 笔订单，"
                "逐笔按测试卡检查。")
    return (f"{size} orders drawn at random from {len(samples)} order "
            f"list{'' if len(samples) == 1 else 's'} ({population} orders in all), each tested against the test card.")
