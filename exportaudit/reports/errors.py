"""The one exception report builders raise for failures a user can act on."""

from __future__ import annotations


class ReportError(Exception):
    """A report could not be written; the message says why in words a user understands."""
