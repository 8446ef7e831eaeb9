"""A name or text typed in its Chinese and its English form, side by side, so a single-language report can name
people and organisations in its own language (core.bilingual). Tab goes from the Chinese field to the English one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from exportaudit.core.bilingual import Forms
from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import text_box


class FormsEdit(Retranslatable, QWidget):
    """Two fields, each after a small label saying its language; ``lines`` > 0 makes them multi-line boxes."""

    def __init__(self, name: str, *, lines: int = 0):
        super().__init__()
        self.setObjectName(name)
        self.zh, self.en = (self._field(f"{name}{suffix}", lines) for suffix in ("Zh", "En"))
        self.zh_label, self.en_label = QLabel(), QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, field in ((self.zh_label, self.zh), (self.en_label, self.en)):
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field, 1)
        self.setFocusProxy(self.zh)  # a form label's mnemonic lands in the Chinese field
        self._subject = ""
        self.retranslate()

    @staticmethod
    def _field(name: str, lines: int) -> QLineEdit | QPlainTextEdit:
        if lines:
            return text_box(name, lines=lines)
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    def fields(self) -> tuple[QWidget, QWidget]:
        return self.zh, self.en

    def forms(self) -> Forms:
        return Forms(*(self._text(f) for f in self.fields()))

    def set_forms(self, forms: Forms) -> None:
        for field, value in zip(self.fields(), (forms.zh, forms.en), strict=True):
            if isinstance(field, QLineEdit):
                field.setText(value)
                field.setCursorPosition(0)  # a long name shows its beginning
            else:
                field.setPlainText(value)

    @staticmethod
    def _text(field) -> str:
        return (field.text() if isinstance(field, QLineEdit) else field.toPlainText()).strip()

    def set_subject(self, text: str) -> None:
        """What the pair is (the form label's text, without its mnemonic): each field's accessible name says it
        with its language, so a screen reader tells the two apart."""
        self._subject = text.replace("&", "").rstrip(":：").strip()
        self.retranslate()

    def retranslate(self) -> None:
        chinese, english = self.tr("Chinese"), self.tr("English")
        self.zh_label.setText(chinese)
        self.en_label.setText(english)
        for field, language in ((self.zh, chinese), (self.en, english)):
            field.setAccessibleName(f"{self._subject} ({language})" if self._subject else language)
