"""Where the app keeps its own files, following each platform's convention (QStandardPaths).

The default store, the demo store and the folder for the user's own checklists all live in the per-user
application data folder, so a compliance lead never has to choose a location before starting.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

STORE_SUFFIX = ".exportaudit"


def data_dir() -> Path:
    """The per-user application data folder (created on first use)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_store_path() -> Path:
    return data_dir() / f"exportaudit{STORE_SUFFIX}"


def demo_store_path() -> Path:
    """The demo store sits in its own folder with its evidence folder beside it."""
    folder = data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"demo-store{STORE_SUFFIX}"


def user_checklists_dir() -> Path:
    """Checklist files the user adds; a file here overrides a bundled one with the same id."""
    return data_dir() / "checklists"


def documents_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
