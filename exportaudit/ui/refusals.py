"""Why a file from outside was refused, in the interface language.

The core refuses an untrusted workbook (RefusedWorkbook) or evidence file (EvidenceRefused) with a stable code
and values; the error the window catches carries it as itself or as its cause. Without a known code the core's
English message is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Refusal"
REASONS = {
    # workbooks (order lists, questionnaires): {file} is the file's name
    "old_or_encrypted": QT_TRANSLATE_NOOP("Refusal", "{file}: it is an old-format (.xls) or password-protected "
                                                     "workbook; save it in Excel as an unprotected .xlsx workbook first."),
    "empty": QT_TRANSLATE_NOOP("Refusal", "{file}: the file is empty."),
    "text_not_xlsx": QT_TRANSLATE_NOOP("Refusal", "{file}: it is a text file (a CSV export?), not an Excel workbook; "
                                                  "if it is a CSV file, give it the .csv extension."),
    "not_xlsx": QT_TRANSLATE_NOOP("Refusal", "{file}: it is not an Excel .xlsx workbook."),
    "unreadable": QT_TRANSLATE_NOOP("Refusal", "{file}: the file cannot be read ({reason})."),
    "damaged": QT_TRANSLATE_NOOP("Refusal", "{file}: the file is damaged or incomplete (cut off?) and cannot be read "
                                            "as a workbook."),
    "bad_crc": QT_TRANSLATE_NOOP("Refusal", "{file}: its part {part} is damaged (its checksum does not match); the "
                                            "file was corrupted, ask for it again."),
    "too_many_parts": QT_TRANSLATE_NOOP("Refusal", "{file}: it has {count} parts; a workbook this program reads has "
                                                   "at most {limit}."),
    "compression": QT_TRANSLATE_NOOP("Refusal", "{file}: its part {part} is compressed in a way Excel does not use; "
                                                "it was not written by a spreadsheet program."),
    "part_too_large": QT_TRANSLATE_NOOP("Refusal", "{file}: its part {part} expands to {size}, more than the {limit} "
                                                   "this import allows."),
    "ratio": QT_TRANSLATE_NOOP("Refusal", "{file}: its part {part} expands {ratio} times; a real workbook expands far "
                                          "less. It looks like a zip bomb and is refused."),
    "too_large": QT_TRANSLATE_NOOP("Refusal", "{file}: its contents expand to more than {limit}, more than this "
                                              "import allows."),
    "file_too_large": QT_TRANSLATE_NOOP("Refusal", "{file}: the file is {size}; a questionnaire is far smaller (at "
                                                   "most {limit})."),
    "doctype": QT_TRANSLATE_NOOP("Refusal", "{file}: its part {part} declares a DOCTYPE (entities); no spreadsheet "
                                            "program writes that, and it is refused for safety."),
    "xml_entities": QT_TRANSLATE_NOOP("Refusal", "{file}: its part {part} uses XML entities or external references, "
                                                 "which are refused for safety."),
    "bad_xml": QT_TRANSLATE_NOOP("Refusal", "{file}: its part {part} is not well-formed XML ({reason})."),
    "not_a_workbook": QT_TRANSLATE_NOOP("Refusal", "{file}: it is not an Excel workbook (.xlsx) that can be read "
                                                   "({reason})."),
    "too_many_rows": QT_TRANSLATE_NOOP("Refusal", "{file}: the sheet has {rows} rows or more; this import reads at "
                                                  "most {limit}."),
    "too_many_columns": QT_TRANSLATE_NOOP("Refusal", "{file}: the sheet has {columns} columns or more; this import "
                                                     "reads at most {limit}."),
    "workbook_too_large": QT_TRANSLATE_NOOP("Refusal", "{file}: the file is {size}; an order list workbook this "
                                                       "import reads is at most {limit}."),
    "too_many_cells": QT_TRANSLATE_NOOP("Refusal", "{file}: the sheet spans {rows} rows by {columns} columns; this "
                                                   "import reads at most {limit} cells."),
    # evidence files
    "symlink": QT_TRANSLATE_NOOP("Refusal", "{file} is a symbolic link to {target}; attach that file itself, so the "
                                            "evidence carries its real name."),
    "changed": QT_TRANSLATE_NOOP("Refusal", "{file} changed while it was being copied (its size or modification time "
                                            "moved); attach it again once the program writing it has finished."),
}


def refusal_text(exc: BaseException) -> str:
    """The reason ``exc`` (or the refusal it was raised from) gives, translated when its code is known."""
    for error in (exc, exc.__cause__):
        code = getattr(error, "code", None)
        if isinstance(code, str) and code in REASONS:
            try:
                return QCoreApplication.translate(CONTEXT, REASONS[code]).format(**error.values)
            except (KeyError, IndexError):
                break  # a translation that names a value the refusal lacks: the core's own words instead
    return str(exc)
