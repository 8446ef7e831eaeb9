"""The change log's values in the reader's language.

The store logs codes ("minor", "pass", "absent × 30") and a few short English phrases ("40 orders, 2 rows
refused"); older stores hold the same. ``value_text`` turns each into words in Chinese or English, so the history
never shows an internal code; text the user typed (notes, titles, descriptions) is shown as typed.
"""

from __future__ import annotations

import re

from exportaudit.core.testing.results import RED_FLAG_ANSWERS, RESULTS
from exportaudit.core.text import Text
from exportaudit.core.vocab import (
    ACTION_STATUSES,
    ASSESSMENT_KINDS,
    ASSESSMENT_STATUSES,
    FINDING_GRADES,
    OPERATOR_TYPES,
    OPINIONS,
    REQUEST_STATUSES,
    SIZES,
)

YES_NO = {"true": Text("是", "Yes"), "false": Text("否", "No")}
_BY_FIELD: dict[str, dict[str, Text]] = {
    "status": {**ACTION_STATUSES, **REQUEST_STATUSES, **ASSESSMENT_STATUSES},
    "grade": FINDING_GRADES,
    "opinion": OPINIONS,
    "kind": ASSESSMENT_KINDS,
    "operator_type": OPERATOR_TYPES,
    "size": SIZES,
    "result": RESULTS,
    "answer": RED_FLAG_ANSWERS,
    "na": YES_NO,
    "reconfirmed": YES_NO,
    "resolved": YES_NO,
}

# The phrases the store writes, each with its Chinese and English wording (the groups carry the numbers and names).
_PHRASES: tuple[tuple[re.Pattern, Text], ...] = (
    (re.compile(r"^(?P<name>.*): (?P<orders>\d+) orders, (?P<refused>\d+) rows refused$", re.S),
     Text("{name}：{orders} 条订单，{refused} 行未能读取", "{name}: {orders} orders, {refused} rows refused")),
    (re.compile(r"^(?P<size>\d+) of (?P<population>\d+) from '(?P<name>.*)', seed (?P<seed>\d+)$", re.S),
     Text("从“{name}”的 {population} 条订单中抽取 {size} 条，种子 {seed}",
          "{size} of {population} from “{name}”, seed {seed}")),
    (re.compile(r"^seed (?P<seed>\d+), (?P<size>\d+) orders$"),
     Text("种子 {seed}，{size} 条订单", "seed {seed}, {size} orders")),
    (re.compile(r"^(?P<count>\d+) requests$"), Text("{count} 项资料索取", "{count} requests")),
    (re.compile(r"^(?P<title>.*) \(copy of #(?P<id>\d+)\)$", re.S), Text("{title}（复制自 #{id}）",
                                                                         "{title} (copy of #{id})")),
)
_COUNTED = re.compile(r"^(?P<code>\w+) × (?P<count>\d+)$")  # one answer given to many red flags at once
_GRADED = re.compile(r"^(?P<grade>[a-z_]+): (?P<text>.*)$", re.S)  # a finding: "minor: description"


def value_text(entity: str, field: str, value: str | None, lang: str) -> str:
    """The logged ``value`` of ``entity``.``field`` in ``lang`` ("—" for none)."""
    if value is None or value == "":
        return "—"
    words = _BY_FIELD.get(field, {})
    if value in words:
        return words[value].get(lang)
    counted = _COUNTED.match(value)
    if counted and counted["code"] in words:
        return f"{words[counted['code']].get(lang)} × {counted['count']}"
    if entity == "finding" and field in ("created", "deleted"):
        graded = _GRADED.match(value)
        if graded and graded["grade"] in FINDING_GRADES:
            return f"{FINDING_GRADES[graded['grade']].get(lang)}: {graded['text']}"
    for pattern, text in _PHRASES:
        found = pattern.match(value)
        if found:
            return text.get(lang).format(**found.groupdict())
    return value

