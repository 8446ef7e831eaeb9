"""Every control tells a screen reader what it is, in the interface language.

Buttons, check boxes and labelled fields are named by their text or their label (QLabel.setBuddy); views set
explicit names where nothing else names a control. For the rest, an application-wide filter names a control
after the hint the user sees, its placeholder text or else its tooltip, and renames it when the language changes.
A name set explicitly (setAccessibleName) is never replaced.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from exportaudit.ui import app_events

_DERIVED = "exportaudit_derived_accessible_name"  # the name this filter gave, so it may be replaced


def _hint(widget: QWidget) -> str:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        placeholder = widget.placeholderText().strip()
        if placeholder:
            return placeholder
    return widget.toolTip().strip()


def name_from_hint(widget: QWidget) -> None:
    current = widget.accessibleName()
    if current and current != widget.property(_DERIVED):
        return  # named on purpose
    hint = _hint(widget)
    if hint and hint != current:
        widget.setAccessibleName(hint)
        widget.setProperty(_DERIVED, hint)


class _NamesFromHints(QObject):
    def on_event(self, watched: QObject, _event: QEvent) -> None:
        if isinstance(watched, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox,
                                QAbstractItemView)):
            name_from_hint(watched)


def install(app: QApplication) -> None:
    """Once per application; the filter object lives as the application's child."""
    if app.findChild(_NamesFromHints) is None:
        app_events.watch(app, (QEvent.Type.Show, QEvent.Type.LanguageChange, QEvent.Type.ToolTipChange),
                         _NamesFromHints(app).on_event)
