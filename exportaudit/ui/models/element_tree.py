"""The assessment's nine elements as a tree, each with its progress and level, and its items underneath.

Items carry marks for answered / N/A, key and unevidenced; ``ItemFilterProxy`` filters them by text in either
language. Rows are built once per session; after an answer only the changed item and its element repaint.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from exportaudit.core.checklist import Element, Item
from exportaudit.core.reasons import check_labels
from exportaudit.core.session import AssessmentSession
from exportaudit.ui import marks
from exportaudit.ui.models._two_level import PARENT, TwoLevelTreeModel
from exportaudit.ui.sample_feed import element_exceptions_tooltip, item_tooltip, sample_exception_mark
from exportaudit.ui.score_reasons import cap_lines, element_cap_lines, level_text, short_level_text

COL_TITLE, COL_PROGRESS, COL_LEVEL = range(3)
COLUMN_COUNT = 3
_HEADERS = {COL_TITLE: QT_TRANSLATE_NOOP("ElementTreeModel", "Element / item"),
            COL_PROGRESS: QT_TRANSLATE_NOOP("ElementTreeModel", "Answered"),
            COL_LEVEL: QT_TRANSLATE_NOOP("ElementTreeModel", "Level")}

ItemIdRole = Qt.ItemDataRole.UserRole + 1  # item id (None on element rows)
ElementIdRole = Qt.ItemDataRole.UserRole + 2  # element id of the row (an item's own element)
MarksRole = Qt.ItemDataRole.UserRole + 3  # frozenset of "answered", "na", "key", "unevidenced", "finding", "reconfirm",
# "sample_exception" (held at 3 by a transaction test below threshold; marked in the level column)

# The tree plumbing is TwoLevelTreeModel's: element rows are parents, their items children.



class ElementTreeModel(TwoLevelTreeModel):
    CONTEXT = "ElementTreeModel"
    HEADERS = _HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._session: AssessmentSession | None = None
        self._language = "en"
        self._parents: list[Element] = []
        self._children: list[list[Item]] = []
        self._item_rows: dict[str, tuple[int, int]] = {}
        self._with_findings: frozenset[str] = frozenset()

    # --- filling ----------------------------------------------------------------------------------

    def set_session(self, session: AssessmentSession | None) -> None:
        self.beginResetModel()
        self._session = session
        self._parents, self._children, self._item_rows = [], [], {}
        self._with_findings = frozenset()
        if session is not None:
            for e_row, element in enumerate(session.checklist.elements):
                items = session.applicable_items_of(element.id)
                self._parents.append(element)
                self._children.append(items)
                for i_row, item in enumerate(items):
                    self._item_rows[item.id] = (e_row, i_row)
        self.endResetModel()

    @property
    def mark_slots(self) -> int:
        """How many mark slots an item shows: re-audits have one more, for answers to re-confirm."""
        session = self._session
        return marks.REAUDIT_SLOTS if session is not None and session.assessment.baseline_id else marks.SLOTS

    def set_items_with_findings(self, item_ids) -> None:
        """Flag the items that have findings; only the rows whose flag changed repaint."""
        new = frozenset(item_ids)
        changed, self._with_findings = new ^ self._with_findings, new
        for item_id in changed:
            self.refresh_item(item_id)

    def set_language(self, language: str) -> None:
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self.refresh_all()

    def item_ids(self) -> list[str]:
        """The items the tree shows, in order (a rebuild is needed when the session's differ)."""
        return list(self._item_rows)

    def refresh_item(self, item_id: str) -> None:
        """Repaint one item and its element after an answer or an evidence change."""
        if item_id not in self._item_rows:
            return
        e_row, i_row = self._item_rows[item_id]
        element = self.index(e_row, 0)
        self.dataChanged.emit(self.index(i_row, 0, element), self.index(i_row, COLUMN_COUNT - 1, element))
        self.dataChanged.emit(element, self.index(e_row, COLUMN_COUNT - 1))

    def refresh_all(self) -> None:
        if not self._parents:
            return
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._parents) - 1, COLUMN_COUNT - 1))
        for e_row, items in enumerate(self._children):
            if items:
                parent = self.index(e_row, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(items) - 1, COLUMN_COUNT - 1, parent))

    # --- lookups ------------------------------------------------------------------------------------

    def item_at(self, index: QModelIndex) -> Item | None:
        if not index.isValid() or index.internalId() == PARENT:
            return None
        return self._children[index.internalId() - 1][index.row()]

    def element_at(self, index: QModelIndex) -> Element | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == PARENT else index.internalId() - 1
        return self._parents[row]

    def index_of_item(self, item_id: str, column: int = 0) -> QModelIndex:
        if item_id not in self._item_rows:
            return QModelIndex()
        e_row, i_row = self._item_rows[item_id]
        return self.index(i_row, column, self.index(e_row, 0))

    def index_of_element(self, element_id: str) -> QModelIndex:
        for row, element in enumerate(self._parents):
            if element.id == element_id:
                return self.index(row, 0)
        return QModelIndex()

    # --- cells ---------------------------------------------------------------------------------------

    def parent_data(self, row: int, column: int, role: int):
        element = self._parents[row]
        score = self._session.score.element(element.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return f"{row + 1}. {element.name.get(self._language)}"
            if column == COL_PROGRESS:
                return f"{score.answered}/{score.applicable}"
            if column == COL_LEVEL:
                return short_level_text(score.level, score.level_range)
        elif role == Qt.ItemDataRole.DecorationRole and column == COL_LEVEL:
            return marks.level_swatch(score.level) if score.level is not None else None
        elif role == Qt.ItemDataRole.FontRole and column == COL_TITLE:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.ToolTipRole:
            return self._element_tooltip(element, score)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column != COL_TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == ElementIdRole:
            return element.id
        return None

    def _element_tooltip(self, element: Element, score) -> str:
        answered = QCoreApplication.translate("ElementTreeModel", "{answered} of {applicable} items answered")
        lines = [element.name.get(self._language), answered.format(answered=score.answered, applicable=score.applicable)]
        if score.level is not None:
            text = QCoreApplication.translate("ElementTreeModel", "Level {level} (score {score})")
            lines.append(text.format(level=score.level, score=score.score))
        if score.target is not None:
            lines.append(QCoreApplication.translate("ElementTreeModel", "Target level {target}").format(target=score.target))
        if score.level_range is not None:
            lines.append(QCoreApplication.translate("ElementTreeModel", "Provisional: level {level}").format(
                level=level_text(score.level, score.level_range, self._language)))
        if score.cap_reasons:  # model 2: every reason at work
            if score.score_uncapped is not None and score.score_uncapped != score.score:
                lines.append(QCoreApplication.translate("ElementTreeModel", "Score before the cap: {score}").format(
                    score=score.score_uncapped))
            lines += element_cap_lines(score, self._language, check_labels(self._session.checklist))
            return "\n".join(lines)
        if score.capped:
            lines.append(QCoreApplication.translate("ElementTreeModel", "Held at level 2 by a key item rated below 3"))
        if score.sample_exceptions:
            lines.append(element_exceptions_tooltip(score.sample_exceptions))
        return "\n".join(lines)

    def _item_marks(self, item: Item) -> frozenset[str]:
        response = self._session.response(item.id)
        found = set()
        if response.na:
            found.add("na")
        elif response.level is not None:
            found.add("answered")
        if item.key:
            found.add("key")
        item_score = self._session.score.items.get(item.id)
        if item_score is not None and item_score.unevidenced:
            found.add("unevidenced")
        if item.id in self._with_findings:
            found.add("finding")
        if response.reconfirm:
            found.add("reconfirm")
        if item_score is not None and item_score.capped_to is not None:
            found.add("sample_exception")
        return frozenset(found)

    def child_data(self, item: Item, column: int, role: int):
        response = self._session.response(item.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return f"{item.id}  {item.question.get(self._language)}"
            if column == COL_LEVEL:
                if response.na:
                    return QCoreApplication.translate("ElementTreeModel", "N/A")
                return "" if response.level is None else str(response.level)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_TITLE:
            found = self._item_marks(item)
            state = marks.NOT_APPLICABLE if "na" in found else marks.ANSWERED if "answered" in found else marks.OPEN
            ring = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return marks.item_marks(state, response.level, "key" in found, "unevidenced" in found, ring,
                                    finding="finding" in found, reconfirm="reconfirm" in found,
                                    slots=self.mark_slots)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_LEVEL:
            item_score = self._session.score.items.get(item.id)
            return sample_exception_mark() if item_score is not None and item_score.capped_to is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._item_tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ItemIdRole:
            return item.id
        if role == ElementIdRole:
            return item.element
        if role == MarksRole:
            return self._item_marks(item)
        return None

    def _item_tooltip(self, item: Item) -> str:
        found = self._item_marks(item)
        lines = [f"{item.id}: {item.question.get(self._language)}"]
        if "na" in found:
            lines.append(QCoreApplication.translate("ElementTreeModel", "Not applicable"))
        elif "answered" in found:
            text = QCoreApplication.translate("ElementTreeModel", "Rated {level}")
            lines.append(text.format(level=self._session.response(item.id).level))
        else:
            lines.append(QCoreApplication.translate("ElementTreeModel", "Not answered yet"))
        if "key" in found and self._session.model >= 2:
            lines.append(QCoreApplication.translate("ElementTreeModel",
                                                    "Key item: below level 3 its rating is its element's ceiling"))
        elif "key" in found:
            lines.append(QCoreApplication.translate(
                "ElementTreeModel", "Key item: below level 3 it holds its element at level 2"))
        item_score = self._session.score.items.get(item.id)
        if item_score is not None and item_score.caps:  # model 2: each reason it counts lower than rated
            lines += cap_lines(item_score.caps, self._language, check_labels(self._session.checklist))
        elif "unevidenced" in found:
            lines.append(QCoreApplication.translate("ElementTreeModel", "Rated 4 or 5 without evidence: counts as 3"))
        if "finding" in found:
            lines.append(QCoreApplication.translate("ElementTreeModel", "Findings were raised on this item"))
        if "reconfirm" in found:
            lines.append(QCoreApplication.translate("ElementTreeModel",
                                                    "Carried over from the baseline: confirm it or change it"))
        if "sample_exception" in found and not (item_score is not None and item_score.caps):
            lines.append(item_tooltip(self._session, item.id, self._language))
        return "\n".join(lines)


class ItemFilterProxy(QSortFilterProxyModel):
    """Shows the items whose id or texts contain the filter text, in Chinese or English, with their elements.

    An element whose name matches shows all its items.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def needle(self) -> str:
        return self._needle

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        model: ElementTreeModel = self.sourceModel()  # type: ignore[assignment]
        index = model.index(source_row, 0, source_parent)
        item = model.item_at(index)
        if item is not None:
            return item.matches(self._needle)
        element = model.element_at(index)
        return element is not None and element.name.matches(self._needle)
