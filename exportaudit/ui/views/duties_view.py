"""The statutory duties tab, beside the dashboard: every applicable item with a statutory basis, met, not met
(with the reasons) or not assessed, its references and the penalty articles the checklist cites."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from exportaudit.ui.views._base import Retranslatable
from exportaudit.ui.views._widgets import stretch_column, table_view


class DutiesView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statutoryDuties")
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("dutiesSummary")
        self.table = table_view("dutiesTable")
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def configure_columns(self) -> None:
        stretch_column(self.table, 4, (70, 100, 210, 250, 0, 170))

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Statutory duties: status and reasons"))
        self.intro_label.setText(self.tr(
            "Where the organisation may be breaking the law: every applicable item with a statutory basis. Met: it "
            "counts 3 or more with its evidence, no open major finding and no sample exception."))
