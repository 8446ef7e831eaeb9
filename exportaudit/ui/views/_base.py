"""Retranslation plumbing shared by every view: texts are set in ``retranslate`` and set again whenever the
interface language changes at run time (Qt sends LanguageChange to every widget)."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslatable:
    """Mixin for QWidget subclasses: calls ``retranslate`` on LanguageChange."""

    def retranslate(self) -> None:
        """Set every visible text of the view; each view overrides this (the catalogue test catches a miss)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
