"""Errors the store reports to the user: each says what is wrong and with which file.

An error may carry a ``code`` (a key of ``messages.MESSAGES``) and the ``params`` its wording needs: the English
text is built from the catalogue, and an interface in another language words the same error in its own
(``messages.message_in``). Errors without a code keep their English text everywhere.

    raise StoreError(code="no_assessment", id=assessment_id)
"""

from __future__ import annotations

from typing import Any


class StoreError(Exception):
    """The store could not be opened or written; the message is meant for the user."""

    def __init__(self, message: str = "", *, code: str = "", **params: Any):
        if code and not message:
            from exportaudit.core.store.messages import MESSAGES  # the catalogue imports nothing back

            message = MESSAGES[code].en.format(**params)
        super().__init__(message)
        self.code, self.params = code, params


class ReadOnlyError(StoreError):
    """A write was attempted on a store opened read-only or on a finalised assessment."""


class WriteProtectedError(StoreError):
    """The store may not be written here; an existing one can still be opened read-only.

    ``reason`` says why, so the window can say it in the user's language: "file" (the file is write-protected),
    "folder" (a read-only folder or medium) or "network" (a network share; ``fs`` names its file system).
    """

    def __init__(self, message: str = "", *, reason: str = "file", fs: str = "", code: str = "", **params: Any):
        super().__init__(message, code=code, **params)
        self.reason = reason
        self.fs = fs
