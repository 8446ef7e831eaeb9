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
    window.open_assessment(window.store.assessments.latest().id)
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


def description(widget: QWidget) -> str:
    """The accessible description a screen reader gets for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description).strip() if interface is not None else ""


@pytest.mark.parametrize("language", ["en", "zh"])
def test_controls_whose_purpose_is_not_obvious_describe_themselves(make_window, demo_store_path, language):
    window = make_window(demo_store_path, language=language)
    window.open_assessment(window.store.assessments.latest().id)
    page = window.assessment_page
    window.assessment.select_item("POL-01")
    workspace, item = page.workspace, page.workspace.item
    described = {
        "item tree": workspace.tree, "rating 0": item.level_choices[0].radio, "rating 5": item.level_choices[5].radio,
        "notes": item.notes_edit, "not applicable": item.na_button, "clear": item.clear_button,
        "history": item.history_button, "evidence list": workspace.evidence.table,
        "dashboard table": window.assessment.dashboard.view.table, "radar": window.assessment.dashboard.view.radar,
        "demo banner button": window.demo_banner.create_button,
    }
    texts = {what: description(widget) for what, widget in described.items()}
    assert all(texts.values()), [what for what, text in texts.items() if not text]
    if language == "zh":  # in the interface language, not left in English
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in texts.values()), texts
    else:
        assert "star for a key item" in texts["item tree"] and "dashed line" in texts["radar"]
        assert "Key 3" not in texts["rating 0"] and "Key 0 rates the item" in texts["rating 0"]


def test_the_keyboard_focus_is_drawn_round_every_control(make_window, demo_store_path, qtbot):
    """Tab moves a highlight ring from control to control: a button, the item tree, a table, a rating button."""
    from PySide6.QtGui import QPalette

    from exportaudit.ui.focus_ring import ring_of

    window = make_window(demo_store_path)
    window.open_assessment(window.store.assessments.latest().id)
    workspace = window.assessment_page.workspace
    highlight = workspace.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    for widget in (workspace.tree, workspace.item.level_choices[3].radio, workspace.item.na_button,
                   workspace.evidence.table):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda w=widget: ring_of(w) is not None)
        ring = ring_of(widget)
        assert ring.geometry() == widget.rect()
        edge = widget.grab().toImage().pixelColor(1, widget.height() // 2)
        assert abs(edge.red() - highlight.red()) + abs(edge.green() - highlight.green()) \
            + abs(edge.blue() - highlight.blue()) < 60, (widget.objectName(), edge.name(), highlight.name())
    workspace.filter_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: ring_of(workspace.filter_edit) is not None)
    assert ring_of(workspace.evidence.table) is None  # one ring, on the focused control only


def test_test_results_differ_by_shape_not_only_by_colour(qapp):
    """Passed, failed, partly and open marks (pass rates, test cards, red flags) drawn in one colour still differ."""
    from PySide6.QtGui import QColor

    from exportaudit.ui.marks import FAILED, OPEN, PARTLY, PASSED, result_mark

    grey = QColor("#777777")
    images = {kind: result_mark(kind, grey).pixmap(28, 28).toImage() for kind in (PASSED, FAILED, PARTLY, OPEN)}
    assert len({bytes(image.constBits()) for image in images.values()}) == 4
