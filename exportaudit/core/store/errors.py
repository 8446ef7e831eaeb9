"""Errors the store reports to the user: each says what is wrong and with which file."""


class StoreError(Exception):
    """The store could not be opened or written; the message is meant for the user."""


class ReadOnlyError(StoreError):
    """A write was attempted on a store opened read-only or on a finalised assessment."""


class WriteProtectedError(StoreError):
    """The store file may not be written (marked read-only, or no permission); it can still be opened read-only."""
