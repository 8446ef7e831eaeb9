"""Run slow work (reports, evidence copies, building the demo) off the GUI thread; results come back on it.

A job runs a plain function on Qt's global thread pool. Its outcome reaches the GUI thread through a relay
QObject living there, so callbacks may touch widgets while the worker itself never does. The function gets a
``report(percent, message)`` callable for progress. SQLite connections must stay in their thread, so a job
that needs the store opens its own.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_running: set[_Relay] = set()


class _Relay(QObject):
    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None],
                 on_progress: Callable[[int, str], None] | None):
        super().__init__()
        self._on_success, self._on_failure, self._on_progress = on_success, on_failure, on_progress
        self.progressed.connect(self._progress)
        self.succeeded.connect(self._success)
        self.failed.connect(self._failure)

    @Slot(int, str)
    def _progress(self, percent: int, message: str) -> None:
        if self._on_progress is not None:
            self._on_progress(percent, message)

    @Slot(object)
    def _success(self, result: Any) -> None:
        _running.discard(self)
        self._on_success(result)

    @Slot(object)
    def _failure(self, error: BaseException) -> None:
        _running.discard(self)
        self._on_failure(error)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, str], None]], Any], relay: _Relay):
        super().__init__()
        self._fn, self._relay = fn, relay

    def run(self) -> None:
        try:
            result = self._fn(self._relay.progressed.emit)
        except Exception as exc:  # reported to the user by the failure callback
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def run_in_background(fn: Callable[[Callable[[int, str], None]], Any], *, on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None],
                      on_progress: Callable[[int, str], None] | None = None) -> None:
    """Start ``fn(report)`` on a worker thread; exactly one of the callbacks runs later on the GUI thread."""
    relay = _Relay(on_success, on_failure, on_progress)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Job(fn, relay))


def busy() -> bool:
    """True while any job has not yet delivered its outcome."""
    return bool(_running)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Let running jobs finish (used when the window closes, so no write is cut off)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
