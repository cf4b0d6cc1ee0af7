"""Help → About shows the program's version and the open file's schema version."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMessageBox

from kuhina_desktop.storage.migrations import schema_names
from kuhina_desktop.ui.main_window import MainWindow, schema_label
from tools.bundle_spec import project_version


def test_about_shows_version_and_schema_in_finnish(main_window: MainWindow, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(
        (parent, title, text)))
    about = next(a for a in main_window.menuBar().actions()[1].menu().actions()
                 if a.text() == "&Tietoja Kuhina Desktopista")
    about.trigger()
    assert len(shown) == 1
    parent, title, text = shown[0]
    assert parent is main_window and title == "Tietoja Kuhina Desktopista"
    assert f"<h3>Kuhina Desktop {project_version()}</h3>" in text
    newest = schema_names()[-1]
    number = int(re.match(r"m(\d+)_", newest).group(1))
    assert f"Tiedoston rakenneversio: {number} ({newest})" in text
    assert str(main_window.services.path) in text


def test_about_reports_the_file_schema_not_the_program_schema(main_window: MainWindow) -> None:
    assert main_window.services.data.schema_version() == schema_names()[-1]
    assert schema_label(main_window.services.data.schema_version()) in main_window.about_text()


@pytest.mark.parametrize(("name", "label"), [
    ("m001_core", "1 (m001_core)"), ("m012_wages", "12 (m012_wages)"),
    ("custom", "custom"), ("", "–"),
])
def test_schema_label(name: str, label: str) -> None:
    assert schema_label(name) == label
