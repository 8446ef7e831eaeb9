"""What re-scoring an assessment with another model changes: the element and overall levels and scores, and the
items that count differently. Shown before an open model-1 assessment moves to model 2, in the window and the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass

from exportaudit.core.checklist import Checklist
from exportaudit.core.scoring import AssessmentScore
from exportaudit.core.text import Text

_DASH = "—"


def _shown(value) -> str:
    return _DASH if value is None else str(value)


@dataclass(frozen=True)
class Change:
    scope: str  # "overall", "element" or "item"
    subject: str  # element or item id ("" for overall)
    name: Text  # what it is, in words
    level_before: int | None
    level_after: int | None
    score_before: float | None = None  # elements and overall; an item's "level" is what it counts as
    score_after: float | None = None

    @property
    def text(self) -> Text:
        if self.scope == "item":
            return Text(f"{self.name.zh}：按 {_shown(self.level_before)} 级计 → {_shown(self.level_after)} 级",
                        f"{self.name.en}: counts as {_shown(self.level_before)} → {_shown(self.level_after)}")
        return Text(f"{self.name.zh}：{_shown(self.level_before)} 级（{_shown(self.score_before)}）→ "
                    f"{_shown(self.level_after)} 级（{_shown(self.score_after)}）",
                    f"{self.name.en}: level {_shown(self.level_before)} ({_shown(self.score_before)}) → level "
                    f"{_shown(self.level_after)} ({_shown(self.score_after)})")


def model_changes(checklist: Checklist, before: AssessmentScore, after: AssessmentScore) -> list[Change]:
    """Overall first, then elements, then items, each only where level, score or counted rating differ."""
    out: list[Change] = []
    o1, o2 = before.overall, after.overall
    if (o1.level, o1.score) != (o2.level, o2.score):
        out.append(Change("overall", "", Text("总体", "Overall"), o1.level, o2.level, o1.score, o2.score))
    for e1 in before.elements:
        e2 = after.element(e1.element_id)
        if (e1.level, e1.score) != (e2.level, e2.score):
            name = checklist.element(e1.element_id).name
            out.append(Change("element", e1.element_id, name, e1.level, e2.level, e1.score, e2.score))
    for item_id, i1 in before.items.items():
        i2 = after.items.get(item_id)
        if i2 is not None and i1.effective != i2.effective:
            out.append(Change("item", item_id, Text(item_id, item_id), i1.effective, i2.effective))
    return out
