"""Rows to records: the one place that knows how a SQL row becomes a typed record (core.records).

Columns the record does not name are dropped; a status column becomes its ``StrEnum``, a 0/1 column a bool, and a
JSON column the list or dict it holds.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import fields
from enum import Enum
from functools import cache
from typing import Any, TypeVar

R = TypeVar("R")


def _converter(hint: Any):
    """How to turn a stored value into the field's type: an enum member, a bool, or the value as it is."""
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    for option in options:
        if isinstance(option, type) and issubclass(option, Enum):
            return option
        if option is bool:
            return bool
        if option in (list, dict) or typing.get_origin(option) in (list, dict):
            return json.loads
    return None


@cache
def _plan(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in fields(cls))


def record(cls: type[R], row: dict) -> R:
    """The record ``cls`` from ``row`` (a dict of column values); NULL stays None."""
    values = {}
    for name, convert in _plan(cls):
        if name in row:
            value = row[name]
            values[name] = value if convert is None or value is None else convert(value)
    return cls(**values)
