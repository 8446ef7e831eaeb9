"""The questionnaire workbook's fixed layout, shared by the exporter and the importer so they cannot drift."""

from __future__ import annotations

import hashlib
import json

from exportaudit.core.text import Text

FORMAT = 2  # 2: the answers at export are kept in BASE_SHEET, so an import can tell who changed what since
READS_FORMATS = (1, 2)
SHEET = "Questionnaire"
META_SHEET = "_exportaudit"
BASE_SHEET = "_exportaudit_base"  # very hidden: item, level, N/A, N/A justification, note as exported
BASE_COLUMNS = ("item", "level", "na", "na_reason", "note")
BASE_DIGEST_KEY = "base_sha256"  # on the meta sheet: tells an intact record of the answers at export from an edited one
HEADER_ROW = 6
FIRST_ROW = HEADER_ROW + 1
LEVEL_LIST_COLUMN = "D"  # on the meta sheet, rows 1-6: the dropdown's choices
NA_LIST_CELL = "E1"
NA_CHOICE = "N/A / 不适用"

# (key, header shown to the client, width, answer column the client fills in?)
COLUMNS: list[tuple[str, Text, float, bool]] = [
    ("item", Text("编号", "Item"), 10, False),
    ("element", Text("要素", "Element"), 18, False),
    ("key", Text("关键项", "Key item"), 8, False),
    ("question", Text("问题", "Question"), 60, False),
    ("evidence", Text("应提供的证据", "Expected evidence"), 40, False),
    ("basis", Text("法律依据", "Legal basis"), 30, False),
    ("rating", Text("评分 (0-5)", "Rating (0-5)"), 22, True),
    ("na", Text("不适用", "N/A"), 12, True),
    ("justification", Text("不适用理由", "N/A justification"), 30, True),
    ("note", Text("备注", "Notes"), 40, True),
]
REQUIRED = {"item", "rating", "na", "justification", "note"}
ANSWER_KEYS = {key for key, _, _, answer in COLUMNS if answer}


def header(text: Text, lang: str = "both") -> str:
    """A column header in the questionnaire's language: bilingual in "both", else that language alone."""
    return f"{text.zh} / {text.en}" if lang == "both" else text.get(lang)


HEADERS = {key: header(text) for key, text, _, _ in COLUMNS}
# the import finds a column by any of its headers, whichever language the questionnaire was written in
HEADER_KEYS = {header(text, lang): key for key, text, _, _ in COLUMNS for lang in ("both", "zh", "en")}


def level_choice(level: int, label: Text) -> str:
    return f"{level} - {label.zh} / {label.en}"


def base_digest(rows) -> str:
    """SHA-256 of the base sheet's data rows as cell values (blank cells as None, five columns each)."""
    width = len(BASE_COLUMNS)
    cells = [[None if v == "" else v for v in (list(row) + [None] * width)[:width]] for row in rows]
    return hashlib.sha256(json.dumps(cells, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
