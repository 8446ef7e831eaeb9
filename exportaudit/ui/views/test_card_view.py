"""The test card of one sampled order: the order's fields, each check with Pass / Fail / N/A, a note, evidence
files and (for a failure) a finding; the red-flag review beside it; Previous / Next card below.

A check row takes the keyboard itself: P F A (or 1 2 3) answer it, Del clears, Up and Down move between
checks, Left and Right move the answer, Enter goes to the note and Esc back. Files dropped on a row are
attached to that check.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStatusBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from exportaudit.core import status_colours
from exportaudit.ui.screen_fit import preferred_size
from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import error_label, heading, tab_order
from exportaudit.ui.views.evidence_view import FileDrops

RESULTS = ("pass", "fail", "na")
_KEYS = {Qt.Key.Key_P: "pass", Qt.Key.Key_1: "pass", Qt.Key.Key_F: "fail", Qt.Key.Key_2: "fail",
         Qt.Key.Key_A: "na", Qt.Key.Key_3: "na"}
PASS, FAIL, NA = status_colours.PASSED, status_colours.FAILED, status_colours.NOT_APPLICABLE

CARD_STYLE = (
    "CheckRowView { border: 1px solid palette(mid); border-left: 5px solid palette(mid); border-radius: 5px; }"
    "CheckRowView:focus { border-color: palette(highlight); border-left-width: 5px; background: palette(alternate-base); }"
    f"CheckRowView[result=\"pass\"] {{ border-left-color: {PASS}; }}"
    f"CheckRowView[result=\"fail\"] {{ border-left-color: {FAIL}; }}"
    f"CheckRowView[result=\"na\"] {{ border-left-color: {NA}; }}"
    "QToolButton[choice] { padding: 3px 10px; border: 1px solid palette(mid); border-radius: 4px; }"
    f"QToolButton[choice=\"pass\"]:checked {{ background: {PASS}; color: white; border-color: {PASS}; }}"
    f"QToolButton[choice=\"fail\"]:checked {{ background: {FAIL}; color: white; border-color: {FAIL}; }}"
    f"QToolButton[choice=\"na\"]:checked {{ background: {NA}; color: white; border-color: {NA}; }}"
    "QLabel#checkError { color: palette(link-visited); }"
    "QLabel#cardStatus, QLabel#reviewStatus { border: 1px solid palette(mid); border-radius: 4px; padding: 2px 8px; }"
)


def _muted(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setEnabled(False)  # drawn in the palette's muted text colour
    return label


class CheckRowView(FileDrops, QFrame):
    """One check of the card. It never saves: it says what the user asked for, through its signals."""

    result_chosen = Signal(object)  # "pass", "fail", "na" or None (clear)
    move_requested = Signal(int)  # -1 previous check, +1 next
    files_dropped = Signal(list)

    def __init__(self, check_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.check_id = check_id
        self.setObjectName(f"checkRow_{check_id}")
        self.setProperty("result", "")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.title_label = heading(name=f"checkTitle_{check_id}")
        self.title_label.setWordWrap(True)
        self.items_label = _muted(f"checkItems_{check_id}")
        self.items_label.setWordWrap(False)
        self.guidance_label = _muted(f"checkGuidance_{check_id}")
        self.choice_buttons: dict[str, QToolButton] = {}
        for result in RESULTS:
            button = QToolButton()
            button.setObjectName(f"check_{check_id}_{result}")
            button.setProperty("choice", result)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys; buttons are for the mouse
            button.clicked.connect(lambda _checked=False, result=result: self._clicked(result))
            self.choice_buttons[result] = button
        self.review_label = QLabel()
        self.review_label.setObjectName("reviewStatus")
        self.review_label.hide()
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName(f"checkNote_{check_id}")
        self.note_edit.setClearButtonEnabled(True)
        self.error_label = error_label()
        self.error_label.setObjectName("checkError")
        self.evidence_label = QLabel()
        self.evidence_label.setObjectName(f"checkEvidence_{check_id}")
        self.evidence_label.setTextFormat(Qt.TextFormat.RichText)
        self.evidence_label.setWordWrap(True)
        self.evidence_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.attach_button = QPushButton()
        self.attach_button.setObjectName(f"checkAttach_{check_id}")
        self.finding_button = QPushButton()
        self.finding_button.setObjectName(f"checkFinding_{check_id}")
        self.finding_label = QLabel()
        self.finding_label.setObjectName(f"checkFindingLabel_{check_id}")

        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.items_label)
        choices = QHBoxLayout()
        choices.setSpacing(4)
        for button in self.choice_buttons.values():
            choices.addWidget(button)
        choices.addSpacing(8)
        choices.addWidget(self.note_edit, 1)
        files = QHBoxLayout()
        files.addWidget(self.evidence_label, 1)
        files.addWidget(self.finding_label)
        files.addWidget(self.finding_button)
        files.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(title_row)
        layout.addWidget(self.guidance_label)
        layout.addWidget(self.review_label, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(choices)
        layout.addWidget(self.error_label)
        layout.addLayout(files)

    def focus_chain(self) -> list[QWidget]:
        return [self, self.note_edit, self.finding_button, self.attach_button]

    def show_result(self, result: str | None) -> None:
        for key, button in self.choice_buttons.items():
            button.setChecked(key == result)
        if self.property("result") != (result or ""):
            self.setProperty("result", result or "")
            self.style().unpolish(self)
            self.style().polish(self)

    def result(self) -> str | None:
        """The answer as saved (the buttons show it; a click only asks for a change)."""
        return self.property("result") or None

    def _clicked(self, result: str) -> None:
        saved = self.result()
        self.show_result(saved)  # undo the click's toggle: the row shows what the store holds until it changes
        self.result_chosen.emit(None if saved == result else result)  # clicking the saved answer clears it
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            if key in _KEYS:
                self.result_chosen.emit(_KEYS[Qt.Key(key)])
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.result_chosen.emit(None)
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                current = self.result()
                step = -1 if key == Qt.Key.Key_Left else 1
                start = RESULTS.index(current) if current in RESULTS else (-1 if step > 0 else len(RESULTS))
                self.result_chosen.emit(RESULTS[max(0, min(len(RESULTS) - 1, start + step))])
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.note_edit.setFocus()
                return
        super().keyPressEvent(event)

    def takes_files(self) -> bool:
        return self.attach_button.isEnabled()


class TestCardView(Retranslatable, QDialog):
    __test__ = False  # not a pytest test class

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("testCard")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        preferred_size(self, 1320, 700)
        self.setStyleSheet(CARD_STYLE)
        self.title_label = heading(1.3, "cardTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("cardSubtitle")
        self.status_label = QLabel()
        self.status_label.setObjectName("cardStatus")
        self.read_only_label = _muted("cardReadOnly")
        self.read_only_label.hide()

        # the order
        self.order_box = QGroupBox()
        self.order_box.setObjectName("orderBox")
        self.order_grid = QGridLayout(self.order_box)
        self.order_grid.setHorizontalSpacing(12)
        self.order_grid.setVerticalSpacing(3)
        self.order_grid.setColumnStretch(1, 1)
        self.order_grid.setColumnStretch(3, 1)
        self.field_names: dict[str, QLabel] = {}
        self.field_values: dict[str, QLabel] = {}

        # the checks
        self.checks_heading = heading(name="checksHeading")
        self.checks_hint = _muted("checksHint")
        self.checks_container = QWidget()
        self.checks_layout = QVBoxLayout(self.checks_container)
        self.checks_layout.setContentsMargins(0, 0, 4, 0)
        self.checks_layout.setSpacing(6)
        self.checks_layout.addStretch(1)
        self.check_rows: list[CheckRowView] = []
        self.checks_scroll = QScrollArea()
        self.checks_scroll.setObjectName("checksScroll")
        self.checks_scroll.setWidgetResizable(True)
        self.checks_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.checks_scroll.setWidget(self.checks_container)

        # the red-flag review
        self.flags_heading = heading(name="redFlagsHeading")
        self.flags_status = QLabel()
        self.flags_status.setObjectName("redFlagStatus")
        self.flags_status.setWordWrap(True)
        self.flags_tree = QTreeView()
        self.flags_tree.setObjectName("redFlagTree")
        self.flags_tree.setUniformRowHeights(True)
        self.flags_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.flags_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.flags_tree.setAllColumnsShowFocus(True)
        self.flags_tree.setAlternatingRowColors(True)
        self.flags_tree.setAnimated(False)
        self.flag_box = QGroupBox()
        self.flag_box.setObjectName("flagBox")
        self.flag_text_label = QLabel()
        self.flag_text_label.setObjectName("flagText")
        self.flag_text_label.setWordWrap(True)
        self.flag_text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flag_guidance_label = _muted("flagGuidance")
        self.flag_guidance_label.setTextFormat(Qt.TextFormat.RichText)
        self.flag_group = QButtonGroup(self)
        self.flag_radios: dict[str, QRadioButton] = {}
        radios = QHBoxLayout()
        for answer in ("absent", "present", "na"):
            radio = QRadioButton()
            radio.setObjectName(f"flagAnswer_{answer}")
            self.flag_group.addButton(radio)
            self.flag_radios[answer] = radio
            radios.addWidget(radio)
        radios.addStretch(1)
        self.resolved_check = QCheckBox()
        self.resolved_check.setObjectName("flagResolvedCheck")
        self.flag_note_edit = QLineEdit()
        self.flag_note_edit.setObjectName("flagNoteEdit")
        self.flag_note_edit.setClearButtonEnabled(True)
        flag_layout = QVBoxLayout(self.flag_box)
        flag_layout.addWidget(self.flag_text_label)
        flag_layout.addWidget(self.flag_guidance_label)
        flag_layout.addLayout(radios)
        flag_layout.addWidget(self.resolved_check)
        flag_layout.addWidget(self.flag_note_edit)
        self.remaining_button = QPushButton()
        self.remaining_button.setObjectName("remainingAbsentButton")
        flags_top = QHBoxLayout()
        flags_top.addWidget(self.flags_heading, 1)
        flags_top.addWidget(self.remaining_button)

        # navigation
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("previousCardButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextCardButton")
        self.position_label = QLabel()
        self.position_label.setObjectName("cardPosition")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.status_bar = QStatusBar()
        self.status_bar.setObjectName("cardStatusBar")
        self.status_bar.setSizeGripEnabled(False)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        header.addWidget(self.read_only_label)
        header.addWidget(self.status_label, alignment=Qt.AlignmentFlag.AlignVCenter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.order_box)
        left_layout.addWidget(self.checks_heading)
        left_layout.addWidget(self.checks_hint)
        left_layout.addWidget(self.checks_scroll, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addLayout(flags_top)
        right_layout.addWidget(self.flags_status)
        right_layout.addWidget(self.flags_tree, 1)
        right_layout.addWidget(self.flag_box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("testCardSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 6)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([720, 600])
        self.splitter.setChildrenCollapsible(False)

        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.position_label)
        navigation.addWidget(self.next_button)
        navigation.addStretch(1)
        navigation.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 0)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(navigation)
        layout.addWidget(self.status_bar)
        self.retranslate()

    def configure_flag_columns(self) -> None:
        """Once the model is set: the sign takes the spare width, the answer and resolved columns fit their words,
        the note starts narrow (its full text is in the box below and in the tooltip)."""
        header, metrics = self.flags_tree.header(), self.flags_tree.fontMetrics()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 12 * metrics.averageCharWidth())

    def add_order_field(self, field_id: str, row: int, column: int) -> None:
        """One of the order's fields, its name in column 0 or 2 of the grid, its value beside it."""
        name, value = QLabel(), QLabel()
        name.setEnabled(False)  # names muted, values in the body colour
        value.setObjectName(f"orderField_{field_id}")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setWordWrap(True)
        self.field_names[field_id], self.field_values[field_id] = name, value
        self.order_grid.addWidget(name, row, column, Qt.AlignmentFlag.AlignTop)
        self.order_grid.addWidget(value, row, column + 1, Qt.AlignmentFlag.AlignTop)

    def add_check_row(self, check_id: str) -> CheckRowView:
        row = CheckRowView(check_id)
        self.checks_layout.insertWidget(self.checks_layout.count() - 1, row)
        self.check_rows.append(row)
        row.attach_button.setText(self.tr("Attach…"))
        self._retranslate_row(row)
        return row

    def set_tab_order(self) -> None:
        tab_order(*(w for row in self.check_rows for w in row.focus_chain()), self.remaining_button, self.flags_tree,
                  *self.flag_radios.values(), self.resolved_check, self.flag_note_edit, self.previous_button,
                  self.next_button)

    def _retranslate_row(self, row: CheckRowView) -> None:
        texts = {"pass": self.tr("Pass (P)"), "fail": self.tr("Fail (F)"), "na": self.tr("N/A (A)")}
        for result, button in row.choice_buttons.items():
            button.setText(texts[result])
        row.choice_buttons["pass"].setToolTip(self.tr("The check passed on this order (P or 1)"))
        row.choice_buttons["fail"].setToolTip(self.tr("The check failed: an exception (F or 2)"))
        row.choice_buttons["na"].setToolTip(self.tr("Does not apply to this order; the note must say why (A or 3)"))
        row.note_edit.setPlaceholderText(self.tr("Note: what was looked at, dates, document references "
                                                 "(required for N/A)"))
        row.attach_button.setText(self.tr("Attach…"))
        row.attach_button.setToolTip(self.tr("Attach evidence to this check (or drop files on it)"))
        row.finding_button.setText(self.tr("Raise finding…"))
        row.finding_button.setToolTip(self.tr("Raise a finding from this exception"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Test card"))
        self.order_box.setTitle(self.tr("Order"))
        self.checks_heading.setText(self.tr("Checks"))
        self.checks_hint.setText(self.tr("P pass · F fail · A not applicable (or 1 2 3) · Del clear · ↑ ↓ next check "
                                         "· Enter note · PgUp PgDn previous / next order"))
        self.flags_heading.setText(self.tr("Red-flag review"))
        self.flags_tree.setAccessibleName(self.flags_heading.text())
        self.remaining_button.setText(self.tr("All remaining: not present"))
        self.remaining_button.setToolTip(self.tr("Answer every warning sign not answered yet as not present"))
        self.flag_radios["absent"].setText(self.tr("&Not present (N)"))
        self.flag_radios["present"].setText(self.tr("&Present (P)"))
        self.flag_radios["na"].setText(self.tr("N/&A (A)"))
        self.resolved_check.setText(self.tr("&Resolved before release (Space)"))
        self.flag_note_edit.setPlaceholderText(self.tr("How the sign was resolved or why it does not apply"))
        self.previous_button.setText(self.tr("◀ Previous (PgUp)"))
        self.next_button.setText(self.tr("Next (PgDn) ▶"))
        self.read_only_label.setText(self.tr("Read-only"))
        for row in self.check_rows:
            self._retranslate_row(row)
