"""Help > About ExportAudit: fills the dialog with the versions, the installed checklists and the licences.

Font licences are shown from the licence files bundled beside the fonts; for libraries the licence name, the
version installed and the project's address are shown as text (nothing is fetched: the app works offline).
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from importlib import metadata

import PySide6
from PySide6.QtCore import QLocale, Qt, qVersion
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem, QWidget

from exportaudit import __version__
from exportaudit.core.catalogue import available_checklists
from exportaudit.paths import resources_dir
from exportaudit.ui.locations import user_checklists_dir
from exportaudit.ui.views.about_view import AboutView

FONT, LIBRARY = "font", "library"


@dataclass(frozen=True)
class Component:
    """Something bundled with the app under its own licence."""

    name: str
    kind: str  # FONT or LIBRARY
    licence: str
    url: str
    licence_files: tuple[str, ...] = ()  # under resources/fonts, shown in full
    distribution: str = ""  # the installed package, for its version
    version: str = ""  # when no package carries it (Python, SQLite)


COMPONENTS = (
    Component("Droid Sans Fallback", FONT, "Apache-2.0",
              "https://android.googlesource.com/platform/frameworks/base/+/refs/heads/main/data/fonts/",
              ("LICENSE-Apache-2.0.txt", "debian-copyright.txt")),
    Component("Liberation Sans", FONT, "SIL OFL 1.1", "https://github.com/liberationfonts/liberation-fonts",
              ("LICENSE-OFL-1.1-Liberation.txt",)),
    Component("PySide6 / Qt", LIBRARY, "LGPLv3", "https://www.qt.io/qt-for-python", distribution="PySide6_Essentials"),
    Component("sqlite-utils", LIBRARY, "Apache-2.0", "https://github.com/simonw/sqlite-utils",
              distribution="sqlite-utils"),
    Component("rtoml", LIBRARY, "MIT", "https://github.com/samuelcolvin/rtoml", distribution="rtoml"),
    Component("openpyxl", LIBRARY, "MIT", "https://foss.heptapod.net/openpyxl/openpyxl", distribution="openpyxl"),
    Component("reportlab", LIBRARY, "BSD", "https://www.reportlab.com/", distribution="reportlab"),
    Component("Python", LIBRARY, "PSF", "https://docs.python.org/3/license.html",
              version=".".join(map(str, sys.version_info[:3]))),
    Component("SQLite", LIBRARY, "Public domain", "https://sqlite.org/copyright.html", version=sqlite3.sqlite_version),
    Component("Pillow", LIBRARY, "MIT-CMU", "https://github.com/python-pillow/Pillow", distribution="pillow"),
    Component("defusedxml", LIBRARY, "PSF-2.0", "https://github.com/tiran/defusedxml", distribution="defusedxml"),
    Component("et_xmlfile", LIBRARY, "MIT", "https://foss.heptapod.net/openpyxl/et_xmlfile", distribution="et_xmlfile"),
    Component("click", LIBRARY, "BSD-3-Clause", "https://github.com/pallets/click", distribution="click"),
    Component("click-default-group", LIBRARY, "Public domain", "https://github.com/click-contrib/click-default-group",
              distribution="click-default-group"),
    Component("pluggy", LIBRARY, "MIT", "https://github.com/pytest-dev/pluggy", distribution="pluggy"),
    Component("python-dateutil", LIBRARY, "Apache-2.0 / BSD-3-Clause", "https://github.com/dateutil/dateutil",
              distribution="python-dateutil"),
    Component("sqlite-fts4", LIBRARY, "Apache-2.0", "https://github.com/simonw/sqlite-fts4", distribution="sqlite-fts4"),
    Component("tabulate", LIBRARY, "MIT", "https://github.com/astanin/python-tabulate", distribution="tabulate"),
)


def component_version(component: Component) -> str:
    if component.version or not component.distribution:
        return component.version
    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:  # a frozen build may carry the code without its metadata
        return ""


class AboutDialog(AboutView):
    def __init__(self, parent: QWidget | None, language: str):
        self._language = None
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._language = language
        self.title_label.setText(f"ExportAudit {__version__}")
        self._checklists, _errors = available_checklists([user_checklists_dir()])
        self._fill_checklists()
        for component in COMPONENTS:
            item = QListWidgetItem(f"{component.name} — {component.licence}")
            item.setData(Qt.ItemDataRole.UserRole, component)
            self.licence_list.addItem(item)
        self.licence_list.currentRowChanged.connect(self._show_licence)
        self.licence_list.setCurrentRow(0)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if self._language is None:
            return  # still being built
        if self.isVisible():  # the language was switched while the dialog is open (Translations sets the locale)
            self._language = "zh" if QLocale().language() == QLocale.Language.Chinese else "en"
            self._fill_checklists()
        self.platform_label.setText(self.tr("Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}").format(
            python=".".join(map(str, sys.version_info[:3])), qt=qVersion(), pyside=PySide6.__version__,
            sqlite=sqlite3.sqlite_version))
        self._show_licence(self.licence_list.currentRow())

    def _fill_checklists(self) -> None:
        self.checklist_table.setRowCount(len(self._checklists))
        for row, checklist in enumerate(self._checklists):
            cells = (checklist.id, checklist.version, str(len(checklist.items)), checklist.title.get(self._language))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.checklist_table.setItem(row, column, cell)

    def _show_licence(self, row: int) -> None:
        item = self.licence_list.item(row)
        if item is None:
            self.licence_text.clear()
            return
        component: Component = item.data(Qt.ItemDataRole.UserRole)
        version = component_version(component)
        lines = [f"{component.name} {version}".rstrip(),
                 self.tr("Bundled font") if component.kind == FONT else self.tr("Bundled library"),
                 self.tr("Licence: {licence}").format(licence=component.licence),
                 self.tr("Project: {url}").format(url=component.url)]
        if component.name.startswith("PySide6"):
            lines.append(self.tr("Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit as "
                                 "separate files in the installation folder and may be replaced with your own "
                                 "build."))
        if component.licence_files:
            lines.append("")
            for name in component.licence_files:
                path = resources_dir() / "fonts" / name
                try:
                    text = path.read_text(encoding="utf-8")
                except OSError:
                    text = self.tr("(The licence file {name} is missing from this installation.)").format(name=name)
                lines += [f"——— {name} ———", text.rstrip(), ""]
        else:
            lines += ["", self.tr("The full licence text is published on the project's page above.")]
        self.licence_text.setPlainText("\n".join(lines))
