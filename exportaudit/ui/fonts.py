"""Register the bundled CJK font so Chinese renders on machines that have no Chinese font installed.

The font becomes the second family of the application font: Latin text keeps the system's UI font and
only the characters it lacks (Chinese) come from the bundled file, on every platform.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from exportaudit.paths import font_path

_registered: list[str] = []


def register_bundled_font(app: QApplication) -> str | None:
    """Add the bundled font as the UI font's fallback; returns its family, or None if the file is unusable."""
    if not _registered:
        font_id = QFontDatabase.addApplicationFont(str(font_path()))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            return None
        _registered.append(families[0])
    family = _registered[0]
    font = app.font()
    font.setFamilies([*[f for f in font.families() if f != family], family])
    app.setFont(font)
    return family
