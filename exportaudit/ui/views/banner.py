"""A strip across the top of the window: a message on a tinted background and, on the right, one button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    def __init__(self, name: str, background: str, border: str, text: str, button_name: str,
                 parent: QWidget | None = None):
        """``background``, ``border`` and ``text`` colours: dark text on a pale tint reads the same on light and
        dark window themes."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ background: {background}; border-bottom: 1px solid {border}; }}"
                           f"#{name} QLabel {{ color: {text}; }}")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.setObjectName(button_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        self.hide()
