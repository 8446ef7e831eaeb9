"""The record store: one SQLite file (WAL, foreign keys on) plus an evidence folder beside it."""

from exportaudit.core.store.errors import StoreError
from exportaudit.core.store.store import Store, open_store

__all__ = ["Store", "StoreError", "open_store"]
