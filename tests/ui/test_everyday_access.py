"""Accessibility: every control a keyboard or screen-reader user reaches has an accessible name in the interface
language (its text, its label, or a name set for it), in the main window's pages and in every dialog."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from test_everyday_screen import dialog_factories

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit,
            QTabBar)


def nameless_controls(root: QWidget) -> list[str]:
    """The controls under ``root`` a user can reach whose accessible name (as Qt tells a screen reader) is empty."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus \
                or not widget.isVisible() or widget.window() is not root.window():
            continue  # hidden, or part of a popup (a combo box's list is named with the combo box)
        if widget.parent() is not None and type(widget.parent()).__name__ in ("QComboBox", "QAbstractSpinBox") \
                or isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside a combo or spin box is named with it
        if type(widget).__name__.startswith("Qt") or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (scroll bar buttons, the tab bar's scroll arrows)
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
        if not name:
            missing.append(f"{type(widget).__name__} {widget.objectName() or '(unnamed)'}")
    return missing


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_control_has_an_accessible_name(make_window, demo_store_path, qtbot, language):
    window = make_window(demo_store_path, language=language)
    window.open_assessment(window.store.latest_assessment().id)
    missing = {}
    for tab in range(window.assessment_page.tabs.count()):
        window.assessment_page.tabs.setCurrentIndex(tab)
        found = nameless_controls(window)
        if found:
            missing[f"tab {tab}"] = found
    for cls, make in dialog_factories(window).items():
        dialog = make()
        dialog.show()
        found = nameless_controls(dialog)
        if found:
            missing[cls.__name__] = found
        dialog.close()
    assert not missing, "\n".join(f"{k}: {v}" for k, v in missing.items())
    tree = window.assessment_page.workspace.tree
    assert tree.accessibleName() == {"en": "Elements and items", "zh": "要素与条目"}[language]
