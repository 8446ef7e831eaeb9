"""Import a filled questionnaire: validate it, preview every change (item, old, new), then apply all of them in
one transaction. Nothing is written on a dry run, when the user cancels, or when the workbook is refused.

Blank answer cells leave the current answer unchanged; rows that cannot be read are listed with the reason and
skipped, the rest still import.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from exportaudit.core.session import AssessmentSession
from exportaudit.exchange import questionnaire_layout as L
from exportaudit.exchange.answers import AnswerError, ParsedAnswer, parse_na, parse_rating

MAX_ROWS = 5000  # a questionnaire has one row per item; anything far beyond is not one of ours


class QuestionnaireError(Exception):
    """The workbook as a whole is refused; the message says why and what to do."""


@dataclass(frozen=True)
class Change:
    item_id: str
    field: str  # "level", "na", "na_reason" or "note"
    old: object
    new: object


@dataclass(frozen=True)
class RowProblem:
    """A row that was not imported. ``reason`` is English; ``code`` and ``values`` let an interface translate it."""

    row: int
    item_id: str
    reason: str
    code: str = ""
    values: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return f"row {self.row} ({self.item_id or 'no item'}): {self.reason}"


@dataclass(frozen=True)
class Notice:
    """Something the user should know that did not stop the import (an extra column, a deleted row)."""

    code: str
    text: str
    values: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text


@dataclass
class ImportPreview:
    source: Path
    assessment_id: int
    changes: list[Change] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    rows_read: int = 0

    @property
    def changed_items(self) -> list[str]:
        return list(dict.fromkeys(c.item_id for c in self.changes))


def _meta(wb) -> dict[str, object]:
    if L.META_SHEET not in wb.sheetnames:
        raise QuestionnaireError("it is not an ExportAudit questionnaire (its hidden identification sheet is missing). "
                                 "Export a questionnaire from the assessment and fill that in.")
    ws = wb[L.META_SHEET]
    return {str(r[0].value): r[1].value for r in ws.iter_rows(min_row=1, max_row=20, max_col=2) if r[0].value}


def _check_identity(meta: dict, session: AssessmentSession) -> None:
    a, checklist = session.assessment, session.checklist
    if str(meta.get("format")) != str(L.FORMAT):
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


def _columns(ws, preview: ImportPreview) -> dict[str, int]:
    """Find each column by its header, so moved columns still import; an extra column is ignored with a notice."""
    from openpyxl.utils import get_column_letter

    by_header = {text: key for key, text in L.HEADERS.items()}
    found: dict[str, int] = {}
    for cell in ws[L.HEADER_ROW]:
        text = str(cell.value).strip() if cell.value is not None else ""
        if not text:
            continue
        key = by_header.get(text)
        if key is None:
            letter = get_column_letter(cell.column)
            preview.notices.append(Notice("extra_column", f"extra column \"{text}\" (column {letter}) was ignored",
                                          {"header": text, "column": letter}))
        elif key in found:
            raise QuestionnaireError(f"the column \"{text}\" appears twice in row {L.HEADER_ROW}; the structure was edited.")
        else:
            found[key] = cell.column
    missing = [L.HEADERS[k] for k in L.HEADERS if k in L.REQUIRED and k not in found]
    if missing:
        raise QuestionnaireError(f"row {L.HEADER_ROW} lacks the column(s) {', '.join(repr(m) for m in missing)}; "
                                 "the structure was edited. Restore them or export a new questionnaire.")
    return found


def read_questionnaire(path: str | Path, session: AssessmentSession) -> ImportPreview:
    """Validate ``path`` against the assessment and list what importing it would change. Writes nothing."""
    # openpyxl is imported here, not at the top: the window imports this module at start-up (~80 ms saved).
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    where = f"{path.name}: "
    try:
        wb = load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise QuestionnaireError(f"{where}the file does not exist.") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise QuestionnaireError(f"{where}it is not an Excel workbook (.xlsx) that can be read ({exc}).") from None
    try:
        meta = _meta(wb)
        _check_identity(meta, session)
        if L.SHEET not in wb.sheetnames:
            raise QuestionnaireError(f"the sheet \"{L.SHEET}\" is missing; the structure was edited.")
        ws = wb[L.SHEET]
        preview = ImportPreview(path, session.assessment_id)
        columns = _columns(ws, preview)
        _read_rows(ws, columns, meta, session, preview)
    except QuestionnaireError as exc:
        raise QuestionnaireError(where + str(exc)) from None
    finally:
        wb.close()
    return preview


def _cell(ws, row: int, columns: dict[str, int], key: str):
    value = ws.cell(row=row, column=columns[key]).value
    return value.strip() if isinstance(value, str) else value


def _read_rows(ws, columns: dict[str, int], meta: dict, session: AssessmentSession, preview: ImportPreview) -> None:
    applicable = {i.id for i in session.applicable_items}
    seen: set[str] = set()
    last = min(ws.max_row, L.FIRST_ROW + MAX_ROWS)
    for row in range(L.FIRST_ROW, last + 1):
        item_id = _cell(ws, row, columns, "item")
        answers = [_cell(ws, row, columns, k) for k in ("rating", "na", "justification", "note")]
        if not item_id:
            if any(v not in (None, "") for v in answers):
                preview.problems.append(RowProblem(row, "", "answers given in a row without an item number",
                                                   "no_item_number"))
            continue
        item_id = str(item_id)
        preview.rows_read += 1
        if item_id not in applicable:
            preview.problems.append(RowProblem(row, item_id, "no such item in this assessment; row skipped",
                                               "unknown_item"))
            continue
        if item_id in seen:
            preview.problems.append(RowProblem(row, item_id, "the item appears twice; this row was skipped",
                                               "duplicate_item"))
            continue
        seen.add(item_id)
        _read_answer(row, item_id, answers, session, preview)
    exported = [i for i in str(meta.get("items") or "").split(",") if i]
    for item_id in exported:
        if item_id not in seen and item_id in applicable:
            preview.notices.append(Notice("missing_row", f"the row of item {item_id} is missing; its answer is left "
                                          "unchanged", {"item": item_id}))


def _read_answer(row: int, item_id: str, answers: list, session: AssessmentSession, preview: ImportPreview) -> None:
    rating_cell, na_cell, justification, note = answers
    try:
        parsed = parse_rating(rating_cell, session.checklist)
    except AnswerError as exc:
        preview.problems.append(RowProblem(row, item_id, f"{exc}; row skipped", exc.code, exc.values))
        return
    na = parsed.na or parse_na(na_cell)
    old = session.response(item_id)
    if na and parsed.level is not None and parsed.level == old.level and not old.na:
        parsed = ParsedAnswer(na=True)  # N/A newly chosen beside the rating the export pre-filled: N/A wins
    if na and parsed.level is not None:
        preview.problems.append(RowProblem(row, item_id, f"both a rating ({parsed.level}) and N/A are given; "
                                                         "choose one; row skipped", "rating_and_na",
                                           {"level": parsed.level}))
        return
    if na_cell not in (None, "") and not parse_na(na_cell):
        preview.problems.append(RowProblem(row, item_id, f"'{na_cell}' in the N/A column is not N/A; leave it "
                                                         "blank or choose N/A; row skipped", "na_column",
                                           {"value": str(na_cell)}))
        return
    new_reason = str(justification) if justification not in (None, "") else old.na_reason
    if na and not new_reason.strip():
        preview.problems.append(RowProblem(row, item_id, "N/A needs a justification in the justification column; "
                                                         "row skipped", "na_needs_reason"))
        return
    changes: list[Change] = []
    if na and not old.na:
        changes += [Change(item_id, "na", False, True)]
        if old.level is not None:
            changes.append(Change(item_id, "level", old.level, None))
    if parsed.level is not None and parsed.level != old.level:
        changes.append(Change(item_id, "level", old.level, parsed.level))
        if old.na:
            changes.append(Change(item_id, "na", True, False))
    if na and new_reason != old.na_reason:
        changes.append(Change(item_id, "na_reason", old.na_reason, new_reason))
    if note not in (None, "") and str(note) != old.note:
        changes.append(Change(item_id, "note", old.note, str(note)))
    preview.changes.extend(changes)


def apply_questionnaire(session: AssessmentSession, preview: ImportPreview) -> int:
    """Apply a preview's changes in one transaction (all or nothing); returns the number of items changed."""
    if preview.assessment_id != session.assessment_id:
        raise QuestionnaireError("this preview belongs to another assessment.")
    store = session.store
    by_item: dict[str, dict[str, object]] = {}
    for change in preview.changes:
        by_item.setdefault(change.item_id, {})[change.field] = change.new
    with store.changes_from("questionnaire"), store.transaction():
        for item_id, fields in by_item.items():
            if fields.get("na") is True:
                fields.setdefault("level", None)
            if "level" in fields and fields["level"] is not None:
                fields.setdefault("na", False)
            store.save_response(session.assessment_id, item_id, **fields)
    session.reload()
    return len(by_item)
