"""Change a document request's status and note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from exportaudit.core.records import DocumentRequest
from exportaudit.core.store import StoreError
from exportaudit.core.vocab import REQUEST_STATUSES
from exportaudit.ui import prompts
from exportaudit.ui.colours import REQUEST_COLOURS
from exportaudit.ui.i18n import error_text
from exportaudit.ui.marks import swatch
from exportaudit.ui.views.request_dialog_view import RequestDialogView


class RequestDialog(RequestDialogView):
    def __init__(self, parent: QWidget, language: str, item_id: str, evidence: str, request: DocumentRequest,
                 save: Callable[[str, str], None]):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._save = save
        self.setWindowTitle(self.tr("Document request: {item}").format(item=item_id))
        self.evidence_label.setText(evidence)
        for key, text in REQUEST_STATUSES.items():
            self.status_combo.addItem(swatch(REQUEST_COLOURS[key]), text.get(language), key)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(request.status)))
        self.note_edit.setText(request.note)
        self.status_combo.setFocus()

    def accept(self) -> None:
        try:
            self._save(self.status_combo.currentData(), self.note_edit.text().strip())
        except StoreError as exc:
            prompts.show_error(self, self.tr("Request not saved"), error_text(exc))
            return
        super().accept()
