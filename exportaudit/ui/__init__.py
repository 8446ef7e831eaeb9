"""The Qt desktop app. Everything here may import PySide6; nothing under exportaudit.core does.

Layout: ``views`` only build widgets, ``controllers`` wire them to the core, ``models`` adapt core records
to Qt's model/view classes, ``widgets`` are small self-drawn widgets (the radar chart).
"""

from exportaudit.ui.binding_guard import protect_none as _protect_none

_protect_none()  # before any widget exists: see binding_guard for the PySide6 6.12.0 bug it works around
