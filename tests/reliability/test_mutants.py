"""G6: 300 damaged variants of a real file (flipped bytes, truncations) never crash the program
and are never written to: each is refused with a KuhinaError, or opens and reads without harm.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from kuhina_desktop.demo import build_demo
from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.services import Services
from kuhina_desktop.storage.audit_repo import verify_chain
from kuhina_desktop.storage.backup import read_summary
from kuhina_desktop.storage.database import open_data_file
from tests.reliability import workload

MUTANTS = 300
UI_MUTANTS = 25
HEADER = 100


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("mutants") / "alkuperainen.kuhina"
    services = build_demo(path)
    workload.fill(services.data, people=12)
    services.close()
    return path.read_bytes()


def mutate(data: bytes, rnd: random.Random) -> tuple[str, bytes]:
    if rnd.random() < 0.2:
        return "truncated", data[: rnd.randrange(1, len(data))]
    mutant = bytearray(data)
    start = 0 if rnd.random() < 0.5 else HEADER
    for _ in range(rnd.randint(1, 16)):
        position = rnd.randrange(start, len(mutant))
        mutant[position] ^= rnd.randrange(1, 256)
    return "flipped", bytes(mutant)


def read_everything(services: Services) -> None:
    """What the window and the checks read from an opened file."""
    services.association.get()
    tables = [row["name"] for row in services.data.query(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        services.data.query(f'SELECT * FROM "{table}"')  # noqa: S608 - names from the file
    verify_chain(services.data.db)
    services.backups.warnings()
    read_summary(services.path, full_check=True)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_mutants_never_crash_and_stay_untouched(tmp_path: Path, original: bytes) -> None:
    rnd = random.Random(6)
    outcome = {"opened": 0, "refused": 0, "found_while_reading": 0}
    crashes, modified, leftovers = [], [], []
    for number in range(MUTANTS):
        kind, mutant = mutate(original, rnd)
        folder = tmp_path / f"m{number}"
        folder.mkdir()
        path = folder / "yhdistys.kuhina"
        path.write_bytes(mutant)
        before = sha(path)
        try:
            services = Services(open_data_file(path))
        except KuhinaError:
            outcome["refused"] += 1
        except Exception as exc:  # noqa: BLE001 - a crash is what this test counts
            crashes.append((number, kind, repr(exc)))
        else:
            outcome["opened"] += 1
            try:
                read_everything(services)
            except KuhinaError:
                outcome["found_while_reading"] += 1
            except Exception as exc:  # noqa: BLE001
                crashes.append((number, kind, repr(exc)))
            finally:
                services.close()
        if sha(path) != before:
            modified.append((number, kind))
        extra = sorted(p.name for p in folder.iterdir() if p != path)
        if extra:
            leftovers.append((number, extra))
    print(f"FIGURE mutants: {MUTANTS}")
    print(f"FIGURE mutants_opened: {outcome['opened']}")
    print(f"FIGURE mutants_refused: {outcome['refused']}")
    print(f"FIGURE mutants_damage_found_while_reading: {outcome['found_while_reading']}")
    print(f"FIGURE mutants_crashes: {len(crashes)}")
    print(f"FIGURE mutants_modified: {len(modified)}")
    assert crashes == []
    assert modified == []
    assert leftovers == []
    assert outcome["refused"] > MUTANTS // 10  # the corpus really is damaging


def _record_every_error_box(monkeypatch, record) -> None:
    """Every module of the window that shows an error box records it instead (the views that
    read the file on opening included), and any other modal box fails the test at once
    rather than waiting for a click that never comes."""
    import importlib
    import pkgutil

    from PySide6.QtWidgets import QDialog, QMessageBox

    import kuhina_desktop.ui as ui_package

    for info in pkgutil.walk_packages(ui_package.__path__, "kuhina_desktop.ui."):
        module = importlib.import_module(info.name)
        if callable(getattr(module, "show_error", None)):
            monkeypatch.setattr(module, "show_error", record)

    def unexpected(box, *args) -> int:
        record(None, RuntimeError(f"unexpected modal box: {box.windowTitle()} {box.text()}"
                                  if isinstance(box, QMessageBox) else
                                  f"unexpected modal dialog: {type(box).__name__}"))
        return 0

    def unexpected_static(parent, title, text, *args, **kwargs) -> QMessageBox.StandardButton:
        record(parent, RuntimeError(f"unexpected message box: {title} {text}"))
        return QMessageBox.StandardButton.NoButton

    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    monkeypatch.setattr(QDialog, "exec", unexpected)
    for name in ("information", "question", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected_static)


def test_mutants_through_the_window(qtbot, tmp_path: Path, original: bytes, monkeypatch) -> None:
    """A share of the corpus opened the way a user does: no exception reaches Qt, no writes."""
    from kuhina_desktop.prefs import Preferences
    from kuhina_desktop.ui import controller as controller_module
    from kuhina_desktop.ui import file_safety
    from kuhina_desktop.ui.dialogs import backups_damaged

    shown: list[str] = []
    def record(parent, error, *args, **kwargs) -> None:
        shown.append(error.code if isinstance(error, KuhinaError) else f"crash {error!r}")

    from kuhina_desktop.ui import errors as errors_module

    _record_every_error_box(monkeypatch, record)
    monkeypatch.setattr(errors_module, "show_crash", lambda parent, kind, error, tb: record(
        parent, error))
    monkeypatch.setattr(file_safety, "show_opening_warnings", lambda *a: None)
    monkeypatch.setattr(backups_damaged, "ask_about_damaged_file", lambda *a: "")
    rnd = random.Random(66)
    controller = controller_module.AppController(Preferences())
    closed_after_check: list[bool] = []  # damage found by the check after the first paint
    monkeypatch.setattr(controller, "welcome", lambda: closed_after_check.append(True) or False)
    opened = 0
    for number in range(UI_MUTANTS):
        _kind, mutant = mutate(original, rnd)
        path = tmp_path / f"ikkuna{number}.kuhina"
        path.write_bytes(mutant)
        before = sha(path)
        if controller.open_path(path):
            opened += 1
            window = controller.window
            # The window paints, its views read the file and the opening check reports.
            qtbot.waitUntil(lambda w=window: w.services.data.opening_check.done, timeout=10000)
            qtbot.wait(60)
            if controller.window is window:
                window.close()
            controller.window = None
        assert sha(path) == before
    assert [code for code in shown if code.startswith("crash")] == []
    print(f"FIGURE mutants_ui: {UI_MUTANTS}")
    print(f"FIGURE mutants_ui_opened: {opened}")
    print(f"FIGURE mutants_ui_closed_by_the_check: {len(closed_after_check)}")
