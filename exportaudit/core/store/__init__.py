"""The record store: one SQLite file (WAL, foreign keys on) plus an evidence folder beside it.

``Store`` and ``open_store`` are resolved on first use, so a rules module that only needs the store's error types
(``core.upgrade`` raises a ``StoreError``) can import ``core.store.errors`` without loading the whole store, which
in turn imports those rules modules.
"""

from typing import TYPE_CHECKING

from exportaudit.core.store.errors import StoreError

if TYPE_CHECKING:
    from exportaudit.core.store.store import Store, open_store

__all__ = ["Store", "StoreError", "open_store"]


def __getattr__(name: str):
    if name in ("Store", "open_store"):
        from exportaudit.core.store import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
