"""Write a report all or nothing: into a temporary file beside the target, renamed over it only when complete."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
