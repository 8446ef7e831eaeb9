"""`checklist validate` over any mix of ExportAudit data files: checklists, red-flag lists, frameworks and
crosswalks. Crosswalks are checked against the installed checklists and frameworks plus those named on the same
command line, so a new checklist and its crosswalk can be validated together before either is installed."""

from __future__ import annotations

from collections.abc import Iterator

from exportaudit.core.catalogue import available_checklists
from exportaudit.core.checklist_loader import ChecklistError, NotAChecklistError, load_checklist_file
from exportaudit.core.framework_loader import CROSSWALK_KIND, FRAMEWORK_KIND, file_kind, load_crosswalk_file, load_framework_file
from exportaudit.core.testing.redflags import load_red_flags_file
from exportaudit.paths import frameworks_dir


def validate_files(files: list[str]) -> Iterator[tuple[str, str | ChecklistError, tuple[str, ...]]]:
    """(file, one-line summary, warnings) for each good file, (file, the error, ()) for each refused one, in the
    given order. Warnings are rules a format-1 checklist breaks that later formats refuse."""
    checklists = {c.id: c for c in available_checklists()[0]}
    frameworks = {}
    for path in sorted(frameworks_dir().glob("*.toml")):
        try:
            f = load_framework_file(path)
            frameworks[f.id] = f
        except ChecklistError:
            continue  # reported when that file itself is validated
    outcomes: dict[str, str | ChecklistError] = {}
    warnings: dict[str, tuple[str, ...]] = {}
    crosswalk_files = []
    for file in files:  # checklists and frameworks first, so crosswalks on the same line can name them
        kind = file_kind(file)
        try:
            if kind == CROSSWALK_KIND:
                crosswalk_files.append(file)
                continue
            if kind == FRAMEWORK_KIND:
                f = load_framework_file(file)
                frameworks[f.id] = f
                outcomes[file] = f"framework {f.id} {f.version}: {len(f.sections)} sections"
                continue
            try:
                c = load_checklist_file(file)
            except NotAChecklistError:
                flags = load_red_flags_file(file)  # the red-flag list is validated the same way
                outcomes[file] = f"red-flag list {flags.id} {flags.version}: {len(flags.groups)} groups, " \
                                 f"{len(flags.flags)} flags"
                continue
            checklists[c.id] = c
            warnings[file] = tuple(c.warnings)
            modules = f", modules: {', '.join(m.id for m in c.modules)}" if c.modules else ""
            outcomes[file] = f"{c.id} {c.version}: {len(c.elements)} elements, {len(c.items)} items{modules}"
        except ChecklistError as exc:
            outcomes[file] = exc
    for file in crosswalk_files:
        try:
            x = load_crosswalk_file(file, checklists, frameworks)
        except ChecklistError as exc:
            outcomes[file] = exc
            continue
        summary = f"crosswalk {x.checklist} -> {x.framework} {x.version}: {len(x.links)} links"
        if x.unmapped_sections:
            summary += f"; no item maps to section(s) {', '.join(x.unmapped_sections)} (shown as not assessed)"
        outcomes[file] = summary
    for file in files:
        yield file, outcomes[file], warnings.get(file, ())
