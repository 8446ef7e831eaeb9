"""Errors the store reports to the user: each says what is wrong and with which file."""


class StoreError(Exception):
    """The store could not be opened or written; the message is meant for the user."""


class ReadOnlyError(StoreError):
    """A write was attempted on a store opened read-only or on a finalised assessment."""


class WriteProtectedError(StoreError):
    """The store may not be written here; an existing one can still be opened read-only.

    ``reason`` says why, so the window can say it in the user's language: "file" (the file is write-protected),
    "folder" (a read-only folder or medium) or "network" (a network share; ``fs`` names its file system).
    """

    def __init__(self, message: str, *, reason: str = "file", fs: str = ""):
        super().__init__(message)
        self.reason = reason
        self.fs = fs
