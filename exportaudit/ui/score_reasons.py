"""Scoring model 2's reasons in the window's language: why an item counts lower than rated, why an element's
level is held down, and the range a provisional level could still take (the words come from core.reasons)."""

from __future__ import annotations

from exportaudit.core.reasons import cap_reason_text, level_range_text


def cap_lines(caps, language: str, labels=None) -> list[str]:
    """One line per cap (scoring_model2.Cap), in ``language``, checks named by ``labels`` (reasons.check_labels);
    duplicates (the same reason twice) once."""
    return list(dict.fromkeys(cap_reason_text(c, labels).get(language) for c in caps))


def element_cap_lines(score, language: str, labels=None) -> list[str]:
    """An element's caps: the key-item bound first, then each item's reasons prefixed with the item."""
    lines = []
    for cap in score.cap_reasons:
        text = cap_reason_text(cap, labels).get(language)
        lines.append(text if cap.kind == "key_item" else f"{cap.item_id}: {text}")
    return list(dict.fromkeys(lines))


def level_text(level: int | None, level_range: tuple[int, int] | None, language: str) -> str:
    """"2", or "2, could be 0 to 3" while provisional (model 2); "—" without a level."""
    if level is None:
        return "—"
    if level_range is None or level_range == (level, level):
        return str(level)
    return level_range_text(level, level_range).get(language)


def short_level_text(level: int | None, level_range: tuple[int, int] | None) -> str:
    """"2 (0–3)" for a table cell."""
    if level is None:
        return "—"
    if level_range is None or level_range == (level, level):
        return str(level)
    return f"{level} ({level_range[0]}–{level_range[1]})"
