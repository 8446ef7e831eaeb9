"""Names, notes and justifications that look like HTML are shown as typed, never rendered as formatting."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

HOSTILE = "<b>&测试 Export <i>Co."


def test_user_text_with_markup_shows_literally(make_window, tmp_path, mini_checklist, qtbot):
    from exportaudit.core.store import open_store

    path = tmp_path / "hostile.exportaudit"
    with open_store(path, user="tester") as store:
        org = store.organisations.create(HOSTILE, operator_type="exporter", size="small")
        aid = store.assessments.create(org, mini_checklist, f"Audit {HOSTILE}", target_profile="basic")
        store.answers.mark_not_applicable(aid, "P2", f"why {HOSTILE}")
    window = make_window(path)
    window.browser_controller.open_selected()
    window.assessment.select_item("P2")
    qtbot.waitUntil(lambda: any(HOSTILE in label.text() for label in window.findChildren(QLabel)
                                if label.isVisible()))
    showing = [label for label in window.findChildren(QLabel) if HOSTILE in label.text() and label.isVisible()]
    assert showing, "the organisation name, title or justification should be on screen"
    for label in showing:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    rich = [label for label in window.findChildren(QLabel) if label.textFormat() == Qt.TextFormat.RichText]
    assert all("<b>&测试" not in label.text() for label in rich), "rich-text labels must escape user text"
