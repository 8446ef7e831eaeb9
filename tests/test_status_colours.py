"""A status has one colour in the window and in both reports: the reports print a light tint of it that dark text
reads on, and the words the window sets in a status colour read on white."""

import openpyxl
import pytest

from exportaudit.core import status_colours
from exportaudit.reports import theme

ALL = {**{f"level {n}": c for n, c in enumerate(status_colours.LEVEL)},
       **{f"grade {k}": c for k, c in status_colours.GRADE.items()},
       **{f"request {k}": c for k, c in status_colours.REQUEST.items()},
       **{f"duty {k}": c for k, c in status_colours.DUTY.items()},
       "unanswered": status_colours.UNANSWERED, "not applicable": status_colours.NOT_APPLICABLE}


@pytest.mark.parametrize("name", sorted(ALL))
def test_report_text_reads_on_every_printed_status_fill(name):
    fill = status_colours.tint(ALL[name])
    assert status_colours.contrast("#" + theme.INK, fill) >= 7.0, (name, fill)


@pytest.mark.parametrize("name", sorted(ALL))
def test_words_in_a_status_colour_read_on_white(name):
    assert status_colours.contrast(status_colours.text_tone(ALL[name]), "#ffffff") >= 4.5


def test_the_reports_fill_each_status_with_the_tint_of_the_windows_colour():
    assert theme.level_fill(0) == status_colours.tint(status_colours.LEVEL[0]).lstrip("#").upper()
    assert theme.grade_fill("major") == theme.level_fill(0)  # the same red for a major finding and level 0
    assert theme.REQUEST_FILL["received"] == theme.DUTY_FILL["met"] == theme.level_fill(4)
    assert theme.NA_FILL != theme.NONE_FILL  # "not applicable" never passes for "not answered yet"
    assert set(theme.GRADE_FILL) == set(status_colours.GRADE)


def test_the_request_list_marks_a_missing_document_with_the_missing_colour(mini_assessment, tmp_path):
    from exportaudit.core.session import AssessmentSession
    from exportaudit.exchange.request_list import write_request_list

    store, aid = mini_assessment
    store.requests.build(aid)
    store.requests.update(aid, "S2", status="missing")
    out = write_request_list(AssessmentSession(store, aid), tmp_path / "r.xlsx", language="en")
    ws = openpyxl.load_workbook(out).active
    fills = {ws.cell(row=r, column=4).value: ws.cell(row=r, column=4).fill.fgColor.rgb for r in range(2, ws.max_row + 1)}
    assert fills["Missing"].endswith(status_colours.tint(status_colours.REQUEST["missing"]).lstrip("#").upper())
    assert fills["Requested"].endswith(status_colours.tint(status_colours.REQUEST["requested"]).lstrip("#").upper())
