"""An order list's workbook (.xlsx, .xlsm, .xls or .ods) read with python-calamine, after bounding it.

calamine (Rust) reads a 100,000-row sheet several times faster than a Python XML reader and also reads the old
.xls and OpenDocument .ods files that older Chinese ERPs export. It parses XML natively (quick-xml expands no
entities) but trusts the file's size and shape, so a client's workbook is bounded before calamine sees it:

- any of them is at most 256 MB on disk;
- .xlsx, .xlsm and .ods are zip archives: workbook_guard checks the archive (parts, sizes, expansion ratio,
  compression, encryption, a DOCTYPE in any XML part) and sheet_extent bounds the rows and columns each sheet
  reaches, since calamine holds a sheet as one dense grid (a two-cell A1 + XFD1048576 file would abort the process);
- .xls is an OLE file: sheet_extent walks its cell records for the rows and columns they reach (a 16-bit column
  field lets one forged record ask for a 65,536 x 65,536 grid).

A loaded sheet is refused too when it reaches beyond the rows, columns or cells the limits allow. Values come
back as str, float, bool, date or datetime (numbers in a date format become dates, 1900 and 1904 systems alike);
empty cells are None, and so are error cells (#N/A, #DIV/0!), which python-calamine 0.9 gives as empty text.
calamine is imported only when a workbook is opened: starting the app does not need it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from exportaudit.core.sheet_extent import EncryptedWorkbook, ExtentUnreadable, ods_extent, xls_extent, xlsx_extent
from exportaudit.core.workbook_guard import Limits, RefusedWorkbook, check_size, open_checked, reading_part, refused_xml

# An order list may be a full Excel sheet (1,048,576 rows); its other parts are small. 2**24 cells (a full sheet
# of 16 columns, or a full .xls sheet) keep calamine's grid under about 0.5 GB.
ORDER_LIMITS = Limits(max_members=5000, max_part=512 << 20, max_total=1 << 30, max_shared_strings=64 << 20,
                      max_rows=1_048_576, max_columns=1000, max_file=256 << 20)
MAX_CELLS = 1 << 24
_SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xls": (".xls",), "ods": (".ods",)}  # by kind, as calamine tells them
WORKBOOK_SUFFIXES = tuple(suffix for suffixes in _SUFFIXES.values() for suffix in suffixes)
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_DATE1904 = re.compile(rb'date1904="(?:1|true)"')


class WorkbookError(Exception):
    """The file is not a workbook calamine can read; the message says why."""


def is_workbook(path: Path) -> bool:
    """A workbook by its extension, or by its first bytes (a zip or OLE file) whatever its name."""
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        return True
    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
    except OSError:
        return False
    return magic in (b"PK\x03\x04", OLE_MAGIC)


class OrderWorkbook:
    """One workbook opened for its cell values. Use as a context manager."""

    def __init__(self, path: Path, limits: Limits = ORDER_LIMITS):
        self.path, self._limits, self._label = Path(path), limits, Path(path).name
        self._ods_merges: dict[str, list[tuple[int, int, int, int]]] = {}
        self.date1904 = False
        self.kind = self._bound()
        from python_calamine import CalamineError, CalamineWorkbook  # lazy: only an import needs it

        self._errors = (CalamineError, ValueError, OSError)
        if self.path.suffix.lower() in _SUFFIXES[self.kind]:
            self._book = self._calamine(lambda: CalamineWorkbook.from_path(str(self.path)))
        else:  # named as another format (an .xls saved as .xlsx): calamine picks by extension, or by content here
            self._book = self._calamine(lambda: CalamineWorkbook.from_filelike(io.BytesIO(self.path.read_bytes())))
        self.sheet_names: list[str] = list(self._book.sheet_names)
        if not self.sheet_names:
            self._book.close()
            raise WorkbookError("the workbook has no worksheets")

    def __enter__(self) -> OrderWorkbook:
        return self

    def __exit__(self, *exc) -> None:
        self._book.close()

    def _bound(self) -> str:
        """Check the file before calamine opens it; the kind it is (xlsx, ods or xls)."""
        try:
            with self.path.open("rb") as fh:
                head = fh.read(8)
            size = self.path.stat().st_size
        except OSError as exc:
            raise RefusedWorkbook(self._label, "unreadable", f"the file cannot be read ({exc.strerror or exc}).",
                                  reason=str(exc.strerror or exc)) from None
        if size > self._limits.max_file:
            raise RefusedWorkbook(self._label, "workbook_too_large", f"the file is {size >> 20:,} MB; an order list "
                                  f"workbook this import reads is at most {self._limits.max_file >> 20:,} MB.",
                                  size=f"{size >> 20:,} MB", limit=f"{self._limits.max_file >> 20:,} MB")
        if head.startswith(OLE_MAGIC):  # .xls, also when an ERP named it .xlsx; or an encrypted .xlsx
            try:
                self._check_cells(*xls_extent(self.path))
            except EncryptedWorkbook:
                raise RefusedWorkbook(self._label, "old_or_encrypted", "it is password-protected; save it in Excel "
                                      "as an unprotected workbook first.") from None
            except (OSError, ValueError) as exc:  # olefile's own errors are OSError
                raise WorkbookError(f"its OLE structure cannot be read: {exc}") from None
            return "xls"
        with open_checked(self.path, self._limits) as archive:  # refuses a CSV renamed .xlsx, with its reason
            names = archive.namelist()
            if "content.xml" in names and "mimetype" in names:
                self._check_extent(lambda: self._ods_extent(archive))
                return "ods"
            if "xl/workbook.xml" in names:
                with reading_part(self._label, "xl/workbook.xml"):
                    self.date1904 = bool(_DATE1904.search(archive.read("xl/workbook.xml")))
            for name in names:
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    self._check_extent(lambda name=name: xlsx_extent(archive, name))
        return "xlsx"

    def _ods_extent(self, archive: zipfile.ZipFile) -> tuple[int, int]:
        rows, columns, self._ods_merges = ods_extent(archive)
        return rows, columns

    def _check_extent(self, measure) -> None:
        try:
            rows, columns, *declared = measure()
        except ExtentUnreadable as exc:
            raise refused_xml(self._label, exc.part, exc.cause) from None
        if declared and declared[0]:
            check_size(self._label, declared[0], None, self._limits)
        self._check_cells(rows, columns)

    def _check_cells(self, rows: int, columns: int) -> None:
        check_size(self._label, rows, columns, self._limits)
        if rows * columns > MAX_CELLS:
            raise RefusedWorkbook(self._label, "too_many_cells", f"the sheet spans {rows:,} rows by {columns:,} "
                                  f"columns; this import reads at most {MAX_CELLS:,} cells.", rows=f"{rows:,}",
                                  columns=f"{columns:,}", limit=f"{MAX_CELLS:,}")

    def _calamine(self, call):
        try:
            return call()
        except self._errors as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            if type(exc).__name__ == "XmlError":
                reason = f"one of its XML parts is not well-formed: {reason}"
            raise WorkbookError(reason) from None
        except BaseException as exc:  # a panic inside the Rust reader arrives as pyo3's PanicException
            if type(exc).__name__ != "PanicException":
                raise
            raise WorkbookError(f"the reader stopped on damaged data ({exc})") from None

    def sheet(self, name: str | None = None) -> LoadedSheet:
        """Load one sheet (the first when ``name`` is None): calamine reads all of it at once."""
        name = self.sheet_names[0] if name is None else name
        if name not in self.sheet_names:
            raise WorkbookError(f"the workbook has no sheet '{name}'; it has: {', '.join(self.sheet_names)}")
        sheet = self._calamine(lambda: self._book.get_sheet_by_name(name))
        self._check_cells(sheet.height, sheet.width)
        return LoadedSheet(sheet, self._calamine, self._ods_merges.get(name))


class LoadedSheet:
    """A sheet in memory: its rows (numbered as a spreadsheet shows them) and its merged ranges."""

    def __init__(self, sheet, guard, merges: list[tuple[int, int, int, int]] | None = None):
        self._sheet, self._guard, self._merges = sheet, guard, merges
        end = sheet.end or (-1, -1)
        # calamine 0.9 yields rows from the sheet's row 1 but columns from its first filled column
        self._row_offset, self._column_offset = end[0] + 1 - sheet.height, end[1] + 1 - sheet.width
        self.last_row = end[0] + 1

    def rows(self) -> Iterator[tuple[int, list]]:
        """(row number, values) for every row up to the last filled one; values up to the row's last filled cell."""
        pad = [None] * self._column_offset
        rows = self._guard(self._sheet.iter_rows)
        for number, raw in enumerate(rows, start=self._row_offset + 1):
            values = pad + [None if v == "" else v for v in raw]
            while values and values[-1] is None:
                values.pop()
            yield number, values

    def merged_ranges(self) -> list[tuple[int, int, int, int]]:
        """(first row, first column, last row, last column); rows 1-based, columns 0-based (.ods: from sheet_extent)."""
        if self._merges is not None:
            return list(self._merges)
        return [(r0 + 1, c0, r1 + 1, c1) for (r0, c0), (r1, c1) in self._sheet.merged_cell_ranges or []]
