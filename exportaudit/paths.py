"""Where bundled assets live, the same way in a source checkout, an installed wheel and a frozen build.

The repository keeps ``checklists/`` and ``resources/`` at its top; a wheel (and the frozen build) carries them
inside the package as ``exportaudit/_data/`` (see setup.py), found with ``importlib.resources``. The callers
need real files (Qt and reportlab open fonts and catalogues by path), which an unzipped install always has.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib.resources import files
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


@cache
def _root() -> Path:
    bundled = files("exportaudit") / "_data"
    if bundled.is_dir():
        return Path(str(bundled))
    return _CHECKOUT  # a source checkout or an editable install: the folders at the repository's top


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


CONFIG_DIR_VARIABLE = "EXPORTAUDIT_CONFIG_DIR"  # tests and portable installs point it at a folder of their own


def config_dir() -> Path:
    """The per-user settings folder, the one Qt keeps the window's INI settings in (``%APPDATA%\\ExportAudit``
    on Windows, ``$XDG_CONFIG_HOME/ExportAudit`` or ``~/.config/ExportAudit`` elsewhere), found without Qt so
    the command line can read what the window wrote there."""
    override = os.environ.get(CONFIG_DIR_VARIABLE, "").strip()
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "ExportAudit"
    base = os.environ.get("XDG_CONFIG_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".config") / "ExportAudit"


def frameworks_dir() -> Path:
    """Folder holding the framework definitions (EU 2019/1318, BIS ECG 2017, Wassenaar 2011)."""
    return checklists_dir() / "frameworks"


def crosswalks_dir() -> Path:
    """Folder holding the crosswalks from a checklist's items to a framework's sections."""
    return checklists_dir() / "crosswalks"
