"""Create, edit and archive an employee with the keyboard only; Esc asks only when needed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.employee_dialog import EmployeeDialog
from kuhina_desktop.ui.dialogs.employee_small_dialogs import DateQuestion
from kuhina_desktop.ui.dialogs.form_dialog import FormDialog
from kuhina_desktop.ui.models.employees import Column
from tests.ui.keyboard import type_text
from tests.ui.modal import key, on_next_modal, show_focused, tab_to

CTRL = Qt.KeyboardModifier.ControlModifier
NEW_CODE = make_test_hetu(date(1990, 1, 1), 912, "Y")


@pytest.fixture
def view(qtbot, main_window):
    main_window.show_view("employees")
    view = main_window.view("employees")
    qtbot.waitUntil(lambda: not view.loading)  # the list is read on a worker
    # Shortcuts such as Ctrl+N work in the active window only; the first window of a test
    # run may become active a moment after it is shown.
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    view.table.setFocus()
    return view


@pytest.fixture(autouse=True)
def discard_on_teardown(monkeypatch):
    """A dialog left dirty by a test is closed without a (blocking) question."""
    monkeypatch.setattr(FormDialog, "ask_discard",
                        lambda self: QMessageBox.StandardButton.Discard)


@pytest.fixture
def no_questions(monkeypatch):
    def fail(self):
        raise AssertionError("asked about unsaved changes although nothing was unsaved")

    monkeypatch.setattr(FormDialog, "ask_discard", fail)


def names_in_list(view) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def _create(qtbot, dialog: EmployeeDialog) -> None:
    assert QApplication.focusWidget().objectName() == "field_first_name"
    type_text(qtbot, QApplication.focusWidget(), "Testi")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "Äijälä")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), NEW_CODE)
    assert dialog.hetu.birth_label.text() == "Syntynyt 1.1.1990"
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert dialog.status.text() == "Tallennettu."
    assert dialog.hetu.edit.text() == "010190-****"  # masked again once saved
    key(qtbot, Qt.Key.Key_Escape)


def _edit(qtbot, dialog: EmployeeDialog) -> None:
    tab_to(qtbot, "field_city")
    type_text(qtbot, QApplication.focusWidget(), "Joensuu")
    key(qtbot, Qt.Key.Key_S, CTRL)
    key(qtbot, Qt.Key.Key_Escape)


def _archive(qtbot, dialog: EmployeeDialog) -> None:
    question = on_next_modal(DateQuestion, lambda q: key(qtbot, Qt.Key.Key_Return))
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "&Arkistoi…"
    # A mnemonic "animates" the click first, so the question opens a moment later.
    qtbot.waitUntil(lambda: bool(question) and dialog.archived_label.isVisibleTo(dialog))
    assert question[0].day.text() == fmt.day(date.today())  # no contracts: today
    key(qtbot, Qt.Key.Key_Escape)


def test_create_edit_and_archive_with_the_keyboard(qtbot, view, no_questions) -> None:
    services = view.services
    created = on_next_modal(EmployeeDialog, lambda d: _create(qtbot, d))
    qtbot.keyClick(view.table, Qt.Key.Key_N, CTRL)
    assert created and not created[0].isVisible()
    qtbot.waitUntil(lambda: not view.loading)  # read again after the save
    assert "Äijälä Testi" in names_in_list(view)
    new_id = view.current_id()
    assert services.employees.reveal_hetu(new_id) == NEW_CODE

    edited = on_next_modal(EmployeeDialog, lambda d: _edit(qtbot, d))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter opens the selected person
    assert edited and edited[0].employee_id == new_id
    assert services.employees.get(new_id).employee.city == "Joensuu"

    archived = on_next_modal(EmployeeDialog, lambda d: _archive(qtbot, d))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert archived
    assert services.employees.get(new_id).employee.archived_on == date.today()
    qtbot.waitUntil(lambda: not view.loading)
    assert "Äijälä Testi" not in names_in_list(view)  # "Current" hides the archive…
    view.status_filter.setCurrentIndex(1)
    assert "Äijälä Testi" in names_in_list(view)  # …where the person is kept
    actions = [r["action"] for r in services.data.query(
        "SELECT action FROM audit_log WHERE table_name = 'employees' AND row_id = ?",
        (new_id,))]
    assert actions == ["insert", "reveal_hetu", "update", "archive"]


def test_escape_asks_only_when_something_changed(qtbot, view, monkeypatch) -> None:
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(FormDialog, "ask_discard", lambda self: asked.append("?") or answer)
    dialog = show_focused(qtbot, EmployeeDialog(view.services, view.current_id(), view))
    key(qtbot, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()

    dialog = show_focused(qtbot, EmployeeDialog(view.services, view.current_id(), view))
    before = view.services.employees.get(dialog.employee_id).employee
    type_text(qtbot, QApplication.focusWidget(), "x")
    key(qtbot, Qt.Key.Key_Escape)
    assert asked == ["?"] and dialog.isVisible()  # Cancel: keep editing
    answer = QMessageBox.StandardButton.Discard
    key(qtbot, Qt.Key.Key_Escape)
    assert asked == ["?", "?"] and not dialog.isVisible()
    assert view.services.employees.get(dialog.employee_id).employee == before


def test_a_bad_code_is_shown_under_its_field_and_nothing_is_saved(qtbot, view) -> None:
    services = view.services
    count = len(services.employees.list_rows())
    dialog = show_focused(qtbot, EmployeeDialog(services, None, view))
    type_text(qtbot, QApplication.focusWidget(), "Testi")
    tab_to(qtbot, "field_hetu")
    type_text(qtbot, QApplication.focusWidget(), "310290-912Y")  # 31.2. does not exist
    key(qtbot, Qt.Key.Key_S, CTRL)
    errors = {name: label.text() for name, label in dialog.errors.labels.items()
              if not label.isHidden()}
    assert set(errors) == {"last_name", "hetu"}
    assert "Sukunimi" in errors["last_name"]
    assert "Henkilötunnus" in errors["hetu"] and "31.2." in errors["hetu"]
    assert dialog.employee_id is None
    assert len(services.employees.list_rows()) == count
