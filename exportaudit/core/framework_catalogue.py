"""The frameworks on offer and the crosswalks from the installed checklists to them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from exportaudit.core.catalogue import available_checklists
from exportaudit.core.checklist_loader import ChecklistError
from exportaudit.core.framework_loader import load_crosswalk_file, load_framework_file
from exportaudit.core.framework_scoring import FrameworkScore, score_framework
from exportaudit.core.frameworks import Crosswalk, Framework
from exportaudit.paths import crosswalks_dir, frameworks_dir


@dataclass(frozen=True)
class FrameworkCatalogue:
    frameworks: tuple[Framework, ...]
    crosswalks: tuple[Crosswalk, ...]
    errors: tuple[ChecklistError, ...] = field(default=())

    def framework(self, framework_id: str) -> Framework:
        for f in self.frameworks:
            if f.id == framework_id:
                return f
        raise LookupError(f"No framework with id '{framework_id}'; expected one of: "
                          f"{', '.join(f.id for f in self.frameworks)}.")

    def crosswalk(self, checklist_id: str, framework_id: str) -> Crosswalk | None:
        for c in self.crosswalks:
            if c.checklist == checklist_id and c.framework == framework_id:
                return c
        return None

    def for_checklist(self, checklist_id: str) -> list[tuple[Framework, Crosswalk]]:
        """The frameworks an assessment on ``checklist_id`` can be reported against, in catalogue order."""
        return [(f, c) for f in self.frameworks if (c := self.crosswalk(checklist_id, f.id)) is not None]


@lru_cache(maxsize=1)
def load_catalogue() -> FrameworkCatalogue:
    """Every valid framework and crosswalk; refused files are listed in ``errors``, never half-used."""
    errors: list[ChecklistError] = []
    frameworks: dict[str, Framework] = {}
    for path in sorted(frameworks_dir().glob("*.toml")):
        try:
            f = load_framework_file(path)
        except ChecklistError as exc:
            errors.append(exc)
            continue
        frameworks.setdefault(f.id, f)
    checklists = {c.id: c for c in available_checklists()[0]}
    crosswalks: list[Crosswalk] = []
    for path in sorted(crosswalks_dir().glob("*.toml")):
        try:
            crosswalks.append(load_crosswalk_file(path, checklists, frameworks))
        except ChecklistError as exc:
            errors.append(exc)
    order = list(frameworks)
    return FrameworkCatalogue(tuple(frameworks.values()),
                              tuple(sorted(crosswalks, key=lambda c: (c.checklist, order.index(c.framework)))),
                              tuple(errors))


def framework_score(session, framework_id: str) -> FrameworkScore:
    """One framework scored for the session; LookupError naming the choices when there is no such framework or
    no crosswalk from the session's checklist to it."""
    catalogue = load_catalogue()
    framework = catalogue.framework(framework_id)
    crosswalk = catalogue.crosswalk(session.checklist.id, framework_id)
    if crosswalk is None:
        raise LookupError(f"No crosswalk maps checklist {session.checklist.id} to framework {framework_id}.")
    return score_framework(framework, crosswalk, session.checklist, session.score, session.model)
