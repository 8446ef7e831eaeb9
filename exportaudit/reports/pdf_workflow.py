"""The PDF's audit-workflow sections: findings, the action plan, document requests, the re-audit comparison and
the sign-off page. Each returns no flowables when it has nothing to show, so a self-assessment without findings
or baseline gets none of these pages. User text goes through ``ctx.p``/``ctx.user_text`` (escaped), clipped
inside table cells."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from exportaudit.core import legal
from exportaudit.core.comparison import direction_mark
from exportaudit.core.text import Text
from exportaudit.core.vocab import REQUEST_STATUSES
from exportaudit.reports import fonts, labels, pdf_engagement, theme
from exportaudit.reports.content import (
    DASH,
    ActionRow,
    ElementChangeRow,
    FindingRow,
    ItemChangeRow,
    Subject,
)
from exportaudit.reports.labels import T
from exportaudit.reports.pdf_base import (
    CONTENT_W,
    NOTE_INDENT,
    STYLES,
    Ctx,
    block,
    clip,
    color,
    coloured,
    counted,
    details_table,
    element_name,
    head_row,
    level_chip,
    num,
    table,
)
from exportaudit.reports.radar import comparison_drawing


def _subject_cell(ctx: Ctx, subject: Subject) -> list:
    """The item's question (bilingual in "both") over its id and element in grey; or the element alone."""
    if subject.question is None:
        return [ctx.p(subject.text(ctx.lang), "cell")]
    return [ctx.bi(subject.question, "cell"), ctx.p(subject.text(ctx.lang), "cell_muted")]


# --- findings ---------------------------------------------------------------------------------------


def ref_link(ref: str, anchor: str, target: str | None) -> Paragraph:
    """A finding reference in bold that is the anchor ``anchor`` and, when ``target`` is given, links to it."""
    text = fonts.markup(ref, bold=True)
    if target:
        text = f'<a href="#{target}" color="#{theme.TEAL}">{text}</a>'
    return Paragraph(f'<a name="{anchor}"/>{text}', STYLES["cell"])


def _finding_actions(ctx: Ctx, actions: list[ActionRow]) -> list:
    """The corrective actions of one finding, under it: action, owner, due date and status on one line each."""
    if not actions:
        return []
    out = [ctx.p(ctx.say("corrective_action"), "note_label")]
    for a in actions:
        parts = [clip(a.description, 300), clip(a.owner, 120), ctx.date(a.due_date), ctx.say(a.status_label)]
        line = " · ".join(p for p in parts if p)
        if a.overdue:
            line += f" · {ctx.say('overdue')}"
        out.append(ctx.p(f"• {line}", "note_body"))
    return out


def _criterion(ctx: Ctx, item_id: str | None) -> str:
    """What the finding is measured against: the legal basis of its item, in the report's language."""
    item = next((i for i in ctx.model.items if i.id == item_id), None) if item_id else None
    if item is None or not item.legal_basis:
        return ""
    return legal.render_all(item.legal_basis, ctx.lang, as_cited=ctx.model.meta.as_cited)


def _effect_and_risk(ctx: Ctx, f: FindingRow) -> str:
    """The effect as written, then the risk rating (a finding may have either without the other)."""
    risk = f"{ctx.colon('risk_rating')}{ctx.say(f.risk_label)}" if f.risk_label else ""
    return "\n".join(part for part in (f.effect, risk) if part)


def _response(ctx: Ctx, f: FindingRow) -> str:
    """Management's response: agreed or not, then owner and target date on one line, then what they said."""
    head = [ctx.say(f.response_label)] if f.response_label else []
    if f.response_owner:
        head.append(f"{ctx.colon('owner')}{f.response_owner}")
    if f.response_date:
        head.append(f"{ctx.colon('target_date')}{ctx.date(f.response_date)}")
    return "\n".join(part for part in (" · ".join(head), f.response_text) if part)


def findings(ctx: Ctx) -> list:
    m = ctx.model
    if not m.findings:
        return []
    story: list = [PageBreakIfNotEmpty()] + ctx.heading(T("findings")) + ctx.prose("findings_intro", "muted")
    for _, group in groupby(m.findings, key=lambda f: f.grade):
        group = list(group)
        story += ctx.heading(counted(group[0].grade_label, len(group)), 2)
        for f in group:
            actions = [a for a in m.actions if a.finding_ref == f.ref]
            grade = ctx.label(f.grade_label, "cell_center")
            row = [ref_link(f.ref, f"finding-{f.ref}", f"actions-{f.ref}" if actions else None),
                   _subject_cell(ctx, f.subject), grade]
            widths = [NOTE_INDENT, CONTENT_W - NOTE_INDENT - 40 * mm, 40 * mm]
            body = block(ctx, row, widths, {2: color(theme.grade_fill(f.grade))},
                         [("condition", f.description), ("criterion", _criterion(ctx, f.subject.item_id)),
                          ("cause", f.cause), ("effect_and_risk", _effect_and_risk(ctx, f)),
                          ("recommendation", f.recommendation), ("management_response", _response(ctx, f))])
            story += body[:-1] + _finding_actions(ctx, actions) + body[-1:]
    return story


# --- action plan ------------------------------------------------------------------------------------


def _due_cell(ctx: Ctx, a: ActionRow) -> list:
    cell = [ctx.p(ctx.date(a.due_date) or DASH, "cell_center")]
    if a.overdue:
        cell.append(coloured(ctx.say("overdue", "\n"), theme.WARN, "cell_center", bold=True))
    return cell


def actions_table(ctx: Ctx, actions: tuple[ActionRow, ...], *, baseline: bool = False) -> Table:
    """The action plan as a table: finding (its reference, or for a baseline action its grade and text), the
    action with its item or element and closing note, owner, due date (overdue marked) and status. Overdue rows
    are tinted."""
    first = "finding"
    rows = [head_row(ctx, (first, "corrective_action", "owner", "due_date", "status"), left=(first, "corrective_action"))]
    extra = []
    anchored = set()
    for r, a in enumerate(actions, start=1):
        if baseline:
            finding = [ctx.label(a.grade_label, "cell_muted", " / "), ctx.p(clip(a.finding_description, 200), "cell")]
        else:
            first = a.finding_ref not in anchored
            anchored.add(a.finding_ref)
            anchor = f"actions-{a.finding_ref}" if first else f"actions-{a.finding_ref}-{r}"
            finding = [ref_link(a.finding_ref, anchor, f"finding-{a.finding_ref}"),
                       ctx.label(a.grade_label, "cell_muted")]
        action = [ctx.p(clip(a.description), "cell"), ctx.p(a.subject.text(ctx.lang), "cell_muted")]
        if a.closing_note:
            action.append(ctx.p(f"{ctx.colon('closing_note')}{clip(a.closing_note, 300)}", "cell_muted"))
        rows.append([finding, action, ctx.p(clip(a.owner, 120) or DASH, "cell"), _due_cell(ctx, a),
                     ctx.label(a.status_label, "cell_center")])
        if a.overdue:
            extra.append(("BACKGROUND", (0, r), (-1, r), color(theme.WARN_BG)))
    first_w = 46 * mm if baseline else 24 * mm
    widths = [first_w, 0, 28 * mm, 27 * mm, 22 * mm]
    widths[1] = CONTENT_W - sum(widths)
    return table(rows, widths, extra=extra)


def action_plan(ctx: Ctx) -> list:
    m = ctx.model
    if not m.actions:
        return []
    story: list = ctx.heading(T("action_plan"))
    summary = [labels.fmt("actions_total", total=len(m.actions)), counted(T("open_actions"), m.open_actions),
               counted(T("overdue_actions"), m.overdue_actions)]
    story.append(ctx.p(" · ".join(ctx.say(t) for t in summary), "body"))
    day = Text(labels.dates(m.meta.report_date, "zh"), m.meta.report_date)
    story += ctx.prose(labels.fmt("action_plan_intro", date=day), "muted")
    # the heading moves to the next page with the table rather than stay alone at the foot of the findings
    return [Spacer(1, 6 * mm), KeepTogether(story + [Spacer(1, 2 * mm), actions_table(ctx, m.actions)])]


# --- document requests ------------------------------------------------------------------------------


def document_requests(ctx: Ctx) -> list:
    """The document request list, a part of the appendix."""
    m = ctx.model
    if not m.requests:
        return []
    story: list = ctx.heading(T("document_requests"), 2) + ctx.prose("requests_intro", "muted")
    counts = {key: sum(1 for r in m.requests if r.status == key) for key in REQUEST_STATUSES}
    story.append(ctx.p(" · ".join(f"{ctx.say(REQUEST_STATUSES[k])} {n}" for k, n in counts.items() if n), "body"))
    story.append(Spacer(1, 2 * mm))
    rows = [head_row(ctx, ("item_id", "expected_evidence", "status", "status_date", "notes"),
                  left=("item_id", "expected_evidence", "notes"))]
    extra = []
    for element, group in groupby(m.requests, key=lambda r: r.subject.element_text(ctx.lang)):
        rows.append([ctx.p(element, "cell", bold=True), "", "", "", ""])
        r = len(rows) - 1
        extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), color(theme.ZEBRA)),
                  ("LINEBELOW", (0, r), (-1, r), 0.6, color(theme.NAVY))]
        for req in group:
            rows.append([ctx.p(req.subject.item_id or DASH, "cell"), ctx.bi(req.evidence, "cell"),
                         ctx.label(req.status_label, "cell_center"),
                         ctx.p(ctx.date(req.status_date) or DASH, "cell_center"), ctx.p(clip(req.note, 300), "cell")])
            extra.append(("BACKGROUND", (2, len(rows) - 1), (2, len(rows) - 1),
                          color(theme.REQUEST_FILL.get(req.status, theme.NONE_FILL))))
    widths = [18 * mm, 0, 22 * mm, 27 * mm, 34 * mm]
    widths[1] = CONTENT_W - sum(widths)
    return story + [table(rows, widths, zebra=False, extra=extra)]


# --- re-audit comparison ----------------------------------------------------------------------------


def _change(ctx: Ctx, change: float | None) -> Paragraph:
    """A change of level or score with its direction mark: ▲ +1 in green, ▼ −0.5 in amber, = 0."""
    if not change:
        return ctx.p(DASH if change is None else direction_mark(change), "cell_center")
    return coloured(direction_mark(change), theme.GOOD if change > 0 else theme.WARN, "cell_center", bold=True)


def _element_changes(ctx: Ctx, rows: tuple[ElementChangeRow, ...]) -> Table:
    data = [head_row(ctx, ("element", "level_then", "level_now", "change", "score_then", "score_now", "score_change"),
                     left=("element",))]
    extra = []
    for r, e in enumerate(rows, start=1):
        (then, then_fill), (now, now_fill) = level_chip(ctx, e.level_then), level_chip(ctx, e.level_now)
        data.append([element_name(ctx, e.number, e.name), then, now, _change(ctx, e.change),
                     ctx.p(num(e.score_then), "cell_center"), ctx.p(num(e.score_now), "cell_center"),
                     _change(ctx, e.score_change)])
        extra += [("BACKGROUND", (1, r), (1, r), then_fill), ("BACKGROUND", (2, r), (2, r), now_fill)]
    widths = [0, 32 * mm, 32 * mm, 16 * mm, 15 * mm, 15 * mm, 18 * mm]
    widths[0] = CONTENT_W - sum(widths)
    return table(data, widths, extra=extra)


def _item_changes(ctx: Ctx, changes: tuple[ItemChangeRow, ...]) -> list:
    if not changes:
        return ctx.prose("none")
    data = [head_row(ctx, ("item_id", "question", "then", "now"), left=("item_id", "question"))]
    extra = []
    for r, c in enumerate(changes, start=1):
        (then, then_fill), (now, now_fill) = level_chip(ctx, c.then), level_chip(ctx, c.now)
        data.append([ctx.p(c.subject.item_id, "cell"), _subject_cell(ctx, Subject(
            None, c.subject.element_number, c.subject.element_name, c.subject.question, c.subject.element_id)),
                     then, now])
        extra += [("BACKGROUND", (2, r), (2, r), then_fill), ("BACKGROUND", (3, r), (3, r), now_fill)]
    return [table(data, [20 * mm, CONTENT_W - 88 * mm, 34 * mm, 34 * mm], extra=extra)]


def _id_list(ctx: Ctx, changes: tuple[ItemChangeRow, ...]) -> list:
    """A compact run of item ids with their level (then = now, or then → now), for the long lists."""
    if not changes:
        return ctx.prose("none")

    def level(c: ItemChangeRow) -> str:
        if c.then == c.now:
            return num(c.now)
        return f"{num(c.then)}→{num(c.now)}"

    return [ctx.p(" · ".join(f"{c.subject.item_id} ({level(c)})" for c in changes), "small")]


def comparison(ctx: Ctx) -> list:
    c, lang = ctx.model.comparison, ctx.lang
    if c is None:
        return []
    story: list = [PageBreakIfNotEmpty()] + ctx.heading(T("comparison"))
    status = ctx.say(c.baseline_status) + (ctx.date(ctx.bracketed(c.baseline_finalised_at)) if c.baseline_finalised_at
                                           else "")
    details = [("baseline", f"#{c.baseline_id} {clip(c.baseline_title, 300)}"), ("kind", ctx.say(c.baseline_kind)),
               ("period", ctx.date(c.baseline_period)), ("status", status)]
    if c.baseline_fingerprint:
        details.append(("fingerprint_recorded", ctx.p(c.baseline_fingerprint, "hash")))
    (then, then_fill), (now, now_fill) = level_chip(ctx, c.level_then), level_chip(ctx, c.level_now)
    story.append(details_table(ctx, details))
    story.append(Spacer(1, 3 * mm))
    overall = [["", ctx.label("baseline", "head_center"), ctx.label("this_assessment", "head_center"),
                ctx.label("change", "head_center")],
               [ctx.bi("overall_level", "cell"), then, now, _change(ctx, c.change)],
               [ctx.bi("overall_score", "cell"), ctx.p(num(c.score_then), "cell_center"),
                ctx.p(num(c.score_now), "cell_center"), _change(ctx, c.score_change)]]
    story.append(table(overall, [CONTENT_W - 124 * mm, 50 * mm, 50 * mm, 24 * mm], zebra=False,
                       extra=[("BACKGROUND", (1, 1), (1, 1), then_fill), ("BACKGROUND", (2, 1), (2, 1), now_fill)]))
    target = {e.number: e.target for e in ctx.model.elements}
    drawing = comparison_drawing(c, lang, width=CONTENT_W, height=235 if lang != "both" else 270,
                                 targets=tuple(target.get(e.number) for e in c.elements))
    story += [KeepTogether(ctx.heading(T("comparison_radar"), 2, room=False) + [drawing]), Spacer(1, 2 * mm)]
    story += [_element_changes(ctx, c.elements), Spacer(1, 1.5 * mm)] + ctx.prose("comparison_note", "muted")
    for key, changes in (("improved_items", c.improved), ("regressed_items", c.regressed)):
        story += ctx.heading(counted(T(key), len(changes)), 2) + _item_changes(ctx, changes)
    for key, changes in (("unchanged_items", c.unchanged), ("not_comparable_items", c.not_comparable)):
        story += ctx.heading(counted(T(key), len(changes)), 2) + _id_list(ctx, changes)
    unconfirmed = ctx.model.unconfirmed_items
    story += ctx.heading(counted(T("unconfirmed_items"), len(unconfirmed)), 2)
    if unconfirmed:
        story += ctx.prose("unconfirmed_note", "muted")
        story.append(ctx.p(" · ".join(i.id for i in unconfirmed), "small"))
    else:
        story += ctx.prose("none")
    story += ctx.heading(counted(T("open_baseline_actions"), len(c.open_actions)), 2)
    if c.open_actions:
        story.append(actions_table(ctx, c.open_actions, baseline=True))
    else:
        story += ctx.prose("none")
    return story


# --- sign-off ---------------------------------------------------------------------------------------


def status_box(ctx: Ctx, *, explain: bool = False) -> Table:
    """The fingerprint (recorded at finalisation, or computed for a draft) with what the state means; a warning
    when a finalised assessment no longer matches its recorded fingerprint. ``explain`` (the cover) adds what a
    fingerprint is and what a draft's means; the sign-off page says the latter more strongly itself."""
    m = ctx.model.meta
    rows = [[ctx.bi("fingerprint_recorded" if m.is_final else "fingerprint", "cell_muted")],
            [ctx.p(m.fingerprint, "cell")]]
    if explain:
        rows += [[p] for p in ctx.prose("fingerprint_note", "cell_muted")]
    for note, warn in ctx.model.status_notes:
        if warn or m.is_final or explain:
            rows += [[p] for p in ctx.prose(note, "cell_warn" if warn else "cell_muted")]
    return table(rows, [CONTENT_W], header=False, zebra=False, lines=False,
                 extra=[("BOX", (0, 0), (-1, -1), 0.6, color(theme.RULE)),
                        ("BACKGROUND", (0, 0), (-1, -1), color(theme.ZEBRA))])


def _signature_lines(ctx: Ctx, role: Text, name: str, day: str, *, seal: bool) -> Table:
    """One signatory: the role, then name, title and date on lines with their captions, a signature line, and for
    the auditee a box for the company seal (公章) at the right."""
    gap = 6 * mm
    widths = [48 * mm, gap, 44 * mm, gap, 30 * mm, gap, 0]
    widths[6] = CONTENT_W - sum(widths)
    seal_cell = [ctx.bi("company_seal", "cell_muted")] if seal else ""
    rows = [[ctx.bi(role, "role"), "", "", "", "", "", ""],
            [ctx.p(clip(name, 120), "body"), "", "", "", ctx.p(ctx.date(day), "body"), "", seal_cell],
            [ctx.bi("name", "cell_muted"), "", ctx.bi("job_title", "cell_muted"), "", ctx.bi("date", "cell_muted"), "",
             ""],
            ["", "", "", "", "", "", ""],
            [ctx.bi("signature", "cell_muted"), "", "", "", "", "", ""]]
    t = Table(rows, colWidths=widths, rowHeights=[None, 14 * mm, None, 14 * mm, None])
    line = color(theme.INK)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN), ("SPAN", (0, 0), (-1, 0)),
        ("VALIGN", (0, 1), (-1, 1), "BOTTOM"), ("VALIGN", (0, 2), (-1, 2), "TOP"),
        ("LINEBELOW", (0, 1), (0, 1), 0.7, line), ("LINEBELOW", (2, 1), (2, 1), 0.7, line),
        ("LINEBELOW", (4, 1), (4, 1), 0.7, line), ("SPAN", (0, 3), (4, 3)), ("LINEBELOW", (0, 3), (4, 3), 0.7, line),
        ("SPAN", (0, 4), (4, 4)),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, color(theme.NAVY)), ("TOPPADDING", (0, 0), (-1, 0), 5),
    ]
    if seal:
        style += [("SPAN", (6, 1), (6, 4)), ("BOX", (6, 1), (6, 4), 0.6, color(theme.MUTED)),
                  ("VALIGN", (6, 1), (6, 4), "TOP"), ("LEFTPADDING", (6, 1), (6, 4), 4),
                  ("TOPPADDING", (6, 1), (6, 4), 4)]
    t.setStyle(TableStyle(style))
    return t


def signoff(ctx: Ctx) -> list:
    m = ctx.model
    if not m.signatories:
        return []
    meta = m.meta
    story: list = [PageBreakIfNotEmpty()] + ctx.heading(T("signoff"))
    statement = labels.fmt("signoff_statement", id=meta.assessment_id, title=clip(meta.title, 200))
    story += ctx.prose(statement) + [Spacer(1, 2 * mm), status_box(ctx), Spacer(1, 4 * mm)]
    if not meta.is_final:
        story += ctx.prose("signoff_draft", "warn")
    story += pdf_engagement.terms(ctx)
    story.append(Spacer(1, 6 * mm))
    for n, s in enumerate(m.signatories):
        seal = s.role == T("role_auditee")
        story += [Spacer(1, 9 * mm)] if n else []
        story.append(KeepTogether([_signature_lines(ctx, s.role, s.name, s.date, seal=seal)]))
    return story
