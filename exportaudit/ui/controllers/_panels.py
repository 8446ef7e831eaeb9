"""What a tab's panel does with a change notice it cares about: read again now if its tab is shown, else mark
itself stale and read again when shown (``refresh_if_stale``, called on the tab change). Finalising or reopening
(``changes.structure``) is read at once, shown or not, so the panel's buttons follow."""

from __future__ import annotations

from exportaudit.core.changes import Changes
from exportaudit.ui.views.assessment_page_view import tab_shown


class RefreshWhenShown:
    """Mixed into a panel controller with ``session``, ``editable``, ``view`` and ``reload()``; ``reload`` clears
    ``_stale``."""

    _stale = False

    def follow(self, changes: Changes) -> None:
        self.editable = self.session.editable
        self._stale = True
        if changes.structure:
            self.reload()
        else:
            self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        if self._stale and tab_shown(self.view):
            self.reload()
