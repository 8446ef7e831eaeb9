"""The framework tab's two tables: the chosen framework's sections (level, score, coverage, mapped items) and the
items behind the selected section (relation, what the item counts as, the crosswalk's rationale)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from exportaudit.core.checklist import Item
from exportaudit.core.framework_scoring import SectionItem, SectionScore
from exportaudit.core.frameworks import Section
from exportaudit.core.vocab import NOT_ASSESSED, NOT_ASSESSED_REASONS, RELATIONS
from exportaudit.ui import marks
from exportaudit.ui.colours import muted_text
from exportaudit.ui.models._table import RecordTableModel, SortRole

COL_SECTION, COL_LEVEL, COL_SCORE, COL_COVERAGE, COL_ITEMS = range(5)
COL_ITEM, COL_QUESTION, COL_RELATION, COL_COUNTS, COL_RATIONALE = range(5)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class SectionRow:
    section: Section
    score: SectionScore


@dataclass(frozen=True)
class SectionItemRow:
    row: SectionItem
    item: Item | None  # None: the assessment's checklist has no such item (an older checklist version)


class SectionTableModel(RecordTableModel):
    CONTEXT = "SectionTableModel"
    HEADERS = {COL_SECTION: QT_TRANSLATE_NOOP("SectionTableModel", "Section"),
               COL_LEVEL: QT_TRANSLATE_NOOP("SectionTableModel", "Level"),
               COL_SCORE: QT_TRANSLATE_NOOP("SectionTableModel", "Score"),
               COL_COVERAGE: QT_TRANSLATE_NOOP("SectionTableModel", "Coverage"),
               COL_ITEMS: QT_TRANSLATE_NOOP("SectionTableModel", "Items")}
    TIPS = {COL_LEVEL: QT_TRANSLATE_NOOP("SectionTableModel", "Worked out from the mapped items like an element's "
                                                              "level; partly covering items count half"),
            COL_COVERAGE: QT_TRANSLATE_NOOP("SectionTableModel", "Answered (rated or N/A) of the scored items in "
                                                                 "scope"),
            COL_ITEMS: QT_TRANSLATE_NOOP("SectionTableModel", "Checklist items mapped here: in scope, of which "
                                                              "covering fully")}

    def row_of(self, section_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.section.id == section_id), -1)

    def cell(self, record: SectionRow, column: int, role: int):
        s = record.score
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_SECTION:
                mark = "*" if record.section.ours else ""
                return f"{record.section.id}{mark}  {record.section.name.get(self._language)}"
            if column == COL_LEVEL:
                return NOT_ASSESSED.get(self._language) if s.level is None else str(s.level)
            if column == COL_SCORE:
                return "—" if s.score is None else f"{s.score:.1f}"
            if column == COL_COVERAGE:
                return "—" if not s.applicable else f"{s.coverage:.0%} ({s.answered}/{s.applicable})"
            if column == COL_ITEMS:
                in_scope = [r for r in s.items if r.score is not None]
                full = sum(1 for r in in_scope if r.link.relation == "full")
                return QCoreApplication.translate("SectionTableModel", "{count} ({full} fully)").format(
                    count=len(in_scope), full=full)
        if role == SortRole:
            return {COL_SECTION: record.section.id, COL_LEVEL: -1 if s.level is None else s.level,
                    COL_SCORE: s.score or -1.0, COL_COVERAGE: s.coverage, COL_ITEMS: len(s.items)}.get(column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_LEVEL and s.level is not None:
            return marks.level_swatch(s.level)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_LEVEL, COL_SCORE, COL_COVERAGE):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_SECTION:
                tip = record.section.summary.get(self._language)
                if record.section.ours:
                    tip += "\n" + QCoreApplication.translate(
                        "SectionTableModel", "* The framework does not number this section; the id is ExportAudit's.")
                return tip
            if column == COL_LEVEL and s.not_assessed:
                return NOT_ASSESSED_REASONS[s.not_assessed].get(self._language)
            if column == COL_LEVEL and s.capped:
                return QCoreApplication.translate("SectionTableModel", "Held at 2: key item(s) {items} below level 3").format(
                    items=", ".join(s.weak_key_items))
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_LEVEL and s.level is None:
            return muted_text(QApplication.palette())
        return None


class SectionItemsModel(RecordTableModel):
    CONTEXT = "SectionItemsModel"
    HEADERS = {COL_ITEM: QT_TRANSLATE_NOOP("SectionItemsModel", "Item"),
               COL_QUESTION: QT_TRANSLATE_NOOP("SectionItemsModel", "Question"),
               COL_RELATION: QT_TRANSLATE_NOOP("SectionItemsModel", "Relation"),
               COL_COUNTS: QT_TRANSLATE_NOOP("SectionItemsModel", "Counts as"),
               COL_RATIONALE: QT_TRANSLATE_NOOP("SectionItemsModel", "Why it maps here")}
    TIPS = {COL_COUNTS: QT_TRANSLATE_NOOP("SectionItemsModel", "The item's level after the evidence gate and caps, "
                                                               "as in the element scores")}

    def cell(self, record: SectionItemRow, column: int, role: int):
        link, score = record.row.link, record.row.score
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == COL_ITEM:
                return link.item
            if column == COL_QUESTION:
                return record.item.question.get(self._language) if record.item else ""
            if column == COL_RELATION:
                return RELATIONS[link.relation].get(self._language)
            if column == COL_COUNTS:
                if score is None:
                    return QCoreApplication.translate("SectionItemsModel", "Out of scope")
                if score.na:
                    return QCoreApplication.translate("SectionItemsModel", "N/A")
                return "—" if score.effective is None else str(score.effective)
            if column == COL_RATIONALE:
                return link.rationale.get(self._language)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_QUESTION, COL_RATIONALE):
            return self.cell(record, column, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_COUNTS and score and score.effective is not None:
            return marks.level_swatch(score.effective)
        if role == Qt.ItemDataRole.ForegroundRole and (score is None or link.weight == 0):
            return muted_text(QApplication.palette())
        return None
