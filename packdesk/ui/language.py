"""The station's language: packdesk's translation and Qt's own, installed on the app.

:func:`install_language` can be called again to switch (the sign-in screen does); widgets
built afterwards speak the new language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from packdesk.i18n import LANGUAGES, SOURCE_LANGUAGE, qm_folder, qm_name

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_current = [SOURCE_LANGUAGE]


def current_language() -> str:
    return _current[0]


def install_language(app: QCoreApplication, language: str) -> bool:
    """Translate the application into ``language`` (a code of ``LANGUAGES``); English
    removes every translation. False when the translation could not be loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(language if language in LANGUAGES else SOURCE_LANGUAGE))
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        # English still needs its numerus forms ("1 item", "2 items").
        _load(app, qm_name(SOURCE_LANGUAGE))
        return language == SOURCE_LANGUAGE
    if not _load(app, qm_name(language)):
        log.warning("no translation for %s: the station speaks English", language)
        _load(app, qm_name(SOURCE_LANGUAGE))
        return False
    # Qt's own words (the buttons of standard dialogs), where Qt ships them.
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    _current[0] = language
    return True


def remove_translations(app: QCoreApplication) -> None:
    """No translation at all (the source texts as written, Qt's default locale)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale.system())


def _load(app: QCoreApplication, name: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(str(qm_folder() / name)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
