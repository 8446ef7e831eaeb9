"""The portfolio across clients: every organisation's latest assessment in one row (element levels, overall level,
open major findings, overdue actions, next due date), and each organisation's trend across its assessments.

Read with a handful of queries for the whole store plus one scoring per row, so 50 clients open at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from exportaudit.core.checklist import Element
from exportaudit.core.records import Assessment
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import Store
from exportaudit.core.vocab import CLOSED_ACTION_STATUSES


@dataclass(frozen=True)
class PortfolioRow:
    organisation_id: int
    organisation: str
    sector: str
    operator_type: str | None
    assessment_id: int
    title: str
    assessor: str
    year: str  # the assessed period's year (its end, else its start, else when the assessment was created)
    status: str
    levels: dict[str, int | None]  # element id -> level
    overall_level: int | None
    overall_score: float | None
    open_major_findings: int
    overdue_actions: int
    next_due: str | None  # the earliest due date of an open action, ISO

    def as_dict(self) -> dict:
        return {"organisation_id": self.organisation_id, "organisation": self.organisation, "sector": self.sector,
                "operator_type": self.operator_type, "assessment_id": self.assessment_id, "title": self.title,
                "assessor": self.assessor, "year": self.year, "status": self.status, "levels": self.levels,
                "overall_level": self.overall_level, "overall_score": self.overall_score,
                "open_major_findings": self.open_major_findings, "overdue_actions": self.overdue_actions,
                "next_due": self.next_due}


@dataclass(frozen=True)
class TrendPoint:
    assessment_id: int
    title: str
    year: str
    overall_level: int | None
    overall_score: float | None


@dataclass(frozen=True)
class Portfolio:
    elements: tuple[Element, ...]  # the heat map's columns, in checklist order (union over the checklists used)
    rows: tuple[PortfolioRow, ...]


def assessment_year(a: Assessment) -> str:
    for stamp in (a.period_end, a.period_start, a.created_at):
        if stamp and stamp[:4].isdigit():
            return stamp[:4]
    return ""


def _sort_key(a: Assessment) -> tuple:
    """Latest first: by the period assessed, then by creation."""
    return (a.period_end or a.period_start or a.created_at[:10], a.created_at, a.id)


def latest_assessments(store: Store) -> dict[int, Assessment]:
    """Organisation id -> its latest assessment."""
    latest: dict[int, Assessment] = {}
    for a in store.assessments.all():
        if a.organisation_id not in latest or _sort_key(a) > _sort_key(latest[a.organisation_id]):
            latest[a.organisation_id] = a
    return latest


def build_portfolio(store: Store, today: date | None = None, language: str = "both") -> Portfolio:
    """The portfolio, names and titles in ``language``'s form ("zh", "en" or "both": core.bilingual)."""
    today_text = (today or date.today()).isoformat()
    latest = latest_assessments(store)
    closed = tuple(CLOSED_ACTION_STATUSES)
    marks = ", ".join("?" for _ in closed)
    # a major finding is open until it has actions and all of them are closed
    majors = dict(store.db.execute(
        f"SELECT assessment_id, COUNT(*) FROM findings f WHERE grade = 'major' AND ("
        f"EXISTS (SELECT 1 FROM actions x WHERE x.finding_id = f.id AND x.status NOT IN ({marks})) "
        f"OR NOT EXISTS (SELECT 1 FROM actions x WHERE x.finding_id = f.id)) GROUP BY assessment_id",
        closed).fetchall())
    actions: dict[int, list[str | None]] = {}
    for aid, due in store.db.execute(
            f"SELECT f.assessment_id, x.due_date FROM actions x JOIN findings f ON f.id = x.finding_id "
            f"WHERE x.status NOT IN ({marks})", closed):
        actions.setdefault(aid, []).append(due)
    elements: dict[str, Element] = {}
    rows = []
    for org in store.organisations.all():
        a = latest.get(org.id)
        if a is None:
            continue
        session = AssessmentSession(store, a.id)
        for element in session.checklist.elements:
            elements.setdefault(element.id, element)
        score = session.score
        dues = [d for d in actions.get(a.id, []) if d]
        rows.append(PortfolioRow(
            org.id, org.in_language("name", language), org.in_language("sector", language), org.operator_type, a.id,
            a.in_language("title", language), a.in_language("assessor", language), assessment_year(a), a.status,
            {e.element_id: e.level for e in score.elements}, score.overall.level, score.overall.score,
            majors.get(a.id, 0), sum(1 for d in dues if d < today_text), min(dues) if dues else None))
    return Portfolio(tuple(elements.values()), tuple(rows))


def organisation_trend(store: Store, organisation_id: int, language: str = "both") -> list[TrendPoint]:
    """Every assessment of the organisation, oldest first, with its overall level (titles in ``language``)."""
    points = []
    for a in sorted(store.assessments.all(organisation_id), key=_sort_key):
        score = AssessmentSession(store, a.id).score
        points.append(TrendPoint(a.id, a.in_language("title", language), assessment_year(a), score.overall.level,
                                 score.overall.score))
    return points
