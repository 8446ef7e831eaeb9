"""Guard against reference-counting bugs of PySide6 6.12.0 on Python 3.11.

In that release every call of a Qt method that returns nothing (``painter.setPen(...)``, ``label.setText(...)``)
hands Python a ``None`` it never counted, so ``None``'s reference count falls by one per call; after a few
thousand calls (one radar repaint makes hundreds) Python aborts with "none_dealloc: deallocating None".
Boolean signal arguments unbalance ``True`` and ``False`` the same way ("bool_dealloc"). PySide6 6.11 and
Python 3.12+ (where these singletons are immortal) are not affected.

When a probe shows the leak, ``None``, ``True`` and ``False`` are given reference counts no program can
exhaust, which is what Python 3.12 does for every interpreter. Nothing happens on a healthy binding.
"""

from __future__ import annotations

import ctypes
import sys

PROBE_CALLS = 64
_HEADROOM = 1 << 40
_applied = False


def void_calls_drop_none() -> bool:
    """True when calling a void Qt method lowers None's reference count (the 6.12.0 bug)."""
    from PySide6.QtCore import QPointF

    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        point.setX(1.0)
    return sys.getrefcount(None) <= before - PROBE_CALLS // 2


def protect_none() -> bool:
    """Apply the guard if this binding needs it; returns True when it was applied (now or before)."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not void_calls_drop_none():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM  # ob_refcnt is the object's first field
    _applied = True
    return True
