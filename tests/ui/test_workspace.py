"""The workspace from the keyboard and with evidence files: what an auditor does during an interview."""

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import dialog_open
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from exportaudit.core.store import open_store
from exportaudit.ui import prompts
from exportaudit.ui.controllers.evidence_facts_dialog import EvidenceFactsDialog
from exportaudit.ui.models.evidence import COL_KIND
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT


def items_shown(window) -> list[str]:
    proxy = window.assessment.proxy
    found = []
    for row in range(proxy.rowCount()):
        parent = proxy.index(row, 0)
        found += [proxy.index(r, 0, parent).data(Qt.ItemDataRole.UserRole + 1) for r in range(proxy.rowCount(parent))]
    return found


def open_mini(make_window, mini_store_path, **kwargs):
    window = make_window(mini_store_path, **kwargs)
    if window.pages.currentIndex() != PAGE_ASSESSMENT:
        window.browser_controller.open_selected()
    assert window.pages.currentIndex() == PAGE_ASSESSMENT
    return window


def test_digits_type_into_text_fields_and_rate_elsewhere(make_window, mini_store_path, qtbot, press):
    window = open_mini(make_window, mini_store_path)
    session = window.assessment.session
    notes = window.assessment_page.workspace.item.notes_edit
    window.assessment.select_item("S1")
    notes.setFocus()
    press(Qt.Key.Key_3)
    press(Qt.Key.Key_N)
    assert notes.toPlainText() == "3n"
    assert session.response("S1").level is None and not session.response("S1").na
    assert not dialog_open(type(None))  # no justification prompt opened either
    press(Qt.Key.Key_Escape)  # back to the tree, where digits rate
    assert window.focusWidget() is window.assessment_page.workspace.tree
    press(Qt.Key.Key_4)
    assert session.response("S1").level == 4
    assert session.response("S1").note == "3n"
    press(Qt.Key.Key_Delete)
    assert session.response("S1").level is None


def test_ctrl_f_filters_in_either_language_and_escape_returns(make_window, mini_store_path, qtbot, press):
    window = open_mini(make_window, mini_store_path)
    workspace = window.assessment_page.workspace
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is workspace.filter_edit
    qtbot.keyClicks(workspace.filter_edit, "Question R2")
    assert items_shown(window) == ["R2"]
    workspace.filter_edit.selectAll()
    workspace.filter_edit.insert("问题 S2")  # Chinese arrives from the input method as committed text
    assert items_shown(window) == ["S2"]
    press(Qt.Key.Key_Escape)
    assert workspace.filter_edit.text() == "" and len(items_shown(window)) == 6
    assert window.focusWidget() is workspace.tree


def test_next_unanswered_wraps_and_skips_answered(make_window, mini_store_path, qtbot, press):
    window = open_mini(make_window, mini_store_path)
    assert window.assessment.current_item.id == "P1"
    order = []
    for _ in range(3):
        press(Qt.Key.Key_2)
        press(Qt.Key.Key_PageDown)
        order.append(window.assessment.current_item.id)
    assert order == ["P2", "S1", "S2"]
    window.assessment.select_item("R2")  # unanswered, like S2 and R1 before it
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.assessment.current_item.id == "S2"  # wrapped round past the answered P1, P2, S1


def test_tab_order_runs_from_tree_through_ratings_to_notes_and_evidence(make_window, mini_store_path, press):
    window = open_mini(make_window, mini_store_path)
    workspace = window.assessment_page.workspace
    chain = [workspace.filter_edit, workspace.tree, *workspace.item.focus_chain(), *workspace.evidence.focus_chain()]
    for first, second in pairwise(chain):
        assert first.nextInFocusChain() is second or _reachable(first, second), (first.objectName(), second.objectName())


def _reachable(first, second) -> bool:
    """``second`` is the next widget Tab would reach from ``first`` (skipping non-focusable children)."""
    widget = first.nextInFocusChain()
    while widget is not second and widget is not first:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            return False
        widget = widget.nextInFocusChain()
    return widget is second


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QDragEnterEvent has no QPointF constructor
def test_dropped_files_are_attached_once_per_content_and_removal_is_logged(make_window, mini_store_path, qtbot,
                                                                          tmp_path, monkeypatch, wait_dialog):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    window.assessment.select_item("S1")
    first, second = tmp_path / "screening-log.csv", tmp_path / "same content, other name.csv"
    for file in (first, second):
        file.write_text("order,result\nSO-1,clear\n", encoding="utf-8")
    panel = window.assessment_page.workspace.evidence
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    assert QApplication.sendEvent(panel, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)
    # the dialog asks what each file shows and the date it covers, with defaults from the name and file date
    facts = wait_dialog(EvidenceFactsDialog)
    today = date.today().isoformat()
    assert facts.values() == [("record", today), ("document", today)]
    facts.rows[1].kind_combo.setCurrentIndex(facts.rows[1].kind_combo.findData("audit"))
    facts.rows[1].date_edit.setDate(QDate(2025, 6, 30))
    facts.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.assessment.evidence.model.rowCount() == 2)
    records = window.store.evidence.all(aid, "S1")
    assert {(r.file_name, r.kind, r.covered_date) for r in records} == {(first.name, "record", today),
                                                                        (second.name, "audit", "2025-06-30")}
    assert len({r.sha256 for r in records}) == 1
    stored = [p for p in window.store.vault.folder.rglob("*") if p.is_file()]
    assert len(stored) == 1  # identical content is stored once

    opened = []
    monkeypatch.setattr(prompts, "open_in_desktop", lambda path: opened.append(Path(path)) or True)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened == [window.store.evidence.path(window.assessment.evidence.model.record(0))]

    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "confirmMessage")
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(window.store.evidence.all(aid, "S1")) == 2
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "confirmMessage")
    next(b for b in box.buttons() if b.text() == "Remove").click()
    qtbot.waitUntil(lambda: window.assessment.evidence.model.rowCount() == 1)
    assert [c.field for c in window.store.history.all(aid, "S1") if c.entity == "evidence"] == ["added", "added", "removed"]

    # Kind and date of a file already attached can be corrected (logged)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.describe_button, Qt.MouseButton.LeftButton)
    facts = wait_dialog(EvidenceFactsDialog)
    facts.rows[0].kind_combo.setCurrentIndex(facts.rows[0].kind_combo.findData("document"))
    facts.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.store.evidence.all(aid, "S1")[0].kind == "document")
    assert window.assessment.evidence.model.index(0, COL_KIND).data() == "Document"
    assert [c.field for c in window.store.history.all(aid, "S1") if c.entity == "evidence"][-1] == "kind"


def test_read_only_store_shows_answers_but_changes_nothing(make_window, mini_store_path, press):
    with open_store(mini_store_path) as store:
        aid = store.assessments.latest().id
        store.answers.rate(aid, "P1", 2)
    window = open_mini(make_window, mini_store_path, read_only=True)
    assert "(read-only)" in window.windowTitle()
    assert window.assessment.current_item.id == "P2"
    assert not window.rate_actions[3].isEnabled()
    assert not window.assessment_page.workspace.item.level_choices[3].isEnabled()
    press(Qt.Key.Key_3)
    assert window.assessment.session.response("P2").level is None
    window.assessment.select_item("P1")
    assert window.assessment_page.workspace.item.level_choices[2].radio.isChecked()
