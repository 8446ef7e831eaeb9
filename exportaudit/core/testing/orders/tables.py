"""Open an order list (CSV or a workbook: .xlsx, .xlsm, .xls, .ods), find its header and stream its data rows.

ERP exports are messy: a title row or two above the header, group headers in merged cells over sub-headers,
Chinese column names, CSV files in GB18030 with semicolons. open_table() looks at the first rows and works out
where the header is and what each column is called; SourceTable.rows() then streams the data rows.

Header detection (documented so the mapping dialog can explain it, and overridable with ``header_rows``):
1. Among the first 30 rows, a header candidate has two or more filled cells (or one that is a known column
   name) and none that reads as a number, date or amount. The candidate with the most cells that read as
   known column names (订单号, 日期, Customer, ...) wins; ties go to the row with more filled cells, then to
   the earlier row. Without any known name, the first candidate at least half as wide as the widest row is
   taken (or else the first candidate).
2. Rows directly above join the header as group rows (up to three header rows in all) while they are text
   only and are not a title: a title is a single filled cell, alone or merged across (almost) the whole width.
3. A row directly below joins as a sub-header row when it is text only, has a known column name, and each of
   its filled cells sits under an empty or merged cell of the header above.
4. A column's name joins its header cells top to bottom with " / " (merged cells lend their text to every
   cell they cover); an unnamed column is called "Column C" after its letter; repeated names get " (2)".
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from exportaudit.core.sheet_extent import column_letters
from exportaudit.core.testing.orders.fields import header_matches_a_field
from exportaudit.core.testing.orders.values import cell_text, looks_like_data
from exportaudit.core.testing.orders.workbook import LoadedSheet, OrderWorkbook, WorkbookError, is_workbook
from exportaudit.core.workbook_guard import RefusedWorkbook

SCAN_ROWS = 30
MAX_HEADER_ROWS = 3
PREVIEW_ROWS = 20
SAMPLE_BYTES = 1 << 20
DELIMITERS = (",", "\t", ";", "|")

Row = tuple[int, list]  # (row number in the file, 1-based; cell values, 0-based columns)


class TableError(Exception):
    """The file cannot be read as an order list at all; the message says why and what to do.

    When the workbook guard refused the file, that RefusedWorkbook is the error's ``__cause__`` (its code lets
    the window translate the reason)."""


@dataclass
class SourceTable:
    """An opened order list: where its header is, what its columns are called, and a way to stream its rows.

    ``headers`` name every column (index = column position). ``header_rows`` is (first, last) row number of
    the header, None when no header was found. ``total_rows`` is the number of data rows for a progress bar:
    exact for CSV (line count) and for workbooks that declare their size, else extrapolated from the first
    megabytes. ``preview`` holds the first data rows for the mapping dialog.
    """

    path: Path
    kind: str  # "csv", "xlsx", "xls" or "ods"
    headers: list[str]
    header_rows: tuple[int, int] | None
    data_start: int
    sheet: str | None = None
    sheet_names: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    total_rows: int | None = None
    preview: list[Row] = field(default_factory=list)
    date1904: bool = False
    # the workbook's sheet as open_table() loaded it, kept for one rows() pass while the file is unchanged on disk
    loaded: tuple[tuple[int, int], LoadedSheet] | None = field(default=None, repr=False, compare=False)

    @property
    def width(self) -> int:
        return len(self.headers)

    def rows(self) -> Iterator[Row]:
        """Data rows after the header: streamed from a CSV file; a workbook's sheet is loaded whole (the first pass
        reuses the sheet open_table() loaded, unless the file changed since)."""
        if self.kind == "csv":
            yield from (r for r in _csv_rows(self.path, self.encoding, self.delimiter) if r[0] >= self.data_start)
            return
        kept, self.loaded = self.loaded, None
        if kept is not None and kept[0] == _stamp(self.path):
            yield from (r for r in kept[1].rows() if r[0] >= self.data_start)
            return
        with _book(self.path) as book:
            sheet = book.sheet(self.sheet)
            yield from (r for r in sheet.rows() if r[0] >= self.data_start)


def sheet_names(path: str | Path) -> list[str]:
    """The worksheet names of a workbook ([] for a CSV file)."""
    path = Path(path)
    if not is_workbook(path):
        return []
    with _book(path) as book:
        return book.sheet_names


def open_table(path: str | Path, *, sheet: str | None = None, encoding: str | None = None,
               delimiter: str | None = None, header_rows: tuple[int, int] | None = None) -> SourceTable:
    """Open ``path`` and find its header. ``sheet``, ``encoding``, ``delimiter`` and ``header_rows`` (first, last
    row number) override what would be detected. Raises TableError when the file cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise TableError(f"{path} is not a file.")
    if is_workbook(path):
        stamp = _stamp(path)
        with _book(path) as book:
            names = book.sheet_names
            if sheet is None:
                sheet = names[0]
            elif sheet not in names:
                raise TableError(f"{path.name} has no sheet '{sheet}'; it has: {', '.join(names)}.")
            loaded = book.sheet(sheet)
            head = _take(loaded.rows(), SCAN_ROWS)
            table = _build(path, book.kind, head, loaded.merged_ranges(), header_rows)
            table.sheet, table.sheet_names, table.date1904 = sheet, names, book.date1904
            table.total_rows = max(0, loaded.last_row - table.data_start + 1)
            table.loaded = (stamp, loaded)  # the import reads these rows instead of loading the sheet again
        return table
    raw = _read_sample(path)
    encoding = encoding or detect_encoding(raw)
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(raw, final=False)
    except (UnicodeDecodeError, LookupError) as exc:
        raise TableError(f"{path.name} is not text in {encoding}: {exc}.") from None
    delimiter = delimiter or detect_delimiter(text)
    head = _take(_csv_rows(path, encoding, delimiter), SCAN_ROWS)
    table = _build(path, "csv", head, [], header_rows)
    table.encoding, table.delimiter = encoding, delimiter
    table.total_rows = max(0, _count_lines(path) - table.data_start + 1)
    return table


# --- file kinds, encodings and delimiters -------------------------------------------------------------


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


@contextmanager
def _book(path: Path) -> Iterator[OrderWorkbook]:
    """An open OrderWorkbook whose refusals and read errors arrive as TableError (a refusal as its ``__cause__``)."""
    try:
        with OrderWorkbook(path) as book:
            yield book
    except RefusedWorkbook as exc:
        raise TableError(str(exc)) from exc
    except WorkbookError as exc:
        raise TableError(f"{path.name} cannot be read as a workbook ({exc}); open it in Excel or WPS and save it "
                         "as .xlsx, or export it as CSV.") from None


def _read_sample(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(SAMPLE_BYTES)
    except OSError as exc:
        raise TableError(f"{path} cannot be read: {exc.strerror or exc}.") from None


def detect_encoding(sample: bytes) -> str:
    """utf-8-sig / utf-16 when the file starts with a byte-order mark, utf-8 when the sample decodes as UTF-8,
    else gb18030 (a superset of GBK and GB2312, what Chinese Excel and most Chinese ERPs write)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "gb18030"


def detect_delimiter(text: str) -> str:
    """The candidate (, tab ; |) that splits the most of the first lines into the same number (> 1) of fields."""
    lines = text.splitlines()[:50]
    best, best_score = ",", 0
    for candidate in DELIMITERS:
        counts = [len(r) for r in csv.reader(lines, delimiter=candidate) if len(r) > 1]
        if not counts:
            continue
        mode = max(set(counts), key=lambda c: (counts.count(c), c))
        score = counts.count(mode) * 1000 + mode
        if score > best_score:
            best, best_score = candidate, score
    return best


def _csv_rows(path: Path, encoding: str | None, delimiter: str | None) -> Iterator[Row]:
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding or "utf-8", errors="strict", newline="")
        reader = csv.reader(text, delimiter=delimiter or ",")
        number = 0
        try:
            for number, values in enumerate(reader, start=1):  # noqa: B007 (number is read after the loop)
                yield number, values
        except UnicodeDecodeError as exc:
            raise TableError(f"{path.name}: the text after row {number} is not {encoding} ({exc.reason}). "
                             "Choose the file's encoding by hand.") from None
        except csv.Error as exc:
            raise TableError(f"{path.name}: row {number + 1} cannot be read as CSV ({exc}).") from None


def _count_lines(path: Path) -> int:
    """Lines in a text file (a quoted field with line breaks makes this an over-estimate; fine for progress)."""
    lines, last = 0, b""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk
    return lines + (1 if last and not last.endswith(b"\n") else 0)


def _take(rows: Iterator[Row], n: int) -> list[Row]:
    out: list[Row] = []
    for row in rows:
        out.append(row)
        if len(out) >= n:
            break
    close = getattr(rows, "close", None)
    if close:
        close()
    return out


# --- header detection ----------------------------------------------------------------------------------


@dataclass
class _RowInfo:
    number: int
    values: list
    filled: int
    data_like: bool
    hits: int


def _info(number: int, values: list) -> _RowInfo:
    cells = [v for v in values if v is not None and cell_text(v)]
    return _RowInfo(number, values, len(cells), any(looks_like_data(v) for v in cells),
                     sum(1 for v in cells if isinstance(v, str) and header_matches_a_field(v)))


def _build(path: Path, kind: str, head: list[Row], merges: list[tuple[int, int, int, int]],
           header_rows: tuple[int, int] | None) -> SourceTable:
    infos = {n: _info(n, v) for n, v in head}
    width = max((len(v) for _, v in head), default=0)
    if header_rows is not None:
        first, last = header_rows
        if first < 1 or last < first:
            raise TableError(f"Bad header rows {first}-{last}.")
        block = (first, last)
    else:
        block = _find_header(infos, merges, width)
    data_start = block[1] + 1 if block else next((n for n, i in sorted(infos.items()) if i.filled), 1)
    headers = _names(block, head, merges, width)
    preview = [(n, v) for n, v in head if n >= data_start and any(cell_text(x) for x in v)][:PREVIEW_ROWS]
    return SourceTable(path, kind, headers, block, data_start, preview=preview)


def _covering(merges, row: int, col: int):
    for merge in merges:
        if merge[0] <= row <= merge[2] and merge[1] <= col <= merge[3]:
            return merge
    return None


def _find_header(infos: dict[int, _RowInfo], merges, width: int) -> tuple[int, int] | None:
    candidates = [i for _, i in sorted(infos.items()) if (i.filled >= 2 or i.hits) and not i.data_like]
    if not candidates:
        return None
    if any(c.hits for c in candidates):
        leaf = max(candidates, key=lambda c: (c.hits, c.filled, -c.number))
    else:
        widest = max(i.filled for i in infos.values())
        leaf = next((c for c in candidates if c.filled * 2 >= widest), candidates[0])
    first = last = leaf.number
    while last - first + 1 < MAX_HEADER_ROWS:  # group rows above
        above = infos.get(first - 1)
        if above is None or not above.filled or above.data_like or _is_title(above, merges, width):
            break
        first -= 1
    while last - first + 1 < MAX_HEADER_ROWS:  # a sub-header row below
        below = infos.get(last + 1)
        if below is None or not below.filled or below.data_like or not below.hits:
            break
        upper = infos[last].values
        if not all(_under_group(upper, merges, last, c) for c, v in enumerate(below.values) if v is not None and cell_text(v)):
            break
        last += 1
    return first, last


def _is_title(info: _RowInfo, merges, width: int) -> bool:
    if info.filled >= 2:
        return False
    col = next(c for c, v in enumerate(info.values) if v is not None and cell_text(v))
    merge = _covering(merges, info.number, col)
    return merge is None or (merge[3] - merge[1] + 1) * 5 >= width * 4


def _under_group(upper: list, merges, row: int, col: int) -> bool:
    value = upper[col] if col < len(upper) else None
    if value is None or not cell_text(value):
        return True
    merge = _covering(merges, row, col)
    return merge is not None and (merge[3] > merge[1] or merge[2] > row)


def _names(block: tuple[int, int] | None, head: list[Row], merges, width: int) -> list[str]:
    rows = dict(head)
    names: list[str] = []
    for col in range(width):
        parts: list[str] = []
        if block:
            for number in range(block[0], block[1] + 1):
                merge = _covering(merges, number, col)
                r, c = (merge[0], merge[1]) if merge else (number, col)
                values = rows.get(r, [])
                text = " ".join(cell_text(values[c]).split()) if c < len(values) else ""
                if text and (not parts or parts[-1] != text):
                    parts.append(text)
        names.append(" / ".join(parts) or f"Column {column_letters(col)}")
    seen: dict[str, int] = {}
    out: list[str] = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out
