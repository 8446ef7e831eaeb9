"""Assessment > Engagement…: who prepared the report, its scope and method, its terms and the auditor's own
conclusion, one tab each so the dialog fits a 1366×728 screen. Names and texts each in a Chinese and an English form,
side by side (tables: a column per form)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import ok_cancel
from exportaudit.ui.views.forms_edit import FormsEdit


def _text(name: str, lines: int = 3) -> FormsEdit:
    return FormsEdit(name, lines=lines)


def _line(name: str) -> FormsEdit:
    return FormsEdit(name)


class RowsEditor(QWidget):
    """A small table of typed rows (team members, interviews) with Add and Remove buttons."""

    def __init__(self, name: str, columns: int):
        super().__init__()
        self.table = QTableWidget(0, columns)
        self.table.setObjectName(f"{name}Table")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"{name}AddButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"{name}RemoveButton")
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)


class EngagementDialogView(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("engagementDialog")
        self.resize(1000, 560)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("engagementTabs")

        self.firm_forms, self.lead_forms = _line("firmEdit"), _line("leadEdit")
        self.team = RowsEditor("team", 4)
        self.entities_forms, self.business_forms = _text("entitiesEdit"), _text("businessLinesEdit")
        self.fieldwork_start, self.fieldwork_end = QDateEdit(), QDateEdit()
        for edit, name in ((self.fieldwork_start, "fieldworkStartEdit"), (self.fieldwork_end, "fieldworkEndEdit")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setSpecialValueText(" ")  # the minimum date stands for "not stated"
        self.exclusions_forms = _text("exclusionsEdit")
        self.interviews = RowsEditor("interviews", 5)
        self.site_visits_forms = _text("siteVisitsEdit", 2)
        self.documents_list = QListWidget()
        self.documents_list.setObjectName("documentsList")
        self.sampling_forms = _text("samplingBasisEdit", 2)
        self.sampling_button = QPushButton()
        self.sampling_button.setObjectName("samplingFillButton")
        self.limitations_forms, self.disclaimer_forms = _text("limitationsEdit"), _text("disclaimerEdit")
        self.distribution_forms = _text("distributionEdit")
        self.confidentiality_forms = _line("confidentialityEdit")
        self.opinion_combo = QComboBox()
        self.opinion_combo.setObjectName("opinionCombo")
        self.proposed_label = QLabel()
        self.proposed_label.setObjectName("proposedOpinion")
        self.proposed_label.setWordWrap(True)
        self.rationale_forms = _text("rationaleEdit", 8)

        self._labels: list[QLabel] = []
        self._pages = [self._page([(self.firm_forms,), (self.lead_forms,), (self.team,)]),
                       self._page([(self.entities_forms,), (self.business_forms,), (self.fieldwork_start,),
                                   (self.fieldwork_end,), (self.exclusions_forms,)]),
                       self._page([(self.interviews,), (self.site_visits_forms,), (self.documents_list,),
                                   (self.sampling_forms,), (self.sampling_button,)]),
                       self._page([(self.limitations_forms,), (self.disclaimer_forms,), (self.distribution_forms,),
                                   (self.confidentiality_forms,)]),
                       self._page([(self.proposed_label,), (self.opinion_combo,), (self.rationale_forms,)])]
        for page in self._pages:
            self.tabs.addTab(page, "")
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _page(self, rows: list[tuple[QWidget]]) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # fields keep their height at the top; spare room stays below
        for (field,) in rows:
            if field in (self.sampling_button, self.proposed_label):
                form.addRow("", field)
                continue
            label = QLabel()
            label.setBuddy(field.table if isinstance(field, RowsEditor) else field)
            self._labels.append(label)
            form.addRow(label, field)
        return page

    def retranslate(self) -> None:
        for n, title in enumerate((self.tr("Prepared by"), self.tr("Scope"), self.tr("Method"), self.tr("Terms"),
                                   self.tr("Conclusion"))):
            self.tabs.setTabText(n, title)
        texts = (self.tr("&Firm or department:"), self.tr("Engagement &lead:"), self.tr("&Team:"),
                 self.tr("&Entities and sites:"), self.tr("&Business lines and item categories:"),
                 self.tr("Fieldwork &from:"), self.tr("Fieldwork &to:"), self.tr("E&xclusions:"),
                 self.tr("&Interviews:"), self.tr("&Site visits:"), self.tr("&Documents reviewed:"),
                 self.tr("Sampling &basis:"), self.tr("&Limitations:"), self.tr("&Disclaimer:"),
                 self.tr("Distribution &list (one per line):"), self.tr("&Confidentiality marking:"),
                 self.tr("&Conclusion:"), self.tr("&Rationale:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
            if isinstance(label.buddy(), QAbstractItemView):  # a screen reader names a table by its label
                label.buddy().setAccessibleName(text.replace("&", "").rstrip(":：").strip())
            elif isinstance(label.buddy(), FormsEdit):
                label.buddy().set_subject(text)
        pairs = [self.tr("Name (Chinese)"), self.tr("Name (English)"), self.tr("Role (Chinese)"),
                 self.tr("Role (English)")]
        self.team.table.setHorizontalHeaderLabels(pairs)
        self.interviews.table.setHorizontalHeaderLabels([*pairs, self.tr("Date")])
        for editor in (self.team, self.interviews):
            editor.add_button.setText(self.tr("&Add"))
            editor.remove_button.setText(self.tr("Remo&ve"))
        self.sampling_button.setText(self.tr("Fill in from the transaction-testing samples"))
        for edit in self.confidentiality_forms.fields():
            edit.setPlaceholderText(self.tr("e.g. Confidential – client management only"))
        for edit in self.rationale_forms.fields():
            edit.setPlaceholderText(self.tr("Why you reach this conclusion, in the report's words"))
