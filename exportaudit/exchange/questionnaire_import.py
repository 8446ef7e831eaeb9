"""Import a filled questionnaire: validate it, preview every change (item, old, new), then apply all of them in
one transaction. Nothing is written on a dry run, when the user cancels, or when the workbook is refused.

Blank answer cells leave the current answer unchanged; rows that cannot be read are listed with the reason and
skipped, the rest still import.

Never undo newer work: the questionnaire keeps each answer as it was at export. Per item and per field (the
rating with N/A and its justification; the note) the import compares three values: at export, in the store
now, in the workbook. Changed only in the workbook: a change. Changed only in the store: the store's newer
value stays. Changed in both, differently: a Conflict, left alone unless the user takes the workbook's value.
A questionnaire from before format 2 does not know the answers at export, so every answer that differs from
the store is a conflict: the safe reading, since the store may hold work done after the export.

The workbook comes from someone else: workbook_guard checks it (sizes, ratio, parts, DOCTYPE, CRC) before
openpyxl reads it in read-only mode, rows and columns are checked as they stream, and whatever the file does
wrong becomes a one-line QuestionnaireError naming the file.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from xml.etree.ElementTree import ParseError

from exportaudit.core.records import Response
from exportaudit.core.row_problems import RowProblem
from exportaudit.core.session import AssessmentSession
from exportaudit.core.workbook_guard import (
    Limits,
    RefusedWorkbook,
    check_size,
    open_checked,
    refused_xml,
    verify_all,
)
from exportaudit.exchange import questionnaire_layout as L
from exportaudit.exchange.answers import AnswerError, ParsedAnswer, parse_na, parse_rating

MAX_ROWS = 5000  # a questionnaire has one row per item; anything far beyond is not one of ours
LIMITS = Limits(max_members=500, max_part=32 << 20, max_total=64 << 20, max_shared_strings=16 << 20,
                max_rows=L.HEADER_ROW + MAX_ROWS, max_columns=200, max_file=20 << 20)
# What openpyxl raises on a damaged or malformed part (defusedxml's refusals are ValueErrors).
_UNREADABLE = (ParseError, ValueError, KeyError, IndexError, zipfile.BadZipFile, EOFError, zlib.error)


class QuestionnaireError(Exception):
    """The workbook as a whole is refused; the message says why and what to do."""


@dataclass(frozen=True)
class Change:
    item_id: str
    field: str  # "level", "na", "na_reason" or "note"
    old: object
    new: object


def _problem(row: int, item_id: str, message: str, code: str, values: dict | None = None) -> RowProblem:
    """A row not imported; ``message`` is English, ``code`` and ``values`` let an interface translate it."""
    return RowProblem(row, code, message, key=item_id, values=values or {})


@dataclass(frozen=True)
class Notice:
    """Something the user should know that did not stop the import (an extra column, a deleted row)."""

    code: str
    text: str
    values: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class NotApplicable:
    """An N/A answer with its justification (the two change together)."""

    reason: str

    def __str__(self) -> str:
        return f"N/A: {self.reason}" if self.reason else "N/A"


@dataclass(frozen=True)
class Answer:
    """The fields of an answer a questionnaire can change: the rating (a level, NotApplicable or None) and the note."""

    rating: int | NotApplicable | None = None
    note: str = ""

    @classmethod
    def of(cls, response: Response) -> Answer:
        rating = NotApplicable(response.na_reason or "") if response.na else response.level
        return cls(rating, response.note or "")


FIELDS = ("rating", "note")


@dataclass(frozen=True)
class Conflict:
    """A field changed in the store since the export and, to something else, in the workbook. ``at_export`` is
    None when the questionnaire does not record it (older format). ``changes`` are what taking the workbook's
    value writes."""

    row: int
    item_id: str
    field: str  # "rating" or "note"
    at_export: object
    in_store: object
    in_workbook: object
    changes: tuple[Change, ...]

    def __str__(self) -> str:
        return (f"{self.item_id} {self.field}: at export {_shown(self.at_export)}, now {_shown(self.in_store)}, "
                f"in the workbook {_shown(self.in_workbook)}")


def _shown(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


@dataclass
class ImportPreview:
    source: Path
    assessment_id: int
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    rows_read: int = 0
    knows_export: bool = True  # False for a questionnaire that does not record the answers at export

    @property
    def changed_items(self) -> list[str]:
        return list(dict.fromkeys(c.item_id for c in self.changes))

    def items_changed_with(self, taken: list[Conflict]) -> list[str]:
        return list(dict.fromkeys([c.item_id for c in self.changes] + [c.item_id for c in taken]))


def _meta(rows: list[tuple]) -> dict[str, object]:
    return {str(r[0]): r[1] if len(r) > 1 else None for r in rows[:20] if r and r[0] is not None}


def _check_identity(meta: dict, session: AssessmentSession) -> None:
    a, checklist = session.assessment, session.checklist
    if str(meta.get("format")) not in {str(f) for f in L.READS_FORMATS}:
        raise QuestionnaireError(f"it has questionnaire format {meta.get('format')!r}, which this version of "
                                 f"ExportAudit does not read (it reads format {L.FORMAT}).")
    if str(meta.get("assessment_id")) != str(a.id) or meta.get("assessment_created_at") != a.created_at:
        raise QuestionnaireError(f"it belongs to another assessment (#{meta.get('assessment_id')} "
                                 f"\"{meta.get('assessment_title')}\" of {meta.get('organisation')}), not to "
                                 f"#{a.id} \"{a.title}\".")
    if meta.get("checklist_sha256") != checklist.sha256:
        raise QuestionnaireError(f"it was made for a different checklist ({meta.get('checklist_id')} "
                                 f"{meta.get('checklist_version')}) than this assessment uses ({checklist.id} "
                                 f"{checklist.version}); export a new questionnaire.")
    if a.is_final:
        raise QuestionnaireError(f"assessment \"{a.title}\" is finalised; reopen it before importing answers.")


def _columns(header: tuple, preview: ImportPreview) -> dict[str, int]:
    """Find each column (0-based) by its header, so moved columns still import; an extra column is ignored with
    a notice."""
    from openpyxl.utils import get_column_letter

    by_header = L.HEADER_KEYS
    found: dict[str, int] = {}
    for index, value in enumerate(header):
        text = str(value).strip() if value is not None else ""
        if not text:
            continue
        key = by_header.get(text)
        if key is None:
            letter = get_column_letter(index + 1)
            preview.notices.append(Notice("extra_column", f"extra column \"{text}\" (column {letter}) was ignored",
                                          {"header": text, "column": letter}))
        elif key in found:
            raise QuestionnaireError(f"the column \"{text}\" appears twice in row {L.HEADER_ROW}; the structure was edited.")
        else:
            found[key] = index
    missing = [L.HEADERS[k] for k in L.HEADERS if k in L.REQUIRED and k not in found]
    if missing:
        raise QuestionnaireError(f"row {L.HEADER_ROW} lacks the column(s) {', '.join(repr(m) for m in missing)}; "
                                 "the structure was edited. Restore them or export a new questionnaire.")
    return found


def _load(path: Path) -> bytes:
    """The file's bytes, refused when it is larger than any questionnaire (it is read whole: small by design)."""
    try:
        size = path.stat().st_size
        if LIMITS.max_file is not None and size > LIMITS.max_file:
            raise RefusedWorkbook(path.name, "file_too_large", f"the file is {size >> 20} MB; a questionnaire is "
                                  f"far smaller (at most {LIMITS.max_file >> 20} MB).", size=f"{size >> 20} MB",
                                  limit=f"{LIMITS.max_file >> 20} MB")
        return path.read_bytes()
    except FileNotFoundError:
        raise QuestionnaireError("the file does not exist.") from None
    except IsADirectoryError:
        raise QuestionnaireError("it is a folder, not a workbook.") from None
    except OSError as exc:
        raise QuestionnaireError(f"the file cannot be read ({exc.strerror or exc}).") from None


def _sheet_rows(wb, name: str, label: str):
    """(row number, values) of a read-only sheet, refused as soon as it declares or reaches too many rows or
    columns; openpyxl's errors on a malformed part become a RefusedWorkbook."""
    ws = wb[name]
    check_size(label, ws.max_row if ws.max_row and ws.max_row > 1 else None,
               ws.max_column if ws.max_column and ws.max_column > 1 else None, LIMITS)
    rows = ws.iter_rows(values_only=True)
    number = 0
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return
        except _UNREADABLE as exc:
            raise refused_xml(label, name, exc) from None
        number += 1
        if number > LIMITS.max_rows or len(values) > LIMITS.max_columns:
            check_size(label, number, len(values), LIMITS)
        yield number, values


def read_questionnaire(path: str | Path, session: AssessmentSession) -> ImportPreview:
    """Validate ``path`` against the assessment and list what importing it would change. Writes nothing."""
    # openpyxl is imported here, not at the top: the window imports this module at start-up (~80 ms saved).
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    where = f"{path.name}: "
    books = []
    try:
        data = _load(path)
        with open_checked(data, LIMITS, name=path.name) as archive:
            verify_all(archive, path.name)
        try:
            books.append(load_workbook(BytesIO(data), read_only=True, data_only=True))  # values as last computed
            books.append(load_workbook(BytesIO(data), read_only=True, data_only=False))  # which cells hold formulas
        except (InvalidFileException, *_UNREADABLE) as exc:
            raise refused_xml(path.name, "", exc) from None
        values_wb, formulas_wb = books
        if L.META_SHEET not in values_wb.sheetnames:
            raise QuestionnaireError("it is not an ExportAudit questionnaire (its hidden identification sheet is "
                                     "missing). Export a questionnaire from the assessment and fill that in.")
        meta = _meta([v for _, v in _sheet_rows(values_wb, L.META_SHEET, path.name)])
        _check_identity(meta, session)
        if L.SHEET not in values_wb.sheetnames:
            raise QuestionnaireError(f"the sheet \"{L.SHEET}\" is missing; the structure was edited.")
        preview = ImportPreview(path, session.assessment_id)
        base = _base(values_wb, meta, path.name, preview)
        rows = zip(_sheet_rows(values_wb, L.SHEET, path.name), _sheet_rows(formulas_wb, L.SHEET, path.name),
                   strict=False)
        _read_rows(rows, meta, base, session, preview)
    except RefusedWorkbook as exc:
        raise QuestionnaireError(str(exc)) from exc
    except QuestionnaireError as exc:
        raise QuestionnaireError(where + str(exc)) from None
    finally:
        for wb in books:
            wb.close()
    return preview


def _base(wb, meta: dict, label: str, preview: ImportPreview) -> dict[str, Answer] | None:
    """The answers at export, by item; None (with a notice) for a questionnaire that does not record them."""
    if L.BASE_SHEET not in wb.sheetnames:
        preview.knows_export = False
        preview.notices.append(Notice("no_base", "this questionnaire was exported by an older version and does not "
                                      "record the answers at export; every answer that differs from ExportAudit "
                                      "is a conflict for you to decide"))
        return None
    rows = [values for number, values in _sheet_rows(wb, L.BASE_SHEET, label) if number > 1]
    if L.base_digest(rows) != meta.get(L.BASE_DIGEST_KEY):
        preview.knows_export = False
        preview.notices.append(Notice("base_changed", "the questionnaire's hidden record of the answers at export "
                                      "was edited; every answer that differs from ExportAudit is a conflict for you "
                                      "to decide"))
        return None
    base: dict[str, Answer] = {}
    for values in rows:
        if not values or values[0] in (None, ""):
            continue
        item, level, na, na_reason, note = (tuple(values) + (None,) * 5)[:5]
        rating = NotApplicable(str(na_reason or "")) if na in (1, True, "1") else (
            int(level) if isinstance(level, (int, float)) and not isinstance(level, bool) else None)
        base[str(item)] = Answer(rating, str(note or ""))
    return base


def _text(values: tuple, column: int | None):
    value = values[column] if column is not None and column < len(values) else None
    return value.strip() if isinstance(value, str) else value


_ANSWER_KEYS = ("rating", "na", "justification", "note")


def _read_rows(rows, meta: dict, base: dict[str, Answer] | None, session: AssessmentSession,
               preview: ImportPreview) -> None:
    applicable = {i.id for i in session.applicable_items}
    seen: set[str] = set()
    columns: dict[str, int] | None = None
    for (row, values), (_, formulas) in rows:
        if row < L.HEADER_ROW:
            continue
        if row == L.HEADER_ROW:
            columns = _columns(values, preview)
            continue
        if columns is None:
            break
        item_id = _text(values, columns["item"])
        answers = [_text(values, columns[k]) for k in _ANSWER_KEYS]
        if not item_id:
            if any(v not in (None, "") for v in answers):
                preview.problems.append(_problem(row, "", "answers given in a row without an item number",
                                                 "no_item_number"))
            continue
        item_id = str(item_id)
        preview.rows_read += 1
        if item_id not in applicable:
            preview.problems.append(_problem(row, item_id, "no such item in this assessment; row skipped",
                                             "unknown_item"))
            continue
        if item_id in seen:
            preview.problems.append(_problem(row, item_id, "the item appears twice; this row was skipped",
                                             "duplicate_item"))
            continue
        seen.add(item_id)
        uncomputed = [k for k in _ANSWER_KEYS if answers[_ANSWER_KEYS.index(k)] is None
                      and _text(formulas, columns[k]) is not None]
        if uncomputed:
            header = L.HEADERS[uncomputed[0]]
            preview.problems.append(_problem(row, item_id, f"the cell in column \"{header}\" holds a formula "
                                             "that was never calculated (no value saved with it); open the file "
                                             "in Excel, let it calculate and save, or type the value; row skipped",
                                             "formula_without_value", {"header": header}))
            continue
        store_now = Answer.of(session.response(item_id))
        at_export = base.get(item_id) if base is not None else None
        wanted = _wanted(row, item_id, answers, at_export or store_now, session, preview)
        if wanted is not None:
            _merge(row, item_id, wanted, at_export if base is not None else None, store_now, preview)
    if columns is None:
        raise QuestionnaireError(f"row {L.HEADER_ROW} lacks the column headers; the structure was edited. Restore "
                                 "them or export a new questionnaire.")
    exported = [i for i in str(meta.get("items") or "").split(",") if i]
    for item_id in exported:
        if item_id not in seen and item_id in applicable:
            preview.notices.append(Notice("missing_row", f"the row of item {item_id} is missing; its answer is left "
                                          "unchanged", {"item": item_id}))


def _wanted(row: int, item_id: str, answers: list, prefilled: Answer, session: AssessmentSession,
            preview: ImportPreview) -> dict[str, object] | None:
    """What the workbook asks for, field by field (a blank cell asks for nothing); None when the row is refused."""
    rating_cell, na_cell, justification, note = answers
    try:
        parsed = parse_rating(rating_cell, session.checklist)
    except AnswerError as exc:
        preview.problems.append(_problem(row, item_id, f"{exc}; row skipped", exc.code, exc.values))
        return None
    na = parsed.na or parse_na(na_cell)
    if na and parsed.level is not None and parsed.level == prefilled.rating:
        parsed = ParsedAnswer(na=True)  # N/A newly chosen beside the rating the export pre-filled: N/A wins
    if na and parsed.level is not None:
        preview.problems.append(_problem(row, item_id, f"both a rating ({parsed.level}) and N/A are given; "
                                                       "choose one; row skipped", "rating_and_na",
                                         {"level": parsed.level}))
        return None
    if na_cell not in (None, "") and not parse_na(na_cell):
        preview.problems.append(_problem(row, item_id, f"'{na_cell}' in the N/A column is not N/A; leave it "
                                                       "blank or choose N/A; row skipped", "na_column",
                                         {"value": str(na_cell)}))
        return None
    store_now = session.response(item_id)
    wanted: dict[str, object] = {}
    if na:
        reason = str(justification) if justification not in (None, "") else store_now.na_reason
        if not reason.strip():
            preview.problems.append(_problem(row, item_id, "N/A needs a justification in the justification "
                                                           "column; row skipped", "na_needs_reason"))
            return None
        wanted["rating"] = NotApplicable(reason)
    elif parsed.level is not None:
        wanted["rating"] = parsed.level
    elif justification not in (None, "") and store_now.na:
        wanted["rating"] = NotApplicable(str(justification))  # a new justification for an item already N/A
    if note not in (None, ""):
        wanted["note"] = str(note)
    return wanted


def _merge(row: int, item_id: str, wanted: dict[str, object], at_export: Answer | None, store_now: Answer,
           preview: ImportPreview) -> None:
    """Three values per field: a change, the store's newer value kept, or a conflict."""
    for name, new in wanted.items():
        now = getattr(store_now, name)
        if new == now:
            continue
        if at_export is not None:
            then = getattr(at_export, name)
            if new == then:
                continue  # the client left the exported value; the store's newer one stays
            if now == then:
                preview.changes.extend(_changes(item_id, name, now, new))
                continue
        preview.conflicts.append(Conflict(row, item_id, name, getattr(at_export, name) if at_export else None, now,
                                          new, tuple(_changes(item_id, name, now, new))))


def _changes(item_id: str, name: str, old: object, new: object) -> list[Change]:
    """The stored fields that move when ``name`` goes from ``old`` to ``new``."""
    if name == "note":
        return [Change(item_id, "note", old, new)]
    old_na, new_na = isinstance(old, NotApplicable), isinstance(new, NotApplicable)
    old_level = None if old_na else old
    changes: list[Change] = []
    if new_na:
        if not old_na:
            changes.append(Change(item_id, "na", False, True))
            if old_level is not None:
                changes.append(Change(item_id, "level", old_level, None))
        old_reason = old.reason if old_na else ""
        if new.reason != old_reason:
            changes.append(Change(item_id, "na_reason", old_reason, new.reason))
    else:
        changes.append(Change(item_id, "level", old_level, new))
        if old_na:
            changes.append(Change(item_id, "na", True, False))
    return changes


def apply_questionnaire(session: AssessmentSession, preview: ImportPreview, take_workbook=()) -> int:
    """Apply a preview's changes, and the workbook's value of each conflict in ``take_workbook``, in one
    transaction (all or nothing); returns the number of items changed. Other conflicts keep the store's value."""
    if preview.assessment_id != session.assessment_id:
        raise QuestionnaireError("this preview belongs to another assessment.")
    store = session.store
    by_item: dict[str, dict[str, object]] = {}
    taken = [change for conflict in take_workbook for change in conflict.changes]
    for change in [*preview.changes, *taken]:
        by_item.setdefault(change.item_id, {})[change.field] = change.new
    with store.changes_from("questionnaire"), store.transaction():
        for item_id, fields in by_item.items():
            if fields.get("na") is True:
                fields.setdefault("level", None)
            if "level" in fields and fields["level"] is not None:
                fields.setdefault("na", False)
            store.answers.save(session.assessment_id, item_id, **fields)
    session.reload()
    return len(by_item)
