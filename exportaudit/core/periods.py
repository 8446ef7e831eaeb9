"""The period a re-audit covers by default: the year that follows its baseline's period."""

from __future__ import annotations

from datetime import date, timedelta


def following_period(period_end: str | None) -> tuple[str, str] | None:
    """From the day after ``period_end`` (YYYY-MM-DD) to a year later; None without a valid end date."""
    try:
        start = date.fromisoformat(period_end or "") + timedelta(days=1)
    except ValueError:
        return None
    try:
        after = start.replace(year=start.year + 1)
    except ValueError:  # 29 February: a year on is 1 March
        after = start.replace(year=start.year + 1, month=3, day=1)
    return start.isoformat(), (after - timedelta(days=1)).isoformat()
