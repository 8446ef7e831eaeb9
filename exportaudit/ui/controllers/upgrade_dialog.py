"""Upgrade an assessment to the installed version of its checklist: the whole mapping first, then one logged step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from exportaudit.core.upgrade import DROPPED, KEPT, MOVED, NEW, UpgradePlan
from exportaudit.ui.models.upgrade import UpgradeMappingModel
from exportaudit.ui.views.upgrade_dialog_view import UpgradeDialogView


class UpgradeDialog(UpgradeDialogView):
    def __init__(self, parent: QWidget, language: str, plan: UpgradePlan, apply: Callable[[UpgradePlan], None]):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._plan, self._apply = plan, apply
        self.setWindowTitle(self.tr("Upgrade to checklist {version}").format(version=plan.new.version))
        self.model = UpgradeMappingModel(self)
        self.model.set_language(language)
        self.model.set_plan(plan)
        self.mapping_table.setModel(self.model)
        self.configure_columns()
        counts = {kind: len(plan.of_kind(kind)) for kind in (KEPT, MOVED, DROPPED, NEW)}
        lines = [
            self.tr("{checklist}: version {old} → {new}.").format(checklist=plan.new.title.get(language),
                                                                   old=plan.old.version, new=plan.new.version),
            self.tr("{kept} items kept, {moved} moved, {dropped} dropped, {new} new. Answers, notes, evidence and "
                    "findings follow their items; new items start unanswered; a dropped item's answer stays in the "
                    "history. The upgrade is recorded in the change history and cannot be undone with Undo.").format(
                kept=counts[KEPT], moved=counts[MOVED], dropped=counts[DROPPED], new=counts[NEW]),
        ]
        lines += [notice.get(language) for notice in plan.notices]
        self.summary_label.setText("\n\n".join(lines))

    def accept(self) -> None:
        self._apply(self._plan)
        super().accept()
