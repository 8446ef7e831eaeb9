"""Transaction testing in the window, part 1: importing order lists as an auditor does with the auditee's ERP
export — a CSV whose column mapping the user corrects (and finds remembered next time), an .xlsx with Chinese
headers under a merged title row on its second sheet, refused rows listed with their reason, Cancel."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

from exportaudit.core.store import open_store
from exportaudit.ui import prompts
from exportaudit.ui.controllers.order_import import OrderImportDialog
from exportaudit.ui.models.orders import (
    COL_NAME,
    COL_ORDERS,
    COL_REASON,
    COL_REFUSED,
    COL_ROW,
    COL_VALUE,
    OrderListTableModel,
    RowProblemTableModel,
    SourcePreviewModel,
)
from exportaudit.ui.views.assessment_page_view import TAB_TESTING
from exportaudit.ui.views.main_window_view import PAGE_ASSESSMENT
from exportaudit.ui.views.order_import_view import PAGE_MAPPING, PAGE_RESULT

HEADERS = "订单号,下单日期,客户,收货人,目的国,品名,管制编码,金额,许可证号"
COUNTRIES = ("德国", "伊朗", "越南", "巴西")


def order_rows(count: int = 40) -> list[str]:
    return [f"SO-{i:03d},2026-0{1 + i % 6}-{1 + i % 27:02d},客户{i % 7},收货{i % 5},{COUNTRIES[i % 4]},泵,"
            f"{'2B350' if i % 4 == 0 else ''},{1000 + i},{f'LIC-{i}' if i % 4 == 0 else ''}" for i in range(1, count + 1)]


def orders_csv(path: Path, count: int = 40) -> Path:
    """An ERP export: 40 orders, then a bad date, a row without an order id and a totals line."""
    rows = [HEADERS, *order_rows(count), "SO-900,2026-13-45,客户1,,德国,泵,,5,", ",2026-02-01,没有单号,,德国,泵,,1,",
            "合计,,,,,,,99999,"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def open_testing_tab(make_window, path, **kwargs):
    """The main window on ``path`` with the assessment open on its transaction-testing tab."""
    window = make_window(path, **kwargs)
    if window.pages.currentIndex() != PAGE_ASSESSMENT:
        window.browser_controller.open_selected()
    assert window.pages.currentIndex() == PAGE_ASSESSMENT
    window.show_testing_action.trigger()  # Ctrl+6
    assert window.assessment_page.tabs.currentIndex() == TAB_TESTING
    return window


def start_import(window, qtbot, monkeypatch, path: Path, *, mapped: bool = True) -> OrderImportDialog:
    """Click Import…, choose ``path`` in the (replaced) file chooser and wait until its columns are shown (and,
    when ``mapped``, an order-id column is found so Import is enabled)."""
    monkeypatch.setattr(prompts, "choose_order_list", lambda parent, folder="": str(path))
    qtbot.mouseClick(window.assessment_page.testing.import_button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(window, OrderImportDialog)
    qtbot.waitUntil(lambda: dialog.table is not None and (dialog.import_button.isEnabled() or not mapped))
    return dialog


def closed(dialog) -> bool:
    """The dialog is off screen. It deletes itself on close (WA_DeleteOnClose), so by the time a wait looks again
    it may be gone altogether: touching it then raises "Internal C++ object already deleted"."""
    return not isValid(dialog) or not dialog.isVisible()


def shown_dialog(window, cls):
    """The dialog of that class on screen (a closed one may linger until the event loop deletes it)."""
    shown = [d for d in window.findChildren(cls) if d.isVisible()]
    assert len(shown) == 1, shown
    return shown[0]


def finish_import(dialog, qtbot) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_RESULT, timeout=10_000)


def import_csv(window, qtbot, monkeypatch, path: Path) -> None:
    """Import a file with the mapping as suggested and close the dialog (used by the other test modules)."""
    dialog = start_import(window, qtbot, monkeypatch, path)
    finish_import(dialog, qtbot)
    dialog.done_buttons.rejected.emit()


def combo_header(dialog, field: str):
    return dialog.field_combos[field].currentData()


def test_csv_import_with_a_corrected_mapping_is_remembered_next_time(make_window, tt_store_path, qtbot, tmp_path,
                                                                      monkeypatch):
    window = open_testing_tab(make_window, tt_store_path)
    tab = window.assessment_page.testing
    path = orders_csv(tmp_path / "ERP-2026.csv")
    dialog = start_import(window, qtbot, monkeypatch, path)
    assert "row 1" in dialog.detected_label.text() and dialog.encoding_combo.isVisible()
    assert not dialog.sheet_combo.isVisible()  # a CSV has no sheets
    assert combo_header(dialog, "order_id") == "订单号" and combo_header(dialog, "destination") == "目的国"
    assert combo_header(dialog, "end_user") is None  # 收货人 is not a name the guess knows
    assert "matched by their names" in dialog.remembered_label.text()
    preview = dialog.preview_model
    assert preview.rowCount() == 20 and preview.headerData(0, Qt.Orientation.Vertical) == "2"  # the file's row numbers
    assert preview.headerData(3, Qt.Orientation.Horizontal) == "收货人"  # not imported yet

    dialog.set_column("end_user", "收货人")  # the user picks the consignee column for the end user
    assert preview.headerData(3, Qt.Orientation.Horizontal) == "收货人\n→ End user"
    dialog.set_column("customer", "收货人")  # one column feeds one field: the end user loses it again...
    assert combo_header(dialog, "end_user") is None and combo_header(dialog, "customer") == "收货人"
    dialog.set_column("customer", "客户")  # ...so the user puts both back
    dialog.set_column("end_user", "收货人")
    dialog.set_column("order_id", None)
    assert not dialog.import_button.isEnabled() and "order id" in dialog.error_label.text()
    dialog.set_column("order_id", "订单号")
    dialog.name_edit.setText("ERP export 2026")
    finish_import(dialog, qtbot)

    assert "40 orders imported" in dialog.result_label.text()
    assert "could not be read and were left out: 3;" in dialog.result_label.text()
    problems = dialog.problems_model
    assert [(problems.index(r, COL_ROW).data(), problems.index(r, COL_REASON).data(), problems.index(r, COL_VALUE).data())
            for r in range(problems.rowCount())] == [("42", "The date cannot be read", "2026-13-45"),
                                                     ("43", "No order id", ""), ("44", "A totals line, not an order", "合计")]
    qtbot.mouseClick(dialog.done_buttons.button(dialog.done_buttons.StandardButton.Close), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))

    lists = tab.lists_table.model()
    assert lists.rowCount() == 1
    assert [lists.index(0, c).data() for c in (COL_NAME, COL_ORDERS, COL_REFUSED)] == ["ERP export 2026", "40", "3"]
    store = window.store
    aid = window.assessment.session.assessment_id
    order_list = store.orders.lists(aid)[0]
    assert {o.end_user for o in store.orders.all(order_list.id)} == {f"收货{i}" for i in range(5)}
    assert "Imported ERP export 2026: 40 orders, 3 rows refused" in window.statusBar().currentMessage()

    # Refused rows… shows them again, translated by their code
    qtbot.mouseClick(tab.rejects_button, Qt.MouseButton.LeftButton)
    refused = next(w for w in window.findChildren(QDialog) if w.objectName() == "refusedRowsDialog" and w.isVisible())
    table = refused.findChild(type(tab.lists_table), "refusedRowsTable")
    assert table.model().rowCount() == 3 and table.model().index(1, COL_REASON).data() == "No order id"
    refused.reject()

    # next year's export of the same report: the corrected mapping is filled in at once
    again = orders_csv(tmp_path / "ERP-2027.csv", count=12)
    dialog = start_import(window, qtbot, monkeypatch, again)
    assert combo_header(dialog, "end_user") == "收货人" and combo_header(dialog, "customer") == "客户"
    assert "last used" in dialog.remembered_label.text()
    finish_import(dialog, qtbot)
    dialog.accept()
    assert tab.lists_table.model().rowCount() == 2


def chinese_workbook(path: Path) -> Path:
    """Sheet 1 holds notes; sheet 2 the orders under a merged title row, with real dates and amounts."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "说明"
    notes.append(["本表由 ERP 导出，仅供审计使用"])
    sheet = book.create_sheet("出口订单")
    sheet.append(["苏州恒信精密仪器有限公司 2026 年出口订单明细"])
    sheet.merge_cells("A1:H1")
    sheet.append(["单据编号", "签约日期", "客户名称", "最终用户", "目的国家/地区", "物料描述", "出口管制编码", "订单金额"])
    for i in range(1, 16):
        sheet.append([f"HX-{i:04d}", datetime.date(2026, 1 + i % 12, 1 + i), f"客户{i % 4}", f"最终用户{i % 3}",
                      "伊朗" if i % 5 == 0 else "德国", "三坐标测量机", "2B006" if i % 2 else "", 1000.5 * i])
    sheet.append(["HX-0099", "去年", "客户1", "", "德国", "", "", 1])
    book.save(path)
    return path


def test_xlsx_with_chinese_headers_under_a_merged_title_on_the_second_sheet(make_window, tt_store_path, qtbot,
                                                                           tmp_path, monkeypatch):
    window = open_testing_tab(make_window, tt_store_path, language="zh")
    dialog = start_import(window, qtbot, monkeypatch, chinese_workbook(tmp_path / "订单.xlsx"), mapped=False)
    assert dialog.sheet_combo.isVisible() and not dialog.encoding_combo.isVisible()
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == ["说明", "出口订单"]
    assert combo_header(dialog, "destination") is None  # the notes sheet has no order columns
    dialog.sheet_combo.setCurrentText("出口订单")  # the user picks the order sheet
    qtbot.waitUntil(lambda: dialog.table is not None and dialog.table.sheet == "出口订单"
                    and dialog.import_button.isEnabled())
    assert dialog.table.header_rows == (2, 2)  # the merged title row above is not the header
    assert dialog.header_first_spin.value() == 2 and "第 2 行" in dialog.detected_label.text()
    assert combo_header(dialog, "order_id") == "单据编号" and combo_header(dialog, "destination") == "目的国家/地区"
    assert combo_header(dialog, "end_user") == "最终用户" and combo_header(dialog, "date") == "签约日期"
    dialog.currency_edit.setText("cny")
    dialog.currency_edit.textEdited.emit("cny")
    finish_import(dialog, qtbot)
    assert dialog.problems_model.rowCount() == 1 and dialog.problems_model.index(0, COL_REASON).data() == "无法识别日期"
    dialog.accept()
    store, aid = window.store, window.assessment.session.assessment_id
    order_list = store.orders.lists(aid)[0]
    assert (order_list.sheet, order_list.order_count, order_list.header_rows) == ("出口订单", 15, "2-2")
    first = store.orders.all(order_list.id)[0]
    assert (first.order_ref, first.order_date, first.value, first.currency) == ("HX-0001", "2026-02-02", 1000.5, "CNY")


def test_cancel_keeps_nothing_and_unreadable_files_say_why(make_window, tt_store_path, qtbot, tmp_path, monkeypatch):
    import exportaudit.ui.controllers.order_import as order_import

    window = open_testing_tab(make_window, tt_store_path)
    dialog = start_import(window, qtbot, monkeypatch, orders_csv(tmp_path / "orders.csv", count=3000))
    real = order_import.read_orders

    def slow_reader(table, mapping, progress):  # the worker waits at the first progress until Cancel is clicked
        def gated(done, total):
            progress(done, total)
            dialog._cancel.wait(5)
            return progress(done, total)
        return real(table, mapping, gated)

    monkeypatch.setattr(order_import, "read_orders", slow_reader)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0)
    assert "Read 1,000 of about 3,00" in dialog.progress_label.text()
    qtbot.mouseClick(dialog.cancel_import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.pages.currentIndex() == PAGE_MAPPING
    assert "cancelled" in dialog.error_label.text()
    assert window.store.orders.lists(window.assessment.session.assessment_id) == []
    dialog.reject()

    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    dialog = start_import_failing(window, qtbot, monkeypatch, old)
    assert "cannot be read" in dialog.error_label.text() and ".xlsx" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def start_import_failing(window, qtbot, monkeypatch, path):
    monkeypatch.setattr(prompts, "choose_order_list", lambda parent, folder="": str(path))
    qtbot.mouseClick(window.assessment_page.testing.import_button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(window, OrderImportDialog)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    return dialog


def test_read_only_store_imports_nothing(make_window, tt_store_path, tmp_path):
    window = open_testing_tab(make_window, tt_store_path, read_only=True)
    tab = window.assessment_page.testing
    assert not tab.import_button.isEnabled() and not tab.draw_button.isEnabled()


def test_order_models_keep_the_contract(qtmodeltester, tmp_path, tt_store_path):
    from exportaudit.core.testing.orders import ColumnMapping, open_table, read_orders

    table = open_table(orders_csv(tmp_path / "o.csv", count=5))
    mapping = ColumnMapping({"order_id": "订单号", "date": "下单日期"})
    preview = SourcePreviewModel()
    preview.set_table(table, mapping, "en")
    qtmodeltester.check(preview)
    assert preview.mapped_columns() == [0, 1]
    result = read_orders(table, mapping)
    problems = RowProblemTableModel()
    problems.set_rows(result.problems)
    qtmodeltester.check(problems)
    assert problems.rowCount() == 3
    with open_store(tt_store_path) as store:
        aid = store.assessments.latest().id
        store.orders.add_list(aid, result, name="five")
        lists = OrderListTableModel()
        lists.set_rows(store.orders.lists(aid))
    qtmodeltester.check(lists)
    assert "5 orders, 3 rows refused" in lists.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
