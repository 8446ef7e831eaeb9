"""The export form for workbooks other than the report (questionnaire, request list): the report's form with
Excel fixed, so only the content language and the file are asked for."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from exportaudit.core.session import AssessmentSession
from exportaudit.ui import folders
from exportaudit.ui.controllers.export import ExportDialog, suggested_name

ROW_FORMAT, ROW_RECIPIENT = 0, 3


class WorkbookExportDialog(ExportDialog):
    def __init__(self, parent: QWidget, session: AssessmentSession, language: str, title: str, suffix: str):
        """``suffix`` is added to the suggested file name ("questionnaire", "requests")."""
        super().__init__(parent, session, language, purpose=suffix)
        self._title = title
        self.setObjectName("workbookExportDialog")
        self.xlsx_radio.setChecked(True)
        self.form.setRowVisible(ROW_FORMAT, False)
        self.form.setRowVisible(ROW_RECIPIENT, False)  # only reports go into the report register
        stem = suggested_name(session, "xlsx")[:-len(".xlsx")]
        self.path_edit.setText(str(folders.folder_for(suffix) / f"{stem} {suffix}.xlsx"))
        self.retranslate()
        self.language_combo.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "_title"):
            self.setWindowTitle(self._title)
