"""The window's one door for writes: run an operation, then tell every panel what it changed.

An operation (``exportaudit.core.operations``) returns a change notice. ``Operations.run`` executes a quick one
on the GUI thread and ``run_in_background`` a long one on a worker (``ui/tasks.py``); either way a refusal is
shown the usual way (or handed to ``failure``), and on success the notice is broadcast with
``operation_did_execute(changes, initiator)`` before ``success`` runs, so the caller can select what it just
made in a table that has already been refreshed. The open assessment's session absorbs the notice first (its
cached reads follow), then each panel, connected to the signal, decides for itself whether to refresh; the
``initiator`` lets the panel that made a change skip repainting what it already shows (the note being typed).

``operation_will_execute`` is emitted before any write and before a notice from elsewhere: what is pending
(a note waiting for a pause in typing) is written first, so nothing overtakes it.

Writes committed by another connection (a worker's own, another process, the command line) are noticed by
``ExternalWrites`` through SQLite's ``PRAGMA data_version`` and broadcast as "everything may have changed".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from exportaudit.core.changes import Changes
from exportaudit.core.operations import changes_of, value_of
from exportaudit.core.store import StoreError
from exportaudit.ui import prompts, tasks
from exportaudit.ui.i18n import error_text

if TYPE_CHECKING:
    from exportaudit.core.session import AssessmentSession
    from exportaudit.core.store import Store

POLL_MS = 1500  # how often an active window looks for other connections' commits (one cheap PRAGMA)


class Operations(QObject):
    operation_will_execute = Signal()
    operation_did_execute = Signal(object, object)  # Changes, the initiator (or None)
    assessment_gone = Signal()  # the open assessment could not be read again (deleted by another process)

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.session: AssessmentSession | None = None  # the open assessment: absorbs each notice first
        self.external: ExternalWrites | None = None

    def run(self, op: Callable[[], Any], *, parent: QWidget, title: str, initiator: object | None = None,
            success: Callable[[Any], None] | None = None,
            failure: Callable[[StoreError], None] | None = None) -> bool:
        """Run a quick write now; True when it succeeded (its notice broadcast, ``success`` called)."""
        try:
            value = self.perform(op, initiator=initiator)
        except StoreError as exc:
            if failure is not None:
                failure(exc)
            else:
                prompts.show_error(parent.window(), title, error_text(exc))
            return False
        if success is not None:
            success(value)
        return True

    def perform(self, op: Callable[[], Any], *, initiator: object | None = None) -> Any:
        """Run a quick write whose refusal the caller shows itself (a form dialog keeps itself open with the
        reason): a StoreError propagates and nothing is broadcast; else the notice goes out and the value returns."""
        self.operation_will_execute.emit()
        result = op()
        self.broadcast(changes_of(result), initiator)
        return value_of(result)

    def run_in_background(self, work: Callable[[Callable[[int, str], None]], Any], *, initiator: object | None = None,
                          success: Callable[[Any], None], failure: Callable[[BaseException], None],
                          failed_changes: Changes | None = None,
                          progress: Callable[[int, str], None] | None = None) -> None:
        """Run a long write on a worker (it opens its own connection); the notice is broadcast on the GUI thread
        when it is done. ``failed_changes`` is broadcast when it fails, for work that may have written part."""
        self.operation_will_execute.emit()

        def done(result: Any) -> None:
            self.broadcast(changes_of(result), initiator)
            success(value_of(result))

        def failed(exc: BaseException) -> None:
            if failed_changes:
                self.broadcast(failed_changes, initiator)
            failure(exc)

        tasks.run_in_background(work, on_success=done, on_failure=failed, on_progress=progress)

    def broadcast(self, changes: Changes, initiator: object | None = None) -> None:
        """Tell the session, then every panel, what changed (nothing is said for an empty notice)."""
        if not changes:
            return
        if self.external is not None:
            self.external.seen()  # a worker's own commits are announced here, not again by the poll
        if self.session is not None:
            try:
                self.session.absorb(changes)
            except StoreError:
                self.assessment_gone.emit()  # the window leaves the page; the panels then hold no session
        self.operation_did_execute.emit(changes, initiator)


class ExternalWrites(QObject):
    """Notices commits made through other connections to the open store, while ``window`` is active.

    ``PRAGMA data_version`` changes when another connection commits, never for this connection's own writes, so
    a poll costs one tiny query. It runs every ``POLL_MS`` while the window is active and at once when it is
    activated again (the user may have used the command line meanwhile).
    """

    def __init__(self, window: QWidget, operations: Operations):
        super().__init__(window)
        self.window, self.operations = window, operations
        self.store: Store | None = None
        self._version: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        operations.external = self
        window.installEventFilter(self)

    def watch(self, store: Store | None) -> None:
        self.store = store
        self._version = None
        self.seen()
        if store is None:
            self.timer.stop()
        elif self.window.isActiveWindow():
            self.timer.start()

    def _read(self) -> int | None:
        if self.store is None:
            return None
        try:
            return self.store.sql.conn.execute("PRAGMA data_version").fetchone()[0]  # plain SQL, no sqlite-utils
        except Exception:  # noqa: BLE001 - a closed or failing connection: nothing to notice
            return None

    def seen(self) -> None:
        """Take what other connections committed so far as known."""
        self._version = self._read()

    def check(self) -> None:
        if tasks.busy():
            return  # a worker's own commits are announced by its operation's notice when it is done
        version = self._read()
        if version is None or version == self._version:
            return
        self.operations.operation_will_execute.emit()
        self.operations.broadcast(Changes.everything())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.WindowActivate and self.store is not None:
                self.check()
                self.timer.start()
            elif event.type() == QEvent.Type.WindowDeactivate:
                self.timer.stop()
        return False
