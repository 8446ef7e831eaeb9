"""The evidence dialog: for each file, what it shows (document, record of operation, audit or review result) and
the date it covers. Scoring model 2 counts a file for level 3, or for 4 and 5, by these two answers."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import FormErrors, error_label, ok_cancel


class EvidenceFactsRow:
    """One file's line: its name, a kind combo and a date field."""

    def __init__(self, name: str):
        self.name_label = QLabel(name)
        self.name_label.setObjectName("evidenceFileName")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("evidenceKindCombo")
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("evidenceDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")


class EvidenceFactsView(FormErrors, Retranslatable, QDialog):
    def __init__(self, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evidenceFactsDialog")
        self.setMinimumWidth(640)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.rows = [EvidenceFactsRow(name) for name in names]
        self._headers = [QLabel() for _ in range(3)]
        for header in self._headers:
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, header in enumerate(self._headers):
            grid.addWidget(header, 0, column)
        for number, row in enumerate(self.rows, start=1):
            grid.addWidget(row.name_label, number, 0)
            grid.addWidget(row.kind_combo, number, 1)
            grid.addWidget(row.date_edit, number, 2)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(self.rows) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setMinimumHeight(min(360, 60 + 36 * len(self.rows)))
        self.error_label = error_label()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Describe the evidence"))
        self.intro_label.setText(self.tr(
            "Say what each file shows and the date it covers. Level 3 needs a policy or procedure document; levels "
            "4 and 5 need a record of operation or an audit result dated within the assessment period."))
        texts = (self.tr("File"), self.tr("What it shows"), self.tr("Date covered"))
        for header, text in zip(self._headers, texts, strict=True):
            header.setText(text)
        for row in self.rows:
            name = row.name_label.text()
            row.kind_combo.setAccessibleName(self.tr("What {file} shows").format(file=name))
            row.date_edit.setAccessibleName(self.tr("Date {file} covers").format(file=name))
            current = row.kind_combo.currentData()
            row.kind_combo.clear()
            for key, text in self.kind_labels().items():
                row.kind_combo.addItem(text, key)
            if current is not None:
                row.kind_combo.setCurrentIndex(row.kind_combo.findData(current))

    def kind_labels(self) -> dict[str, str]:
        """The kinds in the window's language."""
        return {"document": self.tr("Policy or procedure document"), "record": self.tr("Record of operation"),
                "audit": self.tr("Audit or review result")}
