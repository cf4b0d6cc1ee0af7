"""Opening what is not a data file, or the file already open, from the recent list or the
command line: a clear message (or the window comes forward), never the crash dialog."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kuhina_desktop.demo import build_demo
from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.prefs import Preferences
from kuhina_desktop.storage.database import open_data_file
from kuhina_desktop.ui import controller as controller_module
from kuhina_desktop.ui.errors import user_message


@pytest.fixture
def shown(monkeypatch) -> list:
    errors: list = []
    monkeypatch.setattr(controller_module, "show_error", lambda p, e, *a, **k: errors.append(e))
    return errors


@pytest.fixture
def controller(qtbot, finnish, shown):
    made = controller_module.AppController(Preferences())
    crashes: list = []
    hook, sys.excepthook = sys.excepthook, lambda *exc: crashes.append(exc)
    yield made
    sys.excepthook = hook
    if made.window is not None:
        qtbot.wait(20)
        made.window.close()
    assert crashes == []


def test_a_folder_is_refused_with_a_message(controller, shown, tmp_path: Path) -> None:
    folder = tmp_path / "kansio"
    folder.mkdir()
    assert not controller.start(path=folder)
    [error] = shown
    assert isinstance(error, KuhinaError)
    assert user_message(error) == (f"{folder} on kansio eikä tiedosto. Valitse tiedosto; "
                                   "Kuhinan tietotiedoston nimi päättyy .kuhina.")
    assert list(folder.iterdir()) == []


def test_the_file_in_the_window_comes_forward_instead_of_a_lock_error(
        controller, shown, tmp_path: Path) -> None:
    path = tmp_path / "yhdistys.kuhina"
    build_demo(path).close()
    assert controller.open_path(path)
    window = controller.window
    assert controller.open_path(path)  # File → Open or the recent list, on the same file
    assert controller.window is window and not window.services.data.closed
    assert shown == []
    assert window.statusBar().currentMessage() == (
        f"Tiedosto {path} on jo auki tässä ikkunassa.")


def test_a_file_this_program_has_open_otherwise_is_said_so(controller, shown,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "yhdistys.kuhina"
    build_demo(path).close()
    held = open_data_file(path)  # open in this program, though not in its window
    try:
        assert not controller.open_path(path)
    finally:
        held.close()
    [error] = shown
    assert user_message(error) == (f"Tiedosto {path} on jo auki tässä ohjelmassa. Käytä "
                                   "ikkunaa, jossa se näkyy.")
