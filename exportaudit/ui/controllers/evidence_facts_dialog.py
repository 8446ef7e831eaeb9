"""Ask what evidence files show and the date they cover, starting from defaults read from each file's name and
modification time (or, for a file already attached, from what was stated before)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from exportaudit.core.evidence_kind import defaults_for, guess_covered_date, guess_kind
from exportaudit.ui.controllers._form import save_form
from exportaudit.ui.views.evidence_facts_view import EvidenceFactsView

Facts = tuple[str, str]  # (kind, covered date YYYY-MM-DD)


class EvidenceFactsDialog(EvidenceFactsView):
    def __init__(self, parent: QWidget, names: list[str], defaults: list[tuple[str, str | None]],
                 save: Callable[[list[Facts]], None]):
        super().__init__(names, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._save = save
        today = QDate.currentDate()
        for row, (kind, covered) in zip(self.rows, defaults, strict=False):
            row.kind_combo.setCurrentIndex(max(0, row.kind_combo.findData(kind)))
            day = QDate.fromString(covered or "", "yyyy-MM-dd")
            row.date_edit.setDate(day if day.isValid() else today)
        if self.rows:
            self.rows[0].kind_combo.setFocus()

    @classmethod
    def for_files(cls, parent: QWidget, paths: list[str], save: Callable[[list[Facts]], None]) -> EvidenceFactsDialog:
        from pathlib import Path

        return cls(parent, [Path(p).name for p in paths], [defaults_for(p) for p in paths], save)

    @classmethod
    def for_record(cls, parent: QWidget, record, save: Callable[[list[Facts]], None]) -> EvidenceFactsDialog:
        kind = record.kind or guess_kind(record.file_name)
        covered = record.covered_date or guess_covered_date(record.file_name) or record.added_at[:10]
        return cls(parent, [record.file_name], [(kind, covered)], save)

    def values(self) -> list[Facts]:
        return [(row.kind_combo.currentData(), row.date_edit.date().toString("yyyy-MM-dd")) for row in self.rows]

    def accept(self) -> None:
        if save_form(self, self._save, self.values()):
            super().accept()
