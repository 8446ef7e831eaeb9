"""Changes flow one way: an operation's notice reaches every panel, which refreshes itself.

A write made by another connection reaches the tree and the item panel through the data-version poll alone; a note
is written once per pause in typing and never lost when the window closes; and no controller wires one of its
sub-controllers' signals to another's slot.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from exportaudit.core.changes import Changes
from exportaudit.core.store import open_store
from exportaudit.ui.controllers.history import HistoryDialog
from exportaudit.ui.models.element_tree import COL_LEVEL
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT

CONTROLLERS = Path(__file__).parents[2] / "exportaudit" / "ui" / "controllers"


def open_mini(make_window, path):
    window = make_window(path)
    if window.pages.currentIndex() != PAGE_ASSESSMENT:
        window.browser_controller.open_selected()
    assert window.pages.currentIndex() == PAGE_ASSESSMENT
    return window


def test_notices_merge_and_say_what_moves_the_scores():
    rated = Changes(answers=frozenset({"P1"}))
    noted = Changes(notes=frozenset({"P2"}))
    both = rated | noted | Changes(requests=True)
    assert both.answers == {"P1"} and both.notes == {"P2"} and both.requests and not both.findings
    assert rated.scores and not noted.scores and not Changes(requests=True).scores
    assert Changes(actions=True).scores  # an action done closes its finding, which lifts a model-2 cap
    assert both.touches("P1") and both.touches("P2") and not both.touches("S1")
    assert Changes.everything().structure and Changes.everything().touches("S1")
    assert not Changes() and both


def test_an_answer_written_by_another_connection_appears_through_the_poll_alone(make_window, mini_store_path):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    window.assessment.select_item("P1")
    row = window.assessment.tree_model.index_of_item("P1").siblingAtColumn(COL_LEVEL)
    panel = window.assessment_page.workspace.item
    assert row.data() in ("", None, "—") and not panel.level_choices[4].radio.isChecked()

    with open_store(mini_store_path, user="colleague") as other:  # e.g. the command line, in another process
        other.answers.rate(aid, "P1", 4)
        other.answers.set_note(aid, "P1", "Seen the signed policy")

    window.external_writes.check()  # what the timer and window activation run
    assert row.data() == "4"
    assert panel.level_choices[4].radio.isChecked()
    assert panel.notes_edit.toPlainText() == "Seen the signed policy"
    assert window.assessment.session.response("P1").level == 4
    window.external_writes.check()  # nothing new: no second notice
    notices = []
    window.operation_did_execute.connect(lambda changes, _initiator: notices.append(changes))
    window.external_writes.check()
    assert notices == []


def test_the_poll_is_not_fooled_by_the_windows_own_writes(make_window, mini_store_path, qtbot, press):
    window = open_mini(make_window, mini_store_path)
    notices = []
    window.operation_did_execute.connect(lambda changes, _initiator: notices.append(changes))
    window.assessment.select_item("P1")
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_3)
    window.external_writes.check()
    assert notices == [Changes(answers=frozenset({"P1"}))]  # the answer's own notice, not "everything"


def test_a_note_is_written_once_per_pause_and_when_the_notes_are_left(make_window, mini_store_path, qtbot):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    notices = []
    window.operation_did_execute.connect(lambda changes, _initiator: notices.append(changes))
    window.assessment.select_item("P1")
    notes = window.assessment_page.workspace.item.notes_edit
    notes.setFocus()
    qtbot.keyClicks(notes, "Policy signed by the CEO")
    window.assessment_page.workspace.tree.setFocus()  # leaving the notes writes them, pause or not
    qtbot.waitUntil(lambda: not window.assessment.note_pending)
    with open_store(mini_store_path, read_only=True) as store:
        assert store.answers.get(aid, "P1").note == "Policy signed by the CEO"
    assert [n for n in notices if n.notes] == [Changes(notes=frozenset({"P1"}))]  # one write, not one per key

    notes.setFocus()
    qtbot.keyClicks(notes, " in 2026")
    qtbot.waitUntil(lambda: not window.assessment.note_pending)  # the pause
    assert window.assessment.session.response("P1").note == "Policy signed by the CEO in 2026"
    assert notes.toPlainText() == "Policy signed by the CEO in 2026"  # its own notice never rewrites the editor


def test_closing_the_window_mid_pause_saves_the_note(make_window, mini_store_path, qtbot):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    window.assessment.select_item("P2")
    notes = window.assessment_page.workspace.item.notes_edit
    notes.setFocus()
    qtbot.keyClicks(notes, "Ask for the training log")
    assert window.assessment.note_pending  # typed, waiting for the pause
    window.close()
    with open_store(mini_store_path, read_only=True) as store:
        assert store.answers.get(aid, "P2").note == "Ask for the training log"


def test_choosing_another_item_writes_the_note_to_the_item_it_was_typed_on(make_window, mini_store_path, qtbot):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    window.assessment.select_item("P1")
    notes = window.assessment_page.workspace.item.notes_edit
    notes.setFocus()
    qtbot.keyClicks(notes, "For P1 only")
    window.assessment.select_item("P2")
    with open_store(mini_store_path, read_only=True) as store:
        assert store.answers.get(aid, "P1").note == "For P1 only"
        assert store.answers.get(aid, "P2").note == ""


def _sibling_wiring(source: str) -> list[str]:
    """``self.a.signal.connect(...)`` whose slot reaches ``self.b`` for another sub-controller ``b`` of the same
    class (a sub-controller being an attribute assigned ``SomethingController(...)`` in it)."""
    found = []
    for cls in (n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ClassDef)):
        children = set()
        for node in ast.walk(cls):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                func = node.value.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name.endswith("Controller"):
                    for target in node.targets:
                        for t in ast.walk(target):
                            if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self":
                                children.add(t.attr.lstrip("_"))
        for node in ast.walk(cls):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "connect" and node.args):
                continue
            sender = node.func.value
            while isinstance(sender, ast.Attribute) and not (
                    isinstance(sender.value, ast.Name) and sender.value.id == "self"):
                sender = sender.value
            if not (isinstance(sender, ast.Attribute) and sender.attr.lstrip("_") in children):
                continue
            reached = {a.attr.lstrip("_") for a in ast.walk(node.args[0]) if isinstance(a, ast.Attribute)
                       and isinstance(a.value, ast.Name) and a.value.id == "self"}
            for other in (reached & children) - {sender.attr.lstrip("_")}:
                found.append(f"{cls.name}: {sender.attr} -> {other} (line {node.lineno})")
    return found


def test_the_scan_finds_the_wiring_it_forbids():
    old = '''
class AssessmentController:
    def __init__(self):
        self.evidence = EvidenceController(view)
        self.requests = RequestsController(view)
        self.evidence.changed.connect(lambda _item_id: self.requests.reload())
        self.evidence.status.connect(self.status)
'''
    assert _sibling_wiring(old) == ["AssessmentController: evidence -> requests (line 6)"]


def test_no_controller_connects_one_sub_controllers_signal_to_anothers_slot():
    found = [line for path in sorted(CONTROLLERS.glob("*.py")) for line in _sibling_wiring(path.read_text("utf-8"))]
    assert found == []


def test_renaming_the_open_assessment_elsewhere_retitles_its_page(make_window, mini_store_path):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    with open_store(mini_store_path, user="colleague") as other:
        other.assessments.update(aid, title="Self-check 2026 (revised)")
    window.external_writes.check()
    assert window.assessment_page.title_label.text() == "Self-check 2026 (revised)"
    assert window.browser_controller.selected_assessment().title == "Self-check 2026 (revised)"


def test_an_open_assessment_deleted_by_another_process_returns_to_the_browser(make_window, mini_store_path):
    window = open_mini(make_window, mini_store_path)
    aid = window.assessment.session.assessment_id
    with open_store(mini_store_path, user="colleague") as other:
        other.assessments.delete(aid)
    window.external_writes.check()
    assert window.pages.currentIndex() != PAGE_ASSESSMENT and window.assessment.session is None


def test_an_answer_from_the_command_line_in_another_process_appears(make_window, mini_store_path):
    window = open_mini(make_window, mini_store_path)
    window.assessment.select_item("S1")
    subprocess.run([sys.executable, "-m", "exportaudit", "answer", "--store", str(mini_store_path), "--item", "S1",
                    "--level", "2", "--lang", "en"], check=True, capture_output=True, timeout=120)
    window.external_writes.check()
    assert window.assessment.tree_model.index_of_item("S1").siblingAtColumn(COL_LEVEL).data() == "2"
    assert window.assessment_page.workspace.item.level_choices[2].radio.isChecked()


def test_an_open_change_history_shows_an_answer_given_meanwhile(make_window, mini_store_path, press):
    window = open_mini(make_window, mini_store_path)
    window.assessment.select_item("R1")
    window.assessment.show_history()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryDialog) and w.isVisible())
    before = dialog.model.rowCount()
    window.activateWindow()
    window.assessment_page.workspace.tree.setFocus()
    press(Qt.Key.Key_2)
    assert window.assessment.session.response("R1").level == 2
    assert dialog.model.rowCount() > before
