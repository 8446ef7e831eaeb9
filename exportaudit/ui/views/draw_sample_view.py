"""Draw a sample: from which order list, how many orders (a number, or a rule such as 10 % or 25, whichever is
smaller), optional risk strata, and the seed; a live line says how many orders will be drawn and the method
is spelled out before anything is stored."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exportaudit.ui.screen_fit import preferred_size
from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import FormErrors, error_label, heading, tab_order, table_view


def _spin(name: str, low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setGroupSeparatorShown(True)
    return spin


def _choice_table(name: str) -> QTableView:
    table = table_view(name, sortable=True)
    table.setMinimumHeight(96)
    # the tables share whatever height the dialog has; their own wish (about 190 px each) would make it taller
    # than a laptop screen
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    table.horizontalHeader().setStretchLastSection(False)
    return table


class DrawSampleView(FormErrors, Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drawSampleDialog")
        preferred_size(self, 1000, 700)
        self.list_label = QLabel()
        self.list_combo = QComboBox()
        self.list_combo.setObjectName("sampleListCombo")
        self.list_label.setBuddy(self.list_combo)

        # size
        self.size_box = QGroupBox()
        self.count_radio = QRadioButton()
        self.count_radio.setObjectName("sizeCountRadio")
        self.count_spin = _spin("sizeCountSpin", 1, 1_000_000)
        self.rule_radio = QRadioButton()
        self.rule_radio.setObjectName("sizeRuleRadio")
        self.size_group = QButtonGroup(self)
        self.size_group.addButton(self.count_radio)
        self.size_group.addButton(self.rule_radio)
        self.percent_spin = QDoubleSpinBox()
        self.percent_spin.setObjectName("sizePercentSpin")
        self.percent_spin.setRange(0.1, 100)
        self.percent_spin.setDecimals(1)
        self.percent_spin.setSuffix(" %")
        self.or_label = QLabel()
        self.max_spin = _spin("sizeMaxSpin", 1, 1_000_000)
        self.combine_label = QLabel()
        self.combine_combo = QComboBox()
        self.combine_combo.setObjectName("sizeCombineCombo")
        self.minimum_label = QLabel()
        self.minimum_spin = _spin("sizeMinimumSpin", 1, 100_000)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_radio)
        count_row.addWidget(self.count_spin)
        count_row.addStretch(1)
        rule_row = QHBoxLayout()
        for widget in (self.rule_radio, self.percent_spin, self.or_label, self.max_spin, self.combine_label,
                       self.combine_combo):
            rule_row.addWidget(widget)
        rule_row.addStretch(1)
        minimum_row = QHBoxLayout()
        minimum_row.addSpacing(24)
        minimum_row.addWidget(self.minimum_label)
        minimum_row.addWidget(self.minimum_spin)
        minimum_row.addStretch(1)
        size_layout = QVBoxLayout(self.size_box)
        size_layout.addLayout(count_row)
        size_layout.addLayout(rule_row)
        size_layout.addLayout(minimum_row)

        # seed
        self.seed_box = QGroupBox()
        self.seed_edit = QLineEdit()
        self.seed_edit.setObjectName("seedEdit")
        self.seed_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{1,18}"), self))
        self.seed_edit.setMaxLength(18)
        self.new_seed_button = QPushButton()
        self.new_seed_button.setObjectName("newSeedButton")
        self.seed_hint = QLabel()
        self.seed_hint.setWordWrap(True)
        self.seed_hint.setEnabled(False)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_edit, 1)
        seed_row.addWidget(self.new_seed_button)
        seed_layout = QVBoxLayout(self.seed_box)
        seed_layout.addLayout(seed_row)
        seed_layout.addWidget(self.seed_hint)

        # outcome
        self.summary_label = heading(1.1, "sampleSummary")
        self.summary_label.setWordWrap(True)
        self.description_label = QLabel()
        self.description_label.setObjectName("sampleDescription")
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # strata
        self.strata_box = QGroupBox()
        self.strata_box.setObjectName("strataBox")
        self.strata_box.setCheckable(True)
        self.strata_box.setChecked(False)
        self.destinations_check = QCheckBox()
        self.destinations_check.setObjectName("highRiskCheck")
        self.destination_filter = QLineEdit()
        self.destination_filter.setObjectName("destinationFilter")
        self.destination_filter.setClearButtonEnabled(True)
        self.destination_table = _choice_table("destinationTable")
        self.codes_check = QCheckBox()
        self.codes_check.setObjectName("listedCodesCheck")
        self.patterns_edit = QLineEdit()
        self.patterns_edit.setObjectName("codePatternsEdit")
        self.new_customers_check = QCheckBox()
        self.new_customers_check.setObjectName("newCustomersCheck")
        self.since_edit = QDateEdit()
        self.since_edit.setObjectName("newSinceEdit")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.flagged_label = QLabel()
        self.customer_filter = QLineEdit()
        self.customer_filter.setObjectName("customerFilter")
        self.customer_filter.setClearButtonEnabled(True)
        self.customer_table = _choice_table("customerTable")
        self.min_stratum_label = QLabel()
        self.min_stratum_spin = _spin("minPerStratumSpin", 0, 1000)
        self.min_stratum_label.setBuddy(self.min_stratum_spin)
        self.strata_hint = QLabel()
        self.strata_hint.setWordWrap(True)
        self.strata_hint.setEnabled(False)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_customers_check)
        new_row.addWidget(self.since_edit)
        new_row.addStretch(1)
        min_row = QHBoxLayout()
        min_row.addWidget(self.min_stratum_label)
        min_row.addWidget(self.min_stratum_spin)
        min_row.addStretch(1)
        strata_layout = QVBoxLayout(self.strata_box)
        strata_layout.addWidget(self.strata_hint)
        strata_layout.addWidget(self.destinations_check)
        strata_layout.addWidget(self.destination_filter)
        strata_layout.addWidget(self.destination_table, 2)
        strata_layout.addWidget(self.codes_check)
        strata_layout.addWidget(self.patterns_edit)
        strata_layout.addLayout(new_row)
        strata_layout.addWidget(self.flagged_label)
        strata_layout.addWidget(self.customer_filter)
        strata_layout.addWidget(self.customer_table, 3)
        strata_layout.addLayout(min_row)

        self.error_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.draw_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.draw_button.setObjectName("drawButton")
        self.draw_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.list_label, self.list_combo)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.size_box)
        left.addWidget(self.seed_box)
        left.addSpacing(8)
        left.addWidget(self.summary_label)
        left.addWidget(self.description_label)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addWidget(self.strata_box, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        tab_order(self.list_combo, self.count_radio, self.count_spin, self.rule_radio, self.percent_spin,
                  self.max_spin, self.combine_combo, self.minimum_spin, self.seed_edit, self.new_seed_button,
                  self.strata_box, self.destinations_check, self.destination_filter, self.destination_table,
                  self.codes_check, self.patterns_edit, self.new_customers_check, self.since_edit,
                  self.customer_filter, self.customer_table, self.min_stratum_spin)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Draw a sample"))
        self.list_label.setText(self.tr("&Order list:"))
        self.size_box.setTitle(self.tr("How many orders"))
        self.count_radio.setText(self.tr("E&xactly"))
        self.rule_radio.setText(self.tr("&Rule:"))
        self.or_label.setText(self.tr("of the list or"))
        self.combine_label.setText(self.tr("orders,"))
        self.minimum_label.setText(self.tr("but at least"))
        self.seed_box.setTitle(self.tr("Seed"))
        self.new_seed_button.setText(self.tr("New seed"))
        self.seed_hint.setText(self.tr("Record the seed: with the same order list and method it draws the same "
                                       "orders again. Type a reviewer's seed here to draw their sample."))
        self.strata_box.setTitle(self.tr("&Stratify by risk"))
        self.strata_hint.setText(self.tr("Groups: each ticked high-risk destination on its own, listed control "
                                         "codes, new customers, other. An order counts in the first group it falls "
                                         "in. Every group that has orders first gets one (risky groups first), so a "
                                         "sample at least as large as the number of groups draws from each; then "
                                         "each risky group is topped up to its minimum; the rest is shared in "
                                         "proportion to the orders each group has left (largest remainder). Within "
                                         "a group the orders are drawn at random."))
        self.destinations_check.setText(self.tr("&High-risk destinations (tick them):"))
        self.destination_filter.setPlaceholderText(self.tr("Filter destinations"))
        self.codes_check.setText(self.tr("&Listed control codes"))
        self.patterns_edit.setPlaceholderText(self.tr("Only codes like… e.g. 1C*, 2B350 (empty: any listed code)"))
        self.new_customers_check.setText(self.tr("New &customers: first order on or after"))
        self.flagged_label.setText(self.tr("Customers to treat as new (tick them):"))
        self.customer_filter.setPlaceholderText(self.tr("Filter customers"))
        self.min_stratum_label.setText(self.tr("At least this many from each risky &group:"))
        self.draw_button.setText(self.tr("&Draw"))
