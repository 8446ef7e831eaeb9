"""Transaction testing in the window, part 3: filling test cards by keyboard and mouse (pass / fail / N/A with
its note, the red-flag review with a present sign resolved, evidence by dialog and by drop), raising a finding
from an exception, the pass rate beside the screening item and the cap in the tree and dashboard, and
everything still there after the window is closed and opened again."""

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from test_testing_gui_import import open_testing_tab, orders_csv, shown_dialog

from exportaudit.core.fingerprint import finalise
from exportaudit.core.order_import import import_orders
from exportaudit.core.store import open_store
from exportaudit.core.testing.sampling import SamplePlan, SampleSize
from exportaudit.ui import prompts
from exportaudit.ui.controllers.test_card import ExceptionFindingDialog, TestCardWindow
from exportaudit.ui.models.element_table import COL_SAMPLE_EXCEPTIONS
from exportaudit.ui.models.element_tree import COL_LEVEL, MarksRole
from exportaudit.ui.models.red_flags import COL_ANSWER, COL_RESOLVED, RedFlagTreeModel
from exportaudit.ui.views.assessment_page_view import TAB_DASHBOARD, TAB_TESTING, TAB_WORKSPACE
from exportaudit.ui.views.testing_view import TestingView


@pytest.fixture
def sampled_store_path(tt_store_path, tmp_path):
    """The transaction-testing store with 40 orders imported, a sample of 4 drawn (seed 7), and S1 rated 5 and
    R1 rated 4 (they count as such only with evidence: the cards' evidence provides it)."""
    with open_store(tt_store_path, user="tester") as store:
        aid = store.assessments.latest().id
        list_id, _ = import_orders(store, aid, orders_csv(tmp_path / "orders.csv"), name="ERP 2026")
        store.samples.draw(aid, list_id, SamplePlan(SampleSize(count=4)), seed=7)
        store.answers.rate(aid, "S1", 5)
        store.answers.rate(aid, "S2", 3)
    return tt_store_path


def card_window(window) -> TestCardWindow:
    return shown_dialog(window, TestCardWindow)


def key(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifiers)


def drop(widget, path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    assert QApplication.sendEvent(widget, enter) and enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QDragEnterEvent has no QPointF constructor
def test_a_test_card_filled_in_by_keyboard_and_mouse(make_window, sampled_store_path, qtbot, tmp_path, monkeypatch,
                                                      wait_dialog):
    window = open_testing_tab(make_window, sampled_store_path)
    tab = window.assessment_page.testing
    store, aid = window.store, window.assessment.session.assessment_id
    cards = [s.id for s in store.samples.orders(store.samples.all(aid)[0].id)]
    tab.orders_table.setFocus()
    key(qtbot, tab.orders_table, Qt.Key.Key_Return)  # Enter opens the chosen order's card
    card = card_window(window)
    assert card.card.sample_order_id == cards[0] and card.position_label.text() == "Order 1 of 4"
    assert card.field_values["order_ref"].text() == card.card.order.order_ref
    screening, flags_row, records = card.rows["screening"], card.rows["red-flags"], card.rows["records"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screening)  # the first check takes the keys

    key(qtbot, screening, Qt.Key.Key_P)  # screening passed
    assert store.results.check(cards[0], "screening").result == "pass"
    assert screening.choice_buttons["pass"].isChecked()
    assert "Screened before contract → Pass" in card.status_bar.currentMessage()
    key(qtbot, screening, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is flags_row
    key(qtbot, flags_row, Qt.Key.Key_1)  # the red flags cannot pass before every sign is answered
    assert store.results.check(cards[0], "red-flags").result is None
    assert flags_row.error_label.isVisible() and "55 of 55 signs unanswered" in flags_row.error_label.text()

    # the red-flag review: one sign present and resolved, by keys in the list and the note by typing
    flags_tree = card.flags_tree
    card.select_flag("RF-C01")
    flags_tree.setFocus()
    key(qtbot, flags_tree, Qt.Key.Key_P)  # present
    answer = store.results.red_flags(cards[0])["RF-C01"]
    assert (answer.answer, answer.resolved) == ("present", False)
    index = card.flag_model.index_of_flag("RF-C01")
    assert index.siblingAtColumn(COL_ANSWER).data() == "Present" and index.siblingAtColumn(COL_RESOLVED).data() == "No"
    assert card.resolved_check.isEnabled()
    key(qtbot, flags_tree, Qt.Key.Key_Space)  # resolved
    assert store.results.red_flags(cards[0])["RF-C01"].resolved
    key(qtbot, flags_tree, Qt.Key.Key_Return)  # into the note
    assert QApplication.focusWidget() is card.flag_note_edit
    qtbot.keyClicks(card.flag_note_edit, "Registry extract 2026-03-02 checked")
    key(qtbot, card.flag_note_edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is flags_tree
    assert store.results.red_flags(cards[0])["RF-C01"].note == "Registry extract 2026-03-02 checked"
    card.select_flag("RF-C02")
    qtbot.mouseClick(card.flag_radios["na"], Qt.MouseButton.LeftButton)  # by mouse: N/A
    assert store.results.red_flags(cards[0])["RF-C02"].answer == "na"
    qtbot.mouseClick(card.remaining_button, Qt.MouseButton.LeftButton)
    review = store.results.red_flag_review(cards[0])
    assert review.complete and review.present == ("RF-C01",) and review.clean
    assert card.flags_status.text() == "55 of 55 signs answered · 1 present, 0 not resolved"
    flags_row.setFocus()
    key(qtbot, flags_row, Qt.Key.Key_P)
    assert store.results.check(cards[0], "red-flags").result == "pass" and not flags_row.error_label.isVisible()

    # records: N/A needs a note; the store's refusal is shown and the note field takes the keys
    records.setFocus()
    key(qtbot, records, Qt.Key.Key_A)
    assert store.results.check(cards[0], "records").result is None
    assert records.error_label.isVisible() and "note" in records.error_label.text()
    assert QApplication.focusWidget() is records.note_edit
    qtbot.keyClicks(records.note_edit, "Sample order, no shipment yet")
    key(qtbot, records.note_edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is records
    key(qtbot, records, Qt.Key.Key_3)
    result = store.results.check(cards[0], "records")
    assert (result.result, result.note) == ("na", "Sample order, no shipment yet")
    assert card.status_label.text() == "3 of 3 checks done"

    # evidence: by the Attach… dialog and by dropping a file on the check
    first, second = tmp_path / "screening-log.pdf", tmp_path / "contract.pdf"
    first.write_bytes(b"%PDF-1.4 screening log")
    second.write_bytes(b"%PDF-1.4 contract")
    monkeypatch.setattr(prompts, "choose_files_to_attach", lambda parent: [str(first)])
    qtbot.mouseClick(screening.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "screening-log.pdf" in screening.evidence_label.text())
    drop(screening, second)
    qtbot.waitUntil(lambda: "contract.pdf" in screening.evidence_label.text())
    assert [r.file_name for r in store.results.evidence(cards[0], "screening")] == ["screening-log.pdf", "contract.pdf"]
    assert {r.item_id for r in store.evidence.all(aid, "S1")} >= set()  # stored as evidence of the check's first item
    assert len(store.evidence.all(aid, "S1")) == 2

    # the next card (PageDown): screening failed, a finding raised from the exception in one step
    key(qtbot, records, Qt.Key.Key_PageDown)
    assert card.card.sample_order_id == cards[1] and card.position_label.text() == "Order 2 of 4"
    assert not screening.choice_buttons["pass"].isChecked() and screening.note_edit.text() == ""
    qtbot.mouseClick(screening.choice_buttons["fail"], Qt.MouseButton.LeftButton)  # by mouse
    assert store.results.check(cards[1], "screening").result == "fail"
    screening.note_edit.setFocus()
    qtbot.keyClicks(screening.note_edit, "Screened two days after contract")
    assert screening.finding_button.isVisible()
    qtbot.mouseClick(screening.finding_button, Qt.MouseButton.LeftButton)
    finding_dialog = shown_dialog(card, ExceptionFindingDialog)
    description = finding_dialog.description_edit.toPlainText()
    assert description.startswith(f"Transaction test exception: order {card.card.order.order_ref}")
    assert "Screened two days after contract" in description
    finding_dialog.item_combo.setCurrentIndex(finding_dialog.item_combo.findData("S2"))
    finding_dialog.grade_combo.setCurrentIndex(finding_dialog.grade_combo.findData("major"))
    finding_dialog.recommendation_edit.setPlainText("Screen before signing")
    finding_dialog.accept()
    findings = store.findings.all(aid)
    assert [(f.item_id, f.grade, f.recommendation) for f in findings] == [("S2", "major", "Screen before signing")]
    assert store.results.check(cards[1], "screening").finding_id == findings[0].id
    assert card.rows["screening"].finding_label.text() == f"Finding #{findings[0].id} raised"
    assert not screening.finding_button.isVisible()
    key(qtbot, card.flags_tree, Qt.Key.Key_PageUp)  # the list of signs does not keep Page Up for itself
    assert card.card.sample_order_id == cards[0] and screening.choice_buttons["pass"].isChecked()

    # the tab follows each change: the card's progress, failures and the sample's pass rate
    orders = tab.orders_table.model()
    assert orders.index(0, 7).data() == "3 of 3" and orders.index(1, 8).data() == "1"
    assert window.assessment.testing.samples.index(0, 7).data() == "67% (2/3)"  # rounded half up
    card.close()


def test_pass_rate_beside_the_item_caps_it_in_tree_and_dashboard_and_survives_a_restart(
        make_window, sampled_store_path, qtbot, tmp_path):
    window = open_testing_tab(make_window, sampled_store_path)
    controller = window.assessment.testing
    cards = controller.visible_cards()
    card = controller.open_card(cards[0])
    evidence = tmp_path / "log.pdf"
    evidence.write_bytes(b"%PDF-1.4 log")
    card.attach("screening", [str(evidence)])  # S1 rated 5 now has evidence: it counts as 5...
    qtbot.waitUntil(lambda: "log.pdf" in card.rows["screening"].evidence_label.text())
    session = window.assessment.session
    assert session.score.items["S1"].effective == 5
    card.set_result("screening", "pass")
    card.step(1)
    card.set_result("screening", "fail")  # ...until the sample fails: 1 of 2 passed, below 90 %
    assert session.score.items["S1"].effective == 3 and session.score.items["S1"].capped_to == 3
    assert session.score.items["S2"].capped_to is None  # rated 3: the cap changes nothing

    tree = window.assessment.tree_model
    s1 = tree.index_of_item("S1")
    assert "sample_exception" in s1.data(MarksRole)
    assert s1.siblingAtColumn(COL_LEVEL).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Sample exceptions: counts as 3 at most (rated 5): Screened before contract 50%" in s1.data(
        Qt.ItemDataRole.ToolTipRole)
    assert tree.index_of_element("screening").siblingAtColumn(COL_LEVEL).data() == "3"
    window.show_workspace_action.trigger()
    window.assessment.select_item("S1")
    panel = window.assessment_page.workspace.item
    assert panel.sample_label.isVisible()
    assert "Screened before contract: 1/2 passed (50%)" in panel.sample_label.text()
    assert "Sample exceptions: this item counts as 3 at most until the pass rate reaches 90%." in \
        panel.sample_label.text()
    window.assessment.select_item("P1")
    assert not panel.sample_label.isVisible()  # no sample tests P1
    window.assessment.show_tab(TAB_DASHBOARD)
    dashboard = window.assessment.dashboard.model
    row = next(r for r in range(dashboard.rowCount()) if dashboard.index(r, 0).data() == "Screening procedures")
    assert dashboard.index(row, COL_SAMPLE_EXCEPTIONS).data() == "S1"
    assert "S1" in window.assessment.dashboard.view.overall_details_label.text()

    # a mistaken fail corrected on the card: the cap lifts at once in the tree, panel and dashboard
    card.set_result("screening", "pass")
    assert "sample_exception" not in tree.index_of_item("S1").data(MarksRole)
    assert dashboard.index(row, COL_SAMPLE_EXCEPTIONS).data() == ""
    window.assessment.select_item("S1")
    assert "2/2 passed (100%)" in panel.sample_label.text() and "at most" not in panel.sample_label.text()
    card.set_result("screening", "fail")
    card.answer_remaining()
    card.close()
    window.assessment_page.tabs.setCurrentIndex(TAB_TESTING)
    window.close()

    # everything as it was after closing and opening the window again
    window = make_window(sampled_store_path)
    assert window.assessment.session is not None
    window.show_testing_action.trigger()
    controller = window.assessment.testing
    assert controller.lists.rowCount() == 1 and controller.samples.rowCount() == 1
    assert controller.orders.index(1, 8).data() == "1"
    assert "S1" in window.assessment.session.sample_caps
    card = controller.open_card(cards[1])
    assert card.rows["screening"].choice_buttons["fail"].isChecked()
    assert card.flags_status.text() == "55 of 55 signs answered"
    assert "log.pdf" not in card.rows["screening"].evidence_label.text()  # the evidence is on the first card
    card.step(-1)
    assert "log.pdf" in card.rows["screening"].evidence_label.text()
    window.assessment_page.tabs.setCurrentIndex(TAB_DASHBOARD)
    assert window.assessment.tree_model.index_of_item("S1").data(MarksRole) >= {"sample_exception"}
    window.assessment_page.tabs.setCurrentIndex(TAB_WORKSPACE)


def test_finalised_assessment_shows_cards_read_only_and_language_follows(make_window, sampled_store_path, qtbot):
    with open_store(sampled_store_path, user="tester") as store:
        finalise(store, store.assessments.latest().id)
    window = open_testing_tab(make_window, sampled_store_path)
    tab = window.assessment_page.testing
    assert not tab.import_button.isEnabled() and not tab.draw_button.isEnabled()
    assert not tab.delete_sample_button.isEnabled() and tab.verify_button.isEnabled()
    card = window.assessment.testing.open_card()
    assert card.read_only_label.isVisible()
    key(qtbot, card.rows["screening"], Qt.Key.Key_P)
    assert window.store.results.check(card.card.sample_order_id, "screening").result is None
    assert not card.remaining_button.isEnabled()
    window.language_zh_action.trigger()
    qtbot.waitUntil(lambda: card.rows["screening"].choice_buttons["pass"].text() == "通过 (P)")  # LanguageChange
    assert card.flag_model.headerData(0, Qt.Orientation.Horizontal) == "警示信号"
    assert tab.orders_heading.text().startswith("样本 #1 的订单")
    window.language_en_action.trigger()


def test_red_flag_model_keeps_the_contract(qtmodeltester, sampled_store_path):
    with open_store(sampled_store_path) as store:
        sample = store.samples.all(store.assessments.latest().id)[0]
        flags = store.red_flags.of_sample(sample.id)
        so_id = store.samples.orders(sample.id)[0].id
        store.results.answer_red_flag(so_id, "RF-C01", "present")
        answers = store.results.red_flags(so_id)
    model = RedFlagTreeModel()
    model.set_card(flags, answers)
    qtmodeltester.check(model)
    assert model.rowCount() == len(flags.groups) and len(model.flag_ids()) == len(flags.flags) == 55
    assert model.index_of_flag("RF-C01").siblingAtColumn(COL_RESOLVED).data() == "No"
    model.set_language("zh")
    assert model.index_of_flag("RF-C01").siblingAtColumn(COL_ANSWER).data() == "出现"
    qtmodeltester.check(model)


def test_the_testing_tab_is_built_and_read_when_first_shown_not_while_the_window_opens(make_window,
                                                                                        sampled_store_path):
    window = make_window(sampled_store_path)
    if window.assessment.session is None:
        window.browser_controller.open_selected()
    assert window.assessment_page.tabs.currentIndex() != TAB_TESTING
    assert window.findChildren(TestingView) == []  # the tab nobody has looked at is not built yet
    window.show_testing_action.trigger()
    [view] = window.findChildren(TestingView)
    assert view.isVisible() and window.assessment_page.tabs.currentWidget().isAncestorOf(view)
    controller = window.assessment.testing
    assert not controller.stale
    assert controller.lists.rowCount() == 1 and controller.samples.rowCount() == 1
    assert controller.orders.rowCount() == 4  # the drawn sample is chosen and its orders listed, as before


def test_asking_for_the_testing_tab_before_it_is_shown_reads_it_when_shown(make_window, sampled_store_path):
    window = make_window(sampled_store_path)
    if window.assessment.session is None:
        window.browser_controller.open_selected()
    controller = window.assessment.testing  # made on demand, pointed at the open assessment
    assert controller.session is window.assessment.session
    assert controller.stale and controller.samples.rowCount() == 0  # nothing read for a tab nobody sees
    window.show_testing_action.trigger()
    assert controller.samples.rowCount() == 1 and controller.orders.rowCount() == 4
