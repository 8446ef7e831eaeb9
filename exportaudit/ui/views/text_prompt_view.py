"""A one-line question in a dialog (a justification, a title) whose OK stays disabled until it is answered."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class TextPromptView(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("textPrompt")
        self.setMinimumWidth(520)
        self.prompt_label = QLabel()
        self.prompt_label.setObjectName("promptLabel")
        self.prompt_label.setWordWrap(True)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("promptEdit")
        self.hint_label = QLabel()
        self.hint_label.setObjectName("promptHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.prompt_label.setBuddy(self.text_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
