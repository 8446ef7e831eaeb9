"""How far a workbook's sheets reach, read from its XML before python-calamine opens it.

calamine keeps a sheet as one dense grid from its first to its last cell, so a hostile two-cell workbook (A1 and
XFD1048576) asks for 17 billion cells and the process aborts inside Rust, beyond any Python ``except``. The rows
and columns a sheet reaches are therefore bounded first, from XML parts whose size the zip guard already bounded:

- the common .xlsx form, every cell written ``<c r="B7"...>`` (Excel, WPS, LibreOffice, the Python writers), takes
  two literal-prefix searches that only match rows from 100,000 on and columns from AA on, so an ordinary order
  list costs one decompression pass and few matches;
- anything else (cells without a leading reference, namespace prefixes) and OpenDocument's content.xml (rows and
  cells repeated by attribute) is walked with defusedxml's iterparse, counting positions as calamine does;
- an .xls file's cell records are walked in its OLE Workbook stream (read with olefile).

The result is an upper bound (styled empty cells count too), which is what a refusal needs.
"""

from __future__ import annotations

import re
import zipfile
from xml.etree.ElementTree import ParseError

_CHUNK = 1 << 22
_OVERLAP = 64  # bytes carried between chunks so a reference cut at a seam is still seen
_BIG_ROW = re.compile(rb' r="[A-Z]{1,3}(\d{6,})"')
_WIDE = re.compile(rb' r="([A-Z]{2,})\d')
_UNREFERENCED_CELL = re.compile(rb"<c(?! r=\")[ >/]")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]*(\d+)"')
_PLAIN_ROW_LIMIT, _PLAIN_COLUMN_LIMIT = 99_999, 26  # what the fast path assumes when nothing larger matched


class ExtentUnreadable(Exception):
    """The XML walked for the extent is not well-formed, or defusedxml refused it (entities): ``part`` says where."""

    def __init__(self, part: str, cause: BaseException):
        super().__init__(str(cause))
        self.part = part
        self.cause = cause


class EncryptedWorkbook(ValueError):
    """An OLE file holding a password-protected .xlsx workbook, not an .xls one."""


def column_number(letters: bytes | str) -> int:
    """1-based number of a column name: A -> 1, Z -> 26, AA -> 27."""
    n = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(index: int) -> str:
    """0-based column index to its name: 0 -> A, 26 -> AA."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def xlsx_extent(archive: zipfile.ZipFile, part: str) -> tuple[int, int, int | None]:
    """(rows, columns) a worksheet part reaches at most, and the last row its ``<dimension>`` declares (or None)."""
    rows, columns, declared, first = 0, 0, None, True
    tail = b""
    with archive.open(part) as fh:
        while chunk := fh.read(_CHUNK):
            window = tail + chunk
            if first:
                first = False
                root = window.find(b"worksheet")
                if root > 0 and window[root - 1:root] != b"<":  # <x:worksheet>: prefixed, the general walk
                    return (*_general_xlsx_extent(archive, part), _declared(window))
                declared = _declared(window)
            loose = _UNREFERENCED_CELL.search(window)
            if loose and loose.start() < len(window) - 8:  # nearer the seam, the next window decides
                return (*_general_xlsx_extent(archive, part), declared)
            rows = max([rows, *map(int, _BIG_ROW.findall(window))])
            columns = max([columns, *map(column_number, _WIDE.findall(window))])
            tail = window[-_OVERLAP:]
    return max(rows, _PLAIN_ROW_LIMIT), max(columns, _PLAIN_COLUMN_LIMIT), declared


def _declared(head: bytes) -> int | None:
    match = _DIMENSION.search(head[:1 << 16])
    return int(match.group(1)) if match else None


def _walk(archive: zipfile.ZipFile, part: str):
    """(event, element, local tag) of a part, through defusedxml (no DOCTYPE, no entities)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    try:
        with archive.open(part) as fh:
            for event, element in iterparse(fh, events=("start", "end"), forbid_dtd=True):
                yield event, element, element.tag.rsplit("}", 1)[-1]
    except (ParseError, DefusedXmlException) as exc:
        raise ExtentUnreadable(part, exc) from None


def _general_xlsx_extent(archive: zipfile.ZipFile, part: str) -> tuple[int, int]:
    rows = columns = row = column = 0
    for event, element, tag in _walk(archive, part):
        if tag == "row" and event == "start":
            ref = element.get("r", "")
            row, column = (int(ref) if ref.isdigit() else row + 1), 0
            rows = max(rows, row)
        elif tag == "c" and event == "start":
            match = re.match(r"([A-Z]{1,3})(\d+)$", element.get("r", ""))
            column = column_number(match.group(1)) if match else column + 1
            rows, columns = max(rows, int(match.group(2)) if match else row), max(columns, column)
        elif tag == "row" and event == "end":
            element.clear()
    return rows, columns


def ods_extent(archive: zipfile.ZipFile, part: str = "content.xml") -> tuple[int, int, dict]:
    """(rows, columns) the largest table of an OpenDocument spreadsheet reaches with content, repeats counted, and
    each table's merged ranges by name as (first row, first column, last row, last column), rows 1-based and
    columns 0-based (calamine does not report them for .ods)."""
    rows = columns = row = column = 0
    filled_row = False
    merges: dict[str, list[tuple[int, int, int, int]]] = {}
    table: list = []
    for event, element, tag in _walk(archive, part):
        if event == "start":
            if tag == "table":
                row, table = 0, merges.setdefault(_attribute(element, "name", ""), [])
            elif tag == "table-row":
                column, filled_row = 0, False
            continue
        if tag in ("table-cell", "covered-table-cell"):
            down, across = _repeat(element, "number-rows-spanned"), _repeat(element, "number-columns-spanned")
            if down > 1 or across > 1:
                table.append((row + 1, column, row + down, column + across - 1))
            column += _repeat(element, "number-columns-repeated")
            if len(element) or any(k.endswith("}value-type") for k in element.attrib):
                columns, filled_row = max(columns, column), True
            element.clear()
        elif tag == "table-row":
            row += _repeat(element, "number-rows-repeated")
            if filled_row:
                rows = max(rows, row)
            element.clear()
    return rows, columns, merges


def _attribute(element, name: str, default: str) -> str:
    return next((v for k, v in element.attrib.items() if k.endswith("}" + name)), default)


def _repeat(element, name: str) -> int:
    value = _attribute(element, name, "1")
    return int(value) if value.isdigit() else 1


# BIFF cell records start with (row, column) as two little-endian u16; MULRK and MULBLANK end with their last column.
_BIFF_CELLS = frozenset({0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00D6, 0x00FD, 0x00BD, 0x00BE})
_BIFF_MULTI = frozenset({0x00BD, 0x00BE})


def xls_extent(path) -> tuple[int, int]:
    """(rows, columns) the cells of an .xls file reach at most, over all its sheets. BIFF caps rows at 65,536, but
    a column is a 16-bit field too, so one forged cell record could ask calamine for a 65,536 x 65,536 grid."""
    import olefile

    with olefile.OleFileIO(str(path)) as ole:
        name = next((n for n in ("Workbook", "Book") if ole.exists(n)), None)
        if name is None and ole.exists("EncryptedPackage"):
            raise EncryptedWorkbook("an encrypted (password-protected) .xlsx workbook")
        if name is None:
            raise ValueError("no Workbook stream: it is not an Excel .xls file")
        data = ole.openstream(name).read()
    rows = columns = pos = 0
    end = len(data) - 4
    while pos <= end:
        kind, size = int.from_bytes(data[pos:pos + 2], "little"), int.from_bytes(data[pos + 2:pos + 4], "little")
        body = pos + 4
        if kind in _BIFF_CELLS and size >= 4:
            rows = max(rows, int.from_bytes(data[body:body + 2], "little") + 1)
            last = body + size - 2 if kind in _BIFF_MULTI else body + 2
            columns = max(columns, int.from_bytes(data[last:last + 2], "little") + 1)
        pos = body + size
    return rows, columns
