"""Turning protection on and off from Settings works off the GUI thread: the dialog shows it is
busy, ignores Esc meanwhile, and the open file has the key when it is done."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from kuhina_desktop.storage import protection
from kuhina_desktop.ui.dialogs.password_dialogs import PasswordChangeDialog
from tests.employee_factories import TODAY, new_file, person
from tests.ui.modal import key, show_focused

PASSWORD = "Kataja-2026!"


def _slow_rewrite(monkeypatch, threads: list[str], release: threading.Event) -> None:
    """Record which thread rewrites the values and hold it until the test lets it go."""
    real = protection.rewrite_all

    def rewrite(db, old, new):
        threads.append(threading.current_thread().name)
        release.wait(10)
        return real(db, old, new)

    monkeypatch.setattr(protection, "rewrite_all", rewrite)


def _type(qtbot, dialog, field: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, f"field_{field}")
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_enable_runs_in_the_background_with_a_busy_dialog(qtbot, finnish, tmp_path,
                                                          monkeypatch) -> None:
    services = new_file(tmp_path)
    employee_id = services.employees.create(person(940), today=TODAY)
    threads: list[str] = []
    release = threading.Event()
    _slow_rewrite(monkeypatch, threads, release)
    try:
        dialog = show_focused(qtbot, PasswordChangeDialog(services, "enable"))
        _type(qtbot, dialog, "password", PASSWORD)
        _type(qtbot, dialog, "password_repeat", PASSWORD)
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(threads))
        assert threads[0] != threading.main_thread().name
        assert dialog.working.isVisible() and dialog.working.text() == "Salataan…"
        assert not dialog.buttons.isEnabled() and not dialog.edits["password"].isEnabled()
        assert QApplication.overrideCursor().shape() == Qt.CursorShape.BusyCursor
        key(qtbot, Qt.Key.Key_Escape)  # ignored while the file is being rewritten
        assert dialog.isVisible() and services.data.cipher is None
        release.set()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
        assert dialog.result() == PasswordChangeDialog.DialogCode.Accepted
        assert services.data.cipher is not None and dialog.result_info.people == 1
        assert QApplication.overrideCursor() is None
        stored = services.data.query("SELECT hetu FROM employees")[0]["hetu"]
        assert stored.startswith("enc1:")
        assert services.employees.reveal_hetu(employee_id) == person(940).hetu
    finally:
        release.set()
        services.close()


def test_wrong_password_when_removing_is_shown_under_the_field(qtbot, finnish,
                                                               tmp_path) -> None:
    services = new_file(tmp_path)
    services.employees.create(person(941), today=TODAY)
    services.protection.enable(PASSWORD, PASSWORD)
    try:
        dialog = show_focused(qtbot, PasswordChangeDialog(services, "disable"))
        _type(qtbot, dialog, "old_password", "vaara-salasana")
        key(qtbot, Qt.Key.Key_Return)
        assert dialog.working.text() == "Puretaan salausta…"
        message = dialog.errors.labels["old_password"]
        qtbot.waitUntil(lambda: message.isVisible(), timeout=20_000)
        assert message.text().startswith("Salasana on väärä")
        assert dialog.isVisible() and dialog.buttons.isEnabled() and not dialog.working.isVisible()
        assert services.protection.is_protected()
        edit = dialog.findChild(QLineEdit, "field_old_password")
        edit.selectAll()
        qtbot.keyClicks(edit, PASSWORD)
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
        assert not services.protection.is_protected() and services.data.cipher is None
    finally:
        services.close()
