"""The merge preview of a returned audit package: lists the three-way comparison, lets the user decide each
conflict (keep mine / take theirs), shows the selected change field by field, and merges only when asked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from exportaudit.ui.models.history import entity_text, field_text
from exportaudit.ui.views.package_merge_view import COL_CHANGE, COL_DECISION, COL_LABEL, COL_SIDE, COL_WHAT, PackageMergeView

SIDES = {"here": QT_TRANSLATE_NOOP("PackageMerge", "Here only"),
         "there": QT_TRANSLATE_NOOP("PackageMerge", "In the package"),
         "both": QT_TRANSLATE_NOOP("PackageMerge", "Both, the same"),
         "conflict": QT_TRANSLATE_NOOP("PackageMerge", "Conflict")}
ACTS = {"added": QT_TRANSLATE_NOOP("PackageMerge", "added"),
        "changed": QT_TRANSLATE_NOOP("PackageMerge", "changed"),
        "deleted": QT_TRANSLATE_NOOP("PackageMerge", "deleted")}
SIDE_ORDER = ("conflict", "there", "both", "here")
DECIDE, MINE, THEIRS = 0, 1, 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("PackageMerge", text)


class PackageMergeDialog(PackageMergeView):
    """Shows ``preview`` (a ``MergePreview``); on Merge calls ``on_merge(preview)`` with the decisions made."""

    def __init__(self, parent: QWidget, preview, on_merge: Callable[[object], bool]):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview, self._on_merge = preview, on_merge
        self._shown: list = []
        self.show_unchanged_here.toggled.connect(lambda _on: self._fill())
        self.all_mine_button.clicked.connect(lambda: self._decide_all(MINE))
        self.all_theirs_button.clicked.connect(lambda: self._decide_all(THEIRS))
        self.changes_table.itemSelectionChanged.connect(self._show_details)
        self.all_mine_button.setEnabled(bool(preview.conflicts))
        self.all_theirs_button.setEnabled(bool(preview.conflicts))
        self._fill()
        self._explain_unmerged()

    # --- filling --------------------------------------------------------------------------------

    def _fill(self) -> None:
        here = self.show_unchanged_here.isChecked()
        self._shown = [c for side in SIDE_ORDER for c in self.preview.changes
                       if c.side == side and (here or side != "here")]
        table = self.changes_table
        table.clearContents()
        table.setRowCount(len(self._shown))
        for row, change in enumerate(self._shown):
            cells = {COL_SIDE: _tr(SIDES[change.side]), COL_WHAT: entity_text(change.entity),
                     COL_LABEL: change.label, COL_CHANGE: self._change_text(change)}
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
            if change.side == "conflict":
                name = self.tr("Decision for {what} {label}").format(what=entity_text(change.entity),
                                                                     label=change.label)
                choices = [self.tr("Decide…"), self.tr("Keep mine"), self.tr("Take theirs")]
                combo = self.add_decision(row, f"decision:{change.key_text}", name, choices,
                                          {None: DECIDE, "mine": MINE, "theirs": THEIRS}[change.choice])
                combo.currentIndexChanged.connect(lambda index, c=change: self._decide(c, index))
            else:
                text = self.tr("Taken") if change.applies else self.tr("Nothing to do")
                table.setItem(row, COL_DECISION, QTableWidgetItem(text))
        if self._shown:
            table.selectRow(0)
        self._update_summary()

    def _change_text(self, change) -> str:
        if change.side == "conflict":
            return self.tr("{here} here, {there} in the package").format(
                here=_tr(ACTS.get(change.here, "changed")), there=_tr(ACTS.get(change.there, "changed")))
        act = change.there if change.side in ("there", "both") else change.here
        return _tr(ACTS.get(act or "changed", "changed"))

    def _show_details(self) -> None:
        rows = self.changes_table.selectionModel().selectedRows()
        table = self.details_table
        table.clearContents()
        if not rows:
            table.setRowCount(0)
            return
        from exportaudit.exchange.package_merge import field_lines

        change = self._shown[rows[0].row()]
        lines = field_lines(change)
        table.setRowCount(len(lines))
        for row, (name, *values) in enumerate(lines):
            table.setItem(row, 0, QTableWidgetItem(field_text(name)))
            for column, text in enumerate(values, start=1):
                table.setItem(row, column, QTableWidgetItem(text if text != "(none)" else self.tr("(none)")))

    def _explain_unmerged(self) -> None:
        parts = [self.tr("%n row(s) of {table}", "", n).format(table=t)
                 for t, n in sorted(self.preview.unmerged.items())]
        self.unmerged_label.setVisible(bool(parts))
        if parts:
            self.unmerged_label.setText(self.tr("Not merged (work on these in this store): {parts}.").format(
                parts=", ".join(parts)))

    # --- deciding -------------------------------------------------------------------------------

    def _decide(self, change, index: int) -> None:
        change.choice = {DECIDE: None, MINE: "mine", THEIRS: "theirs"}[index]
        self._update_summary()

    def _decide_all(self, index: int) -> None:
        for change in self.preview.conflicts:
            change.choice = "mine" if index == MINE else "theirs"
        self._fill()

    def _update_summary(self) -> None:
        p = self.preview
        m = p.package.manifest
        open_conflicts = len(p.unresolved)
        # each count its own numerus string, so it reads "1 change" / "2 changes" (and one form in Chinese)
        self.summary_label.setText(self.tr(
            "{file}: assessment “{title}”, sent back by {who} on {when}.\n"
            "{take} ({evidence}); {conflicts}, {open} still to decide.").format(
            file=p.package.path.name, title=p.package.title, who=m.get("exported_by") or "—",
            when=str(m.get("exported_at", ""))[:16].replace("T", " "),
            take=self.tr("%n change(s) will be taken from the package", "", len(p.to_apply)),
            evidence=self.tr("%n new evidence file(s)", "", len(p.new_evidence)),
            conflicts=self.tr("%n conflict(s)", "", len(p.conflicts)), open=open_conflicts))
        self.apply_button.setEnabled(open_conflicts == 0 and bool(p.to_apply))
        self.apply_button.setToolTip(self.tr("Decide every conflict first.") if open_conflicts else "")

    def accept(self) -> None:
        if self.preview.unresolved:
            return
        if self._on_merge(self.preview):
            super().accept()
