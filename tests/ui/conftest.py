"""UI fixtures: translators installed once per language, a main window on the demo file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kuhina_desktop.ui.i18n import install_translators


@pytest.fixture
def finnish(qapp: QApplication):
    translators = install_translators(qapp, "fi")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def english(qapp: QApplication):
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def main_window(qtbot, demo_services, finnish):
    from kuhina_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_services, [], demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
