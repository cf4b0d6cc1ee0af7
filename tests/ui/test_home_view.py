"""The home view: grouped due items, red overdue money, snooze, done and undo by keyboard."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from kuhina_desktop.domain.deadlines import DueKind
from kuhina_desktop.ui.main_window import MainWindow
from kuhina_desktop.ui.widgets import snooze_dialog
from tests.due_data import make_due_file


@pytest.fixture
def window(qtbot, tmp_path: Path, finnish):
    services = make_due_file(tmp_path / "due.kuhina")
    services.practice_date = date(2026, 7, 15)
    window = MainWindow(services, [])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.view("home").loaded)
    yield window
    window.close()


def rows(home) -> list[tuple[str, list[str]]]:
    result = []
    for i in range(home.tree.topLevelItemCount()):
        top = home.tree.topLevelItem(i)
        result.append((top.text(0), [top.child(j).text(2) for j in range(top.childCount())]))
    return result


def test_groups_and_overdue_money_in_red(window) -> None:
    home = window.view("home")
    groups = rows(home)
    assert [title.split(" (")[0] for title, _ in groups] == [
        "Myöhässä", "Tällä viikolla", "Seuraavat 30 päivää", "Myöhemmin"]
    overdue_title, overdue = groups[0]
    assert "Lähetä maksatushakemus 30.4.2026 päättyneeltä jaksolta" in overdue
    assert "Kirjaa palkkakuukausi 6/2026" in overdue
    assert "Harjoitustila: tilanne 15.7.2026" in home.as_of.text()
    header = home.tree.headerItem()
    assert [header.text(i) for i in range(4)] == ["Päivämäärä", "Henkilö", "Tehtävä", "Summa"]
    top = home.tree.topLevelItem(0)
    payment = next(top.child(i) for i in range(top.childCount())
                   if top.child(i).data(0, Qt.ItemDataRole.UserRole).kind
                   == DueKind.PAYMENT_APPLICATION)
    assert payment.foreground(2).color().name() == "#b00020"
    assert top.foreground(0).color().name() == "#b00020"


def test_the_list_is_read_off_the_gui_thread_and_kept_meanwhile(qtbot, window,
                                                                 monkeypatch) -> None:
    from kuhina_desktop.services.due_list import DueListReader

    home, on_gui_thread, real = window.view("home"), [], DueListReader.read

    def read(reader, today, with_marked):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(reader, today, with_marked)

    monkeypatch.setattr(DueListReader, "read", read)
    before = rows(home)
    home.show_marked.setChecked(True)
    assert not home.loaded and home.loading_label.isVisible()
    assert home.loading_label.text() == "Ladataan…" and rows(home) == before
    qtbot.waitUntil(lambda: home.loaded)
    assert on_gui_thread == [False] and not home.loading_label.isVisible()
    home.refresh()  # nothing changed since: nothing is read again
    assert home.loaded and on_gui_thread == [False]


def test_snooze_then_undo_with_ctrl_z(qtbot, window, monkeypatch) -> None:
    home = window.view("home")
    home.tree.setCurrentItem(home.tree.topLevelItem(0).child(0))
    key = home.selected_item().key
    monkeypatch.setattr(snooze_dialog.SnoozeDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    home.buttons["snooze"].click()
    assert key not in [i.key for i in window.services.due_list.items(date(2026, 7, 15))]
    qtbot.keyClick(home, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert key in [i.key for i in window.services.due_list.items(date(2026, 7, 15))]


def test_mark_done_with_a_note(qtbot, window, monkeypatch) -> None:
    home = window.view("home")
    home.tree.setCurrentItem(home.tree.topLevelItem(0).child(0))
    item = home.selected_item()
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Hoidettu puhelimessa", True)))
    home.buttons["done"].click()
    assert item.key not in [i.key for i in window.services.due_list.items(date(2026, 7, 15))]
    home.show_marked.setChecked(True)
    qtbot.waitUntil(lambda: home.loaded)
    assert rows(home)[-1][0].startswith("Siirretyt ja tehdyt (1)")


def test_open_goes_to_the_view_that_resolves_it(qtbot, window) -> None:
    home = window.view("home")
    home.tree.setFocus()
    for i in range(home.tree.topLevelItem(0).childCount()):
        child = home.tree.topLevelItem(0).child(i)
        if child.data(0, Qt.ItemDataRole.UserRole).kind == DueKind.WAGE_MONTH_MISSING:
            home.tree.setCurrentItem(child)
    qtbot.keyClick(home.tree, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.view("wages")


def test_practice_mode_from_settings_changes_nothing_in_the_file(qtbot, window) -> None:
    from kuhina_desktop.ui.widgets.fields import DateField

    before = window.services.data.query("SELECT count(*) AS n FROM audit_log")[0]["n"]
    settings = window.view("settings")
    window.show_view("settings")
    field = settings.findChild(DateField, "field_practice_date")
    field.setText("1.12.2026")
    settings.apply_practice_date()
    assert window.services.practice_date == date(2026, 12, 1)
    assert window.stack.currentWidget() is window.view("home")
    qtbot.waitUntil(lambda: "1.12.2026" in window.view("home").as_of.text())
    field.setText("31.2.2026")
    settings.apply_practice_date()
    assert "ei ole olemassa" in settings.practice_error.text()
    settings.clear_practice_date()
    assert window.services.practice_date is None
    assert window.services.data.query("SELECT count(*) AS n FROM audit_log")[0]["n"] == before


def test_closing_before_the_list_fills_is_quiet(qtbot, tmp_path: Path, finnish) -> None:
    services = make_due_file(tmp_path / "quick.kuhina")
    window = MainWindow(services, [])
    qtbot.addWidget(window)
    window.show()
    window.close()  # the deferred refresh now finds a closed file
    qtbot.wait(50)
    assert services.data.closed and not window.view("home").loaded


def test_the_star_beside_a_date_is_explained_without_a_tooltip(qtbot, window) -> None:
    """A keyboard user never sees tooltips: the note of the chosen row is written under the
    list, and a row without one says what the stars of the others mean."""
    home = window.view("home")
    children = [home.tree.topLevelItem(g).child(r)
                for g in range(home.tree.topLevelItemCount())
                for r in range(home.tree.topLevelItem(g).childCount())]
    starred = [c for c in children if c.text(0).endswith(" *")]
    plain = [c for c in children if not c.text(0).endswith(" *")]
    assert starred and plain, "the test file should have both kinds of date"
    home.tree.setCurrentItem(starred[0])
    assert home.day_note.isVisible()
    assert home.day_note.text() == "* " + starred[0].toolTip(0)
    assert "seuraava arkipäivä" in home.day_note.text()
    home.tree.setCurrentItem(plain[0])
    assert home.day_note.text().startswith("* Päivä on viikonloppu tai pyhäpäivä")
