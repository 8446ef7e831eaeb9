"""Help > About: the version, what it runs on, the installed checklists and every bundled licence, readable."""

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from exportaudit import __version__
from exportaudit.core.catalogue import available_checklists
from exportaudit.ui.controllers.about import AboutDialog

LICENCES = ("Apache-2.0", "SIL OFL 1.1", "LGPLv3", "MIT", "BSD", "PSF")


def open_about(window, wait_dialog) -> AboutDialog:
    window.help_menu.aboutToShow.emit()
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    return wait_dialog(AboutDialog)


def table_rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def licence_entries(dialog) -> list[str]:
    return [dialog.licence_list.item(r).text() for r in range(dialog.licence_list.count())]


def select(dialog, name: str) -> str:
    row = next(r for r, text in enumerate(licence_entries(dialog)) if text.startswith(name))
    dialog.licence_list.setCurrentRow(row)
    return dialog.licence_text.toPlainText()


def test_about_shows_versions_checklists_and_licences(make_window, mini_store_path, wait_dialog):
    window = make_window(mini_store_path)
    dialog = open_about(window, wait_dialog)
    assert dialog.title_label.text() == f"ExportAudit {__version__}"
    platform = dialog.platform_label.text()
    assert f"Qt {qVersion()}" in platform and f"PySide6 {pyside_version}" in platform
    assert f"Python {sys.version_info.major}.{sys.version_info.minor}." in platform

    rows = table_rows(dialog.checklist_table)
    installed, _ = available_checklists()
    mofcom = next(c for c in installed if c.id.startswith("mofcom"))
    assert [mofcom.id, mofcom.version, str(len(mofcom.items)), mofcom.title.en] in rows

    entries = licence_entries(dialog)
    for licence in LICENCES:
        assert any(entry.endswith(f"— {licence}") for entry in entries), licence
    assert "Droid Sans Fallback — Apache-2.0" in entries and "Liberation Sans — SIL OFL 1.1" in entries
    assert "PySide6 / Qt — LGPLv3" in entries and "Python — PSF" in entries

    droid = select(dialog, "Droid Sans Fallback")
    assert "Apache License" in droid and "Version 2.0, January 2004" in droid  # the bundled file, in full
    liberation = select(dialog, "Liberation Sans")
    assert "SIL OPEN FONT LICENSE" in liberation.upper()
    openpyxl = select(dialog, "openpyxl")
    assert "Licence: MIT" in openpyxl and "https://foss.heptapod.net/openpyxl/openpyxl" in openpyxl
    qt = select(dialog, "PySide6")
    assert "LGPL" in qt and pyside_version in qt


def test_about_follows_the_interface_language(make_window, mini_store_path, wait_dialog, qtbot):
    window = make_window(mini_store_path, language="zh")
    dialog = open_about(window, wait_dialog)
    assert dialog.windowTitle() == "关于 ExportAudit"
    assert dialog.tabs.tabText(1) == "许可证"
    assert "许可证：Apache-2.0" in select(dialog, "Droid Sans Fallback")
    window.language_en_action.trigger()
    qtbot.waitUntil(lambda: dialog.tabs.tabText(1) == "Licences")
    assert "Licence: Apache-2.0" in dialog.licence_text.toPlainText()
