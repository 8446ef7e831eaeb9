"""The installed PySide6 is one the app can run on (pyproject.toml states the range and says why)."""

import sys

from PySide6.QtCore import QPointF, QSortFilterProxyModel


def test_the_binding_has_the_filter_change_api_the_models_use():
    """beginFilterChange came with Qt 6.9 and endFilterChange with 6.10: the lower bound."""
    assert hasattr(QSortFilterProxyModel, "beginFilterChange") and hasattr(QSortFilterProxyModel, "endFilterChange")


def test_void_qt_calls_keep_none_counted():
    """PySide6 6.12.0 on Python 3.11 drops one reference to None per call of a method returning nothing, and
    Python soon aborts ("none_dealloc"); pyproject.toml excludes that release there. (This test fails on it.)"""
    point, before = QPointF(), sys.getrefcount(None)
    for _ in range(1000):
        point.setX(1.0)
    assert sys.getrefcount(None) > before - 500
