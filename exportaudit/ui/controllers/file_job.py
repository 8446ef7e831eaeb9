"""Write a file off the GUI thread (a report, a questionnaire, a request list): a progress dialog while the
worker runs, then an offer to open the file or its folder, or the reason it could not be written.

The work function runs on a worker thread and must open its own store connection (SQLite connections stay in
their thread); it gets ``report(percent, message)`` and returns the path it wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from exportaudit.core.store import StoreError
from exportaudit.ui import prompts, tasks


@dataclass(frozen=True)
class JobTexts:
    """What the user reads: the progress dialog, the success box ({path} in ``done``) and the failure box."""

    title: str
    working: str
    done_title: str
    done: str
    failed_title: str
    failed: str
    name: str  # object-name prefix of the dialogs: "{name}Progress", "{name}DoneMessage"


def failure_detail(exc: BaseException) -> str:
    """The user-facing reason a job failed: our own errors speak for themselves, anything else is named."""
    try:
        from exportaudit.reports.errors import ReportError
    except ImportError:
        ReportError = ValueError  # noqa: N806 - same handling as a plain bad value
    if isinstance(exc, (StoreError, OSError, ValueError, ReportError)):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class FileJob(QObject):
    finished = Signal(object)  # the written path, or None after a failure

    def __init__(self, parent: QWidget, texts: Callable[[], JobTexts]):
        super().__init__(parent)
        self._parent = parent
        self._texts = texts  # called when a job starts, so the texts are in the language of that moment
        self.running = False
        self.progress_dialog: QProgressDialog | None = None
        self.describe_failure: Callable[[BaseException], str] = failure_detail

    def start(self, work: Callable[[Callable[[int, str], None]], Path]) -> None:
        if self.running:
            return
        texts = self._texts()
        self.running = True
        progress = QProgressDialog(texts.working, "", 0, 100, self._parent)
        progress.setObjectName(f"{texts.name}Progress")
        progress.setWindowTitle(texts.title)
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress_dialog = progress
        progress.open()
        tasks.run_in_background(work, on_success=lambda path: self._done(texts, path),
                                on_failure=lambda exc: self._failed(texts, exc), on_progress=self._progress)

    def _progress(self, percent: int, message: str) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        if message:
            dialog.setLabelText(message)
        dialog.setValue(max(0, min(100, percent)))  # a modal progress dialog processes events here

    def _close_progress(self) -> None:
        self.running = False
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _done(self, texts: JobTexts, path: Path) -> None:
        self._close_progress()
        prompts.offer_to_open(self._parent, texts.done_title, texts.done.format(path=path), Path(path),
                              f"{texts.name}DoneMessage")
        self.finished.emit(path)

    def _failed(self, texts: JobTexts, exc: BaseException) -> None:
        self._close_progress()
        prompts.show_error(self._parent, texts.failed_title, texts.failed + "\n\n" + self.describe_failure(exc))
        self.finished.emit(None)
