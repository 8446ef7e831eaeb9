"""The PDF's transaction-testing section: what was sampled and how (order list, population, sample size, seed,
method, who drew it), the pass rate of each test-card check against the threshold, the exceptions, and the items
they cap. Returns no flowables when the assessment has no sample. Order references, customers and notes go through
``ctx.p`` (escaped) and are clipped inside table cells."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from exportaudit.core.text import Text
from exportaudit.reports import labels, theme
from exportaudit.reports.content import DASH, CheckRow, SampleRow, TestingSection
from exportaudit.reports.labels import T, rate_text
from exportaudit.reports.pdf_base import (
    CONTENT_W,
    Ctx,
    clip,
    color,
    coloured,
    counted,
    details_table,
    figure_strip,
    head_row,
    level_chip,
    table,
)


def transaction_testing(ctx: Ctx) -> list:
    t = ctx.model.testing
    if t is None:
        return []
    story: list = [PageBreakIfNotEmpty()] + ctx.heading(T("transaction_testing"))
    story += ctx.prose(labels.fmt("tt_intro", threshold=rate_text(t.threshold), level=t.cap), "muted")
    story += [Spacer(1, 2 * mm), _figures(ctx, t)]
    for s in t.samples:
        title = labels.fmt("sample_n", number=s.number)
        story += ctx.heading(Text(f"{title.zh} · {s.list_name}", f"{title.en} · {s.list_name}"), 2)
        story.append(_sample_details(ctx, s))
    story += ctx.heading(labels.fmt("pass_rates_threshold", threshold=rate_text(t.threshold)), 2)
    story.append(_rates_table(ctx, t))
    story += ctx.heading(counted(T("test_exceptions"), len(t.exceptions)), 2)
    story += [_exceptions_table(ctx, t)] if t.exceptions else ctx.prose("exceptions_none")
    story += ctx.heading(counted(T("sample_capped_items"), len(t.capped)), 2)
    story += _capped_items(ctx, t)
    return story


def _figures(ctx: Ctx, t: TestingSection) -> Table:
    """Population, sample size, cards complete, the lowest pass rate, exceptions and capped items at a glance."""
    low = t.lowest
    done = labels.fmt("of_total", done=t.cards_complete, total=t.sample_size)
    return figure_strip(ctx, [
        ("population_short", t.population, False), ("sample_size", t.sample_size, False),
        ("cards_complete", ctx.say(done), False),
        ("lowest_rate", rate_text(low.rate if low else None), bool(low and low.below)),
        ("test_exceptions", len(t.exceptions), bool(t.exceptions)), ("items_capped", len(t.capped), bool(t.capped))])


def _sample_details(ctx: Ctx, s: SampleRow) -> Table:
    say = ctx.say
    facts = [s.source_name, say(labels.fmt("list_orders_n", count=s.list_orders))]
    if s.first_date or s.last_date:
        facts.append(ctx.date(f"{s.first_date or '…'} – {s.last_date or '…'}"))
    if s.list_refused:
        facts.append(say(labels.fmt("list_refused_n", count=s.list_refused)))
    rows: list[tuple] = [
        ("order_list", [ctx.p(clip(s.list_name, 300), "cell"), ctx.p(clip(" · ".join(f for f in facts if f), 400),
                                                                       "cell_muted")]),
        ("population", str(s.population)),
        ("sample_size", str(s.size)),
        ("seed", ctx.p(str(s.seed), "cell", bold=True)),
        ("sampling_method", ctx.bi(Text(clip(s.method.zh, 800), clip(s.method.en, 800)), "cell")),
    ]
    if s.strata:
        strata = Text(*(" · ".join(f"{getattr(x.label, lang)} {x.sampled} / {x.population}" for x in s.strata)
                        for lang in ("zh", "en")))
        rows.append(("strata", ctx.bi(strata, "cell")))
    rows += [("drawn", " · ".join(p for p in (s.drawn_at, clip(s.drawn_by, 120)) if p) or DASH),
             ("cards_complete", say(labels.fmt("of_total", done=s.cards_complete, total=s.size)))]
    return details_table(ctx, rows)


def _rate_cell(ctx: Ctx, c: CheckRow) -> list:
    if not c.below:
        return [ctx.p(rate_text(c.rate), "cell_center", bold=c.rate is not None)]
    return [coloured(rate_text(c.rate), theme.WARN, "cell_center", bold=True),
            coloured(ctx.say("below_threshold", "\n"), theme.WARN, "mark")]


def _rates_table(ctx: Ctx, t: TestingSection) -> Table:
    """One row per check: passed, failed, N/A, untested and the pass rate; a rate below the threshold marked."""
    rows = [head_row(ctx, ("check", "passed", "failed", "not_applicable", "not_tested", "pass_rate"), left=("check",))]
    extra = []
    for r, c in enumerate(t.checks, start=1):
        items = ", ".join(c.items)  # said once, also in "both"
        tested = f"{ctx.say('items_tested')}: {items}" if ctx.lang == "both" else \
            ctx.say(labels.fmt("items_tested_list", items=items))
        check = [ctx.bi(c.label, "cell"), ctx.p(tested, "cell_muted")]
        failed = coloured(str(c.failed), theme.WARN, "cell_center", bold=True) if c.failed else \
            ctx.p("0", "cell_center")
        rows.append([check, ctx.p(str(c.passed), "cell_center"), failed, ctx.p(str(c.na), "cell_center"),
                     ctx.p(str(c.open), "cell_center"), _rate_cell(ctx, c)])
        if c.below:
            extra.append(("BACKGROUND", (5, r), (5, r), color(theme.WARN_BG)))
    widths = [0, 17 * mm, 17 * mm, 17 * mm, 19 * mm, 26 * mm]
    widths[0] = CONTENT_W - sum(widths)
    return table(rows, widths, extra=extra)


def _exceptions_table(ctx: Ctx, t: TestingSection) -> Table:
    """Each failed check on a sampled order: the order (reference, date, its test card), customer and
    destination, the check, the tester's note and the finding raised from it."""
    several = len(t.samples) > 1
    rows = [head_row(ctx, ("order_ref", "customer", "check", "tester_note", "finding"),
                     left=("order_ref", "customer", "check", "tester_note"))]
    for x in t.exceptions:
        card = ctx.say(labels.fmt("card_n", number=x.position))
        if several:
            card = f"{ctx.say(labels.fmt('sample_n', number=x.sample_number))} · {card}"
        order = [ctx.p(clip(x.order_ref, 80), "cell", bold=True), ctx.p(x.order_date or DASH, "cell_muted"),
                 ctx.p(card, "cell_muted")]
        party = [ctx.p(clip(x.customer, 160) or DASH, "cell"), ctx.p(clip(x.destination, 80), "cell_muted")]
        finding = ctx.p(x.finding_ref, "cell_center", bold=True) if x.finding_ref else ctx.p(DASH, "cell_center")
        rows.append([order, party, ctx.bi(x.check, "cell"), ctx.p(clip(x.note, 400) or DASH, "cell"), finding])
    widths = [28 * mm, 34 * mm, 32 * mm, 0, 16 * mm]
    widths[3] = CONTENT_W - sum(widths)
    return table(rows, widths)


def _capped_items(ctx: Ctx, t: TestingSection) -> list:
    """The items held at the cap: question and element, the rating given, what it counts as, and the failing
    checks that test it; then the items those checks test that were not lowered."""
    m = ctx.model
    story: list = []
    if not t.capped:
        story += ctx.prose("sample_capped_none")
    else:
        rows = [head_row(ctx, ("item_id", "question", "rating", "counts_as", "failing_checks"),
                         left=("item_id", "question", "failing_checks"))]
        extra = []
        for r, item_id in enumerate(t.capped, start=1):
            item = next(i for i in m.items if i.id == item_id)
            e = m.element(item.element_id)
            (rated, rated_fill), (counts, counts_fill) = level_chip(ctx, item.rated), level_chip(ctx, item.effective)
            checks = [p for c in t.failing_checks_of(item_id)
                      for p in (ctx.bi(c.label, "cell"), coloured(rate_text(c.rate), theme.WARN, "cell", bold=True))]
            rows.append([ctx.p(item.id, "cell", bold=True),
                         [ctx.bi(item.question, "cell"), ctx.p(f"{e.number}. {ctx.say(e.name)}", "cell_muted")],
                         rated, counts, checks])
            extra += [("BACKGROUND", (2, r), (2, r), rated_fill), ("BACKGROUND", (3, r), (3, r), counts_fill)]
        widths = [18 * mm, 0, 27 * mm, 27 * mm, 38 * mm]
        widths[1] = CONTENT_W - sum(widths)
        story.append(table(rows, widths, extra=extra))
    if t.held:
        story += [Spacer(1, 1.5 * mm)] + ctx.prose(labels.fmt("sample_held_note", level=t.cap, items=", ".join(t.held)),
                                                   "muted")
    return story
