"""Who did the audit, over what, how, and on what terms: the engagement facts a client report states before its
findings (prepared by, scope, method, limitations, distribution, confidentiality), and the auditor's own
conclusion where it departs from, or confirms, the proposed one. Stored per assessment as one JSON record so a
re-audit or a copy carries it over whole.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import date

from exportaudit.core.vocab import OPINIONS


class EngagementError(ValueError):
    """Engagement data that cannot be stored as given; the message says which field and why."""


@dataclass(frozen=True)
class TeamMember:
    name: str
    role: str = ""


@dataclass(frozen=True)
class Interview:
    name: str
    role: str = ""
    date: str = ""  # YYYY-MM-DD or empty


@dataclass(frozen=True)
class Engagement:
    firm: str = ""  # the firm or department that prepared the report
    lead: str = ""  # the engagement lead
    team: tuple[TeamMember, ...] = ()
    entities: str = ""  # entities and sites in scope
    business_lines: str = ""  # business lines and item categories in scope
    fieldwork_start: str = ""
    fieldwork_end: str = ""
    exclusions: str = ""
    interviews: tuple[Interview, ...] = ()
    site_visits: str = ""
    documents: tuple[str, ...] = ()  # evidence file names reviewed, picked from the assessment's evidence
    sampling_basis: str = ""
    limitations: str = ""
    disclaimer: str = ""
    distribution: tuple[str, ...] = ()
    confidentiality: str = ""
    opinion: str = ""  # the auditor's chosen conclusion (a key of OPINIONS); empty: the proposed one stands
    rationale: str = ""  # the auditor's written reasons for it

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
        data = {k: v for k, v in raw.items() if k in known}
        data["team"] = tuple(TeamMember(**m) for m in data.get("team", ()))
        data["interviews"] = tuple(Interview(**i) for i in data.get("interviews", ()))
        data["documents"] = tuple(data.get("documents", ()))
        data["distribution"] = tuple(data.get("distribution", ()))
        return cls(**data)

    def cleaned(self) -> Engagement:
        """The same facts with whitespace trimmed and empty rows dropped; raises EngagementError on a bad date,
        fieldwork ending before it starts, or an unknown opinion."""
        def s(v: str) -> str:
            return (v or "").strip()
        team = tuple(TeamMember(s(m.name), s(m.role)) for m in self.team if s(m.name))
        interviews = tuple(Interview(s(i.name), s(i.role), s(i.date)) for i in self.interviews if s(i.name))
        out = replace(self, **{f.name: s(getattr(self, f.name)) for f in fields(self)
                               if isinstance(getattr(self, f.name), str)},
                      team=team, interviews=interviews,
                      documents=tuple(d for d in (s(x) for x in self.documents) if d),
                      distribution=tuple(d for d in (s(x) for x in self.distribution) if d))
        for label, value in (("fieldwork start", out.fieldwork_start), ("fieldwork end", out.fieldwork_end),
                             *((f"interview date of {i.name}", i.date) for i in out.interviews)):
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
