"""Ask for one line of text that must not be blank: OK stays disabled (with the reason shown) until it is given."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from exportaudit.ui.views.text_prompt_view import TextPromptView


class TextPrompt(TextPromptView):
    def __init__(self, parent: QWidget, *, title: str, prompt: str, text: str, required: str,
                 on_accept: Callable[[str], None]):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.prompt_label.setText(prompt)
        self._required = required
        self._on_accept = on_accept
        self.text_edit.setText(text)
        self.text_edit.selectAll()
        self.text_edit.setFocus()
        self.text_edit.textChanged.connect(self._update)
        self._update()

    def value(self) -> str:
        return self.text_edit.text().strip()

    def _update(self) -> None:
        blank = not self.value()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not blank)
        self.hint_label.setText(self._required if blank else "")
        self.hint_label.setVisible(blank)

    def accept(self) -> None:
        if not self.value():  # Enter on a blank field: refuse, the hint says why
            return
        super().accept()
        self._on_accept(self.value())
