"""Everyday use, remembering and guiding: the demo store says it is the demo, the export remembers its folder,
format and language, the assessor is the user's name, focus comes back after a dialog."""

import shutil

import pytest
from PySide6.QtCore import Qt

from exportaudit.ui import prompts


@pytest.fixture(scope="module")
def built_demo(tmp_path_factory):
    from exportaudit.core.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.exportaudit"
    build_demo(path).close()
    return path


@pytest.fixture
def demo_path(built_demo, tmp_path):
    copy = tmp_path / "demo" / built_demo.name
    shutil.copytree(built_demo.parent, copy.parent)
    return copy


@pytest.mark.parametrize("language, word", [("en", "(demo)"), ("zh", "（演示）")])
def test_the_demo_store_says_it_is_the_demo_and_offers_a_store_of_ones_own(make_window, demo_path, qtbot, tmp_path,
                                                                         monkeypatch, language, word):
    window = make_window(demo_path, language=language)
    assert word in window.windowTitle()
    banner = window.demo_banner
    assert banner.isVisible() and banner.create_button.text() in ("Create my own store…", "创建我自己的存储库…")
    own = tmp_path / "mine.exportaudit"
    monkeypatch.setattr(prompts, "choose_new_store", lambda parent, folder="": str(own))
    qtbot.mouseClick(banner.create_button, Qt.MouseButton.LeftButton)
    assert window.store.path == own and not banner.isVisible()
    assert "demo" not in window.windowTitle() and "演示" not in window.windowTitle()


def test_an_ordinary_store_shows_no_demo_banner(make_window, mini_store_path):
    window = make_window(mini_store_path)
    assert not window.demo_banner.isVisible() and "(demo)" not in window.windowTitle()
