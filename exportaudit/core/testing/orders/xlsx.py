"""A streaming reader for the cell values of .xlsx worksheets, fast enough for 100,000-row ERP exports.

openpyxl's read-only mode spends most of its time on per-cell objects (about 7 s for 100,000 rows of nine
columns on a 2-core laptop, and a sheet without a ``<dimension>`` element is parsed once more just to size it).
This reader decompresses the sheet part in chunks and picks the cells out with regular expressions, which
keeps the per-cell Python work to a few operations (about 2 s for the same sheet). The workbook's other parts
(workbook, relationships, shared strings, styles) are small and read with the standard XML parser.

The common form written by Excel, WPS and most libraries (``<c r="B2" s="1" t="s"><v>3</v></c>``) takes a fast
path; anything else (namespace prefixes, cells without ``r``, attributes in another order or quoted with ')
takes a slower general path, chunk by chunk. Values come back as str, int, float, bool or datetime (numbers
in a date style are converted, honouring the 1904 date system); empty cells are None.

Errors in the file's structure raise XlsxError. The file comes from another company, so it is opened through
workbook_guard (sizes, compression ratio, part count, DOCTYPE checked first; rows, columns, the size of one row
and damaged parts checked while streaming), which raises RefusedWorkbook with the reason. tests/
test_testing_orders.py checks this reader against openpyxl on workbooks written in several ways.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree

from exportaudit.core.workbook_guard import Limits, RefusedWorkbook, check_size, open_checked, reading_part, refused_xml

# An order list may be a full Excel sheet (1,048,576 rows); its other parts are small.
ORDER_LIMITS = Limits(max_members=5000, max_part=512 << 20, max_total=1 << 30, max_shared_strings=64 << 20,
                      max_rows=1_048_576, max_columns=1000)
MAX_ROW_CHARS = 32 << 20  # one row's XML; beyond this the sheet is not a table of orders

CHUNK = 1 << 22  # decompressed characters handled per step
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

_FAST_CELL = re.compile(r'<c r="([A-Z]{1,3})(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_FAST_T = re.compile(r"<t\b[^>]*>([^<]*)</t>")
_ESCAPED_CHAR = re.compile(r"_x([0-9A-Fa-f]{4})_")
_ATTR = re.compile(r"""([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ROOT_PREFIX = re.compile(r"<(\w+:)?worksheet\b")
_CELL_REF = re.compile(r"^([A-Z]{1,3})(\d*)$")


class XlsxError(Exception):
    """The file is not a workbook this reader understands."""


def column_index(letters: str) -> int:
    """0-based index of a column name: A -> 0, Z -> 25, AA -> 26."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def column_letters(index: int) -> str:
    """Inverse of column_index: 0 -> A, 26 -> AA."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def _unescape(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
    if "_x" in text:
        text = _ESCAPED_CHAR.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _Patterns:
    """Prefix-aware general patterns (a sheet may write <x:c> instead of <c>)."""

    def __init__(self, prefix: str):
        p = re.escape(prefix)
        self.row = re.compile(rf"<{p}row\b([^>]*?)(?:/>|>(.*?)</{p}row>)", re.S)
        self.cell = re.compile(rf"<{p}c\b([^>]*?)(?:/>|>(.*?)</{p}c>)", re.S)
        self.v = re.compile(rf"<{p}v>(.*?)</{p}v>", re.S)
        self.inline = re.compile(rf"<{p}is>(.*?)</{p}is>", re.S)
        self.t = re.compile(rf"<{p}t\b[^>]*>(.*?)</{p}t>", re.S)
        self.rph = re.compile(rf"<{p}rPh\b.*?</{p}rPh>", re.S)
        self.row_end = f"</{prefix}row>"
        self.merge = re.compile(rf"<{p}mergeCell\b[^>]*?ref\s*=\s*[\"']([A-Z]+\d+):([A-Z]+\d+)[\"']")
        self.dimension = re.compile(rf"<{p}dimension\b[^>]*?ref\s*=\s*[\"']([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?[\"']")

    def rich_text(self, inner: str) -> str:
        if "rPh" in inner:
            inner = self.rph.sub("", inner)
        return _unescape("".join(self.t.findall(inner)))


class XlsxBook:
    """One .xlsx (or .xlsm) file opened for reading cell values. Use as a context manager or call close()."""

    def __init__(self, path, limits: Limits = ORDER_LIMITS):
        self._label = Path(path).name
        self._limits = limits
        self._zip = open_checked(path, limits)
        try:
            self._read_workbook()
        except (XlsxError, RefusedWorkbook):
            self._zip.close()
            raise
        except (KeyError, ValueError) as exc:
            self._zip.close()
            raise XlsxError(f"the workbook's structure cannot be read ({exc})") from None
        self._strings: list[str] | None = None
        self._date_styles: set[int] | None = None

    def close(self) -> None:
        self._zip.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- workbook-level parts -------------------------------------------------------------------

    def _read(self, name: str) -> bytes:
        with reading_part(self._label, name):
            return self._zip.read(name)

    def _read_xml(self, name: str) -> ElementTree.Element:
        data = self._read(name)
        try:
            return SafeElementTree.fromstring(data, forbid_dtd=True)
        except (ElementTree.ParseError, DefusedXmlException) as exc:
            raise refused_xml(self._label, name, exc) from None

    def _read_workbook(self) -> None:
        names = set(self._zip.namelist())
        main = "xl/workbook.xml"
        if "_rels/.rels" in names:
            for rel in self._read_xml("_rels/.rels"):
                if rel.get("Type", "").endswith("/officeDocument"):
                    main = rel.get("Target", main).lstrip("/")
        if main not in names:
            raise XlsxError("no workbook part found; is this an .xlsx file?")
        self._base = str(PurePosixPath(main).parent)
        rels_name = f"{self._base}/_rels/{PurePosixPath(main).name}.rels"
        targets: dict[str, str] = {}
        if rels_name in names:
            for rel in self._read_xml(rels_name):
                targets[rel.get("Id", "")] = rel.get("Target", "")
                kind = rel.get("Type", "")
                if kind.endswith("/sharedStrings"):
                    self._strings_part = self._resolve(rel.get("Target", ""))
                elif kind.endswith("/styles"):
                    self._styles_part = self._resolve(rel.get("Target", ""))
        workbook = self._read_xml(main)
        self.date1904 = False
        self.sheets: dict[str, str] = {}
        for node in workbook.iter():
            tag = _local(node.tag)
            if tag == "workbookPr":
                self.date1904 = node.get("date1904", "0").lower() in ("1", "true")
            elif tag == "sheet":
                rid = node.get(f"{{{_REL_NS}}}id") or node.get("id")
                target = targets.get(rid or "")
                if target and self._resolve(target) in names:
                    self.sheets[node.get("name", "")] = self._resolve(target)
        if not self.sheets:
            raise XlsxError("the workbook has no worksheets")

    def _resolve(self, target: str) -> str:
        if target.startswith("/"):
            return target.lstrip("/")
        parts: list[str] = []
        for part in f"{self._base}/{target}".split("/"):
            if part == "..":
                if parts:
                    parts.pop()
            elif part and part != ".":
                parts.append(part)
        return "/".join(parts)

    @property
    def sheet_names(self) -> list[str]:
        return list(self.sheets)

    def _shared_strings(self) -> list[str]:
        if self._strings is None:
            part = getattr(self, "_strings_part", None)
            if part is None or part not in self._zip.namelist():
                self._strings = []
            else:
                text = self._read(part).decode("utf-8", errors="replace")
                match = re.search(r"<(\w+:)?sst\b", text)
                prefix = (match.group(1) or "") if match else ""
                pats = _Patterns(prefix)
                p = re.escape(prefix)
                si = re.compile(rf"<{p}si\s*/>|<{p}si\b[^>]*>(.*?)</{p}si>", re.S)
                self._strings = [pats.rich_text(inner) if inner else "" for inner in si.findall(text)]
        return self._strings

    def _styles(self) -> set[int]:
        """Indexes of the cell formats (xf) that show a number as a date."""
        if self._date_styles is None:
            self._date_styles = set()
            part = getattr(self, "_styles_part", None)
            if part and part in self._zip.namelist():
                root = self._read_xml(part)
                custom: dict[int, str] = {}
                xfs: list[int] = []
                for node in root.iter():
                    if _local(node.tag) == "numFmt":
                        custom[int(node.get("numFmtId", "0"))] = node.get("formatCode", "")
                for node in root:
                    if _local(node.tag) == "cellXfs":
                        xfs = [int(xf.get("numFmtId", "0")) for xf in node if _local(xf.tag) == "xf"]
                from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format  # lazy: openpyxl costs ~90 ms at GUI start
                for index, fmt_id in enumerate(xfs):
                    code = custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id, ""))
                    if code and is_date_format(code):
                        self._date_styles.add(index)
        return self._date_styles

    # --- one worksheet --------------------------------------------------------------------------

    def _part(self, sheet: str | None) -> str:
        if sheet is None:
            return next(iter(self.sheets.values()))
        if sheet not in self.sheets:
            raise XlsxError(f"the workbook has no sheet '{sheet}'; it has: {', '.join(self.sheets)}")
        return self.sheets[sheet]

    def _chunks(self, part: str) -> Iterator[tuple[str, int, int]]:
        """Decompressed text of a part in pieces: (text, characters read so far, total bytes of the part)."""
        total = self._zip.getinfo(part).file_size
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        with self._zip.open(part) as fh:
            done = 0
            while True:
                with reading_part(self._label, part):
                    raw = fh.read(CHUNK)
                done += len(raw)  # never beyond the declared size, which the guard checked: zipfile stops there
                text = decoder.decode(raw, final=not raw)
                yield text, done, total
                if not raw:
                    return

    def head(self, sheet: str | None = None, size: int = 1 << 16) -> str:
        """The first characters of a sheet part (enough for the root element and the dimension)."""
        part = self._part(sheet)
        with self._zip.open(part) as fh, reading_part(self._label, part):
            return fh.read(size).decode("utf-8", errors="ignore")

    def dimension(self, sheet: str | None = None) -> tuple[int, int] | None:
        """(last row, number of columns) as the sheet declares it, or None when it does not."""
        head = self.head(sheet)
        match = _ROOT_PREFIX.search(head)
        pats = _Patterns((match.group(1) or "") if match else "")
        dim = pats.dimension.search(head)
        if not dim:
            return None
        last_col, last_row = (dim.group(3), dim.group(4)) if dim.group(3) else (dim.group(1), dim.group(2))
        if (last_col, last_row) == ("A", "1") and not dim.group(3):
            return None  # "A1" is what many writers put when they did not size the sheet
        return int(last_row), column_index(last_col) + 1

    def estimate_rows(self, sheet: str | None = None) -> int:
        """The number of rows in a sheet: exact for a sheet shorter than one chunk, else extrapolated from the
        first chunk's rows per byte (for a progress bar when the sheet declares no dimension)."""
        part = self._part(sheet)
        total = self._zip.getinfo(part).file_size
        with self._zip.open(part) as fh, reading_part(self._label, part):
            raw = fh.read(CHUNK)
        if not raw:
            return 0
        text = raw.decode("utf-8", errors="ignore")
        match = _ROOT_PREFIX.search(text)
        rows = text.count(_Patterns((match.group(1) or "") if match else "").row_end)
        return rows if len(raw) >= total else int(rows * total / len(raw))

    def merged_ranges(self, sheet: str | None = None) -> list[tuple[int, int, int, int]]:
        """Merged ranges as (first row, first column, last row, last column); rows 1-based, columns 0-based.

        The merge list sits after the cell data, so this streams through the sheet once (fast: no cell parsing).
        """
        tail = ""
        found: list[tuple[int, int, int, int]] = []
        pats: _Patterns | None = None
        for text, _done, _total in self._chunks(self._part(sheet)):
            if pats is None:
                match = _ROOT_PREFIX.search(text)
                pats = _Patterns((match.group(1) or "") if match else "")
            window = tail + text
            cut = window.rfind("<")
            scan, tail = (window[:cut], window[cut:]) if cut > 0 else (window, "")
            if len(tail) > 4096:  # a long text, not the start of a <mergeCell ref="..."/>; keeps memory flat
                tail = ""
            if "mergeCell" in scan:
                for first, last in pats.merge.findall(scan):
                    a, b = _CELL_REF.match(first), _CELL_REF.match(last)
                    found.append((int(a.group(2)), column_index(a.group(1)), int(b.group(2)), column_index(b.group(1))))
        return found

    def rows(self, sheet: str | None = None, progress=None) -> Iterator[tuple[int, list]]:
        """Yield (row number, values) for every row that has at least one cell, in sheet order.

        ``progress(read_bytes, total_bytes)`` is called after each decompressed chunk, if given. A sheet that
        declares, or reaches, more rows or columns than the limits allow is refused (RefusedWorkbook).
        """
        limits, label = self._limits, self._label
        declared = self.dimension(sheet)
        if declared:
            check_size(label, declared[0], None, limits)  # declared columns may count formatting only
        max_rows, max_columns = limits.max_rows, limits.max_columns
        for number, values in self._rows(sheet, progress):
            if number > max_rows or len(values) > max_columns:
                check_size(label, number, len(values), limits)
            yield number, values

    def _rows(self, sheet: str | None, progress) -> Iterator[tuple[int, list]]:
        strings = self._shared_strings()
        date_styles = self._styles()
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900  # lazy: openpyxl costs ~90 ms at GUI start
        epoch = CALENDAR_MAC_1904 if self.date1904 else CALENDAR_WINDOWS_1900
        self._last_row = 0
        buffer = ""
        pats: _Patterns | None = None
        prefix = ""
        for text, done, total in self._chunks(self._part(sheet)):
            if pats is None:
                match = _ROOT_PREFIX.search(text)
                prefix = (match.group(1) or "") if match else ""
                pats = _Patterns(prefix)
            buffer += text
            end = buffer.rfind(pats.row_end)
            if end < 0 and text:
                if len(buffer) > MAX_ROW_CHARS:
                    raise RefusedWorkbook(self._label, "row_too_large", "one row of the sheet is larger than "
                                          f"{MAX_ROW_CHARS >> 20} MB; it is not a table this import reads.",
                                          limit=f"{MAX_ROW_CHARS >> 20} MB")
                continue
            if end >= 0:
                end += len(pats.row_end)
                part, buffer = buffer[:end], buffer[end:]
            else:
                part, buffer = buffer, ""
            found = _FAST_CELL.findall(part) if not prefix else None
            if found is not None and part.count("<c ") + part.count("<c>") + part.count("<c/>") == len(found):
                yield from self._fast_rows(found, strings, date_styles, epoch)
            else:
                yield from self._general_rows(part, pats, strings, date_styles, epoch)
            if progress is not None:
                progress(done, total)

    @staticmethod
    def _number(text: str, style: int | None, date_styles: set[int], epoch):
        try:
            value: float | int = int(text)
        except ValueError:
            try:
                value = float(text)
            except ValueError:
                return text
        if style is not None and style in date_styles:
            from openpyxl.utils.datetime import from_excel  # lazy: openpyxl costs ~90 ms at GUI start
            try:
                converted = from_excel(value, epoch)
            except (OverflowError, ValueError):
                return value
            if isinstance(converted, datetime):
                return converted
        return value

    def _value(self, kind: str, raw: str | None, inline: str | None, style: int | None, strings, date_styles, epoch,
               pats: _Patterns):
        if kind == "inlineStr":
            return pats.rich_text(inline or "")
        if raw is None:
            return None
        if kind == "s":
            try:
                return strings[int(raw)]
            except (ValueError, IndexError):
                raise XlsxError(f"a cell refers to shared string {raw!r}, which does not exist") from None
        if kind in ("str", "e"):
            return _unescape(raw)
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind == "d":
            try:
                return datetime.fromisoformat(raw.strip())
            except ValueError:
                return raw
        return self._number(raw, style, date_styles, epoch)

    def _fast_rows(self, cells, strings, date_styles, epoch) -> Iterator[tuple[int, list]]:
        current: str | None = None
        row: list = []
        cache: dict[str, int] = {}
        pats = _FAST_PATTERNS
        for letters, number, attrs, inner in cells:
            if number != current:
                if current is not None:
                    yield int(current), row
                current, row = number, []
            if not inner:
                continue
            index = cache.get(letters)
            if index is None:
                index = cache[letters] = column_index(letters)
            kind = "n"
            style = None
            if attrs:
                t = attrs.find(' t="')
                if t >= 0:
                    kind = attrs[t + 4: attrs.index('"', t + 4)]
                s = attrs.find(' s="')
                if s >= 0:
                    style = int(attrs[s + 4: attrs.index('"', s + 4)])
            if kind == "inlineStr":
                if inner.startswith("<is><t>") and inner.endswith("</t></is>") and "<" not in inner[7:-9]:
                    value = inner[7:-9]  # one plain run: slice it out
                    if "&" in value or "_x" in value:
                        value = _unescape(value)
                elif "rPh" in inner or "&" in inner or "_x" in inner:
                    value = pats.rich_text(inner)
                else:
                    value = "".join(_FAST_T.findall(inner))
            else:
                v = inner.find("<v>")
                if v < 0:
                    value = None
                else:
                    raw = inner[v + 3: inner.index("</v>", v)]
                    if kind == "s":
                        try:
                            value = strings[int(raw)]
                        except (ValueError, IndexError):
                            raise XlsxError(f"a cell refers to shared string {raw!r}, which does not exist") from None
                    elif kind == "n":
                        value = self._number(raw, style, date_styles, epoch)
                    else:
                        value = self._value(kind, raw, None, style, strings, date_styles, epoch, pats)
            if value is None or value == "":
                continue
            if len(row) < index:
                row.extend([None] * (index - len(row)))
                row.append(value)
            elif len(row) == index:
                row.append(value)
            else:
                row[index] = value
        if current is not None:
            yield int(current), row

    def _general_rows(self, part: str, pats: _Patterns, strings, date_styles, epoch) -> Iterator[tuple[int, list]]:
        last_row = getattr(self, "_last_row", 0)
        for row_attrs, body in pats.row.findall(part):
            attrs = {k.split(":")[-1]: a or b for k, a, b in _ATTR.findall(row_attrs)}
            number = int(attrs["r"]) if attrs.get("r", "").isdigit() else last_row + 1
            last_row = number
            row: list = []
            position = -1
            for cell_attrs, inner in pats.cell.findall(body or ""):
                attrs = {k.split(":")[-1]: a or b for k, a, b in _ATTR.findall(cell_attrs)}
                ref = _CELL_REF.match(attrs.get("r", ""))
                position = column_index(ref.group(1)) if ref else position + 1
                if not inner:
                    continue
                v = pats.v.search(inner)
                inline = pats.inline.search(inner)
                style = int(attrs["s"]) if attrs.get("s", "").isdigit() else None
                value = self._value(attrs.get("t", "n"), v.group(1) if v else None, inline.group(1) if inline else None,
                                    style, strings, date_styles, epoch, pats)
                if value is None or value == "":
                    continue
                if len(row) <= position:
                    row.extend([None] * (position + 1 - len(row)))
                row[position] = value
            if row:
                yield number, row
        self._last_row = last_row


_FAST_PATTERNS = _Patterns("")
