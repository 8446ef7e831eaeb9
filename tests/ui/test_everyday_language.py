"""Everyday use in the user's language: the change history translates every value it shows and says where each
change was made (window, command line, questionnaire import)."""

import re

import pytest

from exportaudit.core.store import open_store
from exportaudit.core.user_name import COMMAND_LINE_USER
from exportaudit.ui.controllers.history import HistoryDialog
from exportaudit.ui.models.history import COL_FIELD, COL_NEW, COL_OLD, COL_SOURCE, COL_WHAT, COL_WHO

# a cell that is a code, or starts with one ("minor: …", "absent × 30"); notes the user typed may use the words
CODES = re.compile(r"^(minor|major|observation|red_flag|test_result|sample|order_list|pass|fail|absent|present|na|"
                   r"true|false|draft|final|in_progress|requested|received)(:| ×|$)")




def history_cells(dialog: HistoryDialog, column: int) -> list[str]:
    model = dialog.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_history_shows_no_internal_code_in_either_language(make_window, demo_store_path, qtbot, language):
    # changes from the command line, by someone who never gave a name (the command line's stand-in, not the login)
    with open_store(demo_store_path, create=False, source="cli", user=COMMAND_LINE_USER) as store:
        aid = store.assessments.latest().id
        sample = store.samples.all(aid)[0]
        card = store.samples.orders(sample.id)[-1].id
        store.results.answer_remaining_red_flags(card, "absent")  # logged as "absent × 30"
        store.findings.create(aid, "minor", "Policy not signed", "Sign it", item_id="POL-01")
        store.answers.rate(aid, "POL-01", 2)
    window = make_window(demo_store_path, language=language)
    dialog = HistoryDialog(window, window.store, aid, language, subject="demo")
    qtbot.addWidget(dialog)
    entities = {e.entity for e in window.store.history.all(aid)}
    assert {"red_flag", "test_result", "sample", "order_list"} <= entities  # the demo logs them all
    shown = [text for column in (COL_WHAT, COL_FIELD, COL_OLD, COL_NEW) for text in history_cells(dialog, column)]
    leaks = sorted({m.group(0) for text in shown for m in [CODES.match(text or "")] if m})
    assert not leaks, f"codes shown in the {language} history: {leaks}"
    sources = history_cells(dialog, COL_SOURCE)
    assert sources[0] == {"zh": "命令行", "en": "Command line"}[language]  # newest first: the rating just made
    assert {"zh": "窗口", "en": "Window"}[language] in sources
    assert history_cells(dialog, COL_WHO)[0] == {"zh": "命令行", "en": "command line"}[language]
    if language == "zh":
        assert "一般不符合项" in " ".join(shown) or "严重不符合项" in " ".join(shown)
        assert any("未出现" in text for text in shown)  # red-flag answers in words


def test_store_messages_reach_the_chinese_window_in_chinese(make_window, demo_store_path, tmp_path, wait_dialog):
    from PySide6.QtWidgets import QMessageBox

    window = make_window(demo_store_path, language="zh")
    missing = tmp_path / "elsewhere.exportaudit"
    assert not window.open_store(missing, create=False)
    box = wait_dialog(QMessageBox, "errorMessage")
    assert f"{missing} 不存在。" in box.text() and "does not exist" not in box.text()
    box.close()
    assert window.store.path == demo_store_path  # the demo stays open


def test_a_store_error_without_a_translation_keeps_its_own_words():
    from exportaudit.core.store import StoreError
    from exportaudit.core.store.messages import message_in

    assert message_in(StoreError(code="no_assessment", id=7), "zh") == "没有编号为 7 的评估。"
    assert str(StoreError(code="no_assessment", id=7)) == "There is no assessment with id 7."
    assert message_in(StoreError("Something else."), "zh") == "Something else."
