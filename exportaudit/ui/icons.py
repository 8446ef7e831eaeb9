"""The application icon, drawn as SVG in resources/icons and found the same way frozen or not."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from exportaudit.paths import icons_dir


def app_icon() -> QIcon:
    return QIcon(str(icons_dir() / "exportaudit.svg"))
