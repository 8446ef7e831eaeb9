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


def _translated(translation) -> str:
    """The translation's text, or its first plural form ("%n ..." messages have one per form)."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return (forms[0] if forms and all(f.strip() for f in forms) else "") if forms else (translation.text or "").strip()


def unfinished(ts: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("unfinished",) or not _translated(translation):
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


def test_counts_take_their_plural_form_in_english_and_one_form_in_chinese(qapp):
    from PySide6.QtCore import QCoreApplication

    def conflicts(n: int) -> str:
        return QCoreApplication.translate("PackageMergeDialog", "%n conflict(s)", None, n)

    translations = Translations(qapp)
    assert translations.install("en")
    assert (conflicts(1), conflicts(2)) == ("1 conflict", "2 conflicts")
    assert translations.install("zh")
    assert (conflicts(1), conflicts(2)) == ("冲突 1 项", "冲突 2 项")
    translations.install("en")


def catalogue_messages(ts: Path) -> list[tuple[str, str, str, str]]:
    """(context, source, disambiguation, translation) of every finished message."""
    return [(context.findtext("name"), message.findtext("source"), message.findtext("comment") or "",
             _translated(message.find("translation")))
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")
            if message.find("translation").get("type") not in ("unfinished", "obsolete", "vanished")]


def stale_messages(ts: Path, qm: Path) -> list[str]:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm)), f"cannot load {qm}"
    return [f"{context}: {source!r}" for context, source, comment, text in catalogue_messages(ts)
            if translator.translate(context, source, comment or None, 1 if "%n" in source else -1)
            != text]


def test_the_committed_compiled_catalogue_matches_its_source(qapp):
    """The .qm is committed so a wheel built from a fresh clone is translated; after editing the .ts, run
    `make translations` (pyside6-lrelease) and commit the .qm too."""
    for ts in CATALOGUE.parent.glob("*.ts"):  # the Chinese one and the English plural forms
        assert stale_messages(ts, ts.with_suffix(".qm")) == [], ts.name


def test_a_compiled_catalogue_behind_its_source_is_caught(qapp, tmp_path):
    tree = ET.parse(CATALOGUE)
    context = next(tree.getroot().iter("context"))
    message = context.find("message")
    message.find("translation").text = "一个新的译文"
    edited = tmp_path / CATALOGUE.name
    tree.write(edited, encoding="utf-8")
    expected = f"{context.findtext('name')}: {message.findtext('source')!r}"
    assert stale_messages(edited, CATALOGUE.with_suffix(".qm")) == [expected]
