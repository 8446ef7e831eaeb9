"""The user's own name, as the change history records it: one name shared by the window and the command line.

The window keeps its preferences in Qt's settings, which the Qt-free command line cannot read, so the name is
also kept in a small JSON file in the per-user settings folder (``paths.config_dir()/user.json``): written by
the window's first-run question and Preferences, read by the command line. It belongs to the person at this
computer, not to a store (one store file is used by several people, each recording their own name), which is
why it is not kept in the store. Nobody named: the command line records ``COMMAND_LINE_USER``, which the
history shows translated, and never the login name.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from exportaudit.core.text import Text
from exportaudit.paths import config_dir

USER_FILE = "user.json"
COMMAND_LINE_USER = "command line"  # what a command-line change records when nobody has said who they are
USER_WORDS: dict[str, Text] = {COMMAND_LINE_USER: Text(zh="命令行", en="command line")}
MAX_NAME = 200


def user_file() -> Path:
    return config_dir() / USER_FILE


def configured_user_name() -> str:
    """The name saved by the window, or "" (no file, unreadable or damaged: a name is never guessed)."""
    try:
        data = json.loads(user_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    name = data.get("user_name") if isinstance(data, dict) else None
    return " ".join(name.split())[:MAX_NAME] if isinstance(name, str) else ""


def save_user_name(name: str) -> None:
    """Write the name for the command line (an empty name removes it); raises OSError if the folder is not
    writable. Written to a side file first, so a crash never leaves half a file."""
    path = user_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps({"user_name": name.strip()}, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def user_text(user: str | None, lang: str) -> str:
    """A recorded user as shown: a name as typed, the command line's stand-in in the reader's language."""
    if user in USER_WORDS:
        return USER_WORDS[user].get(lang)
    return user or ""
