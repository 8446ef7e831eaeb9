"""The checklists on offer: the bundled ones plus any the user keeps in an extra folder."""

from __future__ import annotations

from pathlib import Path

from exportaudit.core.checklist import Checklist
from exportaudit.core.checklist_loader import ChecklistError, load_checklist_dir
from exportaudit.paths import checklists_dir

DEFAULT_CHECKLIST_ID = "mofcom-2021-dual-use-icp"


def available_checklists(extra_folders: list[Path] | None = None) -> tuple[list[Checklist], list[ChecklistError]]:
    """Valid checklists by id (a user's folder overrides a bundled file of the same id) and refused files."""
    found: dict[str, Checklist] = {}
    errors: list[ChecklistError] = []
    for folder in [checklists_dir(), *(extra_folders or [])]:
        if not folder.is_dir():
            continue
        good, bad = load_checklist_dir(folder)
        errors.extend(bad)
        for checklist in good:
            found[checklist.id] = checklist
    return sorted(found.values(), key=lambda c: (c.id != DEFAULT_CHECKLIST_ID, c.id)), errors


class ChecklistNotInstalledError(LookupError):
    """No valid checklist with the wanted id is installed; the message is meant for the user."""


def find_checklist(checklist_id: str) -> Checklist:
    checklists, _ = available_checklists()
    for checklist in checklists:
        if checklist.id == checklist_id:
            return checklist
    raise ChecklistNotInstalledError(f"No valid checklist with id '{checklist_id}' is installed.")
