"""Load the translators: Qt's own (standard buttons) and ours (one .qm per language)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kuhina_desktop.resources import resource_path


def qt_translations_dir() -> Path:
    bundled = resource_path("i18n", "qt")
    if bundled.exists():  # the frozen bundle ships its own copy
        return bundled
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install every translator for ``language`` and return them (the app must keep them)."""
    QLocale.setDefault(QLocale(QLocale.Language.Finnish if language == "fi"
                               else QLocale.Language.English,
                               QLocale.Country.Finland))
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", str(qt_translations_dir())):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"kuhina_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
