"""Workbooks from other companies: the order-list import and the questionnaire import refuse a hostile or broken
file with one line that names it, within bounded memory, and never with a traceback."""

import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from exportaudit.cli import main
from exportaudit.core.session import AssessmentSession
from exportaudit.core.testing.orders import TableError, open_table, read_orders
from exportaudit.core.testing.orders.fields import ColumnMapping
from exportaudit.exchange import questionnaire_layout as L
from exportaudit.exchange.questionnaire_export import export_questionnaire
from exportaudit.exchange.questionnaire_import import QuestionnaireError, read_questionnaire

SHEET = "xl/worksheets/sheet1.xml"


# --- building hostile files --------------------------------------------------------------------------------


def order_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["订单号", "日期", "客户"])
    for n in range(1, 6):
        ws.append([f"SO-{n}", f"2026-01-0{n}", f"Customer {n}"])
    wb.save(path)
    return path


def rewrite(source: Path, target: Path, replace: dict[str, bytes | None], *, stored: set[str] = frozenset(),
            extra: dict[str, bytes] | None = None) -> Path:
    """Copy a workbook part by part, replacing (or, with None, dropping) some parts."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = replace.get(info.filename, src.read(info.filename))
            if data is None:
                continue
            out.writestr(info.filename, data, zipfile.ZIP_STORED if info.filename in stored else zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return target


def part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def bomb(source: Path, target: Path, member: str, size: int) -> Path:
    """``source`` with ``member`` replaced by ``size`` bytes of XML whitespace: about 1 MB per GB on disk.
    Written through zipfile's streaming writer, so building it takes little memory."""
    head = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' \
           b"<sheetData>"
    block = b" " * (1 << 20)
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in src.infolist():
            if info.filename != member:
                out.writestr(info.filename, src.read(info.filename))
                continue
            with out.open(member, "w", force_zip64=True) as fh:
                fh.write(head)
                for _ in range(size >> 20):
                    fh.write(block)
                fh.write(b"</sheetData></worksheet>")
    return target


def with_bad_crc(source: Path, target: Path, member: str, old: bytes, new: bytes) -> Path:
    """``member`` stored uncompressed, then ``old`` overwritten by ``new`` in the file: its CRC no longer matches."""
    assert len(old) == len(new)
    rewrite(source, target, {}, stored={member})
    data = target.read_bytes()
    at = data.index(old)
    target.write_bytes(data[:at] + new + data[at + len(old):])
    return target


def truncated(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) * 2 // 3])
    return target


DOCTYPE_PREFIX = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">' \
                 b'<!ENTITY ext SYSTEM "file:///etc/passwd">]>\n'


def with_doctype(xml: bytes, *, hidden_after_comment: bool = False) -> bytes:
    """The part with a DOCTYPE (entity expansion and an external entity) spliced in after its XML declaration;
    ``hidden_after_comment`` puts 100 KB of comment before it, past where the quick prolog check looks."""
    body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
    doctype = DOCTYPE_PREFIX.split(b"\n", 1)[1]
    comment = b"<!--" + b"x" * 100_000 + b"-->" if hidden_after_comment else b""
    return b'<?xml version="1.0"?>\n' + comment + doctype + body


# --- the order-list import ------------------------------------------------------------------------------


def refused_orders(path: Path, *words: str) -> str:
    with pytest.raises(TableError) as caught:
        table = open_table(path)
        read_orders(table, ColumnMapping({"order_id": table.headers[0]}))
    text = str(caught.value)
    assert "\n" not in text and path.name in text, text
    for word in words:
        assert word in text, text
    return text


def test_order_list_renamed_csv_old_xls_and_truncated_files_get_their_reason(tmp_path):
    csv = tmp_path / "orders-csv.xlsx"
    csv.write_text("订单号,日期\nSO-1,2026-01-02\n", encoding="utf-8")
    refused_orders(csv, "text file", "CSV")
    good = order_workbook(tmp_path / "good.xlsx")
    refused_orders(truncated(good, tmp_path / "orders-cut.xlsx"), "damaged or incomplete")


def test_order_list_with_a_damaged_part_is_refused_not_a_traceback(tmp_path):
    good = order_workbook(tmp_path / "good.xlsx")
    bad = with_bad_crc(good, tmp_path / "orders-crc.xlsx", SHEET, b"SO-3", b"SO-8")
    refused_orders(bad, "checksum")


def test_order_list_xml_with_doctype_entities_or_broken_tags_is_refused(tmp_path):
    good = order_workbook(tmp_path / "good.xlsx")
    workbook = part(good, "xl/workbook.xml")
    refused_orders(rewrite(good, tmp_path / "orders-dtd.xlsx", {"xl/workbook.xml": with_doctype(workbook)}), "DOCTYPE")
    hidden = rewrite(good, tmp_path / "orders-dtd2.xlsx",
                     {"xl/workbook.xml": with_doctype(workbook, hidden_after_comment=True)})
    refused_orders(hidden, "entities")
    refused_orders(rewrite(good, tmp_path / "orders-xml.xlsx", {"xl/workbook.xml": workbook[:-20]}),
                   "not well-formed")


def test_order_list_with_too_many_parts_columns_rows_or_strings_is_refused(tmp_path):
    good = order_workbook(tmp_path / "good.xlsx")
    parts = rewrite(good, tmp_path / "orders-parts.xlsx", {}, extra={f"x/{n}.bin": b"" for n in range(5001)})
    refused_orders(parts, "5,00", "parts")
    sheet = part(good, SHEET)
    wide = sheet.replace(b"</sheetData>", b'<row r="9"><c r="ZZZ9" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    refused_orders(rewrite(good, tmp_path / "orders-wide.xlsx", {SHEET: wide}), "columns")
    tall = sheet.replace(b'<dimension ref="A1:C6"/>', b'<dimension ref="A1:C2000000"/>')
    assert tall != sheet
    refused_orders(rewrite(good, tmp_path / "orders-tall.xlsx", {SHEET: tall}), "2,000,000 rows")
    strings = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + \
              b"<si><t>abcdefghij</t></si>" * (3 * 1024 * 1024) + b"</sst>"
    many = rewrite(good, tmp_path / "orders-strings.xlsx", {}, extra={"xl/sharedStrings.xml": strings})
    refused_orders(many, "sharedStrings.xml", "MB")


def test_an_order_list_that_expands_a_thousand_times_is_refused_as_a_zip_bomb(tmp_path):
    good = order_workbook(tmp_path / "good.xlsx")
    path = bomb(good, tmp_path / "orders-ratio.xlsx", SHEET, 100 << 20)  # below the size limit, not the ratio
    refused_orders(path, "zip bomb")


# --- the questionnaire import ---------------------------------------------------------------------------


@pytest.fixture
def questionnaire(mini_assessment, tmp_path):
    store, aid = mini_assessment
    store.answers.rate(aid, "P1", 2)
    path = tmp_path / "questionnaire.xlsx"
    session = AssessmentSession(store, aid)
    export_questionnaire(session, path, language="en")
    return session, path


def refused_questionnaire(session, path: Path, *words: str) -> str:
    with pytest.raises(QuestionnaireError) as caught:
        read_questionnaire(path, session)
    text = str(caught.value)
    assert "\n" not in text and text.startswith(path.name), text
    for word in words:
        assert word in text, text
    return text


def test_a_questionnaire_with_cell_comments_still_imports(questionnaire, tmp_path):
    """The checks refuse hostile files, not what Excel users add: a cell comment is a legacy VML drawing part."""
    from openpyxl.comments import Comment

    session, good = questionnaire
    wb = openpyxl.load_workbook(good)
    ws = wb[L.SHEET]
    rating = [key for key, *_ in L.COLUMNS].index("rating") + 1
    ws.cell(row=L.FIRST_ROW, column=rating).comment = Comment("Please check with legal", "Client")
    ws.cell(row=L.FIRST_ROW + 1, column=rating).value = 3
    wb.save(good)
    assert any(name.endswith(".vml") for name in zipfile.ZipFile(good).namelist())
    preview = read_questionnaire(good, session)
    assert preview.problems == [] and [c.new for c in preview.changes] == [3]


def test_questionnaire_renamed_csv_truncated_and_damaged_files_get_their_reason(questionnaire, tmp_path):
    session, good = questionnaire
    csv = tmp_path / "answers.xlsx"
    csv.write_text("Item,Rating\nP1,3\n", encoding="utf-8")
    refused_questionnaire(session, csv, "text file", "CSV")
    refused_questionnaire(session, truncated(good, tmp_path / "cut.xlsx"), "damaged or incomplete")
    bad = with_bad_crc(good, tmp_path / "crc.xlsx", "xl/workbook.xml", b"Questionnaire", b"Questionnairf")
    refused_questionnaire(session, bad, "checksum")


def test_questionnaire_xml_with_doctype_entities_or_broken_tags_is_refused(questionnaire, tmp_path):
    session, good = questionnaire
    sheet = part(good, SHEET)
    refused_questionnaire(session, rewrite(good, tmp_path / "dtd.xlsx", {SHEET: with_doctype(sheet)}), "DOCTYPE")
    hidden = rewrite(good, tmp_path / "dtd2.xlsx", {SHEET: with_doctype(sheet, hidden_after_comment=True)})
    refused_questionnaire(session, hidden, "entities")
    broken = sheet.replace(b"</sheetData>", b"<row><c></sheetData>")
    refused_questionnaire(session, rewrite(good, tmp_path / "xml.xlsx", {SHEET: broken}), "not well-formed")


def test_a_questionnaire_that_expands_a_thousand_times_is_refused_as_a_zip_bomb(questionnaire, tmp_path):
    session, good = questionnaire
    refused_questionnaire(session, bomb(good, tmp_path / "ratio.xlsx", SHEET, 30 << 20), "zip bomb")


def test_a_million_row_questionnaire_is_refused_by_its_declared_size(questionnaire, tmp_path):
    session, good = questionnaire
    sheet = part(good, SHEET)
    last = get_column_letter(len(L.COLUMNS)).encode()
    declared = sheet.replace(b'<dimension ref="A1:' + last, b'<dimension ref="A1:' + last + b'1000006"/><x ref="')
    assert declared != sheet
    refused_questionnaire(session, rewrite(good, tmp_path / "declared.xlsx", {SHEET: declared}), "1,000,006 rows")


def test_a_questionnaire_whose_rows_run_on_is_refused_while_streaming(questionnaire, tmp_path):
    session, good = questionnaire
    sheet = part(good, SHEET)
    undeclared = (sheet[:sheet.index(b"<dimension")] + sheet[sheet.index(b"/>", sheet.index(b"<dimension")) + 2:])
    far = undeclared.replace(b"</sheetData>",
                             b'<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>P9</t></is></c></row></sheetData>')
    refused_questionnaire(session, rewrite(good, tmp_path / "far.xlsx", {SHEET: far}), "5,007 rows or more")


def test_questionnaire_cli_refusals_are_one_line(demo_store_path, tmp_path, capsys):
    out = tmp_path / "q.xlsx"
    assert main(["questionnaire", "export", "--store", str(demo_store_path), "-o", str(out)]) == 0
    capsys.readouterr()
    hostile = rewrite(out, tmp_path / "hostile.xlsx", {SHEET: with_doctype(part(out, SHEET))})
    damaged = with_bad_crc(out, tmp_path / "damaged.xlsx", "xl/workbook.xml", b"Questionnaire", b"Questionnairf")
    for path, word in ((hostile, "DOCTYPE"), (damaged, "checksum"), (truncated(out, tmp_path / "cut.xlsx"), "incomplete")):
        assert main(["questionnaire", "import", "--store", str(demo_store_path), "--dry-run", str(path)]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and path.name in err[0] and word in err[0], err


# --- zip bombs: refused quickly, in little memory ------------------------------------------------------------

BOMB_SIZE = 1 << 30  # 1 GB of XML in a file of about 1 MB

MEASURE = r"""
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))  # the unguarded code fails here instead of swapping
kind, path = sys.argv[1], sys.argv[2]
started = time.perf_counter()
try:
    if kind == "orders":
        from exportaudit.core.testing.orders import open_table, read_orders
        from exportaudit.core.testing.orders.fields import ColumnMapping
        table = open_table(path)
        read_orders(table, ColumnMapping({"order_id": table.headers[0]}))
        outcome = "IMPORTED"
    else:
        from exportaudit.core.session import AssessmentSession
        from exportaudit.core.store import open_store
        from exportaudit.exchange.questionnaire_import import read_questionnaire
        store = open_store(sys.argv[3], read_only=True)
        read_questionnaire(path, AssessmentSession(store, store.assessments.latest().id))
        outcome = "IMPORTED"
except MemoryError:
    outcome = "MemoryError"
except Exception as exc:
    outcome = f"{type(exc).__name__}: {exc}"
try:  # this process's own high-water mark (ru_maxrss would include the parent's before exec)
    with open("/proc/self/status") as fh:
        peak_mb = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024
except OSError:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1 << 20 if sys.platform == "darwin" else 1024)
print(f"{outcome}\n{peak_mb:.0f}\n{time.perf_counter() - started:.2f}")
"""


def measured(*args: str) -> tuple[str, float]:
    result = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, timeout=600)
    outcome, peak_mb, seconds = result.stdout.strip().splitlines()[-3:]
    print(f"{args[0]} bomb: {outcome[:80]} | peak {peak_mb} MB | {seconds} s")
    return outcome, float(peak_mb)


@pytest.mark.slow
def test_an_order_list_zip_bomb_is_refused_in_little_memory(tmp_path):
    good = order_workbook(tmp_path / "good.xlsx")
    path = bomb(good, tmp_path / "orders-bomb.xlsx", SHEET, BOMB_SIZE)
    assert path.stat().st_size < 2 << 20
    outcome, peak_mb = measured("orders", str(path))
    assert outcome.startswith("TableError: orders-bomb.xlsx: its part xl/worksheets/sheet1.xml expands to"), outcome
    assert peak_mb < 200


@pytest.mark.slow
def test_a_questionnaire_zip_bomb_is_refused_in_little_memory(demo_store_path, tmp_path):
    out = tmp_path / "q.xlsx"
    assert main(["questionnaire", "export", "--store", str(demo_store_path), "-o", str(out)]) == 0
    path = bomb(out, tmp_path / "questionnaire-bomb.xlsx", SHEET, BOMB_SIZE)
    assert path.stat().st_size < 2 << 20
    outcome, peak_mb = measured("questionnaire", str(path), str(demo_store_path))
    assert outcome.startswith("QuestionnaireError: questionnaire-bomb.xlsx: its part xl/worksheets/sheet1.xml "
                              "expands to"), outcome
    assert peak_mb < 200
