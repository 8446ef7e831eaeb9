"""Importing an order list: header detection in messy workbooks and CSV files, the column mapping, dates and
amounts in many forms, unreadable rows listed with their reason, and the workbook reader checked against
openpyxl and bounded before it loads a sheet."""

import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from exportaudit.core.sheet_extent import column_letters, column_number
from exportaudit.core.testing.orders import (
    ColumnMapping,
    ImportCancelled,
    MappingError,
    TableError,
    guess_mapping,
    open_table,
    parse_amount,
    parse_date,
    read_orders,
    sheet_names,
)
from exportaudit.core.testing.orders.tables import detect_delimiter, detect_encoding
from exportaudit.core.testing.orders.workbook import OrderWorkbook

FIXTURES = Path(__file__).parent / "fixtures"
GROUPS = [("A2:C2", "订单信息"), ("D2:E2", "交易方"), ("F2:F3", "目的国/地区"), ("G2:H2", "物项"), ("I2:I3", "金额"),
          ("J2:J3", "许可证号")]
LEAVES = {"A3": "订单号", "B3": "日期", "C3": "币种", "D3": "客户", "E3": "最终用户", "G3": "品名", "H3": "管制编码"}
MESSY_ROWS = [
    ["SO-001", "2026/3/5", "CNY", "甲公司", "乙研究所", "德国", "压力传感器 PX-200", "1C001", "¥12,500.00", "LIC-2026-01"],
    ["SO-002", "05.03.2026", "USD", "丙公司", "丙公司", "越南", "阀门", "", "USD 1,200", ""],
    ["SO-003", "2026年3月7日", "", "丁公司", "", "日本", "真空泵", "2B350", 300, ""],
    [None] * 10,
    ["SO-004", "32.13.2026", "", "戊公司", "", "美国", "泵", "", 5, ""],  # no such date
    [None, "2026-03-09", "", "己公司", "", "美国", "泵", "", 5, ""],  # no order id
    ["SO-005", datetime(2026, 3, 10), "", "庚公司", "", "印度", "泵", "", "12.5万元", ""],
    ["SO-006", 46091, "", "辛公司", "", "印度", "泵", "", "1.234,50 €", ""],  # serial number in a text-formatted column
    ["SO-007", "2026-03-12", "", "壬公司", "", "德国", "泵", "", "lots", ""],  # unreadable amount
    ["合计", None, None, None, None, None, None, None, "13,805.00", None],
]


def messy_workbook(path):
    """A workbook as an ERP exports it: a merged title row, merged group headers over Chinese sub-headers,
    dates as text in several forms, amounts with currency signs, a blank row and bad rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "出口明细"
    ws["A1"] = "某某科技有限公司 2026年第一季度出口订单明细"
    ws.merge_cells("A1:J1")
    for ref, text in GROUPS:
        ws[ref.split(":")[0]] = text
        ws.merge_cells(ref)
    for ref, text in LEAVES.items():
        ws[ref] = text
    for row in MESSY_ROWS:
        ws.append(row)
    wb.create_sheet("说明")["A1"] = "本表由 ERP 导出"
    wb.save(path)
    return path


@pytest.mark.parametrize("suffix", ["xlsx", "ods", "xls"])
def test_messy_workbook_header_mapping_and_rows(tmp_path, suffix):
    """The same workbook as written by openpyxl and as LibreOffice converted it to .ods and .xls (merges and all)."""
    path = messy_workbook(tmp_path / "orders_messy.xlsx") if suffix == "xlsx" else FIXTURES / f"orders_messy.{suffix}"
    table = open_table(path)
    assert table.sheet == "出口明细" and sheet_names(path) == ["出口明细", "说明"]
    assert table.header_rows == (2, 3) and table.data_start == 4
    assert table.headers == ["订单信息 / 订单号", "订单信息 / 日期", "订单信息 / 币种", "交易方 / 客户", "交易方 / 最终用户",
                             "目的国/地区", "物项 / 品名", "物项 / 管制编码", "金额", "许可证号"]
    assert table.preview[0][0] == 4 and table.preview[0][1][0] == "SO-001"
    mapping = guess_mapping(table.headers)
    assert mapping.columns == {
        "order_id": "订单信息 / 订单号", "date": "订单信息 / 日期", "customer": "交易方 / 客户", "end_user": "交易方 / 最终用户",
        "destination": "目的国/地区", "item": "物项 / 品名", "control_code": "物项 / 管制编码", "value": "金额",
        "currency": "订单信息 / 币种", "licence": "许可证号"}
    result = read_orders(table, mapping)
    by_ref = {o.order_ref: o for o in result.orders}
    assert list(by_ref) == ["SO-001", "SO-002", "SO-003", "SO-005", "SO-006"]
    assert [o.seq for o in result.orders] == list(range(1, len(result.orders) + 1))
    assert by_ref["SO-001"].order_date == "2026-03-05" and by_ref["SO-001"].value == 12500.0
    assert by_ref["SO-001"].currency == "CNY" and by_ref["SO-001"].end_user == "乙研究所"
    assert by_ref["SO-001"].control_code == "1C001" and by_ref["SO-001"].licence == "LIC-2026-01"
    assert by_ref["SO-002"].order_date == "2026-03-05" and (by_ref["SO-002"].value, by_ref["SO-002"].currency) == (1200.0, "USD")
    assert by_ref["SO-003"].order_date == "2026-03-07" and by_ref["SO-003"].source_row == 6
    assert by_ref["SO-005"].order_date == "2026-03-10" and by_ref["SO-005"].value == 125000.0
    assert by_ref["SO-006"].order_date == "2026-03-10" and (by_ref["SO-006"].value, by_ref["SO-006"].currency) == (1234.5, "EUR")
    problems = {p.row: (p.code, p.message) for p in result.problems}
    assert problems[8][0] == "bad_date" and "'32.13.2026' is not a real date" in problems[8][1]
    assert problems[9] == ("no_order_id", "no order id")
    assert problems[12][0] == "bad_value" and "'lots'" in problems[12][1]
    assert problems[13] == ("total_row", "a totals line, not an order")
    assert sorted(problems) == [8, 9, 12, 13]
    assert result.first_date == "2026-03-05" and result.last_date == "2026-03-10"
    assert len(result.source_sha256) == 64


def test_user_mapping_by_header_name_and_date_order(tmp_path):
    path = tmp_path / "orders_us.csv"
    path.write_text("Order No.,Ship Date,Sold-to,Country,Amount\n"
                    "A1,03/05/2026,Acme,US,\"1,000.50\"\n"
                    "A2,13/05/2026,Beta,DE,20\n", encoding="utf-8")
    table = open_table(path)
    assert table.headers == ["Order No.", "Ship Date", "Sold-to", "Country", "Amount"]
    guessed = guess_mapping(table.headers)
    assert guessed.columns == {"order_id": "Order No.", "date": "Ship Date", "customer": "Sold-to",
                               "destination": "Country", "value": "Amount"}
    mapping = ColumnMapping(guessed.columns, date_order="mdy", default_currency="USD")
    result = read_orders(table, mapping)
    assert [o.order_date for o in result.orders] == ["2026-03-05", "2026-05-13"]  # 13 cannot be a month
    assert [(o.value, o.currency) for o in result.orders] == [(1000.5, "USD"), (20.0, "USD")]
    assert ColumnMapping.from_json(mapping.to_json()) == mapping
    moved = mapping.with_column("customer", "Country")  # one column feeds one field
    assert moved.columns["customer"] == "Country" and "destination" not in moved.columns


def test_csv_in_gb18030_with_semicolons_and_a_title_line(tmp_path):
    text = ("出口订单导出（2026年3月）\n"
            "订单编号;下单日期;客户名称;最终用户;目的国;品名;管制编码;金额;许可证编号\n"
            "XS-1;2026年3月5日;华东机电;某大学;伊朗;数控机床;2B001;￥1,234.00;\n"
            "XS-2;2026.3.6;华南贸易;;越南;轴承;;88;\n"
            ";2026.3.6;无单号;;越南;轴承;;88;\n")
    path = tmp_path / "orders_gb.csv"
    path.write_bytes(text.encode("gb18030"))
    table = open_table(path)
    assert (table.encoding, table.delimiter) == ("gb18030", ";")
    assert table.header_rows == (2, 2) and table.headers[0] == "订单编号" and table.total_rows == 3
    mapping = guess_mapping(table.headers)
    assert mapping.columns["licence"] == "许可证编号" and mapping.columns["end_user"] == "最终用户"
    result = read_orders(table, mapping)
    assert [(o.order_ref, o.order_date, o.destination, o.value, o.currency) for o in result.orders] == [
        ("XS-1", "2026-03-05", "伊朗", 1234.0, "CNY"), ("XS-2", "2026-03-06", "越南", 88.0, "")]
    assert [(p.row, p.code) for p in result.problems] == [(5, "no_order_id")]


def test_csv_utf8_bom_and_encodings(tmp_path):
    path = tmp_path / "orders_bom.csv"
    path.write_bytes("订单号,日期,金额\nB-1,45356,10\n".encode("utf-8-sig"))
    table = open_table(path)
    assert table.encoding == "utf-8-sig" and table.headers == ["订单号", "日期", "金额"]
    [order] = read_orders(table, guess_mapping(table.headers)).orders
    assert order.order_date == "2024-03-05"  # an Excel serial written as text
    assert detect_encoding("订单".encode("gb18030")) == "gb18030"
    assert detect_encoding("订单".encode()) == "utf-8"
    assert detect_encoding("\ufeffa".encode("utf-16")) == "utf-16"
    assert detect_delimiter("a\tb\tc\n1\t2\t3\n") == "\t" and detect_delimiter("a|b\n1|2\n") == "|"


def test_header_rows_can_be_given_and_unnamed_columns_get_letters(tmp_path):
    path = tmp_path / "orders_plain.csv"
    path.write_text("x,y,\n1,2,3\nSO-1,2026-01-02,9\n", encoding="utf-8")
    table = open_table(path, header_rows=(2, 2))
    assert table.headers == ["1", "2", "3"] and table.data_start == 3
    table = open_table(path)
    assert table.headers == ["x", "y", "Column C"]


def test_mapping_errors(tmp_path):
    path = tmp_path / "orders_min.csv"
    path.write_text("订单号,日期\nA,2026-01-01\n", encoding="utf-8")
    table = open_table(path)
    with pytest.raises(MappingError, match="order id"):
        read_orders(table, ColumnMapping({"date": "日期"}))
    with pytest.raises(MappingError, match="no column for: Customer ← 'Kunde'"):
        read_orders(table, ColumnMapping({"order_id": "订单号", "customer": "Kunde"}))
    with pytest.raises(MappingError, match="Unknown order field"):
        ColumnMapping({"colour": "x"})
    with pytest.raises(MappingError, match="date order"):
        ColumnMapping({"order_id": "订单号"}, date_order="ymd")


def test_files_that_cannot_be_read(tmp_path):
    old = tmp_path / "orders.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    with pytest.raises(TableError, match=r"orders.xls cannot be read as a workbook \(.*OLE.*save it as .xlsx"):
        open_table(old)
    fake = tmp_path / "orders.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(TableError, match="cannot be read"):
        open_table(fake)
    with pytest.raises(TableError, match="no sheet 'Nope'"):
        open_table(messy_workbook(tmp_path / "orders_m.xlsx"), sheet="Nope")


def test_progress_reaches_the_total_and_cancel_stops(tmp_path):
    path = tmp_path / "orders_many.csv"
    path.write_text("订单号,金额\n" + "".join(f"N{i},{i}\n" for i in range(2500)), encoding="utf-8")
    table = open_table(path)
    calls = []
    result = read_orders(table, guess_mapping(table.headers), lambda done, total: calls.append((done, total)))
    assert len(result.orders) == 2500 and calls[-1] == (2500, 2500) and calls[0] == (1000, 2500)
    with pytest.raises(ImportCancelled):
        read_orders(table, guess_mapping(table.headers), lambda done, total: False)


@pytest.mark.parametrize("text, order, expected", [
    ("2026-03-05", "dmy", date(2026, 3, 5)), ("2026/3/5", "dmy", date(2026, 3, 5)),
    ("2026.3.5", "dmy", date(2026, 3, 5)), ("20260305", "dmy", date(2026, 3, 5)),
    ("2026年3月5日", "dmy", date(2026, 3, 5)), ("２０２６年０３月０５日", "dmy", date(2026, 3, 5)),
    ("05.03.2026", "mdy", date(2026, 3, 5)), ("05/03/2026", "dmy", date(2026, 3, 5)),
    ("05/03/2026", "mdy", date(2026, 5, 3)), ("13/03/2026", "mdy", date(2026, 3, 13)),
    ("5-Mar-2026", "dmy", date(2026, 3, 5)), ("Mar 5, 2026", "dmy", date(2026, 3, 5)),
    ("05-Mar-26", "dmy", date(2026, 3, 5)), ("2026-03-05 14:30:00", "dmy", date(2026, 3, 5)),
    ("2026/3/5 8:05", "dmy", date(2026, 3, 5)), ("46086", "dmy", date(2026, 3, 5)),
    (46086, "dmy", date(2026, 3, 5)), (datetime(2026, 3, 5, 9), "dmy", date(2026, 3, 5)), ("", "dmy", None),
])
def test_dates_in_many_forms(text, order, expected):
    assert parse_date(text, order) == expected


@pytest.mark.parametrize("text", ["2026-02-30", "tomorrow", "12345", "2026年3月", "31/31/2026", True])
def test_bad_dates_say_why(text):
    with pytest.raises(ValueError, match="date"):
        parse_date(text)


@pytest.mark.parametrize("text, expected", [
    ("1234.5", (1234.5, "")), ("¥12,500.00", (12500.0, "CNY")), ("￥1,234", (1234.0, "CNY")),
    ("USD 1,200", (1200.0, "USD")), ("$ 99.90", (99.9, "USD")), ("1.234,50 €", (1234.5, "EUR")),
    ("1 234,5", (1234.5, "")), ("(300.00)", (-300.0, "")), ("-5", (-5.0, "")), ("12.5万元", (125000.0, "CNY")),
    ("1,234,567.89 RMB", (1234567.89, "CNY")), ("１２３", (123.0, "")), ("2.000.000", (2000000.0, "")),
    ("100 美元", (100.0, "USD")), (7, (7.0, "")), ("", (None, "")),
])
def test_amounts(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["lots", "1,2,3,4", "12..5", "USD"])
def test_bad_amounts(text):
    with pytest.raises(ValueError, match="amount"):
        parse_amount(text)


# --- the workbook reader (python-calamine) against openpyxl ------------------------------------------------------


def test_columns_letters_round_trip():
    assert [column_letters(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
    assert all(column_number(column_letters(i)) == i + 1 for i in range(2000))


def _openpyxl_rows(path, sheet):
    wb = openpyxl.load_workbook(path, data_only=True)
    rows = []
    for row in wb[sheet].iter_rows():
        values = [c.value for c in row]
        while values and values[-1] in (None, ""):
            values.pop()
        if values:
            rows.append((row[0].row, values))
    return rows


def _filled_rows(path, sheet=None):
    with OrderWorkbook(path) as book:
        return [(n, [None if v == "" else v for v in values]) for n, values in book.sheet(sheet).rows()
                if any(v is not None for v in values)]


def _as_read(value):
    """openpyxl gives a datetime for a date cell; calamine a date when it has no time of day."""
    return value.date() if isinstance(value, datetime) and value.time() == time() else value


def test_reader_matches_openpyxl(tmp_path):
    path = tmp_path / "orders_types.xlsx"
    wb = openpyxl.Workbook()  # the normal writer: shared strings, styles, dates with a number format
    ws = wb.active
    ws.title = "Data"
    ws.append(["Text", "Int", "Float", "Date", "Bool", "Escaped", "Blank", "Unicode"])
    ws.append(["a & b <c>", 42, 3.25, datetime(2026, 3, 5), True, 'say "hi"\nnext line', None, "最终用户 ✓"])
    ws.append(["", 0, -1e-3, datetime(1999, 12, 31, 12, 30), False, "tab\there", None, "x"])
    ws["AB7"] = "far column"
    ws["C9"] = "=1+1"  # a formula without a cached value reads as empty, as openpyxl's data_only does
    wb.save(path)
    theirs = [(n, [None if v == "" else _as_read(v) for v in values]) for n, values in _openpyxl_rows(path, "Data")]
    assert _filled_rows(path, "Data") == theirs


def _replace_sheet(path, target, xml):
    """Copy ``path`` to ``target`` with its first sheet's XML replaced (to test hand-written sheet forms)."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = xml.encode("utf-8")
            dst.writestr(item, data)
    return target


def _base(tmp_path):
    base = tmp_path / "base.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "x"
    wb.save(base)
    return base


def test_prefixes_missing_refs_and_single_quotes(tmp_path):
    xml = ("<?xml version='1.0' encoding='UTF-8'?>"
           "<x:worksheet xmlns:x='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
           "<x:dimension ref='A1:C3'/><x:sheetData>"
           "<x:row r='1'><x:c t='inlineStr'><x:is><x:t>订单号</x:t></x:is></x:c>"
           "<x:c t='inlineStr'><x:is><x:r><x:t>日</x:t></x:r><x:r><x:t>期</x:t></x:r></x:is></x:c></x:row>"
           "<x:row><x:c><x:v>7</x:v></x:c><x:c t='str'><x:v>2026-03-05</x:v></x:c><x:c t='b'><x:v>1</x:v></x:c></x:row>"
           "<x:row r='5'><x:c r='C5'><x:v>9</x:v></x:c></x:row>"
           "</x:sheetData><x:mergeCells count='1'><x:mergeCell ref='A1:B1'/></x:mergeCells></x:worksheet>")
    path = _replace_sheet(_base(tmp_path), tmp_path / "orders_prefixed.xlsx", xml)
    assert _filled_rows(path) == [(1, ["订单号", "日期"]), (2, [7, "2026-03-05", True]), (5, [None, None, 9])]
    with OrderWorkbook(path) as book:
        assert book.sheet().merged_ranges() == [(1, 0, 1, 1)]


def test_ooxml_escapes_and_phonetic_runs(tmp_path):
    xml = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           '<row r="1"><c r="A1" t="inlineStr"><is><t>a_x000D_b &amp; c</t></is></c>'
           '<c r="B1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c>'
           '<c r="C1" s="0"><v>1.5E3</v></c></row></sheetData></worksheet>')
    path = _replace_sheet(_base(tmp_path), tmp_path / "orders_escapes.xlsx", xml)
    assert _filled_rows(path) == [(1, ["a\rb & c", "東京", 1500.0])]


def test_workbook_without_dimension_is_sized_and_1904_dates(tmp_path):
    path = tmp_path / "orders_wo.xlsx"
    wb = openpyxl.Workbook(write_only=True)  # writes no <dimension>
    ws = wb.create_sheet("S")
    ws.append(["订单号", "日期"])
    for i in range(50):
        ws.append([f"W{i}", datetime(2026, 1, 1)])
    wb.save(path)
    table = open_table(path)
    assert table.total_rows == 50 and table.header_rows == (1, 1)
    assert len(read_orders(table, guess_mapping(table.headers)).orders) == 50
    wb = openpyxl.Workbook()
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    wb.active.append(["订单号", "日期"])
    wb.active.append(["M1", datetime(2026, 3, 5)])
    mac = tmp_path / "orders_mac.xlsx"
    wb.save(mac)
    [order] = read_orders(open_table(mac), ColumnMapping({"order_id": "订单号", "date": "日期"})).orders
    assert order.order_date == "2026-03-05"


def _two_cells(tmp_path, name, far):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "订单号"
    wb.active[far] = "x"
    path = tmp_path / name
    wb.save(path)
    return path


@pytest.mark.parametrize("far, words", [("XFD1048576", "16,384 columns"), ("Z999999", "16,777,216 cells"),
                                        ("ALM5", "1,001 columns")])
def test_a_sheet_reaching_too_far_is_refused_before_it_is_loaded(tmp_path, far, words):
    """calamine holds a sheet as one dense grid: two cells at opposite corners would abort the process."""
    path = _two_cells(tmp_path, "orders_far.xlsx", far)
    with pytest.raises(TableError, match=words):
        open_table(path)


def test_a_tall_narrow_sheet_is_read(tmp_path):
    path = _two_cells(tmp_path, "orders_tall.xlsx", "B200000")
    table = open_table(path)
    assert table.total_rows == 199_999 and table.headers == ["订单号"]


def test_cells_without_references_are_bounded_by_their_positions(tmp_path):
    row = "<row>" + "<c><v>1</v></c>" * 1001 + "</row>"
    xml = f'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{row}</sheetData></worksheet>'
    with pytest.raises(TableError, match="1,001 columns"):
        open_table(_replace_sheet(_base(tmp_path), tmp_path / "orders_loose.xlsx", xml))


# --- .xls and .ods, as older Chinese ERPs export them (fixtures converted from one workbook by LibreOffice) -------

@pytest.mark.parametrize("suffix", ["xlsx", "ods", "xls"])
def test_old_excel_and_opendocument_order_lists_import_like_xlsx(suffix):
    table = open_table(FIXTURES / f"orders_erp.{suffix}")
    assert table.kind == suffix and table.sheet == "出口订单" and table.header_rows == (2, 2)
    assert table.headers == ["订单号", "日期", "客户", "目的国", "金额", "许可证号"] and table.total_rows == 7
    result = read_orders(table, guess_mapping(table.headers))
    assert [(o.source_row, o.order_ref, o.order_date, o.value, o.currency) for o in result.orders] == [
        (3, "SO-101", "2026-03-05", 12500.5, ""), (4, "SO-102", "2026-03-06", 1200.0, "CNY"),
        (6, "SO-103", "2026-03-07", 300.0, "")]
    assert [(p.row, p.code, p.value) for p in result.problems] == [
        (7, "bad_date", "32.13.2026"), (8, "bad_value", "lots"), (9, "total_row", "合计")]
    assert result.blank_rows == 1


def test_an_xls_cell_record_reaching_far_is_refused_before_it_is_loaded(tmp_path):
    """One forged LABELSST record (row 65,000, column 16,000) would make calamine ask for 33 GB and abort."""
    data = bytearray((FIXTURES / "orders_erp.xls").read_bytes())
    at = data.index(b"\xfd\x00\x0a\x00")
    data[at + 4:at + 8] = (65000).to_bytes(2, "little") + (16000).to_bytes(2, "little")
    forged = tmp_path / "orders_forged.xls"
    forged.write_bytes(bytes(data))
    with pytest.raises(TableError, match="16,001 columns"):
        open_table(forged)


def test_an_ods_whose_repeated_cells_reach_far_is_refused(tmp_path):
    repeated = ('<table:table-row table:number-rows-repeated="200000"><table:table-cell '
                'table:number-columns-repeated="100" office:value-type="float" office:value="1"><text:p>1</text:p>'
                '</table:table-cell></table:table-row><table:table-row')
    target = tmp_path / "orders_repeated.ods"
    with zipfile.ZipFile(FIXTURES / "orders_erp.ods") as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "content.xml":
                data = data.replace(b"<table:table-row", repeated.encode(), 1)
            dst.writestr(item, data)
    with pytest.raises(TableError, match="16,777,216 cells"):
        open_table(target)


def test_an_xls_file_named_xlsx_is_read_by_its_content(tmp_path):
    """Some ERPs write the old format under the new extension."""
    renamed = tmp_path / "orders_renamed.xlsx"
    renamed.write_bytes((FIXTURES / "orders_erp.xls").read_bytes())
    table = open_table(renamed)
    assert table.kind == "xls" and [o.order_ref for o in read_orders(table, guess_mapping(table.headers)).orders] == [
        "SO-101", "SO-102", "SO-103"]


def _orders_xlsx(path, refs):
    wb = openpyxl.Workbook()
    wb.active.append(["订单号", "金额"])
    for ref in refs:
        wb.active.append([ref, 1])
    wb.save(path)
    return path


def test_the_import_reuses_the_loaded_sheet_unless_the_file_changed(tmp_path, monkeypatch):
    from exportaudit.core.testing.orders import tables

    path = _orders_xlsx(tmp_path / "orders.xlsx", ["A-1", "A-2"])
    table = open_table(path)
    monkeypatch.setattr(tables, "OrderWorkbook", None)  # a second load would fail
    assert [o.order_ref for o in read_orders(table, guess_mapping(table.headers)).orders] == ["A-1", "A-2"]
    monkeypatch.undo()
    table = open_table(path)
    _orders_xlsx(path, ["B-1", "B-2", "B-3"])  # replaced while the mapping dialog was open
    assert [o.order_ref for o in read_orders(table, guess_mapping(table.headers)).orders] == ["B-1", "B-2", "B-3"]
