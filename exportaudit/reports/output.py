"""Write a report all or nothing: into a temporary file beside the target, renamed over it only when complete."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from exportaudit.reports.errors import ReportError


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


@contextmanager
def atomic_output(out: str | Path) -> Iterator[Path]:
    """Yield a temporary path in ``out``'s folder; on success it replaces ``out``, on failure it is removed."""
    out = Path(out).expanduser()
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise ReportError(f"{out} is a folder; choose a file name for the report.")
    if not folder.is_dir():
        raise ReportError(f"The folder {folder} does not exist.")
    tmp = folder / f".{out.name}.{secrets.token_hex(4)}.tmp"
    try:
        # O_EXCL: never follow or reuse someone else's file; 0o666 lets the umask decide, like any new file
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise ReportError(f"Cannot write in {folder}: {_reason(exc)}.") from None
    try:
        try:
            yield tmp
        except OSError as exc:  # disk full, file system gone, ...
            raise ReportError(f"Could not write {out.name}: {_reason(exc)}.") from exc
        try:
            os.replace(tmp, out)
        except OSError as exc:
            raise ReportError(f"Cannot replace {out}: {_reason(exc)}. Is it open in another program?") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def save_workbook(wb, path: Path) -> None:
    """Save an openpyxl workbook, closing its zip file even when a write fails.

    openpyxl's own ``save`` leaves the zip open when the disk fills up; Python then closes it at some later
    moment, fails again and prints an "Exception ignored in ZipFile.__del__" trace under the one-line message.
    """
    from openpyxl.writer.excel import ExcelWriter  # openpyxl loads only for the formats that need it

    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        wb.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)
        ExcelWriter(wb, archive).write_data()
    except BaseException:
        with suppress(OSError):
            archive.close()  # the same full disk fails this too; what matters is that the file is closed
        raise
    archive.close()
