"""The PDF's framework sections: for each framework the caller chose, the plain statement that the mapping is
ExportAudit's own, a radar of the section levels, the sections with level, score and coverage ("not assessed"
where nothing can be scored), the items behind each section with relation and rationale, and the source note."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from exportaudit.core.text import Text
from exportaudit.core.vocab import NOT_ASSESSED
from exportaudit.reports import labels, theme
from exportaudit.reports.framework_content import FrameworkReport, FrameworkSectionRow
from exportaudit.reports.labels import DASH, T
from exportaudit.reports.pdf_base import CONTENT_W, Ctx, clip, head_row, level_chip, num, pct, table
from exportaudit.reports.radar import Series, spider


def framework_sections(ctx: Ctx) -> list:
    story: list = []
    for fw in ctx.model.frameworks:
        story += [PageBreak()] + _framework(ctx, fw)
    return story


def _framework(ctx: Ctx, fw: FrameworkReport) -> list:
    story = ctx.heading(labels.fmt("fw_heading", framework=fw.short))
    story += ctx.prose(fw.title, "muted")
    story += ctx.prose(fw.note)
    story += ctx.prose("fw_weights", "muted")
    story += ctx.heading(T("fw_radar"), 2)
    series = [Series(tuple(s.level for s in fw.sections), theme.NAVY, labels.say(T("radar_level"), ctx.lang),
                     fill=0.18)]
    tags = [DASH if s.level is None else str(s.level) for s in fw.sections]
    story += [spider([(s.id, s.label) for s in fw.sections], series, tags, ctx.lang, CONTENT_W,
                     225 if ctx.lang != "both" else 285), Spacer(1, 2 * mm)]
    story += ctx.heading(T("fw_sections"), 2)
    story += ctx.prose(labels.fmt("fw_assessed", assessed=fw.assessed, total=len(fw.sections)), "muted")
    story.append(_sections_table(ctx, fw))
    if any(s.ours for s in fw.sections):
        story += ctx.prose("fw_ours", "muted")
    for n, s in enumerate(fw.sections):  # the heading stays with the first section's block
        story.append(KeepTogether((ctx.heading(T("fw_items"), 2) if n == 0 else []) + _items_block(ctx, s)))
    story += ctx.heading(T("fw_source"), 2)
    story += ctx.prose(fw.source, "muted") + ctx.prose(fw.confidence, "muted")
    return story


def _level(ctx: Ctx, s: FrameworkSectionRow):
    if s.level is None:
        return ctx.bi(NOT_ASSESSED, "cell_center"), None
    return level_chip(ctx, s.level)


def _sections_table(ctx: Ctx, fw: FrameworkReport):
    rows = [head_row(ctx, ("fw_section", "score", "level", "coverage"), left=("fw_section",))]
    extra = []
    for r, s in enumerate(fw.sections, start=1):
        chip, fill = _level(ctx, s)
        name = [ctx.bi(Text(f"{s.id}{'*' if s.ours else ''} {s.name.zh}", f"{s.id}{'*' if s.ours else ''} {s.name.en}"))]
        if s.not_assessed is not None:
            name.append(ctx.bi(s.not_assessed, "cell_muted"))
        rows.append([name, ctx.p(num(s.score), "cell_center"), chip,
                     ctx.p(pct(s.coverage) if s.applicable else DASH, "cell_center")])
        if fill is not None:
            extra.append(("BACKGROUND", (2, r), (2, r), fill))
    widths = [CONTENT_W - 18 * mm - 38 * mm - 22 * mm, 18 * mm, 38 * mm, 22 * mm]
    return table(rows, widths, extra=extra)


def _items_block(ctx: Ctx, s: FrameworkSectionRow) -> list:
    out = ctx.heading(Text(f"{s.id} {s.name.zh}", f"{s.id} {s.name.en}"), 2)[:1]
    out += ctx.prose(s.summary, "muted")
    if not s.items:
        return out + ctx.prose(s.not_assessed or NOT_ASSESSED, "muted")
    rows = [head_row(ctx, ("fw_item", "fw_relation", "fw_counts_as", "fw_rationale"), left=("fw_rationale",))]
    for i in s.items:
        if not i.in_scope:
            counts = labels.say(T("fw_out_of_scope"), ctx.lang)
        elif i.na:
            counts = labels.say(T("not_applicable"), ctx.lang)
        else:
            counts = num(i.effective)
        rows.append([ctx.p(i.item_id, "cell"), ctx.label(i.relation_label), ctx.p(counts, "cell_center"),
                     ctx.p(clip(labels.say(i.rationale, ctx.lang)), "cell_muted")])
    widths = [18 * mm, 30 * mm, 20 * mm, CONTENT_W - 68 * mm]
    return out + [table(rows, widths), Spacer(1, 2 * mm)]
