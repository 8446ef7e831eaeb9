"""Why a rating or level is held down, and why a statutory duty is not met: bilingual words for the window, the
command line and the reports (the scoring model itself only names the reason, see scoring_model2.Cap)."""

from __future__ import annotations

from collections.abc import Mapping

from exportaudit.core.text import Text

# {limit}: the ceiling; {item}: the item; {detail}: a check id, or "check: tested/minimum"
_REASONS: dict[str, Text] = {
    "key_item": Text("关键项 {item} 评为 {limit} 级，要素等级以此为上限",
                     "key item {item} at {limit} bounds the element at {limit}"),
    "no_document": Text("无制度或程序文件，按 {limit} 级计", "no policy or procedure document: counts as {limit}"),
    "no_current_record": Text("无评估期内的运行记录或审计结果，按 {limit} 级计",
                              "no record of operation or audit result within the period: counts as {limit}"),
    "finding_major": Text("存在未关闭的严重不符合项，按 {limit} 级计", "open major finding: counts as {limit}"),
    "finding_minor": Text("存在未关闭的一般不符合项，按 {limit} 级计", "open minor finding: counts as {limit}"),
    "sample_exception": Text("法定检查“{detail}”出现例外（零容忍），按 {limit} 级计；建议提出不符合项",
                             "statutory check \"{detail}\" has an exception (zero tolerance): counts as {limit}; "
                             "propose a finding"),
    "sample_below": Text("检查“{detail}”通过率低于阈值，按 {limit} 级计",
                         "check \"{detail}\" passes below the threshold: counts as {limit}"),
    "sample_small": Text("样本过小（{detail}），按 {limit} 级计", "sample too small ({detail}): counts as {limit}"),
}

_DUTY_REASONS: dict[str, Text] = {
    "rating": Text("评为 {detail} 级", "rated {detail}"),
    "counts_as": Text("按 {detail} 级计", "counts as {detail}"),
    "finding_major": Text("存在未关闭的严重不符合项", "open major finding"),
    "sample_exception": Text("抽样测试例外（{detail}）", "sample exception ({detail})"),
    "no_evidence": Text("无证据", "no evidence"),
    "unanswered": Text("尚未作答", "not answered yet"),
    "na": Text("标为不适用：{detail}", "marked N/A: {detail}"),
}

DUTY_STATUSES: dict[str, Text] = {
    "met": Text("已履行", "Met"),
    "not_met": Text("未履行", "Not met"),
    "not_assessed": Text("未评估", "Not assessed"),
}


def _fill(template: Text, detail: str | Text, **values) -> Text:
    """``template`` with ``detail`` (the same in both languages, or a Text) and ``values`` filled in."""
    zh, en = (detail.zh, detail.en) if isinstance(detail, Text) else (detail, detail)
    return Text(template.zh.format(detail=zh, **values), template.en.format(detail=en, **values))


def check_labels(checklist) -> dict[str, Text]:
    """check id -> its label, to name transaction-test checks in words (empty without transaction tests)."""
    testing = checklist.transaction_testing
    return {c.id: c.label for c in testing.checks} if testing else {}


def _named_checks(detail: str, labels: Mapping[str, Text]) -> str | Text:
    """"licence: 3/5" or "licence, filing" with each check id replaced by its label."""
    if not labels:
        return detail
    head, sep, tail = detail.partition(":")
    ids = [part.strip() for part in head.split(",")]
    if not all(i in labels for i in ids):
        return detail
    return Text("、".join(labels[i].zh for i in ids) + sep + tail, ", ".join(labels[i].en for i in ids) + sep + tail)


def cap_text(kind: str, limit: int, item_id: str = "", detail: str | Text = "") -> Text:
    return _fill(_REASONS.get(kind, Text(kind, kind)), detail, limit=limit, item=item_id)


def cap_reason_text(cap, labels: Mapping[str, Text] | None = None) -> Text:
    """A scoring_model2.Cap in words; with ``labels`` (check_labels) a check is named by its label."""
    detail = _named_checks(cap.detail, labels) if labels and cap.kind.startswith("sample_") else cap.detail
    return cap_text(cap.kind, cap.limit, cap.item_id, detail)


def duty_reason_text(kind: str, detail: str | Text = "", labels: Mapping[str, Text] | None = None) -> Text:
    if labels and kind == "sample_exception" and isinstance(detail, str):
        detail = _named_checks(detail, labels)
    return _fill(_DUTY_REASONS.get(kind, Text(kind, kind)), detail)


def level_range_text(level: int, level_range: tuple[int, int]) -> Text:
    """"2, could be 0 to 3" for a provisional level."""
    low, high = level_range
    return Text(f"{level} 级（可能为 {low}–{high} 级）", f"{level}, could be {low} to {high}")
