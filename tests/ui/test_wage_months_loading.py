"""The wage months page on a bigger file: the month is read once on first show, its rows and
the missing months under the grid come from worker threads (the tooltip bounded), and a save
reads the rows saved again instead of everything."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kuhina_desktop.domain.wages import FlagKind
from kuhina_desktop.services import Services
from kuhina_desktop.services.wages import MonthReader
from kuhina_desktop.storage.database import open_data_file
from kuhina_desktop.ui.models.wage_grid import COLUMNS
from kuhina_desktop.ui.views.wage_months import TOOLTIP_FLAGS
from kuhina_desktop.ui.views.wages import WagesView
from tests.wage_flag_file import flagged_file

TODAY = date(2026, 11, 30)


@pytest.fixture
def services(tmp_path: Path):
    opened = Services(open_data_file(flagged_file(tmp_path / "g50.kuhina", TODAY)))
    yield opened
    opened.close()


@pytest.fixture
def counted(services, monkeypatch) -> list[date]:
    """The months the grid read, in order: whole months on a worker, saved rows in place."""
    months: list = []
    grid, read = services.wages.grid, MonthReader.grid

    def counting(month, today=None, employee_ids=None):
        months.append(month if employee_ids is None else (month, sorted(employee_ids)))
        return grid(month, today, employee_ids)

    def reading(reader, month, today):
        months.append(month)
        return read(reader, month, today)

    monkeypatch.setattr(services.wages, "grid", counting)
    monkeypatch.setattr(MonthReader, "grid", reading)
    return months


def _shown_view(qtbot, services) -> WagesView:
    view = WagesView(services, None, TODAY)
    qtbot.addWidget(view)
    view.resize(1126, 680)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_first_show_reads_the_month_once_and_the_flags_in_the_background(
        qtbot, services, counted, finnish) -> None:
    view = _shown_view(qtbot, services)
    page = view.months
    assert page.loading and page.flags_loading.isVisible() and page.rows_loading.isVisible()
    assert page.rows_loading.text() == "Luetaan kuukautta…"
    assert page.model.rowCount() == 0  # nothing to type in before the month's rows come
    qtbot.waitUntil(lambda: not page.loading)
    assert counted == [date(2026, 10, 1)]
    assert not page.flags_loading.isVisible() and not page.rows_loading.isVisible()
    flags = services.wages.flags(TODAY)
    missing = [f for f in flags if f.kind == FlagKind.MISSING]
    names = services.wages.employee_names()
    first = missing[0]
    assert page.flags_label.text().startswith(
        f"Puuttuu tukipäätöksen ajalta: {names[first.employee_id]} {first.month.month}/")
    assert f"ja {len(missing) - 6} muuta" in page.flags_label.text()
    lines = page.flags_label.toolTip().split("\n")
    assert len(lines) == TOOLTIP_FLAGS + 1
    assert lines[-1] == f"…ja {len(flags) - TOOLTIP_FLAGS} muuta"
    # Showing the view again with nothing saved meanwhile reads nothing again.
    view.hide()
    view.show()
    assert counted == [date(2026, 10, 1)] and not page.loading


def test_the_month_asked_for_last_is_shown_at_the_employee_asked_for(
        qtbot, services, finnish) -> None:
    view = _shown_view(qtbot, services)
    page = view.months
    qtbot.waitUntil(lambda: not page.loading)
    month, employee_id = _missing_and_open(services)
    page.show_month(date(2022, 5, 1))
    page.show_month(month, employee_id)  # before May's rows have come
    assert page.model.month == month and page.model.rowCount() == 0
    assert page.month_combo.currentData() == month.isoformat()
    changes = services.data.changes_since_open
    assert page.save() and page.state_label.text() == ""  # Ctrl+S meanwhile: nothing to do
    assert services.data.changes_since_open == changes
    qtbot.waitUntil(lambda: not page.loading)
    assert page.model.month == month and page.model.rowCount() > 1
    assert page.month_combo.currentData() == month.isoformat()
    current = page.table.currentIndex()
    assert page.model.line(current.row()).row.employee.id == employee_id
    assert current.column() == COLUMNS.index("gross_pay")


def test_after_a_failed_read_the_month_shown_before_is_read_again(
        qtbot, services, finnish, monkeypatch) -> None:
    from kuhina_desktop.ui.views import list_loading

    errors, real = [], MonthReader.grid
    monkeypatch.setattr(list_loading, "show_error", lambda parent, error: errors.append(error))
    view = _shown_view(qtbot, services)
    page = view.months
    qtbot.waitUntil(lambda: not page.loading)
    shown_month = page.model.month
    page.show_month(date(2022, 6, 1))
    qtbot.waitUntil(lambda: not page.loading)
    rows = page.model.rowCount()
    assert rows > 1

    def locked(reader, month, today):
        if month == date(2022, 5, 1):
            raise OSError("database is locked")
        return real(reader, month, today)

    monkeypatch.setattr(MonthReader, "grid", locked)
    page.show_month(date(2022, 5, 1))
    qtbot.waitUntil(lambda: not page.loading)
    assert errors and page.model.rowCount() == 0
    page.show_month(date(2022, 6, 1))  # back to the month read before the failure
    qtbot.waitUntil(lambda: not page.loading)
    assert page.model.month == date(2022, 6, 1) and page.model.rowCount() == rows
    assert shown_month != date(2022, 6, 1)


def test_an_employee_asked_for_in_one_month_is_not_chosen_in_another(
        qtbot, services, finnish) -> None:
    view = _shown_view(qtbot, services)
    page = view.months
    qtbot.waitUntil(lambda: not page.loading)
    last = services.wages.grid(date(2022, 5, 1), TODAY)[-1].employee.id
    page.show_month(date(2022, 6, 1), last)
    page.show_month(date(2022, 5, 1))  # chosen before June's rows came
    qtbot.waitUntil(lambda: not page.loading)
    assert page.model.month == date(2022, 5, 1) and page.table.currentIndex().row() == 0
    assert page.model.line(0).row.employee.id != last


def _missing_and_open(services) -> tuple[date, int]:
    """A row of June 2022 (left out for everyone, its applications drafts) to type in."""
    month = date(2022, 6, 1)
    row = next(r for r in services.wages.grid(month, TODAY)
               if r.flag == FlagKind.MISSING and not r.locked_by)
    return month, row.employee.id


def test_a_save_reads_the_saved_rows_and_the_flags_again(
        qtbot, services, counted, finnish, monkeypatch) -> None:
    refused = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: refused.append(args[2]))
    view = _shown_view(qtbot, services)
    page = view.months
    qtbot.waitUntil(lambda: not page.loading)
    before = page.flags_label.text()
    month, employee_id = _missing_and_open(services)
    page.show_month(month, employee_id)
    qtbot.waitUntil(lambda: not page.loading)
    row = page.table.currentIndex().row()
    assert page.model.line(row).row.flag == FlagKind.MISSING
    page.model.setData(page.model.index(row, COLUMNS.index("gross_pay")), "1495")
    # The file has no rate table for 2022: the actual contributions are typed.
    page.model.setData(page.model.index(row, COLUMNS.index("employer_contributions")), "300")
    del counted[:]
    assert page.save(), refused
    assert counted == [(month, [employee_id])]  # the saved row only, not the whole month
    assert not page.model.dirty
    page.refresh()  # as the view does after a save: nothing left to read
    assert counted == [(month, [employee_id])]
    assert services.wages.month(employee_id, month).gross_pay == 149_500
    assert page.model.line(row).row.flag is None
    assert page.model.data(page.model.index(row, COLUMNS.index("status")),
                           Qt.ItemDataRole.DisplayRole) == ""
    qtbot.waitUntil(lambda: not page.loading)
    assert page.flags_label.text() != before  # one missing month fewer
