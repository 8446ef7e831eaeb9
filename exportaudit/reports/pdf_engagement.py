"""The engagement parts of the PDF: the "Scope and method" section after the executive summary, and the terms
(limitations, disclaimer, distribution) printed before the sign-off. What the auditor typed prints as typed, in the
form of the report's language (both forms in a bilingual report)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from exportaudit.core.bilingual import Forms
from exportaudit.reports import labels
from exportaudit.reports.labels import T
from exportaudit.reports.pdf_base import CONTENT_W, Ctx, details_table, table


def _period(ctx: Ctx, start: str, end: str) -> str:
    return labels.dates(" – ".join(v for v in (start, end) if v), ctx.lang)


def scope_and_method(ctx: Ctx) -> list:
    e = ctx.model.engagement
    if not e.has_scope:
        return []
    lang = ctx.lang
    rows = [(T(key), value) for key, value in (
        ("prepared_by", e.firm.get(lang)), ("engagement_lead", e.lead.get(lang)),
        ("engagement_team", "\n".join(_with_role(ctx, m.name, m.role) for m in e.team)),
        ("scope_entities", e.entities.get(lang)), ("scope_business", e.business_lines.get(lang)),
        ("period", ctx.model.meta.period), ("fieldwork", _period(ctx, e.fieldwork_start, e.fieldwork_end)),
        ("exclusions", e.exclusions.get(lang)), ("site_visits", e.site_visits.get(lang)),
        ("sampling_basis", e.sampling_basis.get(lang)), ("documents_reviewed", "\n".join(e.documents))) if value]
    story = ctx.heading(T("scope_and_method")) + [Spacer(1, 2 * mm)]
    if rows:
        story.append(details_table(ctx, [(k, _lines(ctx, v)) for k, v in rows]))
    if e.interviews:
        story += ctx.heading(T("interviews"), 2)
        head = [ctx.p(ctx.say(k, "\n"), "head") for k in ("interviewee", "role", "date")]
        body = [[ctx.p(i.name.get(lang), "cell"), ctx.p(i.role.get(lang), "cell"),
                 ctx.p(labels.dates(i.date, lang), "cell")]
                for i in e.interviews]
        story.append(table([head] + body, [60 * mm, CONTENT_W - 100 * mm, 40 * mm]))
    return story


def _with_role(ctx: Ctx, name: Forms, role: Forms) -> str:
    """A team member as the report's reader sees them: "王芳（项目负责人）", "Wang Fang (Engagement lead)"."""
    if not role:
        return name.get(ctx.lang)
    if ctx.lang == "zh":
        return f"{name.get('zh')}（{role.get('zh')}）"
    return f"{name.get(ctx.lang)} ({role.get(ctx.lang)})"


def _lines(ctx: Ctx, value: str):
    """A value of several lines as one paragraph per line (escaped)."""
    parts = [p for p in value.split("\n") if p.strip()]
    return ctx.p(parts[0], "cell") if len(parts) == 1 else [ctx.p(p, "cell") for p in parts]


def terms(ctx: Ctx) -> list:
    """Limitations, disclaimer and distribution list, placed just before the sign-off."""
    e = ctx.model.engagement
    lang = ctx.lang
    rows = [(T(key), value) for key, value in (
        ("limitations", e.limitations.get(lang)), ("disclaimer", e.disclaimer.get(lang)),
        ("distribution", "\n".join(d.get(lang) for d in e.distribution)),
        ("confidentiality", e.confidentiality.get(lang))) if value]
    if not rows:
        return []
    return [Spacer(1, 4 * mm), details_table(ctx, [(k, _lines(ctx, v)) for k, v in rows])]
