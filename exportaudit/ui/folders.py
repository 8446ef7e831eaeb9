"""Where a file chooser or export form starts: the folder last used for that kind of file, else an existing
default (the documents folder if the system has one, else the home folder), never a folder that is not there."""

from __future__ import annotations

from pathlib import Path

from exportaudit.ui.locations import documents_dir
from exportaudit.ui.settings import AppSettings

# the kinds of file that remember their folder separately
REPORT, EVIDENCE, STORE, QUESTIONNAIRE, REQUESTS, ORDER_LIST, LOGO, HISTORY = (
    "report", "evidence", "store", "questionnaire", "requests", "order_list", "logo", "history")
PACKAGE, CERTIFICATE = "package", "certificate"  # audit packages sent and received; the firm's signing certificate


def default_folder() -> Path:
    documents = documents_dir()
    return documents if documents.is_dir() else Path.home()


def folder_for(purpose: str) -> Path:
    return AppSettings().last_folder(purpose) or default_folder()


def remember(purpose: str, chosen: str | Path) -> None:
    """Remember the folder of a chosen file (or the chosen folder) for the next chooser of this kind."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    if folder.is_dir():
        AppSettings().remember_folder(purpose, folder)


def in_folder_for(purpose: str, suggested: str | Path) -> Path:
    """``suggested`` as given when its folder exists, else the same name in the folder for ``purpose``."""
    path = Path(suggested).expanduser()
    return path if str(path.parent) not in ("", ".") and path.parent.is_dir() else folder_for(purpose) / path.name
