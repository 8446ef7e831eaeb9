"""Import an order list, on three pages of one dialog: the file with a preview of its first rows and one
column choice per order field; the progress of the import with Cancel; the result with the rows refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exportaudit.core.testing.orders import ORDER_FIELDS
from exportaudit.ui.screen_fit import preferred_size
from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import FormErrors, error_label, heading, table_view

PAGE_MAPPING, PAGE_PROGRESS, PAGE_RESULT = range(3)
RESULT_WIDTH = 520  # the result without refused rows: a short paragraph


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


class OrderImportView(FormErrors, Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("orderImportDialog")
        preferred_size(self, 1080, 700)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate()

    # --- page 1: file, preview, mapping ---------------------------------------------------------------------

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.file_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPathEdit")
        self.path_edit.setReadOnly(True)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("chooseImportFileButton")
        self.file_label.setBuddy(self.browse_button)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)

        self.sheet_label = QLabel()
        self.sheet_combo = _combo("sheetCombo")
        self.sheet_label.setBuddy(self.sheet_combo)
        self.encoding_label = QLabel()
        self.encoding_combo = _combo("encodingCombo")
        self.encoding_label.setBuddy(self.encoding_combo)
        self.delimiter_label = QLabel()
        self.delimiter_combo = _combo("delimiterCombo")
        self.delimiter_label.setBuddy(self.delimiter_combo)
        self.header_rows_label = QLabel()
        self.header_first_spin = QSpinBox()
        self.header_first_spin.setObjectName("headerFirstSpin")
        self.header_last_spin = QSpinBox()
        self.header_last_spin.setObjectName("headerLastSpin")
        for spin in (self.header_first_spin, self.header_last_spin):
            spin.setRange(1, 30)
        self.header_rows_label.setBuddy(self.header_first_spin)
        self.header_to_label = QLabel()
        source_row = QHBoxLayout()
        for widget in (self.sheet_label, self.sheet_combo, self.encoding_label, self.encoding_combo,
                       self.delimiter_label, self.delimiter_combo):
            source_row.addWidget(widget)
        source_row.addSpacing(12)
        for widget in (self.header_rows_label, self.header_first_spin, self.header_to_label, self.header_last_spin):
            source_row.addWidget(widget)
        source_row.addStretch(1)
        self.detected_label = QLabel()
        self.detected_label.setObjectName("detectedHeaderLabel")
        self.detected_label.setWordWrap(True)

        self.preview_heading = heading(name="previewHeading")
        self.preview_table = table_view("importPreviewTable")
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_table.verticalHeader().show()
        self.preview_table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.mapping_box = QGroupBox()
        self.mapping_box.setObjectName("mappingBox")
        grid = QGridLayout(self.mapping_box)
        grid.setHorizontalSpacing(10)
        self.field_labels: dict[str, QLabel] = {}
        self.field_combos: dict[str, QComboBox] = {}
        half = (len(ORDER_FIELDS) + 1) // 2
        for n, field in enumerate(ORDER_FIELDS):
            label, combo = QLabel(), _combo(f"mapCombo_{field.id}")
            label.setBuddy(combo)
            self.field_labels[field.id], self.field_combos[field.id] = label, combo
            row, col = n % half, (n // half) * 2
            grid.addWidget(label, row, col)
            grid.addWidget(combo, row, col + 1)
        self.date_order_label = QLabel()
        self.date_order_combo = _combo("dateOrderCombo")
        self.date_order_label.setBuddy(self.date_order_combo)
        self.currency_label = QLabel()
        self.currency_edit = QLineEdit()
        self.currency_edit.setObjectName("defaultCurrencyEdit")
        self.currency_edit.setMaxLength(8)
        self.currency_label.setBuddy(self.currency_edit)
        grid.addWidget(self.date_order_label, half, 0)
        grid.addWidget(self.date_order_combo, half, 1)
        grid.addWidget(self.currency_label, half, 2)
        grid.addWidget(self.currency_edit, half, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.remembered_label = QLabel()
        self.remembered_label.setObjectName("rememberedMappingLabel")
        self.remembered_label.setWordWrap(True)
        self.remembered_label.setEnabled(False)
        grid.addWidget(self.remembered_label, half + 1, 0, 1, 4)

        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("orderListNameEdit")
        self.name_label.setBuddy(self.name_edit)
        name_form = QFormLayout()
        name_form.addRow(self.name_label, self.name_edit)

        self.error_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("startImportButton")
        self.import_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(file_row)
        layout.addLayout(source_row)
        layout.addWidget(self.detected_label)
        layout.addWidget(self.preview_heading)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.mapping_box)
        layout.addLayout(name_form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        return page

    # --- page 2: progress -------------------------------------------------------------------------------------

    def _progress_page(self) -> QWidget:
        page = QWidget()
        self.progress_heading = heading(1.15, "importProgressHeading")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("importProgressLabel")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("importProgressBar")
        self.progress_bar.setRange(0, 100)
        self.cancel_import_button = QPushButton()
        self.cancel_import_button.setObjectName("cancelImportButton")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_import_button)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(self.progress_heading)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addLayout(row)
        layout.addStretch(3)
        return page

    # --- page 3: result -----------------------------------------------------------------------------------------

    def _result_page(self) -> QWidget:
        page = QWidget()
        self.result_heading = heading(1.15, "importResultHeading")
        self.result_label = QLabel()
        self.result_label.setObjectName("importResultLabel")
        self.result_label.setWordWrap(True)
        self.problems_heading = heading(name="refusedRowsHeading")
        self.problems_table = table_view("refusedRowsTable", sortable=True)
        self.done_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.done_buttons.setObjectName("importDoneButtons")
        self.done_buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_heading)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problems_heading)
        layout.addWidget(self.problems_table, 1)
        layout.addWidget(self.done_buttons)
        return page

    def fit_to_result(self) -> None:
        """A result without refused rows is a few lines: shrink the dialog to them instead of keeping the
        mapping page's size (the other pages stop counting towards the size)."""
        for index in range(self.pages.count()):
            if index != PAGE_RESULT:
                self.pages.widget(index).setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.pages.updateGeometry()
        self.layout().activate()  # the dialog's minimum size follows the result page at once
        page = self.pages.widget(PAGE_RESULT)
        margins = self.layout().contentsMargins()
        width = RESULT_WIDTH + margins.left() + margins.right()
        height = page.heightForWidth(RESULT_WIDTH) if page.hasHeightForWidth() else page.sizeHint().height()
        self.resize(width, height + margins.top() + margins.bottom())

    def configure_problem_columns(self) -> None:
        header = self.problems_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import an order list"))
        self.file_label.setText(self.tr("File:"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.encoding_label.setText(self.tr("&Encoding:"))
        self.delimiter_label.setText(self.tr("&Delimiter:"))
        self.header_rows_label.setText(self.tr("&Header rows:"))
        self.header_to_label.setText(self.tr("to"))
        self.preview_heading.setText(self.tr("First rows as read (the row numbers are the file's)"))
        self.preview_table.setAccessibleName(self.preview_heading.text())
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.mapping_box.setTitle(self.tr("Which column holds what"))
        self.date_order_label.setText(self.tr("Dates &like 05/03/2026:"))
        self.currency_label.setText(self.tr("Currency when none is gi&ven:"))
        self.currency_edit.setPlaceholderText(self.tr("e.g. CNY"))
        self.name_label.setText(self.tr("&Name of the list:"))
        self.import_button.setText(self.tr("&Import"))
        self.progress_heading.setText(self.tr("Importing the order list"))
        self.cancel_import_button.setText(self.tr("Cancel import"))
        self.result_heading.setText(self.tr("Order list imported"))
        self.problems_heading.setText(self.tr("Rows refused"))
