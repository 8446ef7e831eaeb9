"""Sensible defaults for what an evidence file shows and the date it covers, read from its name and its
modification time. The evidence dialog offers them; the user confirms or changes them."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

_AUDIT = re.compile(r"audit|review|assessment|inspection|审计|复核|评审|检查报告|评估报告", re.IGNORECASE)
_DOCUMENT = re.compile(r"policy|procedure|manual|guideline|charter|appointment|制度|程序|办法|规定|手册|声明|任命|指引",
                       re.IGNORECASE)
_RECORD = re.compile(r"log|record|register|attendance|sample|screening|minutes|ledger|export|shipment|sign[-_ ]?in|"
                     r"记录|台账|日志|签到|名单|筛查|审查单|报关|出货|纪要|清单", re.IGNORECASE)
_DATE = re.compile(r"(?<!\d)(20\d\d)[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12]\d|3[01]))?(?!\d)")


def guess_kind(file_name: str) -> str:
    """"audit" for an audit or review report; "document" for a policy or procedure; "record" for a log,
    register or sample; "document" when the name says nothing."""
    stem = Path(file_name).stem
    if _AUDIT.search(stem):
        return "audit"
    if _DOCUMENT.search(stem):
        return "document"
    if _RECORD.search(stem):
        return "record"
    return "document"


def guess_covered_date(file_name: str, modified: float | None = None) -> str | None:
    """A date written in the name (2025-06-30, 20250630, 2025-06 → the month's first day), else the file's
    modification date (``modified``: a timestamp), else None."""
    match = _DATE.search(Path(file_name).stem)
    if match:
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3) or 1)
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            pass
    if modified is not None:
        return datetime.fromtimestamp(modified).date().isoformat()
    return None


def defaults_for(path: str | Path) -> tuple[str, str | None]:
    """(kind, covered date) for a file on disk."""
    path = Path(path)
    try:
        modified = path.stat().st_mtime
    except OSError:
        modified = None
    return guess_kind(path.name), guess_covered_date(path.name, modified)
