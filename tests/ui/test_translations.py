"""The Chinese catalogue covers every string of the interface, and loading it translates the running app."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from exportaudit.ui.i18n import Translations

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "exportaudit_zh_CN.ts"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def unfinished(ts: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("unfinished",) or not (translation.text or "").strip():
                problems.append(f"{name}: {message.findtext('source')!r}")
    return problems


def test_lupdate_finds_no_untranslated_string(tmp_path):
    copy = tmp_path / CATALOGUE.name
    shutil.copy(CATALOGUE, copy)
    sources = sorted(str(p) for p in (ROOT / "exportaudit" / "ui").rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-ts", str(copy), "-no-obsolete"], check=True, capture_output=True)
    found = [m for m in ET.parse(copy).getroot().iter("message")]
    assert len(found) > 200  # the extraction really ran over the UI
    assert unfinished(copy) == []


def test_the_check_catches_a_new_string(tmp_path):
    """The check above can fail: a string added to the code shows up as unfinished."""
    module = tmp_path / "extra.py"
    module.write_text('from PySide6.QtCore import QCoreApplication\n'
                      'QCoreApplication.translate("Extra", "A string nobody translated")\n', encoding="utf-8")
    copy = tmp_path / CATALOGUE.name
    shutil.copy(CATALOGUE, copy)
    subprocess.run([str(LUPDATE), str(module), "-ts", str(copy)], check=True, capture_output=True)
    assert unfinished(copy) == ["Extra: 'A string nobody translated'"]


def test_installing_chinese_translates_and_english_restores(qapp):
    from PySide6.QtCore import QCoreApplication

    translations = Translations(qapp)
    assert translations.install("zh")
    assert QCoreApplication.translate("MainWindowView", "&File") == "文件(&F)"
    assert QCoreApplication.translate("ElementTableModel", "Score") == "得分"
    translations.install("en")
    assert QCoreApplication.translate("MainWindowView", "&File") == "&File"
