"""Undo and redo of answers (rating, N/A with its justification, clearing) on a QUndoStack.

A command remembers an item's answer before and after; undoing writes the old answer back through the
session, so the undo itself is saved and logged like any answer. Notes are left as they are: they have the
text editor's own undo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from exportaudit.core.records import Response


@dataclass(frozen=True)
class Answer:
    level: int | None = None
    na: bool = False
    na_reason: str = ""

    @classmethod
    def of(cls, response: Response) -> Answer:
        return cls(response.level, response.na, response.na_reason if response.na else "")


class AnswerCommand(QUndoCommand):
    """Pushed after the change has been saved, so its first redo (run by push) does nothing."""

    def __init__(self, item_id: str, before: Answer, after: Answer, text: str,
                 apply: Callable[[str, Answer], None]):
        super().__init__(text)
        self.item_id, self.before, self.after = item_id, before, after
        self._apply = apply
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._apply(self.item_id, self.after)

    def undo(self) -> None:
        self._apply(self.item_id, self.before)
