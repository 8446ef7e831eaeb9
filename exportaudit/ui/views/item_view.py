"""The current item: its question, the six rating choices with each level's definition, N/A and notes.

When an element row is chosen instead of an item, an element summary page takes its place.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exportaudit.ui.colours import RECONFIRM_COLOUR, level_colour
from exportaudit.ui.views._base import Retranslatable

PAGE_ITEM, PAGE_ELEMENT, PAGE_NOTHING = range(3)


class LevelChoice(QFrame):
    """One rating: a radio button with the level's label, its definition underneath, a colour bar beside.

    Clicking anywhere on it clicks the radio button.
    """

    def __init__(self, level: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.level = level
        self.setObjectName(f"levelChoice{level}")
        self.setProperty("selected", False)
        self.radio = QRadioButton()
        self.radio.setObjectName(f"levelRadio{level}")
        font = QFont(self.radio.font())
        font.setBold(True)
        self.radio.setFont(font)
        self.definition = QLabel()
        self.definition.setObjectName(f"levelDefinition{level}")
        self.definition.setWordWrap(True)
        self.definition.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.radio, 0, 0)
        indent = self.radio.style().pixelMetric(self.radio.style().PixelMetric.PM_ExclusiveIndicatorWidth) + 6
        layout.addWidget(self.definition, 1, 0)
        layout.setColumnStretch(0, 1)
        self.definition.setContentsMargins(indent, 0, 0, 0)

    def set_selected(self, selected: bool) -> None:
        """The chosen rating is outlined and shaded; painted here, since re-polishing a style sheet for it would
        relayout the whole item panel on every answer."""
        if self.property("selected") == selected:
            return
        self.setProperty("selected", selected)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.radio.click()
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.property("selected"):
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
            painter.end()
        super().paintEvent(event)
        painter = QPainter(self)
        painter.fillRect(0, 3, 4, self.height() - 6, level_colour(self.level))
        painter.end()


def _label(name: str, *, bold: bool = False, scale: float = 1.0, selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or scale != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


class ItemView(Retranslatable, QScrollArea):
    level_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("itemPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_item_page())
        self.pages.addWidget(self._build_element_page())
        self.pages.addWidget(self._build_empty_page())
        self.setWidget(self.pages)
        self.setStyleSheet(
            "LevelChoice { border: 1px solid transparent; border-radius: 5px; }"
            "QLabel#keyBadge, QLabel#basisBadge { border: 1px solid palette(mid); border-radius: 4px; padding: 1px 6px; }"
            "QLabel#naReason, QLabel#unevidencedWarning, QLabel#sampleTests {"
            " border: 1px solid palette(mid); border-radius: 5px;"
            " padding: 6px; background: palette(alternate-base); }"
            f"QFrame#reconfirmBox {{ border: 1px solid {RECONFIRM_COLOUR}; border-radius: 5px;"
            " background: palette(alternate-base); }")
        self.retranslate()

    def _build_item_page(self) -> QWidget:
        page = QWidget()
        self.item_id_label = _label("itemIdLabel", bold=True)
        self.key_badge = QLabel()
        self.key_badge.setObjectName("keyBadge")
        self.basis_badge = QLabel()  # statutory / guidance / good practice: what the item rests on
        self.basis_badge.setObjectName("basisBadge")
        self.element_label = _label("itemElementLabel")
        self.element_label.setWordWrap(False)
        self.question_label = _label("questionLabel", bold=True, scale=1.2)
        self.rating_heading = _label("ratingHeading", bold=True, selectable=False)
        self.level_group = QButtonGroup(self)
        self.level_choices: list[LevelChoice] = []
        for level in range(6):
            choice = LevelChoice(level)
            self.level_group.addButton(choice.radio, level)
            self.level_choices.append(choice)
        self.level_group.idClicked.connect(self.level_clicked)
        self.unevidenced_label = _label("unevidencedWarning")
        self.sample_label = _label("sampleTests")  # transaction-test pass rates of the checks testing the item
        self.sample_label.setTextFormat(Qt.TextFormat.RichText)
        self.reconfirm_label = _label("reconfirmNotice")
        self.reconfirm_button = QPushButton()
        self.reconfirm_button.setObjectName("reconfirmButton")
        self.na_reason_label = _label("naReason")
        self.na_button = QPushButton()
        self.na_button.setObjectName("naButton")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearButton")
        self.history_button = QPushButton()
        self.history_button.setObjectName("itemHistoryButton")
        self.notes_heading = _label("notesHeading", bold=True, selectable=False)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(110)

        header = QHBoxLayout()
        header.addWidget(self.item_id_label)
        header.addWidget(self.key_badge)
        header.addWidget(self.basis_badge)
        header.addSpacing(8)
        header.addWidget(self.element_label, 1)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.na_button)
        answer_row.addWidget(self.clear_button)
        answer_row.addStretch(1)
        answer_row.addWidget(self.history_button)
        reconfirm_row = QHBoxLayout()
        reconfirm_row.addWidget(self.reconfirm_label, 1)
        reconfirm_row.addWidget(self.reconfirm_button, alignment=Qt.AlignmentFlag.AlignVCenter)
        self.reconfirm_box = QFrame()
        self.reconfirm_box.setObjectName("reconfirmBox")
        self.reconfirm_box.setLayout(reconfirm_row)
        reconfirm_row.setContentsMargins(8, 4, 6, 4)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.question_label)
        layout.addWidget(self.reconfirm_box)
        layout.addSpacing(6)
        layout.addWidget(self.rating_heading)
        for choice in self.level_choices:
            layout.addWidget(choice)
        layout.addWidget(self.unevidenced_label)
        layout.addWidget(self.sample_label)
        layout.addWidget(self.na_reason_label)
        layout.addLayout(answer_row)
        layout.addSpacing(6)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.notes_edit, 1)
        return page

    def _build_element_page(self) -> QWidget:
        page = QWidget()
        self.element_title_label = _label("elementTitle", bold=True, scale=1.3)
        self.element_summary_label = _label("elementSummary")
        self.element_summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.element_hint_label = _label("elementHint", selectable=False)
        self.element_hint_label.setEnabled(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.element_title_label)
        layout.addWidget(self.element_summary_label)
        layout.addSpacing(10)
        layout.addWidget(self.element_hint_label)
        layout.addStretch(1)
        return page

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        self.empty_label = _label("emptyHint", selectable=False)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        layout = QVBoxLayout(page)
        layout.addWidget(self.empty_label)
        return page

    def focus_chain(self) -> list[QWidget]:
        return [self.reconfirm_button, *(c.radio for c in self.level_choices), self.na_button, self.clear_button,
                self.history_button, self.notes_edit]

    def show_level(self, level: int | None) -> None:
        """Check the radio of ``level`` (None: none checked) without emitting a click."""
        self.level_group.setExclusive(False)
        for choice in self.level_choices:
            choice.radio.setChecked(choice.level == level)
            choice.set_selected(choice.level == level)
        self.level_group.setExclusive(True)

    def retranslate(self) -> None:
        self.key_badge.setText(self.tr("Key item"))
        self.key_badge.setToolTip(self.tr("A key item rated below 3 holds its element at level 2."))
        self.rating_heading.setText(self.tr("Rating (keys 0–5)"))
        self.na_button.setText(self.tr("Not applicable… (N)"))
        self.clear_button.setText(self.tr("Clear answer (Del)"))
        self.history_button.setText(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Every change to this item: who, when, before and after"))
        self.reconfirm_label.setText(self.tr("Carried over from the baseline. Confirm it is still true, or change "
                                             "the answer."))
        self.reconfirm_button.setText(self.tr("Confirm unchanged (C)"))
        self.notes_heading.setText(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Interview notes, observations, document references… "
                                                   "Saved as you type."))
        self.notes_edit.setAccessibleDescription(self.tr("The item's notes. Saved as you type; every change is kept "
                                                         "in the item's history. They appear in the reports."))
        self.na_button.setAccessibleDescription(self.tr("Mark the item not applicable to this organisation, with "
                                                        "the reason why (key N)."))
        self.clear_button.setAccessibleDescription(self.tr("Remove the item's rating or not-applicable mark "
                                                           "(Delete key)."))
        self.history_button.setAccessibleDescription(self.history_button.toolTip())
        self.reconfirm_button.setAccessibleDescription(self.tr("Keep the answer carried over from the baseline "
                                                               "as still true (key C)."))
        self.element_hint_label.setText(self.tr("Choose an item in the tree, or press Ctrl+Enter to go to the "
                                                "next unanswered item."))
        self.empty_label.setText(self.tr("No item is selected."))
