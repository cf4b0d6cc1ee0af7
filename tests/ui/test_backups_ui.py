"""Backups in the window: Settings box, File → Restore, a damaged file, a backup copy opened."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from kuhina_desktop.demo import build_demo
from kuhina_desktop.prefs import Preferences
from kuhina_desktop.storage import drives
from kuhina_desktop.storage.backup import read_summary
from kuhina_desktop.ui import controller as controller_module
from kuhina_desktop.ui import file_safety
from kuhina_desktop.ui.dialogs import backups_damaged
from kuhina_desktop.ui.dialogs.backups_restore import RestoreDialog
from kuhina_desktop.ui.widgets import backup_settings


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def quiet(monkeypatch):
    """Record message boxes instead of waiting for a click."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(controller_module, "show_error", lambda p, e, *a, **k: shown.append(e))
    monkeypatch.setattr(file_safety, "show_error", lambda p, e, *a, **k: shown.append(e))
    return shown


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "yhdistys.kuhina"
    build_demo(path).close()
    return path


@pytest.fixture
def controller(qtbot, finnish, quiet):
    made = controller_module.AppController(Preferences())
    yield made
    if made.window is not None:
        qtbot.wait(20)  # let the window paint and its views read the file before it closes
        made.window.close()


def rename_association(path: Path, name: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE association SET name = ?", (name,))
    conn.commit()
    conn.close()


def test_settings_box_shows_folder_newest_copy_and_backs_up(qtbot, main_window) -> None:
    main_window.show_view("settings")
    box = main_window.view("settings").findChild(backup_settings.BackupSettingsBox)
    assert box.title() == "Varmuuskopiot"
    assert box.folder_label.text().endswith("demo-varmuuskopiot")
    assert "Suljettaessa" in box.last_label.text()
    button = box.findChild(QPushButton, "backup_now")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The copy is made in the background: the button waits for it, then comes back.
    assert not button.isEnabled() and button.text() == "Tehdään kopiota…"
    qtbot.waitUntil(button.isEnabled, timeout=10000)
    assert button.text() == "Varmuuskopioi nyt"
    assert "Käsin otettu" in box.last_label.text()
    assert box.warning_label.isHidden()


def test_settings_box_warns_about_a_network_folder(qtbot, main_window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(backup_settings, "show_error", lambda p, e, **k: shown.append(e.code))
    monkeypatch.setattr(drives, "classify", lambda path: True)
    box = main_window.view("settings").findChild(backup_settings.BackupSettingsBox)
    box.set_folder(tmp_path)
    assert shown == ["backup_folder_network"]
    assert box.folder_label.text() == str(tmp_path)
    box.set_folder(tmp_path / "missing")
    assert shown[-1] == "backup_folder_invalid"
    box.set_folder(None)
    assert box.folder_label.text() == "Tämän tietokoneen varmuuskopiokansio"


def test_restore_dialog_lists_copies_with_contents(qtbot, demo_services, finnish) -> None:
    entries = demo_services.backups.list_backups()
    dialog = RestoreDialog(entries, demo_services.path)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 1).text() == "Suljettaessa"
    assert dialog.table.item(2, 1).text() == "Ennen ohjelmapäivitystä"
    assert " klo " in dialog.table.item(0, 0).text()
    assert "Esimerkkiyhdistys ry (Y-tunnus 1234567-1) – työntekijöitä:" in dialog.details.text()
    assert dialog.restore_button.isEnabled()
    dialog.table.selectRow(2)
    dialog.restore_button.click()
    assert dialog.chosen == entries[2].path


def test_restore_dialog_refuses_a_damaged_copy(qtbot, demo_services, tmp_path, finnish) -> None:
    bad = tmp_path / "x_2026-01-01_100000_manual.kuhina"
    data = demo_services.backups.list_backups()[0].path.read_bytes()
    bad.write_bytes(data[: len(data) // 3])
    dialog = RestoreDialog([], demo_services.path)
    qtbot.addWidget(dialog)
    assert "Valitse muu kopio" in dialog.details.text()
    dialog.add_file(bad)
    assert dialog.details.text() == "Tämä kopio on vioittunut, eikä sitä voi palauttaa."
    assert not dialog.restore_button.isEnabled()


def test_file_menu_restore_moves_the_current_file_aside(qtbot, controller, demo_file,
                                                       monkeypatch) -> None:
    assert controller.open_path(demo_file)
    qtbot.wait(20)  # the window is on screen and has read the file, as for a user
    window = controller.window
    actions = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Palauta varmuuskopiosta…" in actions
    window.services.association.set_setting("changed", True)
    oldest = window.services.backups.list_backups()[-1].path

    def choose(dialog):
        dialog.chosen = oldest
        return True

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    window.restore_requested.emit()
    assert controller.window is not window
    assert controller.window.services.association.setting("changed") is None
    aside = list(demo_file.parent.glob("yhdistys.replaced-*.kuhina"))
    assert len(aside) == 1
    assert "aiempi tiedosto säilytettiin" in controller.window.statusBar().currentMessage().lower()


def test_damaged_file_offers_the_newest_good_copy(qtbot, controller, demo_file, monkeypatch):
    newest = max(demo_file.parent.glob("yhdistys-varmuuskopiot/*/*.kuhina"))
    rename_association(newest, "Uusimman kopion nimi")  # to recognise which copy came back
    data = bytearray(demo_file.read_bytes())
    data[len(data) // 2:] = b"\x00" * (len(data) - len(data) // 2)
    demo_file.write_bytes(bytes(data))
    damaged = sha(demo_file)
    offered = []

    def answer(parent, error, entry):
        offered.append((error.code, entry.path))
        return "restore"

    monkeypatch.setattr(backups_damaged, "ask_about_damaged_file", answer)
    assert controller.open_path(demo_file)
    assert offered == [("damaged_file", newest)]
    assert controller.window.services.association.get().name == "Uusimman kopion nimi"
    aside = next(demo_file.parent.glob("yhdistys.replaced-*.kuhina"))
    assert sha(aside) == damaged  # the damaged file was never written to


def test_damage_found_after_the_window_appeared_offers_the_newest_copy(
        qtbot, controller, demo_file, monkeypatch) -> None:
    from tests.storage.test_opening_check import damage_an_index_page

    newest = max(demo_file.parent.glob("yhdistys-varmuuskopiot/*/*.kuhina"))
    rename_association(newest, "Uusimman kopion nimi")
    damage_an_index_page(demo_file)  # only quick_check finds it: the window opens first
    damaged = sha(demo_file)
    offered = []

    def answer(parent, error, entry):
        offered.append((error.code, entry.path, controller.window.services.data.closed))
        return "restore"

    monkeypatch.setattr(backups_damaged, "ask_about_damaged_file", answer)
    assert controller.open_path(demo_file)
    first = controller.window
    assert first.services.association.get().name == "Esimerkkiyhdistys ry"
    qtbot.waitUntil(lambda: bool(offered), timeout=10000)
    assert offered == [("damaged_file", newest, True)]  # closed before it is moved aside
    assert controller.window is not first and not first.isVisible()
    assert controller.window.services.association.get().name == "Uusimman kopion nimi"
    aside = next(demo_file.parent.glob("yhdistys.replaced-*.kuhina"))
    assert sha(aside) == damaged  # the damaged file was never written to


def test_damage_found_after_the_window_appeared_and_no_copy_taken(
        qtbot, controller, demo_file, monkeypatch) -> None:
    from tests.storage.test_opening_check import damage_an_index_page

    damage_an_index_page(demo_file)
    damaged = sha(demo_file)
    welcomed = []
    monkeypatch.setattr(backups_damaged, "ask_about_damaged_file", lambda *a: "cancel")
    monkeypatch.setattr(controller, "welcome", lambda: welcomed.append(True) or False)
    assert controller.open_path(demo_file)
    first = controller.window
    qtbot.waitUntil(lambda: bool(welcomed), timeout=10000)
    assert controller.window is None and not first.isVisible()
    assert sha(demo_file) == damaged


def test_damage_met_by_the_window_before_the_check_offers_the_newest_copy(
        qtbot, controller, demo_file, monkeypatch) -> None:
    from tests.storage.test_opening_check import damage_root_page

    newest = max(demo_file.parent.glob("yhdistys-varmuuskopiot/*/*.kuhina"))
    rename_association(newest, "Uusimman kopion nimi")
    # The settings' key index: opening reads the password header through it before the check.
    damage_root_page(demo_file, "SELECT rootpage FROM sqlite_master "
                                "WHERE tbl_name = 'settings' AND type = 'index'")
    damaged = sha(demo_file)
    offered = []

    def answer(parent, error, entry):
        offered.append(error.code)
        return "restore"

    monkeypatch.setattr(backups_damaged, "ask_about_damaged_file", answer)
    assert controller.open_path(demo_file)
    assert offered == ["damaged_file"]
    assert controller.window.services.association.get().name == "Uusimman kopion nimi"
    aside = next(demo_file.parent.glob("yhdistys.replaced-*.kuhina"))
    assert sha(aside) == damaged


def test_opening_warnings_come_after_the_first_paint(qtbot, controller, demo_file, quiet,
                                                     monkeypatch) -> None:
    from kuhina_desktop.domain.errors import KuhinaError

    monkeypatch.setattr(file_safety, "opening_warnings",
                        lambda services: [KuhinaError(code="network_drive", path="x")])
    assert controller.open_path(demo_file)
    assert quiet == []  # not before the window has been seen and the file checked
    qtbot.waitUntil(lambda: bool(quiet), timeout=10000)
    assert "verkkolevy" in quiet[0]


def test_number_formats_are_read_ahead_after_the_first_paint(qtbot, controller, demo_file,
                                                            monkeypatch) -> None:
    from kuhina_desktop.reports.formatting import load_locale_data
    from kuhina_desktop.ui import ops

    prepared = []
    monkeypatch.setattr(ops, "prepare_in_background", prepared.append)
    assert controller.open_path(demo_file)
    assert prepared == []  # the window is painted first
    qtbot.waitUntil(lambda: prepared == [load_locale_data], timeout=10000)


def test_work_prepared_in_the_background_only_logs_a_failure(qtbot, caplog) -> None:
    from kuhina_desktop.ui import ops

    done = []

    def failing() -> None:
        done.append("ran")
        raise OSError("no locale data")

    ops.prepare_in_background(failing)
    qtbot.waitUntil(lambda: "preparing" in caplog.text, timeout=5000)
    assert done == ["ran"] and ops.jobs_running() == 0


def test_damaged_file_dialog_names_the_copy(qtbot, demo_services, finnish) -> None:
    from kuhina_desktop.domain.errors import DamagedFile

    entry = demo_services.backups.list_backups()[0]
    error = DamagedFile("x", path=str(demo_services.path), reason="malformed")
    dialog = backups_damaged.DamagedFileDialog(error, entry)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "newest_backup").text()
    assert "Uusin ehjä varmuuskopio on tehty" in text and "Suljettaessa" in text
    dialog.findChild(QPushButton, "restore_newest").click()
    assert dialog.choice == "restore"
    empty = backups_damaged.DamagedFileDialog(error, None)
    qtbot.addWidget(empty)
    assert empty.findChild(QPushButton, "restore_newest") is None


@pytest.mark.parametrize("answer", ["read_only", "edit", "restore", ""])
def test_opening_a_backup_copy_warns_first(qtbot, controller, demo_file, monkeypatch, answer):
    copy = max(demo_file.parent.glob("yhdistys-varmuuskopiot/*/*.kuhina"))
    rename_association(demo_file, "Muutettu ry")
    asked = []
    monkeypatch.setattr(backups_damaged, "ask_about_backup_copy",
                        lambda parent, path, marker: asked.append(marker["path"]) or answer)
    opened = controller.open_path(copy)
    assert asked == [str(demo_file)]
    if answer == "":
        assert not opened and controller.window is None
        return
    services = controller.window.services
    if answer == "read_only":
        assert services.read_only and services.data.read_only_reason == "backup_copy"
    elif answer == "edit":
        assert services.path == copy and not services.read_only
        assert services.association.setting("backup_of") is None
    else:
        assert services.path == demo_file
        assert services.association.get().name == "Esimerkkiyhdistys ry"
        assert read_summary(copy).backup_of is not None  # the copy itself is unchanged


def test_backup_copy_question_defaults_to_read_only(qtbot, finnish, tmp_path) -> None:
    def press_enter():
        box = QApplication.activeModalWidget()
        assert box.objectName() == "BackupCopyQuestion"
        assert "on varmuuskopio" in box.text()
        box.defaultButton().click()

    QTimer.singleShot(100, press_enter)
    answer = backups_damaged.ask_about_backup_copy(
        None, tmp_path / "copy.kuhina", {"path": "/x/yhdistys.kuhina", "made_at": "2026-01-02T10:00"})
    assert answer == "read_only"


def test_periodic_timer_tick_reports_in_status_bar(qtbot, main_window, monkeypatch) -> None:
    services = main_window.services
    timer = file_safety.BackupTimer(main_window, services)
    assert timer.timer.interval() == 5 * 60 * 1000
    services.association.set_setting("x", 1)
    later = datetime.now() + timedelta(minutes=31)
    monkeypatch.setattr(services.backups, "_clock", lambda: later)
    timer.tick()
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage().startswith(
        "Varmuuskopio tehty"), timeout=10000)
    assert services.backups.list_backups()[0].reason == "periodic"


def test_opening_warnings_for_old_copies_and_network_drive(demo_services, monkeypatch) -> None:
    assert file_safety.opening_warnings(demo_services) == []
    monkeypatch.setattr(drives, "classify", lambda path: True)
    later = datetime.now() + timedelta(days=9)
    monkeypatch.setattr(demo_services.backups, "_clock", lambda: later)
    codes = [w.code for w in file_safety.opening_warnings(demo_services)]
    assert codes == ["network_drive", "backup_old"]


def _click_in_box(object_name: str, button_text: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == object_name
        button = next(b for b in box.buttons() if b.text() == button_text)
        button.click()

    QTimer.singleShot(100, click)


@pytest.mark.parametrize("choice, expect", [("Avaa vain luettavaksi", "read_only"),
                                            ("Ota tiedosto käyttöön…", "taken"),
                                            ("Peru", "cancel")])
def test_lock_of_another_computer(qtbot, controller, demo_file, monkeypatch, choice, expect):
    import json

    lock = demo_file.with_name(demo_file.name + ".lock")
    lock.write_text(json.dumps({"user": "pekka", "host": "toimisto-pc", "pid": 4242,
                                "since": "2026-11-30T08:00:00"}))
    monkeypatch.setattr(file_safety, "_confirm_take_over", lambda parent, holder: True)
    _click_in_box("FileLockedQuestion", choice)
    opened = controller.open_path(demo_file)
    if expect == "cancel":
        assert not opened and json.loads(lock.read_text())["host"] == "toimisto-pc"
        return
    services = controller.window.services
    assert services.read_only is (expect == "read_only")
    holder = json.loads(lock.read_text())
    assert holder["host"] == ("toimisto-pc" if expect == "read_only" else __import__(
        "socket").gethostname())


def test_a_question_before_the_window_listens_for_second_starts(qtbot, controller, demo_file,
                                                                monkeypatch) -> None:
    import json

    class Claim:  # the single-instance claim: records when the program starts listening
        started = 0

        def start_server(self, on_received) -> None:
            Claim.started += 1

    controller._instance = Claim()
    lock = demo_file.with_name(demo_file.name + ".lock")
    lock.write_text(json.dumps({"user": "pekka", "host": "toimisto-pc", "pid": 4242,
                                "since": "2026-11-30T08:00:00"}))
    asked = []
    monkeypatch.setattr(file_safety, "open_locked",
                        lambda parent, path, error: asked.append(Claim.started) and None)
    assert not controller.open_path(demo_file)
    assert asked == [1]  # listening before the question, not only after a first paint


def test_closing_copy_shows_progress_while_the_window_keeps_running(qtbot, demo_services,
                                                                     finnish) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from kuhina_desktop.services.backups import list_folder
    from kuhina_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_services, [], demo=True)
    window.show()
    qtbot.waitExposed(window)
    file_safety.BackupTimer(window, demo_services)
    folder = demo_services.backups.target_folder()[0]
    before = len(demo_services.backups.list_backups())
    demo_services.association.set_setting("x", 1)
    seen = []

    def look() -> None:  # runs inside the closing copy's event loop: the window is not frozen
        dialog = window.findChild(QProgressDialog, "closing_backup_progress")
        seen.append(dialog is not None and dialog.isVisible() and dialog.labelText())

    QTimer.singleShot(0, look)
    window.close()
    assert seen == ["Otetaan varmuuskopio ennen sulkemista…"]
    assert demo_services.data.closed
    # One closing copy: the window's own close found nothing left to copy.
    entries = [e for e in list_folder(folder) if e.path.name.endswith(".kuhina")]
    assert len(entries) == before + 1 and entries[0].reason == "close"


def test_save_a_copy_is_made_in_the_background(qtbot, controller, demo_file, tmp_path,
                                               monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    assert controller.open_path(demo_file)
    target = tmp_path / "kopio.kuhina"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    controller.backup_now()
    bar = controller.window.statusBar()
    assert bar.currentMessage() == "Tallennetaan kopiota…"
    qtbot.waitUntil(lambda: bar.currentMessage().startswith("Kopio tallennettu"), timeout=10000)
    summary = read_summary(target, full_check=True)
    assert summary.ok and summary.backup_of["path"] == str(demo_file.resolve())


def _other_association_copy(tmp_path: Path) -> Path:
    from kuhina_desktop.demo import build_demo

    other = build_demo(tmp_path / "toinen.kuhina")
    with other.data.write() as db:
        db.execute("UPDATE association SET name = 'Toinen yhdistys ry', business_id = '7654321-8'")
    other.close()
    return tmp_path / "toinen.kuhina"


@pytest.mark.parametrize("answer", [False, True])
def test_restoring_another_associations_copy_asks_first(qtbot, demo_services, tmp_path,
                                                       finnish, monkeypatch, answer) -> None:
    copy = _other_association_copy(tmp_path)
    dialog = RestoreDialog(demo_services.backups.list_backups(), demo_services.path)
    qtbot.addWidget(dialog)
    assert "toisen yhdistyksen" not in dialog.details.text()  # its own copies: no warning
    dialog.add_file(copy)
    assert "Toinen yhdistys ry (Y-tunnus 7654321-8)" in dialog.details.text()
    assert "toisen yhdistyksen" in dialog.details.text()
    asked: list[Path] = []
    monkeypatch.setattr(RestoreDialog, "confirm_other_association",
                        lambda self, path: asked.append(path) or answer)
    dialog.restore_button.click()
    assert asked == [copy]
    assert dialog.chosen == (copy if answer else None)
