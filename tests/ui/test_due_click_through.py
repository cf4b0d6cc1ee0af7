"""From an overdue item on the home view to the form that resolves it; then it is gone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from kuhina_desktop.domain.deadlines import DueKind
from kuhina_desktop.ui.dialogs import wages_prepare
from kuhina_desktop.ui.main_window import MainWindow
from tests.due_data import make_due_file


def test_overdue_application_sent_from_its_form_leaves_the_list(qtbot, tmp_path: Path,
                                                                monkeypatch, finnish) -> None:
    services = make_due_file(tmp_path / "due.kuhina")
    services.practice_date = date(2026, 7, 15)
    window = MainWindow(services, [])
    qtbot.addWidget(window)
    window.show()
    home = window.view("home")
    qtbot.waitUntil(lambda: home.loaded)
    overdue = home.tree.topLevelItem(0)
    row = next(overdue.child(i) for i in range(overdue.childCount())
               if overdue.child(i).data(0, Qt.ItemDataRole.UserRole).kind
               == DueKind.PAYMENT_APPLICATION)
    key = row.data(0, Qt.ItemDataRole.UserRole).key
    opened: list[str] = []

    def send_and_close(dialog: QDialog) -> int:
        opened.append(dialog.windowTitle())
        dialog.findChild(QPushButton, "mark_sent").click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(wages_prepare.PrepareDialog, "exec", send_and_close)
    home.tree.setFocus()
    home.tree.setCurrentItem(row)
    qtbot.keyClick(home.tree, Qt.Key.Key_Return)
    assert opened, "the application's form did not open"
    assert window.stack.currentWidget() is window.view("wages")
    window.show_view("home")
    qtbot.waitUntil(lambda: home.loaded)
    keys = [home.tree.topLevelItem(g).child(i).data(0, Qt.ItemDataRole.UserRole).key
            for g in range(home.tree.topLevelItemCount())
            for i in range(home.tree.topLevelItem(g).childCount())]
    assert key not in keys
    status = services.data.query("SELECT status FROM applications WHERE period_start = "
                                 "'2026-03-01'")[0]["status"]
    assert status == "sent"
    window.close()
