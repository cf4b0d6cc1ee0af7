"""The decisions list: Finnish columns, search, status filter, sort, Ctrl+N and Enter."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kuhina_desktop.services.files import create_association_file
from kuhina_desktop.ui.dialogs.decision_dialog import DecisionDialog
from kuhina_desktop.ui.models.decisions_model import Column
from kuhina_desktop.ui.views.decisions import DecisionsView
from tests.services.decision_people import ASSOCIATION
from tests.ui.decision_fixtures import open_file

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def services(tmp_path: Path):
    opened = open_file(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def view(qtbot, services, finnish) -> DecisionsView:
    widget = DecisionsView(services)
    qtbot.addWidget(widget)
    widget.resize(1040, 640)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    qtbot.waitUntil(lambda: not widget.list.loading)  # the list is read on a worker
    widget.list.table.setFocus()
    return widget


@pytest.fixture
def opened_dialogs(monkeypatch) -> list[DecisionDialog]:
    """Dialogs the view would show, recorded instead of run modally."""
    seen: list[DecisionDialog] = []

    def fake_exec(dialog: DecisionDialog) -> int:
        seen.append(dialog)
        return 0

    monkeypatch.setattr(DecisionDialog, "exec", fake_exec)
    return seen


def _column(view: DecisionsView, column: Column) -> list[str]:
    proxy = view.list.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_list_shows_every_decision_in_finnish(view) -> None:
    assert view.tabText(0).replace("&", "") == "Päätökset"
    assert view.tabText(1).replace("&", "") == "Palkkatukilaskuri"
    assert len(_column(view, Column.EMPLOYEE)) == 12
    kinds = set(_column(view, Column.KIND))
    assert {"Palkkatuki 100 %", "Palkkatuki 50 %", "Palkkatuki 70 %", "Kuntalisä"} <= kinds
    statuses = _column(view, Column.STATUS)
    assert "Päättyy 3 päivän päästä" in statuses and "Päättynyt" in statuses
    assert "Alkamassa" in statuses
    assert set(_column(view, Column.PAYMENT_PERIOD)) == {"1 kk", "2 kk", "3 kk"}
    assert view.list.summary.text() == "12 päätöstä, 7 voimassa"
    metrics = view.list.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(text) for text in statuses)
    assert view.list.table.columnWidth(Column.STATUS) > widest  # not clipped


def test_search_and_status_filter(qtbot, view) -> None:
    search = view.list.search
    qtbot.keyClick(view.list, Qt.Key.Key_F, CTRL)
    assert search.hasFocus()
    qtbot.keyClicks(search, "keha")
    assert _column(view, Column.PAYER) == ["KEHA-keskus"]
    search.clear()
    view.list.status.setFocus()
    qtbot.keyClick(view.list.status, Qt.Key.Key_End)  # "Ended"
    assert set(_column(view, Column.STATUS)) == {"Päättynyt"}
    assert len(_column(view, Column.STATUS)) == 4


def test_sorting_by_a_column(qtbot, view) -> None:
    header = view.list.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(Column.CAP) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    caps = [view.list.proxy.index(r, Column.CAP).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(view.list.proxy.rowCount())]
    assert caps == sorted(caps) or caps == sorted(caps, reverse=True)
    assert caps[0] != caps[-1]


def test_enter_opens_the_selected_decision(qtbot, view, opened_dialogs) -> None:
    table = view.list.table
    table.selectRow(2)
    chosen = view.list.selected_id()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert [d.base.id for d in opened_dialogs] == [chosen]
    index = view.list.proxy.index(4, Column.PAYER)
    table.doubleClicked.emit(index)
    assert opened_dialogs[-1].base.id == view.list.proxy.index(4, 0).data(Qt.ItemDataRole.UserRole)


def test_ctrl_n_opens_an_empty_decision(qtbot, view, opened_dialogs) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    assert len(opened_dialogs) == 1 and opened_dialogs[0].base is None
    assert opened_dialogs[0].windowTitle() == "Uusi tukipäätös"


def test_delete_asks_and_removes(qtbot, view, services, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.list.table.selectRow(0)
    doomed = view.list.selected_id()
    qtbot.keyClick(view.list.table, Qt.Key.Key_Delete)
    assert doomed not in [r.record.id for r in services.decisions.rows()]
    qtbot.waitUntil(lambda: not view.list.loading)
    assert len(_column(view, Column.EMPLOYEE)) == 11


def test_the_list_is_read_off_the_gui_thread_then_the_saved_one_selected(
        qtbot, view, services, monkeypatch) -> None:
    from kuhina_desktop.services.decisions import DecisionsReader

    on_gui_thread, real = [], DecisionsReader.rows

    def rows(reader, today):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(reader, today)

    monkeypatch.setattr(DecisionsReader, "rows", rows)
    ids = [view.list.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)
           for r in range(view.list.proxy.rowCount())]
    services.decisions.delete(ids[0])  # a change made elsewhere
    view.list.reload(ids[5])  # as after a save
    assert view.list.loading and view.list.loading_label.text() == "Ladataan…"
    qtbot.waitUntil(lambda: not view.list.loading)
    assert on_gui_thread == [False] and view.list.selected_id() == ids[5]
    assert len(_column(view, Column.EMPLOYEE)) == 11
    view.list.reload(ids[3])  # nothing changed since: selected at once, nothing read
    assert not view.list.loading and view.list.selected_id() == ids[3]
    assert on_gui_thread == [False]


def test_without_employees_ctrl_n_says_what_to_do(qtbot, tmp_path, finnish, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: told.append(text))
    empty = create_association_file(tmp_path / "empty.kuhina", ASSOCIATION)
    try:
        view = DecisionsView(empty)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: not view.list.loading)
        view.list.new_decision()
        assert told and "Työntekijät" in told[0]
        assert view.list.summary.text() == "0 päätöstä, 0 voimassa"
    finally:
        empty.close()


def test_main_window_shows_the_decisions_view(main_window) -> None:
    main_window.show_view("decisions")
    assert isinstance(main_window.view("decisions"), DecisionsView)
