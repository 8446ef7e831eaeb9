"""Use cases that write: each runs one user action against the store and returns what it changed.

The window runs them through ``exportaudit.ui.operations`` (which broadcasts the notice to every panel); the
command line and the tests can call them directly. They import no Qt. A function returns a ``Changes`` when the
caller needs nothing else, or a ``Done`` carrying the value it made (a new id, a count) with the notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from exportaudit.core.changes import Changes

T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    value: T
    changes: Changes


def changes_of(result: Any) -> Changes:
    """The notice of an operation's result, whichever of the two shapes it returned."""
    return result if isinstance(result, Changes) else result.changes


def value_of(result: Any) -> Any:
    return None if isinstance(result, Changes) else result.value
