"""The Qt desktop app. Everything here may import PySide6; nothing under exportaudit.core does.

Layout: ``views`` only build widgets, ``controllers`` wire them to the core, ``models`` adapt core records
to Qt's model/view classes, ``widgets`` are small self-drawn widgets (the radar chart).
"""
