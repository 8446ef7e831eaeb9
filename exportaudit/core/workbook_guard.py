"""Check a workbook from someone else before and while reading it, so a hostile or broken file is refused with a
one-line reason instead of filling the memory, hanging the import or escaping as a traceback.

An .xlsx file is a zip archive of XML parts. open_checked() looks at the archive's directory before anything is
decompressed: how many parts, how large each says it is, how far each expands (a 1 MB "zip bomb" that expands to
gigabytes has a ratio in the thousands; real worksheets stay far below 100), the shared-strings part, the
compression method and encryption (zipbounds checks them; this module words the refusal). It then reads the start of
every XML part for a DOCTYPE, which no Office part has and which is how entity-expansion and external-entity attacks
begin (however long the comments before it).
Python's zipfile never yields more than a part's declared size and checks the CRC at its end, so the declared
sizes checked here bound what the readers see; reading_part() turns the errors that reading a damaged part raises
(bad CRC, cut-off data) into the same one-line refusal. The XML itself is parsed with defusedxml (openpyxl uses it
when installed).

Every refusal is a RefusedWorkbook with a stable ``code`` and ``values``, so the window can say it in the
user's language; its English text names the file.
"""

from __future__ import annotations

import io
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from exportaudit.core.zipbounds import MiB, ZipBreach, ZipDamaged, ZipLimits, check_members, reading_member


@dataclass(frozen=True)
class Limits:
    """How much a workbook may hold. Parts smaller than ``ratio_floor`` may compress better than ``max_ratio``
    (an empty styles part does); above it the ratio tells a bomb from a worksheet."""

    max_members: int
    max_part: int
    max_total: int
    max_shared_strings: int
    max_rows: int
    max_columns: int
    max_ratio: int = 200
    ratio_floor: int = MiB
    max_file: int | None = None  # the file itself, when it is read into memory whole


class RefusedWorkbook(Exception):
    """The file is refused as a whole. ``code`` and ``values`` let an interface say why in its own language."""

    def __init__(self, file: str, code: str, message: str, **values: object):
        super().__init__(f"{file}: {message}")
        self.file = file
        self.code = code
        self.values = {"file": file, **values}


_PROLOG_BYTES = 64 * 1024
_PARSED = (".xml", ".rels")  # not legacy VML (.vml): Excel's is not always well-formed, and no reader here parses it
_ALLOWED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def _mib(size: int) -> str:
    return f"{size / MiB:,.0f} MB" if size >= MiB else f"{size:,} bytes"


def refuse_unless_zip(path: Path, head: bytes) -> None:
    """Say what a file that is not a zip archive is instead (a CSV renamed .xlsx, an old or encrypted workbook)."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return
    name = path.name
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise RefusedWorkbook(name, "old_or_encrypted", "it is an old-format (.xls) or password-protected workbook; "
                              "save it in Excel as an unprotected .xlsx workbook first.")
    if not head:
        raise RefusedWorkbook(name, "empty", "the file is empty.")
    sample = head[:4096]
    if b"\x00" not in sample:
        raise RefusedWorkbook(name, "text_not_xlsx", "it is a text file (a CSV export?), not an Excel workbook; "
                              "if it is a CSV file, give it the .csv extension.")
    raise RefusedWorkbook(name, "not_xlsx", "it is not an Excel .xlsx workbook.")


def open_checked(source: str | Path | bytes, limits: Limits, *, name: str | None = None) -> zipfile.ZipFile:
    """Open a workbook's zip archive after checking its directory and its XML prologs against ``limits``.

    ``source`` is a path, or the file's bytes (then ``name`` is the file name used in messages).
    """
    if isinstance(source, bytes):
        label = name or "workbook"
        refuse_unless_zip(Path(label), source[:8192])
        handle: object = io.BytesIO(source)
    else:
        path = Path(source)
        label = name or path.name
        try:
            with path.open("rb") as fh:
                refuse_unless_zip(path, fh.read(8192))
        except OSError as exc:
            raise RefusedWorkbook(label, "unreadable", f"the file cannot be read ({exc.strerror or exc}).",
                                  reason=str(exc.strerror or exc)) from None
        handle = path
    try:
        archive = zipfile.ZipFile(handle)  # type: ignore[arg-type]
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise RefusedWorkbook(label, "damaged", f"the file is damaged or incomplete (cut off?) and cannot be read "
                              f"as a workbook ({exc}).", reason=str(exc)) from None
    except OSError as exc:
        raise RefusedWorkbook(label, "unreadable", f"the file cannot be read ({exc.strerror or exc}).",
                              reason=str(exc.strerror or exc)) from None
    try:
        _check_directory(archive, label, limits)
        _check_prologs(archive, label)
    except BaseException:
        archive.close()
        raise
    return archive


def _check_directory(archive: zipfile.ZipFile, label: str, limits: Limits) -> None:
    bounds = ZipLimits(max_total=limits.max_total, max_members=limits.max_members, max_ratio=limits.max_ratio,
                       ratio_floor=limits.ratio_floor)
    try:
        check_members(archive, bounds, methods=_ALLOWED_COMPRESSION, refuse_encrypted=True,
                      member_limit=lambda info: limits.max_shared_strings if _is_shared_strings(info.filename)
                      else limits.max_part)
    except ZipBreach as breach:
        raise _refused(breach, label) from None


def _refused(breach: ZipBreach, label: str) -> RefusedWorkbook:
    """The bound a workbook breaks, as a refusal with its code."""
    info = breach.info
    part, size, packed = (info.filename, info.file_size, info.compress_size) if info is not None else ("", 0, 0)
    if breach.kind == "members":
        return RefusedWorkbook(label, "too_many_parts", f"it has {breach.count:,} parts; a workbook this program "
                               f"reads has at most {breach.limit:,}.", count=breach.count, limit=breach.limit)
    if breach.kind == "encrypted":
        return RefusedWorkbook(label, "old_or_encrypted", "it is password-protected; save it in Excel as an "
                               "unprotected .xlsx workbook first.")
    if breach.kind == "compression":
        return RefusedWorkbook(label, "compression", f"its part {part} is compressed in a way Excel does not use; "
                               "it was not written by a spreadsheet program.", part=part)
    if breach.kind == "member_size":
        return RefusedWorkbook(label, "part_too_large", f"its part {part} expands to {_mib(size)}, more than the "
                               f"{_mib(breach.limit)} this import allows.", part=part, size=_mib(size),
                               limit=_mib(breach.limit))
    if breach.kind == "ratio":
        times = size // max(1, packed)
        return RefusedWorkbook(label, "ratio", f"its part {part} expands {times:,} times (from {_mib(packed)} to "
                               f"{_mib(size)}); a real workbook expands far less. It looks like a zip bomb.",
                               part=part, ratio=f"{times:,}")
    return RefusedWorkbook(label, "too_large", f"its contents expand to more than {_mib(breach.limit)}, more than "
                           "this import allows.", limit=_mib(breach.limit))


def _is_shared_strings(name: str) -> bool:
    return name.rsplit("/", 1)[-1].lower().startswith("sharedstrings")


def _check_prologs(archive: zipfile.ZipFile, label: str) -> None:
    for info in archive.infolist():
        if _is_xml(info.filename) and info.file_size:
            with reading_part(label, info.filename), archive.open(info) as fh:
                found = prolog_has_doctype(fh)
            if found:
                raise RefusedWorkbook(label, "doctype", f"its part {info.filename} declares a DOCTYPE (entities); "
                                      "no spreadsheet program writes that, and it is refused for safety.",
                                      part=info.filename)


def prolog_has_doctype(fh) -> bool:
    """True when an XML document's prolog (declarations and comments before the root element) holds a DOCTYPE.

    The prolog is read as far as it runs, 64 KB at a time, so a DOCTYPE hidden behind a long comment is found too:
    readers that parse XML natively (python-calamine) meet no part with one. Memory stays flat: only the unfinished
    construct at the end of what was read is kept."""
    text = fh.read(_PROLOG_BYTES).lstrip(b"\xef\xbb\xbf")
    if text[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = (text + fh.read()).decode("utf-16", errors="ignore").encode("utf-8")
    while True:
        verdict, resume = _scan_prolog(text)
        if verdict is not None:
            return verdict
        more = fh.read(_PROLOG_BYTES)
        if not more:
            return b"<!DOCTYPE" in text.upper()
        unfinished = text[resume:]
        if unfinished.startswith(b"<!--") and len(unfinished) > 8:  # inside a long comment: its end is what matters
            unfinished = b"<!--" + unfinished[-2:]
        text = unfinished + more


def _scan_prolog(text: bytes) -> tuple[bool | None, int]:
    """(whether the prolog holds a DOCTYPE, or None when it runs past ``text``; where the unfinished part starts)."""
    pos = 0
    while True:
        start = text.find(b"<", pos)
        if start < 0:
            return None, len(text)
        if text.startswith(b"<?", start):
            end = text.find(b"?>", start)
        elif text.startswith(b"<!--", start):
            end = text.find(b"-->", start + 4)
        elif len(text) - start < 9:
            return None, start
        else:
            return text[start:start + 9].upper() == b"<!DOCTYPE", start
        if end < 0:
            return None, start
        pos = end + 2


def verify_all(archive: zipfile.ZipFile, label: str) -> None:
    """Read every part through to its end, which checks its CRC and that it is complete, and parse every XML part
    with defusedxml (no DOCTYPE, no entities), so a later reader meets only sound parts. For small workbooks."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    for info in archive.infolist():
        with reading_part(label, info.filename), archive.open(info) as fh:
            if info.file_size and info.filename.lower().endswith(_PARSED):
                try:
                    for _event, element in iterparse(fh, forbid_dtd=True):
                        element.clear()
                except (ParseError, DefusedXmlException) as exc:
                    raise refused_xml(label, info.filename, exc) from None
            while fh.read(MiB):  # the rest (all of a part that is not parsed): its CRC is checked at the end
                pass


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


@contextmanager
def reading_part(label: str, part: str):
    """Turn the errors a damaged part raises while it is decompressed into a RefusedWorkbook."""
    try:
        with reading_member():
            yield
    except ZipDamaged as exc:
        if exc.kind == "bad_crc":
            raise RefusedWorkbook(label, "bad_crc", f"its part {part} is damaged (its checksum does not match); "
                                  "the file was corrupted, ask for it again.", part=part) from None
        raise RefusedWorkbook(label, "damaged", f"the file is damaged or incomplete (cut off?) and cannot be read "
                              f"as a workbook ({exc.reason or 'data ends early'}).", reason=exc.reason or "EOF") from None


def check_size(label: str, rows: int | None, columns: int | None, limits: Limits) -> None:
    """Refuse a sheet whose rows or columns (as declared, or as reached while streaming) exceed the limits."""
    if rows is not None and rows > limits.max_rows:
        raise RefusedWorkbook(label, "too_many_rows", f"the sheet has {rows:,} rows or more; this import reads at "
                              f"most {limits.max_rows:,}.", rows=f"{rows:,}", limit=f"{limits.max_rows:,}")
    if columns is not None and columns > limits.max_columns:
        raise RefusedWorkbook(label, "too_many_columns", f"the sheet has {columns:,} columns or more; this import "
                              f"reads at most {limits.max_columns:,}.", columns=f"{columns:,}",
                              limit=f"{limits.max_columns:,}")


def refused_xml(label: str, part: str, exc: BaseException) -> RefusedWorkbook:
    """What a parser raised on a part: its XML is malformed, or defusedxml stopped it (entities, external
    references). Libraries that wrap the parser's error (openpyxl does) are looked through."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException

    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, (DefusedXmlException, ParseError)):
        cause = cause.__cause__ or cause.__context__
    if isinstance(cause, DefusedXmlException):
        return RefusedWorkbook(label, "xml_entities", f"its part {part} uses XML entities or external references, "
                               "which are refused for safety.", part=part)
    reason = " ".join(str(cause or exc).split())
    if cause is None or not part:
        return RefusedWorkbook(label, "not_a_workbook", f"it is not an Excel workbook (.xlsx) that can be read "
                               f"({reason}).", reason=reason)
    return RefusedWorkbook(label, "bad_xml", f"its part {part} is not well-formed XML ({reason}).", part=part,
                           reason=reason)
