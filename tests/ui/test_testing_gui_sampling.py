"""Transaction testing in the window, part 2: drawing a stratified sample with a fixed seed, the live count and
method before drawing, the redraw check (same orders, or the difference), and the samples' models."""

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_testing_gui_import import HEADERS, closed, import_csv, open_testing_tab, orders_csv, shown_dialog  # noqa: F401

from exportaudit.core.testing.results import CheckRate
from exportaudit.core.testing.sampling import SamplePlan, SampleSize, Strata, draw_sample
from exportaudit.ui.controllers.draw_sample import DrawSampleDialog
from exportaudit.ui.models.samples import (
    COL_CARD,
    COL_ORDER,
    COL_SIZE,
    COL_STRATUM,
    Choice,
    ChoiceTableModel,
    PassRateTableModel,
    SampledOrderTableModel,
    SampleTableModel,
    percent,
    rate_text,
)


def draw_dialog(window, qtbot) -> DrawSampleDialog:
    qtbot.mouseClick(window.assessment_page.testing.draw_button, Qt.MouseButton.LeftButton)
    return shown_dialog(window, DrawSampleDialog)


def fill_stratified(dialog, seed: str) -> None:
    """What the auditor sets: 8 orders, Iran as a high-risk destination, listed codes, seed typed in."""
    dialog.count_radio.click()
    dialog.count_spin.setValue(8)
    dialog.strata_box.setChecked(True)
    dialog.destinations_check.click()
    dialog.destination_filter.setText("伊")
    assert dialog.destination_table.model().rowCount() == 1  # the filter narrows the list
    dialog.destinations.set_checked("伊朗", True)
    dialog.destination_filter.clear()
    dialog.codes_check.click()
    dialog.seed_edit.setText(seed)


def drawn_refs(window) -> list[str]:
    model = window.assessment_page.testing.orders_table.model()
    return [model.index(r, COL_ORDER).data() for r in range(model.rowCount())]


def test_stratified_sample_with_a_fixed_seed_is_drawn_again_the_same(make_window, tt_store_path, qtbot, tmp_path,
                                                                      monkeypatch, wait_dialog):
    window = open_testing_tab(make_window, tt_store_path)
    tab = window.assessment_page.testing
    assert not tab.draw_button.isEnabled()  # nothing to draw from yet
    import_csv(window, qtbot, monkeypatch, orders_csv(tmp_path / "orders.csv"))
    dialog = draw_dialog(window, qtbot)
    assert dialog.rule_radio.isChecked() and dialog.summary_label.text() == "4 of 40 orders will be drawn."  # 10 %
    assert dialog.since_edit.date().toString("yyyy-MM-dd") == "2026-01-01"  # the assessment's period start
    fill_stratified(dialog, "12345")
    assert dialog.summary_label.text() == "8 of 40 orders will be drawn."
    description = dialog.description_label.text()
    assert description.startswith("Stratified random sample of 8 from 40 orders") and "seed 12345" in description
    assert "high-risk destinations (伊朗)" in description and "listed control codes" in description
    dialog.destinations.set_checked("伊朗", False)
    assert not dialog.draw_button.isEnabled() and "high-risk destination" in dialog.error_label.text()
    dialog.destinations.set_checked("伊朗", True)
    assert dialog.draw_button.isEnabled()
    qtbot.mouseClick(dialog.draw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)

    store, aid = window.store, window.assessment.session.assessment_id
    sample = store.samples.all(aid)[0]
    assert (sample.seed, sample.size, sample.population) == (12345, 8, 40)
    order_list = store.orders.lists(aid)[0]
    plan = SamplePlan(SampleSize(count=8), Strata(frozenset({"伊朗"}), True))
    expected = draw_sample(store.orders.all(order_list.id), plan, 12345)
    by_seq = {o.seq: o.order_ref for o in store.orders.all(order_list.id)}
    assert drawn_refs(window) == [by_seq[seq] for seq in expected.seqs]
    strata = tab.orders_table.model()
    assert {strata.index(r, COL_STRATUM).data() for r in range(strata.rowCount())} >= {
        "High-risk destination: 伊朗", "Listed control code"}
    assert strata.index(0, COL_CARD).data() == "0 of 3"
    assert tab.samples_table.model().index(0, COL_SIZE).data() == "8 of 40"
    assert "seed 12345" in tab.sample_description.text()
    assert "Drew sample #1: 8 of 40 orders, seed 12345" in window.statusBar().currentMessage()

    # the reviewer's check: Redraw says the same orders come out again
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "redrawSameMessage")
    assert "the same 8 orders were drawn again" in box.text()
    box.accept()

    # a second sample drawn with the reviewer's seed holds the same orders
    first = drawn_refs(window)
    dialog = draw_dialog(window, qtbot)
    fill_stratified(dialog, "12345")
    dialog.accept()
    qtbot.waitUntil(lambda: tab.samples_table.model().rowCount() == 2, timeout=10_000)
    assert drawn_refs(window) == first

    # someone swaps an order in the stored sample: the redraw shows the difference
    with sqlite3.connect(tt_store_path) as db:
        stored = db.execute("SELECT id, order_id FROM sample_orders WHERE sample_id = 1 ORDER BY position").fetchall()
        outside = db.execute("SELECT id, order_ref FROM orders WHERE id NOT IN (SELECT order_id FROM sample_orders) "
                             "ORDER BY seq LIMIT 1").fetchone()
        db.execute("UPDATE sample_orders SET order_id = ? WHERE id = ?", [outside[0], stored[0][0]])
    tab.samples_table.selectRow(0)
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "redrawDiffersMessage")
    assert f"Stored but not drawn again (1): {outside[1]}" in box.text()
    assert f"Drawn again but not stored (1): {first[0]}" in box.text()
    box.accept()


def test_two_ticked_destinations_are_each_drawn_from_even_in_a_small_sample(make_window, tt_store_path, qtbot,
                                                                          tmp_path, monkeypatch):
    """Russia has 30 orders and Iran 2; a sample of 3 with both ticked holds orders to both, as the dialog says."""
    rows = [f"SO-{i:03d},2026-02-{1 + i % 27:02d},客户{i},收货{i},{'伊朗' if i in (7, 19) else '俄罗斯'},泵,,100,"
            for i in range(1, 33)]
    path = tmp_path / "russia_iran.csv"
    path.write_text("\n".join([HEADERS, *rows]) + "\n", encoding="utf-8")
    window = open_testing_tab(make_window, tt_store_path)
    import_csv(window, qtbot, monkeypatch, path)
    dialog = draw_dialog(window, qtbot)
    assert "each ticked high-risk destination on its own" in dialog.strata_hint.text()
    assert "draws from each" in dialog.strata_hint.text()
    dialog.count_radio.click()
    dialog.count_spin.setValue(3)
    dialog.strata_box.setChecked(True)
    dialog.destinations_check.click()
    dialog.destinations.set_checked("伊朗", True)
    dialog.destinations.set_checked("俄罗斯", True)
    qtbot.mouseClick(dialog.draw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)
    model = window.assessment_page.testing.orders_table.model()
    strata = sorted(model.index(r, COL_STRATUM).data() for r in range(model.rowCount()))
    assert len(strata) == 3 and set(strata) == {"High-risk destination: 伊朗", "High-risk destination: 俄罗斯"}
    assert window.store.samples.all(window.assessment.session.assessment_id)[0].algorithm == "random-keys-2"


def test_delete_sample_then_list_after_confirming(make_window, tt_store_path, qtbot, tmp_path, monkeypatch,
                                                  wait_dialog):
    window = open_testing_tab(make_window, tt_store_path)
    tab = window.assessment_page.testing
    import_csv(window, qtbot, monkeypatch, orders_csv(tmp_path / "orders.csv"))
    dialog = draw_dialog(window, qtbot)
    dialog.accept()
    qtbot.waitUntil(lambda: tab.samples_table.model().rowCount() == 1, timeout=10_000)
    qtbot.mouseClick(tab.delete_list_button, Qt.MouseButton.LeftButton)
    error = wait_dialog(QMessageBox, "errorMessage")
    assert "Samples were drawn from “orders.csv” (#1). Delete them first" in error.text()
    error.accept()
    qtbot.mouseClick(tab.delete_sample_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "confirmMessage")
    assert "4 test cards (0 filled in)" in box.text()
    next(b for b in box.buttons() if b.text() == "Delete").click()
    qtbot.waitUntil(lambda: tab.samples_table.model().rowCount() == 0)
    assert tab.orders_table.model().rowCount() == 0 and tab.orders_heading.text() == "Sampled orders"
    qtbot.mouseClick(tab.delete_list_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox, "confirmMessage")
    next(b for b in box.buttons() if b.text() == "Delete").click()
    qtbot.waitUntil(lambda: tab.lists_table.model().rowCount() == 0)
    assert [c.entity for c in window.store.history.all(window.assessment.session.assessment_id)][-2:] == [
        "sample", "order_list"]


def test_sample_models_keep_the_contract(qtmodeltester, make_window, tt_store_path, qtbot, tmp_path, monkeypatch):
    window = open_testing_tab(make_window, tt_store_path)
    import_csv(window, qtbot, monkeypatch, orders_csv(tmp_path / "orders.csv"))
    draw_dialog(window, qtbot).accept()
    controller = window.assessment.testing
    qtbot.waitUntil(lambda: controller.samples.rowCount() == 1, timeout=10_000)
    for model in (controller.lists, controller.samples, controller.orders, controller.rates):
        qtmodeltester.check(model)
    assert isinstance(controller.samples, SampleTableModel) and isinstance(controller.orders, SampledOrderTableModel)
    assert isinstance(controller.rates, PassRateTableModel) and controller.rates.rowCount() == 3
    choices = ChoiceTableModel(with_first=True)
    choices.set_choices([Choice("客户1", 3, "2026-01-02"), Choice("", 1)], checked=["客户1", "gone"])
    qtmodeltester.check(choices)
    assert choices.checked() == ["客户1"] and choices.index(1, 0).data() == "(blank)"
    assert choices.setData(choices.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert choices.checked() == ["客户1", ""]


def test_pass_rates_round_down_so_a_miss_never_shows_as_the_threshold():
    assert percent(2 / 3) == 67 and percent(0.9) == 90 and percent(1.0) == 100  # rounded half up
    assert percent(0.895) == 90 and percent(0.895, threshold=0.9) == 89  # never up to the threshold it misses
    assert percent(0.996) == 99  # nor to 100 % with a failure
    assert rate_text(CheckRate("c", passed=17, failed=2)) == "17/19 passed (89%)"
    assert rate_text(CheckRate("c")) == "not tested yet"
