"""A row of a file from outside that was not imported, and why: one shape for every import (order lists,
questionnaires), so the window, the command line and the reports list them alike.

``row`` is the line as a spreadsheet or text editor numbers it; ``message`` says in English what was expected
there; ``code`` (stable) and ``values`` let an interface say it in its own language. ``key`` names the record the
row was about (a checklist item), ``field`` the column at fault and ``value`` what was found in it. Which file
the rows come from is said once, by the import's result that lists them.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class RowProblem:
    row: int
    code: str
    message: str
    field: str | None = None
    value: str = ""
    key: str = ""
    values: dict = dataclasses.field(default_factory=dict)  # (the attribute ``field`` hides the function here)

    def __str__(self) -> str:
        where = f"row {self.row} ({self.key})" if self.key else f"row {self.row}"
        return f"{where}: {self.message}"
