"""The user's preferences and the window's remembered state, declared once each with a type and default.

Kept in QSettings (INI format, per user) under the organisation/application name, so tests can point
``QSettings.setPath`` at a temporary folder and never touch the real file. Preferences the user chooses
live under ``setting/``; state the app merely remembers (geometry, last position) under ``persist/``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "ExportAudit"
APPLICATION = "ExportAudit"
MAX_RECENT = 8
MAX_POSITIONS = 20


class _Option:
    """One declared setting: key, Python type and default, converted on the way in and out."""

    def __init__(self, key: str, kind: type, default: Any):
        self.key, self.kind, self.default = key, kind, default

    def __get__(self, obj: AppSettings, _owner=None) -> Any:
        if obj is None:
            return self
        value = obj.qsettings.value(self.key, self.default)
        if value is None or value == "":
            return self.default
        if self.kind is Path:
            return Path(value)
        if self.kind is QByteArray:
            return value if isinstance(value, QByteArray) else self.default
        if self.kind is bool:  # the INI file holds "true" / "false"
            return value in (True, 1, "true", "1")
        return self.kind(value)

    def __set__(self, obj: AppSettings, value: Any) -> None:
        if value is None:
            obj.qsettings.remove(self.key)
        else:
            obj.qsettings.setValue(self.key, str(value) if isinstance(value, Path) else value)


class _JsonOption(_Option):
    """A list or mapping kept as JSON text, which survives the INI format unchanged on every platform."""

    def __get__(self, obj: AppSettings, _owner=None) -> Any:
        if obj is None:
            return self
        raw = obj.qsettings.value(self.key, "")
        try:
            value = json.loads(raw) if raw else self.default
        except (TypeError, ValueError):
            return self.default
        return value if isinstance(value, type(self.default)) else self.default

    def __set__(self, obj: AppSettings, value: Any) -> None:
        obj.qsettings.setValue(self.key, json.dumps(value, ensure_ascii=False))


class AppSettings:
    language = _Option("setting/language", str, "")  # "zh", "en" or "" for the system's
    user_name = _Option("setting/user_name", str, "")  # who the change history names and the assessor proposed
    asked_user_name = _Option("persist/asked_user_name", bool, False)  # the first-run question was asked
    report_logo = _Option("setting/report_logo", Path, None)  # cover logo for organisations without their own
    signing_certificate = _Option("setting/signing_certificate", Path, None)  # PKCS#12 file; its password never kept
    # firm-wide defaults a new engagement starts from (Assessment > Engagement…)
    firm_name = _Option("setting/firm_name", str, "")
    disclaimer_template = _Option("setting/disclaimer_template", str, "")
    confidentiality_marking = _Option("setting/confidentiality_marking", str, "")
    last_store = _Option("persist/last_store", Path, None)
    _recent = _JsonOption("persist/recent_stores", list, [])
    _positions = _JsonOption("persist/last_positions", dict, {})
    window_geometry = _Option("persist/window_geometry", QByteArray, None)
    window_state = _Option("persist/window_state", QByteArray, None)
    workspace_splitter = _Option("persist/workspace_splitter", QByteArray, None)
    dashboard_splitter = _Option("persist/dashboard_splitter", QByteArray, None)
    _folders = _JsonOption("persist/last_folders", dict, {})  # purpose -> the folder last used for it
    _exports = _JsonOption("persist/last_exports", dict, {})  # purpose -> {"format": ..., "language": ...}

    def __init__(self, qsettings: QSettings | None = None):
        self.qsettings = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                                ORGANISATION, APPLICATION)

    # --- recent stores ----------------------------------------------------------------------------

    def recent_stores(self) -> list[Path]:
        return [Path(p) for p in self._recent if isinstance(p, str)]

    def add_recent_store(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self._recent = [text, *[p for p in self._recent if p != text]][:MAX_RECENT]

    def forget_recent_store(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self._recent = [p for p in self._recent if p != text]

    def clear_recent_stores(self) -> None:
        self._recent = []

    # --- where the user was in each store ----------------------------------------------------------

    def last_position(self, store_path: Path) -> tuple[int, str | None] | None:
        """The assessment (and item) last open in this store, to reopen it where the user left off."""
        entry = self._positions.get(str(Path(store_path).resolve()))
        if not isinstance(entry, list) or len(entry) != 2 or not isinstance(entry[0], int):
            return None
        return entry[0], entry[1] if isinstance(entry[1], str) else None

    def set_last_position(self, store_path: Path, assessment_id: int | None, item_id: str | None = None) -> None:
        positions = dict(self._positions)
        key = str(Path(store_path).resolve())
        positions.pop(key, None)
        if assessment_id is not None:
            positions[key] = [assessment_id, item_id]
        self._positions = dict(list(positions.items())[-MAX_POSITIONS:])

    # --- the folder, format and language last used for each kind of file --------------------------------

    def last_folder(self, purpose: str) -> Path | None:
        """The folder last used for ``purpose`` ("report", "evidence", ...), if it still exists."""
        folder = self._folders.get(purpose)
        return Path(folder) if isinstance(folder, str) and Path(folder).is_dir() else None

    def remember_folder(self, purpose: str, folder: Path) -> None:
        self._folders = {**self._folders, purpose: str(folder)}

    def last_export(self, purpose: str) -> dict[str, str]:
        choice = self._exports.get(purpose)
        return {k: v for k, v in choice.items() if isinstance(v, str)} if isinstance(choice, dict) else {}

    def remember_export(self, purpose: str, **choice: str) -> None:
        self._exports = {**self._exports, purpose: choice}

    def sync(self) -> None:
        self.qsettings.sync()
