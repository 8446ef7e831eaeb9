"""Where bundled assets live, the same way in a source checkout, an installed wheel and a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def checklists_dir() -> Path:
    """Folder holding the bundled checklist files."""
    return _root() / "checklists"


def resources_dir() -> Path:
    """Folder holding fonts, icons and translations."""
    return _root() / "resources"


def font_path() -> Path:
    """The bundled CJK TrueType font, shared by the GUI and the PDF reports."""
    return resources_dir() / "fonts" / "DroidSansFallbackFull.ttf"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"
