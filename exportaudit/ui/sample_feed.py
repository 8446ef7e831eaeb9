"""What transaction testing feeds into the assessment's own views: the pass rates shown beside an item a check
tests, the note when sample exceptions cap it, the mark the item tree draws for a capped item, and the texts of
the dashboard's "sample exceptions" column.

Kept in one place so the item panel, the tree and the dashboard say the same thing in the same words.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPen

from exportaudit.core import status_colours
from exportaudit.core.checklist import Item
from exportaudit.core.scoring import SAMPLE_EXCEPTION_CAP
from exportaudit.core.session import AssessmentSession
from exportaudit.core.testing.results import CheckRate
from exportaudit.ui.marks import SLOT, _canvas
from exportaudit.ui.models.samples import FAIL_COLOUR, percent, rate_text

SAMPLE_EXCEPTION_COLOUR = status_colours.text_tone(status_colours.FAILED)  # bold words and a mark


def threshold_percent(session: AssessmentSession) -> int | None:
    testing = session.checklist.transaction_testing
    return None if testing is None else round(testing.threshold * 100)


def cap_note(session: AssessmentSession) -> str:
    """"Sample exceptions: this item counts as 3 at most until the pass rate reaches 90%"."""
    return QCoreApplication.translate(
        "SampleFeed", "Sample exceptions: this item counts as {cap} at most until the pass rate reaches {threshold}%."
    ).format(cap=SAMPLE_EXCEPTION_CAP, threshold=threshold_percent(session))


def sample_tests_html(session: AssessmentSession, item: Item, language: str) -> str:
    """The pass rate of each check that tests ``item`` and, when they cap it, the cap ("" for untested items)."""
    testing = session.checklist.transaction_testing
    if testing is None:
        return ""
    checks = testing.checks_for_item(item.id)
    if not checks:
        return ""
    rates = session.pass_rates()
    lines = ["<b>" + escape(QCoreApplication.translate("SampleFeed", "Transaction tests of this item")) + "</b>"]
    for check in checks:
        rate = rates.get(check.id)
        below = rate is not None and rate.below(testing.threshold)
        text = escape(f"{check.label.get(language)}: {rate_text(rate or CheckRate(check.id))}")
        lines.append(f"<span style='color:{FAIL_COLOUR.name()}'>{text}</span>" if below else text)
    if item.id in session.sample_caps:
        lines.append(f"<b style='color:{SAMPLE_EXCEPTION_COLOUR}'>" + escape(cap_note(session)) + "</b>")
    return "<br>".join(lines)


def item_tooltip(session: AssessmentSession, item_id: str, language: str) -> str:
    """The tree's tooltip line for an item held down by sample exceptions, naming the checks below threshold."""
    testing = session.checklist.transaction_testing
    rates = session.pass_rates()
    failing = [f"{c.label.get(language)} {percent(rates[c.id].rate, testing.threshold)}%"
               for c in (testing.checks_for_item(item_id) if testing else ())
               if rates.get(c.id) is not None and rates[c.id].below(testing.threshold)]
    text = QCoreApplication.translate("SampleFeed", "Sample exceptions: counts as {cap} at most (rated {level})"
                                      ).format(cap=SAMPLE_EXCEPTION_CAP, level=session.response(item_id).level)
    return f"{text}: {'; '.join(failing)}" if failing else text


def element_exceptions_tooltip(items: tuple[str, ...]) -> str:
    return QCoreApplication.translate(
        "SampleFeed", "Items held at {cap} because a transaction test of them is below the threshold: {items}"
    ).format(cap=SAMPLE_EXCEPTION_CAP, items=", ".join(items))


@lru_cache(maxsize=4)
def sample_exception_mark() -> QIcon:
    """A small red square with a bar over a 3: the item counts as 3 at most (sample exceptions)."""
    pixmap, painter = _canvas(SLOT, SLOT)
    rect = QRectF(1, 1, SLOT - 2, SLOT - 2)
    colour = QColor(SAMPLE_EXCEPTION_COLOUR)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(QPen(QColor("white"), 1.3))
    painter.drawLine(QPointF(rect.left() + 3, rect.top() + 3), QPointF(rect.right() - 3, rect.top() + 3))
    font = QFont()
    font.setPixelSize(9)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(rect.adjusted(0, 3, 0, 0), Qt.AlignmentFlag.AlignCenter, str(SAMPLE_EXCEPTION_CAP))
    painter.end()
    return QIcon(pixmap)
