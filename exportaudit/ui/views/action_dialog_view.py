"""The corrective action form: the finding it answers, description, owner, due date, status and closing note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from exportaudit.ui.views._form import FormDialogView
from exportaudit.ui.views._widgets import tab_order, text_box


class ActionDialogView(FormDialogView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, "actionDialog", 580)
        self.finding_combo = QComboBox()
        self.finding_combo.setObjectName("findingCombo")
        self.description_edit = text_box("actionDescriptionEdit")
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("ownerEdit")
        self.due_check = QCheckBox()
        self.due_check.setObjectName("dueCheck")
        self.due_edit = QDateEdit()
        self.due_edit.setObjectName("dueDateEdit")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        self.closing_edit = text_box("closingNoteEdit", 60)
        due = QHBoxLayout()
        due.addWidget(self.due_check)
        due.addWidget(self.due_edit)
        due.addStretch(1)
        self._labels = [QLabel() for _ in range(6)]
        fields = (self.finding_combo, self.description_edit, self.owner_edit, due, self.status_combo,
                  self.closing_edit)
        self.add_rows(self._labels, fields, {3: self.due_check})
        self.lay_out()
        order = [self.finding_combo, self.description_edit, self.owner_edit, self.due_check, self.due_edit,
                 self.status_combo, self.closing_edit, self.buttons]
        tab_order(*order)
        self.retranslate()

    def retranslate(self) -> None:
        self.due_edit.setAccessibleName(self.tr("Due date"))
        texts = (self.tr("&Finding:"), self.tr("&Action:"), self.tr("O&wner:"), self.tr("D&ue:"),
                 self.tr("&Status:"), self.tr("&Closing note:"))
        for label, text in zip(self._labels, texts, strict=False):
            label.setText(text)
        self.due_check.setText(self.tr("by"))
        self.due_check.setToolTip(self.tr("Untick for an action without a due date"))
        self.description_edit.setPlaceholderText(self.tr("What will be done to correct the finding"))
        self.owner_edit.setPlaceholderText(self.tr("Who is responsible"))
        self.closing_edit.setPlaceholderText(self.tr("How it was closed and where the proof is (when done)"))
