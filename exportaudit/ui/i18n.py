"""Interface language: Qt Linguist catalogues installed and removed at run time.

English is the source language; its small catalogue ``exportaudit_en_GB.qm`` holds only the plural forms
("%n change(s)" said as "1 change" / "2 changes"). Chinese loads ``exportaudit_zh_CN.qm``
(compiled from the ``.ts`` in resources/translations by ``make translations``, and committed) plus Qt's own
``qtbase_zh_CN.qm`` for standard buttons. Installing a translator makes Qt send LanguageChange to every widget,
which retranslates.
Translator objects are kept referenced here: a collected QTranslator silently stops translating.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from exportaudit.paths import translations_dir

LANGUAGES = ("zh", "en")
_QT_LOCALES = {"zh": QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript,
                             QLocale.Country.China),
               "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
CATALOGUE = "exportaudit"


def system_language() -> str:
    """Chinese when the system's UI languages put Chinese first, English otherwise."""
    for name in QLocale.system().uiLanguages():
        if name.lower().startswith("zh"):
            return "zh"
        if name.lower().startswith("en"):
            return "en"
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def current_language() -> str:
    """The interface language now showing ("zh" or "en"): ``Translations.install`` sets the default locale."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def error_text(error: Exception) -> str:
    """An error's message in the interface language: store errors with a code are worded from the catalogue."""
    from exportaudit.core.store.messages import message_in

    return message_in(error, current_language())


def catalogue_path(language: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"{CATALOGUE}_{_QT_LOCALES[language].name()}.qm"


class Translations:
    """Owns the installed translators of one application."""

    def __init__(self, app: QCoreApplication, directory: Path | None = None):
        self._app = app
        self._directory = directory or translations_dir()
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch the interface to ``language``; False when its catalogue is missing (English is shown)."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(_QT_LOCALES[language])
        ours = QTranslator(self._app)
        if language == "en":  # English shows its source text; the catalogue only adds the plural forms
            if ours.load(str(catalogue_path(language, self._directory))):
                self._install(ours)
            return True
        found = ours.load(str(catalogue_path(language, self._directory)))
        if found:
            self._install(ours)
        else:
            print(f"exportaudit: no catalogue {catalogue_path(language, self._directory)}; "
                  "run `make translations` to build it", file=sys.stderr)
        qt = QTranslator(self._app)
        if qt.load(_QT_LOCALES[language], "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._install(qt)
        return found

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)

