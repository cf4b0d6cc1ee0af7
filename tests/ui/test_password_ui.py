"""The password dialog when a protected file opens, and protection from Settings, by keyboard."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from kuhina_desktop.domain.employee_records import HealthInfo
from kuhina_desktop.storage import protection
from kuhina_desktop.storage.database import open_data_file
from kuhina_desktop.ui.dialogs.password_dialogs import PasswordChangeDialog, UnlockDialog
from kuhina_desktop.ui.widgets.protection_box import ProtectionBox
from tests.employee_factories import TODAY, new_file, person
from tests.ui.modal import key, on_next_modal, show_focused

PASSWORD = "Pihlaja-2026!"


def _protected(folder: Path) -> Path:
    services = new_file(folder)
    services.employees.set_health_handlers([services.employees._user()])
    new_id = services.employees.create(person(), today=TODAY)
    services.employees.update(services.employees.get(new_id).employee,
                              HealthInfo(partial_work_ability=True, details="Polvi"), TODAY)
    services.protection.enable(PASSWORD, PASSWORD)
    path = services.path
    services.close()
    return path


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_unlock_dialog_by_keyboard_wrong_then_right(qtbot, finnish, tmp_path: Path) -> None:
    path = _protected(tmp_path)
    before = _fingerprint(path)
    data = open_data_file(path)
    try:
        dialog = show_focused(qtbot, UnlockDialog(data))
        edit = dialog.findChild(QLineEdit, "field_password")
        assert QApplication.focusWidget() is edit
        assert edit.echoMode() == QLineEdit.EchoMode.Password
        assert dialog.windowTitle() == "Salasanalla suojattu tiedosto"
        qtbot.keyClicks(edit, "arvaus-123")
        key(qtbot, Qt.Key.Key_Return)
        message = dialog.findChild(type(dialog.errors.labels["password"]), "error_password")
        assert message.isVisible() and message.text().startswith("Salasana on väärä")
        assert dialog.isVisible() and protection.is_locked(data)
        assert _fingerprint(path) == before
        qtbot.keyClicks(edit, PASSWORD)  # the wrong text is selected: typing replaces it
        key(qtbot, Qt.Key.Key_Return)
        assert dialog.result() == UnlockDialog.DialogCode.Accepted
        assert not protection.is_locked(data)
    finally:
        data.close()


def test_unlock_dialog_show_toggle_and_esc_cancels(qtbot, finnish, tmp_path: Path) -> None:
    path = _protected(tmp_path)
    before = _fingerprint(path)
    data = open_data_file(path)
    try:
        dialog = show_focused(qtbot, UnlockDialog(data))
        edit = dialog.findChild(QLineEdit, "field_password")
        dialog.password.show_box.click()
        assert edit.echoMode() == QLineEdit.EchoMode.Normal
        assert dialog.password.show_box.text().replace("&", "") == "Näytä"
        qtbot.keyClicks(edit, "jotain")
        key(qtbot, Qt.Key.Key_Escape)
        assert dialog.result() == UnlockDialog.DialogCode.Rejected and not dialog.isVisible()
        assert protection.is_locked(data)
    finally:
        data.close()
    assert _fingerprint(path) == before


def test_enable_protection_from_settings_by_keyboard(qtbot, main_window, monkeypatch) -> None:
    main_window.show_view("settings")
    box = main_window.view("settings").findChild(ProtectionBox)
    main_window.view("settings").reveal(box)  # its tab: Tietosuoja ja salasana
    assert box.title() == "Salasanasuojaus" and box.enable_button.isVisible()
    questions: list[str] = []
    monkeypatch.setattr(box, "ask", lambda text: questions.append(text)
                        or QMessageBox.StandardButton.Yes)

    def fill(dialog: PasswordChangeDialog) -> None:
        assert QApplication.focusWidget().objectName() == "field_password"
        qtbot.keyClicks(QApplication.focusWidget(), "lyhyt")
        key(qtbot, Qt.Key.Key_Return)  # too short: refused, the dialog stays
        assert dialog.isVisible()
        assert dialog.errors.labels["password"].text().startswith("Salasana on liian lyhyt")
        edit = dialog.findChild(QLineEdit, "field_password")
        edit.selectAll()
        qtbot.keyClicks(edit, PASSWORD)
        assert dialog.hint.text().startswith("Vahvuus")
        key(qtbot, Qt.Key.Key_Tab)  # straight to the second field: one Show box, below both
        assert QApplication.focusWidget().objectName() == "field_password_repeat"
        qtbot.keyClicks(QApplication.focusWidget(), PASSWORD)
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    seen = on_next_modal(PasswordChangeDialog, fill)
    box.enable_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    services = main_window.services
    assert services.protection.is_protected() and not services.protection.is_locked()
    assert box.change_button.isVisible() and not box.enable_button.isVisible()
    assert questions and "varmuuskop" in questions[0]
    assert all(h.startswith("enc1:") for (h,) in services.data.query("SELECT hetu FROM employees"))


def test_opening_a_protected_file_asks_the_password_and_cancel_opens_nothing(
        qtbot, finnish, tmp_path: Path) -> None:
    from kuhina_desktop.prefs import Preferences
    from kuhina_desktop.ui.controller import AppController

    path = _protected(tmp_path)
    before = _fingerprint(path)
    controller = AppController(Preferences())
    seen = on_next_modal(UnlockDialog, lambda dialog: key(qtbot, Qt.Key.Key_Escape))
    assert controller.open_path(path) is False
    assert seen and controller.window is None
    assert _fingerprint(path) == before
    assert not path.with_name(path.name + ".lock").exists()  # the file was let go

    def right(dialog: UnlockDialog) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), PASSWORD)
        key(qtbot, Qt.Key.Key_Return)

    on_next_modal(UnlockDialog, right)
    try:
        assert controller.open_path(path) is True
        services = controller.window.services
        assert not services.protection.is_locked()
        first = services.employees.list_rows(TODAY)[0].id
        assert services.employees.reveal_hetu(first) == person().hetu
    finally:
        qtbot.wait(20)
        controller.window.close()
