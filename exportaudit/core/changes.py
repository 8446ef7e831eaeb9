"""What one operation changed in a store: the notice every write returns and the window passes to each panel.

Panels read it to decide for themselves whether (and how much) to refresh, instead of one controller knowing
which of its neighbours to repaint after which write. A notice is a frozen value; ``a | b`` combines two (an
operation made of several writes, or writes batched before a broadcast). ``Changes.everything()`` is the notice
for writes whose extent is unknown, such as those committed by another connection or process: every panel then
reads what it shows again.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    answers: frozenset[str] = frozenset()  # items whose level, N/A or re-confirm mark changed
    notes: frozenset[str] = frozenset()  # items whose note changed (no score moves)
    evidence: frozenset[str] = frozenset()  # items whose evidence files or their facts changed
    findings: bool = False
    actions: bool = False
    requests: bool = False
    testing: bool = False  # order lists, samples, test results, red flags, test-card evidence
    engagement: bool = False
    assessment: bool = False  # the assessment's own facts: title, model, modules, checklist, finalised, reopened
    organisation: bool = False  # organisations or the list of assessments (the browser)
    store: bool = False  # anything may have changed: read everything again

    @classmethod
    def everything(cls) -> Changes:
        return cls(store=True)

    def __or__(self, other: Changes) -> Changes:
        merged = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = mine | theirs
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def scores(self) -> bool:
        """The scores may have moved: answers, evidence, findings and their actions (model 2 caps an item while a
        finding is open, and a finding is open until its actions are done), tests, or the assessment."""
        return bool(self.answers or self.evidence or self.findings or self.actions or self.testing or self.assessment
                    or self.store)

    @property
    def structure(self) -> bool:
        """The items shown may have changed (modules, checklist upgrade, another connection): rebuild, not patch."""
        return self.assessment or self.store

    def touches(self, item_id: str) -> bool:
        """Something shown on one item's panel (answer, note, evidence, scores) may have changed."""
        return (item_id in self.answers or item_id in self.notes or item_id in self.evidence or self.findings
                or self.testing or self.structure)


NOTHING = Changes()
