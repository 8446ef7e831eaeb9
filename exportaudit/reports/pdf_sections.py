"""What the PDF says, section by section. Each builder takes the context and returns flowables; ``SECTIONS`` is
the order. User text goes through ``ctx.p``/``ctx.user_text`` (escaped) and is clipped inside table cells, which
cannot split across pages; long notes are laid out outside tables so they flow onto following pages."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Image, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable, PageBreakIfNotEmpty

from exportaudit.core import legal
from exportaudit.core.comparison import direction_mark
from exportaudit.core.sources import BADGES
from exportaudit.core.text import Text
from exportaudit.reports import fonts, labels, pdf_engagement, pdf_frameworks, pdf_testing, pdf_workflow, theme
from exportaudit.reports.content import DASH, ElementRow, ItemRow
from exportaudit.reports.labels import T, rate_text
from exportaudit.reports.pdf_base import (
    CONTENT_W,
    FRAME_H,
    NOTE_INDENT,
    STYLES,
    Ctx,
    block,
    clip,
    color,
    coloured,
    element_name,
    figure_strip,
    head_row,
    level_chip,
    mark,
    num,
    pct,
    table,
    toc_flowable,
    word_style,
)
from exportaudit.reports.pdf_workflow import status_box
from exportaudit.reports.radar import radar_drawing

LOGO_MAX_PX = 700  # 55 mm at about 300 dpi


# --- cover ------------------------------------------------------------------------------------------


def _logo(ctx: Ctx):
    path = ctx.model.logo
    if path is None:
        return None
    try:
        from PIL import Image as PILImage

        with PILImage.open(path) as im:
            w, h = im.size
            source = str(path)
            if max(w, h) > LOGO_MAX_PX:  # a photo-sized logo would bloat and slow the PDF: embed a copy at 300 dpi
                im = im.convert("RGBA") if im.mode in ("P", "LA", "RGBA") else im.convert("RGB")
                im.thumbnail((LOGO_MAX_PX, LOGO_MAX_PX))
                buffer = io.BytesIO()
                im.save(buffer, "PNG")
                buffer.seek(0)
                source = buffer
        scale = min(55 * mm / w, 24 * mm / h)
        return Image(source, width=w * scale, height=h * scale, hAlign="LEFT")
    except Exception:  # an unreadable logo is left out, never fatal
        return None


def cover(ctx: Ctx) -> list:
    m, lang = ctx.model.meta, ctx.lang
    story: list = []
    logo = _logo(ctx)
    story += [logo] if logo else []
    title = T("report_title")
    if lang == "both":
        story += [ctx.p(title.zh, "title"), Spacer(1, 2 * mm), ctx.p(title.en, "title_en")]
    else:
        story.append(ctx.p(labels.say(title, lang), "title"))
    gaps = [Spacer(1, 10 * mm), Spacer(1, 6 * mm), Spacer(1, 8 * mm), Spacer(1, 10 * mm)]  # shrink to fit
    story += [Spacer(1, 3 * mm)] + ctx.prose("report_subtitle", "muted")
    story += [gaps[0], HRFlowable(width="100%", thickness=1.5, color=color(theme.NAVY)),
              gaps[1], ctx.p(clip(m.organisation, 300), "cover_org")]
    if m.uscc:
        story.append(ctx.p(f"{ctx.colon('uscc')}{clip(m.uscc, 60)}", "muted"))
    story.append(gaps[2])
    opt = lambda t: ctx.say(t) if t is not None else DASH  # noqa: E731
    rows = [
        ("assessment", clip(m.title, 300)),
        ("checklist", f"{ctx.say(m.checklist_title)} · {ctx.say('checklist_version')} {m.checklist_version}"),
        ("kind", ctx.say(m.kind)),
        ("period", ctx.date(m.period)),
        ("assessor", clip(m.assessor, 200) or DASH),
        *[(k, ctx.date(clip(v, 200))) for k, v in ctx.model.who_assessed(ctx.say)],
        ("status", ctx.say(m.status) + (ctx.date(ctx.bracketed(m.finalised_at)) if m.finalised_at else "")),
        ("target_profile", opt(m.target_profile)),
        ("operator_type", f"{opt(m.operator_type)} · {opt(m.size)}"),
        *([("facts", opt(m.facts))] if m.facts is not None else []),
        ("report_date", ctx.date(m.report_date)),
    ]
    data = [[ctx.bi(key, "cell_muted"), ctx.p(value, "cell")] for key, value in rows]
    story.append(table(data, [48 * mm, CONTENT_W - 48 * mm], header=False, zebra=False,
                       extra=[("LINEBELOW", (0, 0), (-1, -1), 0.3, color(theme.RULE)),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [gaps[3], status_box(ctx, explain=True)]
    # the space above the title (below the logo): 40 mm, or 18 mm under a logo, less when the rest needs it to
    # stay on one page (a bilingual report, a draft's note, a long organisation name); when even that is not
    # enough, the gaps between the cover's blocks shrink (down to a third) so the cover never spills onto a page
    used = sum(f.wrap(CONTENT_W, FRAME_H)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
    over = used - (FRAME_H - 4 * mm)
    if over > 0:
        total = sum(g.height for g in gaps)
        for g in gaps:
            g.height = max(g.height / 3, g.height - over * g.height / total)
    room = Spacer(1, max(0.0, min((18 if logo else 40) * mm, FRAME_H - used - 4 * mm)))
    story.insert(1 if logo else 0, room)
    return story + [PageBreak()]


def contents(ctx: Ctx) -> list:
    """The table of contents on its own page after the cover (filled in on the second layout pass)."""
    title = T("contents")
    head = ctx.heading(title, toc=False)
    return head + [Spacer(1, 4 * mm), toc_flowable(), PageBreak()]


# --- executive summary ------------------------------------------------------------------------------


def _kpis(ctx: Ctx) -> Table:
    o, m = ctx.model.overall, ctx.model
    level_text = m.level_text(o.level, ctx.lang)
    cells = [
        [ctx.p(level_text, "kpi"), ctx.p(num(o.score), "kpi"), ctx.p(pct(o.coverage), "kpi")],
        [ctx.bi("overall_level", "kpi_label"), ctx.bi("overall_score", "kpi_label"),
         ctx.p(labels.say(labels.fmt("coverage_detail", answered=o.answered, applicable=o.applicable), ctx.lang,
                          "\n"), "kpi_label")],
    ]
    if o.provisional:
        cells[1][0] = Paragraph(f"{fonts.markup(labels.say(T('overall_level'), ctx.lang))} · "
                                f'<font color="#{theme.WARN}">{fonts.markup(labels.say(T("provisional"), ctx.lang))}'
                                f"</font>", STYLES["kpi_label"])
    w = CONTENT_W / 3
    t = Table(cells, colWidths=[w * 1.3, w * 0.85, w * 0.85])
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
        ("BACKGROUND", (0, 0), (0, -1), color(theme.level_fill(o.level))),
        ("BACKGROUND", (1, 0), (-1, -1), color(theme.ZEBRA)),
        ("LINEAFTER", (0, 0), (1, -1), 3, color("FFFFFF")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, 0), 9), ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]))
    return t


def element_table(ctx: Ctx) -> Table:
    keys = ["element", "score", "level", "target", "gap", "coverage"]
    rows = [[ctx.p(ctx.say(k, "\n"), "head" if k == "element" else "head_center") for k in keys]]
    extra = []
    for r, e in enumerate(ctx.model.elements, start=1):
        chip, fill = level_chip(ctx, e.level, provisional=e.provisional)
        flags = []
        if e.capped:
            flags.append(labels.say(T("capped"), ctx.lang))
        if e.unevidenced:
            flags.append(f"{labels.say(T('unevidenced'), ctx.lang)} {e.unevidenced}")
        if e.sample_exceptions:
            flags.append(f"{labels.say(T('sample_exception'), ctx.lang)} {len(e.sample_exceptions)}")
        name_cell = element_name(ctx, e.number, e.name)
        if flags:
            name_cell.append(Paragraph(f'<font color="#{theme.WARN}">{fonts.markup(" · ".join(flags))}</font>',
                                       STYLES["cell_muted"]))
        gap = ctx.p(num(e.gap), "cell_center")
        rows.append([name_cell, ctx.p(num(e.score), "cell_center"), chip, ctx.p(num(e.target), "cell_center"),
                            gap, ctx.p(pct(e.coverage), "cell_center")])
        extra.append(("BACKGROUND", (2, r), (2, r), fill))
        if e.gap:
            extra.append(("TEXTCOLOR", (4, r), (4, r), color(theme.WARN)))
    widths = [CONTENT_W - 5 * 20 * mm - 18 * mm, 18 * mm, 38 * mm, 20 * mm, 20 * mm, 22 * mm]
    widths[0] = CONTENT_W - sum(widths[1:])
    return table(rows, widths, extra=extra)


def summary(ctx: Ctx) -> list:
    m, o, lang = ctx.model, ctx.model.overall, ctx.lang
    story = ctx.heading(T("executive_summary")) + [Spacer(1, 2 * mm), _kpis(ctx), Spacer(1, 3 * mm)]
    notes = []
    if o.provisional:
        notes.append(T("provisional_note"))
    if o.capped:
        notes.append(T("overall_capped_note"))
    if m.out_of_scope:
        notes.append(labels.fmt("out_of_scope_note", count=m.out_of_scope))
    if m.module_note is not None:
        notes.append(m.module_note)
    for note in notes:
        story += ctx.prose(note, "muted")
    story += _conclusion(ctx) + _legal_exposure(ctx) + _key_findings(ctx)
    drawing = radar_drawing(m, lang, width=CONTENT_W, height=225 if lang != "both" else 265)
    story += [KeepTogether(ctx.heading(T("radar_title"), 2, room=False) + [drawing]), Spacer(1, 2 * mm)]
    story += ctx.heading(T("elements"), 2) + [element_table(ctx)]

    story += ctx.heading(T("findings_and_actions"), 2) + [_workflow_strip(ctx)]
    if m.testing is not None:
        story += ctx.heading(T("transaction_testing"), 2) + ctx.prose(m.testing.summary)
    weakest = m.weakest_elements
    story += ctx.heading(T("weakest_elements"), 2)
    if weakest:
        rows = [[ctx.p(ctx.say(k, "\n"), "head" if k == "element" else "head_center")
                 for k in ("element", "level", "target", "gap")]]
        extra = []
        for r, e in enumerate(weakest, start=1):
            chip, fill = level_chip(ctx, e.level, provisional=e.provisional)
            rows.append([ctx.p(f"{e.number}. {ctx.say(e.name)}", "cell"), chip, ctx.p(num(e.target), "cell_center"),
                         ctx.p(num(e.gap), "cell_center")])
            extra.append(("BACKGROUND", (1, r), (1, r), fill))
        story.append(table(rows, [CONTENT_W - 78 * mm, 38 * mm, 20 * mm, 20 * mm], extra=extra))
    else:
        story += ctx.prose("no_rated_elements")

    story += ctx.heading(T("key_items_below"), 2)
    story += _item_list(ctx, m.weak_key_items, "key_items_below_none")
    story += ctx.heading(T("unevidenced_claims"), 2)
    if m.unevidenced_items:
        story += ctx.prose("unevidenced_explain", "muted")
    story += _item_list(ctx, m.unevidenced_items, "unevidenced_claims_none")
    return story


OPINION_FILL = {"effective": theme.LEVEL_FILL[4], "effective_improvements": theme.LEVEL_FILL[3],
                "partially_effective": theme.LEVEL_FILL[2], "not_effective": theme.LEVEL_FILL[0]}


def _conclusion(ctx: Ctx) -> list:
    """The overall conclusion on the four-step scale, marked as proposed, with the reasons for it."""
    m = ctx.model
    opinion = m.opinion()
    label = Paragraph(fonts.markup(ctx.say(opinion.label, "\n"), bold=True), word_style("kpi"))
    note = ctx.p(ctx.say("opinion_auditor" if m.auditor_opinion else "opinion_proposed"), "kpi_label")
    reasons = [ctx.p(f"• {ctx.say(r)}", "cell") for r in opinion.reasons]
    c = ctx.model.comparison
    if c is not None:  # a re-audit: the trend against the baseline
        up, down, same = c.element_trend()
        trend = labels.fmt("opinion_trend", then=num(c.score_then), now=num(c.score_now),
                           level_then=num(c.level_then), level_now=num(c.level_now),
                           score_change=direction_mark(c.score_change) or DASH,
                           level_change=direction_mark(c.change) or DASH, up=up, down=down, same=same)
        reasons.append(ctx.p(f"• {ctx.say(trend)}", "cell"))
    if m.auditor_opinion:
        basis = labels.fmt("opinion_auditor_basis", proposed=m.proposed_opinion().label)
        reasons.append(ctx.p(ctx.say(basis), "cell_muted"))
    else:
        reasons.append(ctx.p(ctx.say("opinion_basis"), "cell_muted"))
    t = Table([[[label, note], reasons]], colWidths=[62 * mm, CONTENT_W - 62 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.LATIN), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("BACKGROUND", (0, 0), (0, 0), color(OPINION_FILL[opinion.key])),
                           ("BACKGROUND", (1, 0), (1, 0), color(theme.ZEBRA)),
                           ("LINEAFTER", (0, 0), (0, 0), 3, color("FFFFFF")),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7)]))
    return ctx.heading(T("overall_conclusion"), 2) + [t]


def _legal_exposure(ctx: Ctx) -> list:
    """The headline legal exposure under the conclusion: statutory duties not met and the penalties in play."""
    exposure = ctx.model.legal_exposure
    if exposure is None:
        return []
    line = Paragraph(f"{fonts.markup(ctx.colon('legal_exposure'), bold=True)}{fonts.markup(ctx.say(exposure))}",
                     STYLES["body"])
    return [Spacer(1, 2 * mm), line]


def _key_findings(ctx: Ctx) -> list:
    """The three to five findings the client must act on first, with their risk (grade), linked to each."""
    found = ctx.model.key_findings
    if not found:
        return []
    rows = [head_row(ctx, ("finding_ref", "finding", "grade"), left=("finding_ref", "finding"))]
    extra = []
    for r, f in enumerate(found, start=1):
        rows.append([pdf_workflow.ref_link(f.ref, f"key-{f.ref}", f"finding-{f.ref}"),
                     [ctx.p(clip(f.description, 260), "cell"), ctx.p(f.subject.text(ctx.lang), "cell_muted")],
                     ctx.label(f.grade_label, "cell_center")])
        extra.append(("BACKGROUND", (2, r), (2, r), color(theme.grade_fill(f.grade))))
    return ctx.heading(T("key_findings"), 2) + [table(rows, [16 * mm, CONTENT_W - 56 * mm, 40 * mm], extra=extra)]


def _workflow_strip(ctx: Ctx):
    """Findings per grade (each in its grade's colour), then open and overdue actions; a sentence when there is
    no finding."""
    m = ctx.model
    counts = m.workflow_counts
    if not m.findings:
        return ctx.p(ctx.say(counts[0][1]), "body")
    grades = list(m.finding_counts)
    extra = [("LINEAFTER", (len(grades) - 1, 0), (len(grades) - 1, -1), 8, color("FFFFFF"))]
    extra += [("LINEABOVE", (col, 0), (col, 0), 4, color(theme.grade_fill(grade))) for col, grade in enumerate(grades)]
    return figure_strip(ctx, counts, extra)


def _item_list(ctx: Ctx, items: list[ItemRow], none_key: str) -> list:
    if not items:
        return ctx.prose(none_key)
    rows = [[ctx.p(ctx.say(k, "\n"), "head" if k in ("item_id", "question") else "head_center")
             for k in ("item_id", "question", "rating", "counts_as")]]
    extra = []
    for r, item in enumerate(items, start=1):
        e = ctx.model.element(item.element_id)
        chip, fill = level_chip(ctx, item.rated)
        rows.append([ctx.p(item.id, "cell"),
                     [ctx.bi(item.question, "cell"), ctx.p(f"{e.number}. {ctx.say(e.name)}", "cell_muted")],
                     chip, ctx.p(num(item.effective), "cell_center")])
        extra.append(("BACKGROUND", (2, r), (2, r), fill))
    return [table(rows, [20 * mm, CONTENT_W - 76 * mm, 36 * mm, 20 * mm], extra=extra)]


# --- one section per element ------------------------------------------------------------------------

def _element_kpis(ctx: Ctx, e: ElementRow) -> Table:
    chip, fill = level_chip(ctx, e.level, provisional=e.provisional, style="kpi")
    values = [ctx.p(num(e.score), "kpi"), chip, ctx.p(num(e.target), "kpi"), ctx.p(num(e.gap), "kpi"),
              ctx.p(pct(e.coverage), "kpi")]
    names = [ctx.bi(k, "kpi_label") for k in ("score", "level", "target", "gap", "coverage")]
    w = CONTENT_W / 6.2
    t = Table([values, names], colWidths=[w, w * 2.2, w, w, w])
    style = [("FONTNAME", (0, 0), (-1, -1), fonts.LATIN), ("BACKGROUND", (0, 0), (-1, -1), color(theme.ZEBRA)),
             ("BACKGROUND", (1, 0), (1, -1), fill), ("LINEAFTER", (0, 0), (-2, -1), 3, color("FFFFFF")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, 0), 7),
             ("BOTTOMPADDING", (0, -1), (-1, -1), 6)]
    if e.gap:
        style.append(("TEXTCOLOR", (3, 0), (3, 0), color(theme.WARN)))
    t.setStyle(TableStyle(style))
    return t


def _item_block(ctx: Ctx, item: ItemRow) -> list:
    m = ctx.model
    question = [ctx.bi(item.question, "cell")]
    tags = []
    if item.key:
        tags.append(f'<font color="#{theme.TEAL}">{fonts.markup(labels.say(T("key_item"), ctx.lang))}</font>')
    cited = m.meta.as_cited
    if not cited:
        tags.append(f'<font color="#{theme.TEAL}">{fonts.markup(ctx.say(item.basis))}</font>')
    if item.legal_basis:
        tags.append(fonts.markup(clip(legal.render_all(item.legal_basis, ctx.lang, as_cited=cited), 300)))
    if tags:
        question.append(Paragraph(" · ".join(tags), STYLES["cell_muted"]))
    if item.related:
        refs = Text(*(legal.render_all(item.related, lang) for lang in ("zh", "en")))
        question.append(ctx.p(clip(ctx.say(labels.fmt("related_line", refs=refs)), 300), "cell_muted"))
    if item.sources and item.basis != BADGES["statutory"]:  # where a non-statutory expectation comes from
        sources = Text(*("；".join(s.zh for s in item.sources), "; ".join(s.en for s in item.sources)))
        question.append(ctx.p(clip(ctx.say(labels.fmt("sources_line", sources=sources)), 300), "cell_muted"))
    tested = m.testing.checks_of(item.id) if m.testing else []
    if tested:  # the pass rates of the checks that test it, in the warning colour when one is below the threshold
        rates = Text(*(" · ".join(f"{getattr(c.label, lang)} {rate_text(c.rate)}" for c in tested)
                       for lang in ("zh", "en")))
        text = ctx.say(labels.fmt("transaction_test", rates=rates))
        if any(c.below for c in tested):
            text = f'<font color="#{theme.WARN}">{fonts.markup(text)}</font>'
            question.append(Paragraph(text, STYLES["cell_muted"]))
        else:
            question.append(ctx.p(text, "cell_muted"))
    if item.na:
        rating, fill = ctx.p(m.rating_text(item, ctx.lang), "cell_center"), color(theme.NA_FILL)
    elif item.rated is None:
        rating, fill = ctx.p(f"{DASH} {labels.say(T('unanswered'), ctx.lang)}", "cell_center"), color(theme.NONE_FILL)
    else:
        rating, fill = level_chip(ctx, item.rated)
    rating_cell = [rating]
    if item.reasons:  # model 2: each cap that holds the rating down
        rating_cell += [coloured(ctx.say(r), theme.WARN, "mark") for r in item.reasons]
    elif item.unevidenced:
        rating_cell.append(coloured(ctx.say("counts_as_3"), theme.WARN, "mark"))
    elif item.capped_to is not None:
        rating_cell.append(coloured(ctx.say(labels.fmt("sample_exception_mark", level=item.capped_to)), theme.WARN,
                                    "mark"))
    evidence = ctx.p(labels.say(labels.fmt("evidence_n", count=item.evidence_count), ctx.lang, "\n"), "cell_center") \
        if item.evidence_count else ""
    row = [ctx.p(item.id, "cell", bold=True), question, rating_cell, evidence]
    widths = [NOTE_INDENT, CONTENT_W - NOTE_INDENT - 58 * mm, 36 * mm, 22 * mm]
    return block(ctx, row, widths, {2: fill}, [("na_reason", item.na_reason if item.na else ""), ("notes", item.note)])


def _item_columns(ctx: Ctx) -> Table:
    """The column headings over an element's items (the item blocks are separate tables so notes can flow)."""
    widths = [NOTE_INDENT, CONTENT_W - NOTE_INDENT - 58 * mm, 36 * mm, 22 * mm]
    row = head_row(ctx, ("item_id", "question", "rating", "evidence_count"), left=("item_id", "question"))
    return table([row], widths, zebra=False)


def element_sections(ctx: Ctx) -> list:
    """One section per element. An element starts a page only when little room is left on the current one, so
    short elements flow on after each other."""
    story: list = [PageBreakIfNotEmpty()] + ctx.heading(T("element_assessment"))
    for e in ctx.model.elements:
        number = labels.fmt("element_section", number=e.number)
        title = Text(f"{number.zh} · {e.name.zh}", f"{number.en} · {e.name.en}")
        if ctx.lang == "both":
            head = [ctx.p(title.zh, "h1"), ctx.p(title.en, "h1_en")]
        else:
            head = [ctx.p(labels.say(title, ctx.lang), "h1")]
        mark(head[0], ctx.say(title), 1, True)
        if e is not ctx.model.elements[0]:
            story += [CondPageBreak(90 * mm), Spacer(1, 5 * mm)]
        story += [KeepTogether(head + [Spacer(1, 2 * mm), _element_kpis(ctx, e)]), Spacer(1, 2 * mm)]
        if e.level_range is not None:
            story += ctx.prose(labels.fmt("level_range_note", level=e.level, low=e.level_range[0],
                                          high=e.level_range[1]), "muted")
        if e.cap_reasons:  # model 2: the score before the cap and every reason at work
            if e.score_uncapped is not None and e.score_uncapped != e.score:
                story += ctx.prose(labels.fmt("score_uncapped_note", uncapped=e.score_uncapped, score=e.score),
                                   "muted")
            story += ctx.prose(Text(T("held_down_by").zh + "：" + "；".join(r.zh for r in e.cap_reasons),
                                    T("held_down_by").en + ": " + "; ".join(r.en for r in e.cap_reasons)), "muted")
        elif e.capped:
            story += ctx.prose(T("capped_note"), "muted")
        if e.unevidenced:
            story += ctx.prose(labels.fmt("unevidenced_n", count=e.unevidenced), "muted")
        if e.sample_exceptions and not e.cap_reasons:
            level = next(i.capped_to for i in e.items if i.id in e.sample_exceptions)
            story += ctx.prose(labels.fmt("sample_exceptions_n", count=len(e.sample_exceptions), level=level,
                                          items=", ".join(e.sample_exceptions)), "muted")
        story.append(Spacer(1, 3 * mm))
        if not e.items:
            story += ctx.prose("no_items")
        for n, item in enumerate(e.items):
            blocks = _item_block(ctx, item)
            if n == 0:  # the column headings stay with the first item (one KeepTogether: they do not nest)
                blocks[0] = KeepTogether([_item_columns(ctx), *blocks[0]._content])
            story += blocks
    return story


# --- appendix ---------------------------------------------------------------------------------------


def appendix(ctx: Ctx) -> list:
    m = ctx.model
    story: list = [PageBreakIfNotEmpty()] + ctx.heading(T("appendix"))
    story += ctx.heading(T("scale_definitions"), 2)
    rows = [[ctx.p(ctx.say(k, "\n"), "head_center" if k == "level" else "head") for k in ("level", "definition")]]
    extra = []
    for r, s in enumerate(m.scale, start=1):
        rows.append([ctx.p(m.level_text(s.level, ctx.lang), "cell_center"), ctx.bi(s.definition, "cell")])
        extra.append(("BACKGROUND", (0, r), (0, r), color(theme.level_fill(s.level))))
    story.append(table(rows, [42 * mm, CONTENT_W - 42 * mm], extra=extra))
    story += ctx.heading(T("scoring_model"), 2)
    for n, rule in enumerate(labels.scoring_rules(m.testing_threshold, m.meta.scoring_model, m.meta.minimum_sample),
                             start=1):
        story += ctx.prose(Text(f"{n}. {rule.zh}", f"{n}. {rule.en}"), "rule", en_style="rule_en")
    story += ctx.heading(T("fingerprint"), 2) + [ctx.p(m.meta.fingerprint, "body")] + \
        ctx.prose("fingerprint_note", "muted")
    story += ctx.heading(T("evidence_index"), 2)
    if not m.evidence:
        return story + ctx.prose("no_evidence") + pdf_workflow.document_requests(ctx)
    keys = ("file_name", "item_id", "file_size", "sha256")
    rows = [[ctx.p(ctx.say(k, "\n"), "head") for k in keys]]
    for ev in m.evidence:
        rows.append([ctx.p(clip(ev.file_name, 200), "cell"), ctx.p(ev.item_id, "cell"),
                     ctx.p(f"{ev.size:,}", "cell"), ctx.p(ev.sha256, "hash")])
    story.append(table(rows, [CONTENT_W - 123 * mm, 16 * mm, 22 * mm, 85 * mm]))
    return story + pdf_workflow.document_requests(ctx)


def statutory_duties(ctx: Ctx) -> list:
    """The statutory duties register on one page: where the organisation may be breaking the law."""
    m = ctx.model
    if not m.duties:
        return []
    story: list = [PageBreakIfNotEmpty()] + ctx.heading(T("statutory_duties")) + ctx.prose("duties_intro", "muted")
    counts = m.duty_counts
    story += ctx.prose(labels.fmt("duties_counts", total=len(m.duties), **counts))
    story.append(Spacer(1, 2 * mm))
    rows = [head_row(ctx, ("item_id", "duty_status", "legal_basis", "duty_reasons", "penalty"),
                     left=("item_id", "legal_basis", "duty_reasons", "penalty"))]
    extra = []
    for r, d in enumerate(m.duties, start=1):
        sep = "；" if ctx.lang == "zh" else "; "
        reasons = sep.join(ctx.say(x) for x in d.reasons) or DASH
        rows.append([ctx.p(d.item_id, "cell", bold=d.key), ctx.label(d.status_label, "cell_center"),
                     ctx.p(legal.render_all(d.references, ctx.lang, sep), "cell"), ctx.p(clip(reasons, 400), "cell"),
                     ctx.p(legal.render_all(d.penalties, ctx.lang, sep) or DASH, "cell")])
        extra.append(("BACKGROUND", (1, r), (1, r), color(theme.DUTY_FILL[d.status])))
    widths = [16 * mm, 22 * mm, 62 * mm, 0, 28 * mm]
    widths[3] = CONTENT_W - sum(widths)
    return story + [table(rows, widths, zebra=False, extra=extra)]


SECTIONS = [cover, contents, summary, pdf_engagement.scope_and_method, statutory_duties, element_sections,
            pdf_testing.transaction_testing, pdf_workflow.findings, pdf_workflow.action_plan,
            pdf_workflow.comparison, pdf_frameworks.framework_sections,
            pdf_workflow.signoff, appendix]
