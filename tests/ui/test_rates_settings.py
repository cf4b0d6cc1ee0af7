"""Settings → Rates: edit a rate with the keyboard, refuse a typo, copy and confirm a year."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from kuhina_desktop.domain.subsidy import Kind
from kuhina_desktop.services.files import create_association_file
from kuhina_desktop.ui.widgets.rates_settings import RatesSettings
from tests.services.decision_people import ASSOCIATION

TYEL = 2  # column of the TyEL employer rate


@pytest.fixture
def services(tmp_path: Path):
    opened = create_association_file(tmp_path / "r.kuhina", ASSOCIATION)
    yield opened
    opened.close()


@pytest.fixture
def rates(qtbot, services, finnish) -> RatesSettings:
    widget = RatesSettings(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _edit(qtbot, table, row: int, column: int, text: str) -> None:
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the edit key opens the cell's editor
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None, "F2 did not open an editor"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the edit through a queued call: let the event loop run it.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _row_of_year(widget: RatesSettings, year: int) -> int:
    table = widget.contributions
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == str(year))


def test_shows_the_seeded_tables_in_finnish(rates) -> None:
    row = _row_of_year(rates, 2026)
    cells = [rates.contributions.item(row, c).text() for c in range(7)]
    assert cells == ["2026", "1,91", "17,10", "0,31", "0,52", "0,053", "Vahvistettu"]
    kinds = [rates.supports.item(r, 0).text() for r in range(rates.supports.rowCount())]
    assert "Palkkatuki 100 % (yhdistys)" in kinds
    row100 = kinds.index("Palkkatuki 100 % (yhdistys)")
    assert [rates.supports.item(row100, c).text() for c in range(1, 8)] == [
        "1.7.2023", "100", "2\u00a0020,00", "65", "", "10", "1,23"]


def test_edit_a_rate_and_save(qtbot, rates, services) -> None:
    row = _row_of_year(rates, 2026)
    _edit(qtbot, rates.contributions, row, TYEL, "17,35")
    rates.save_button.click()
    assert services.rates.tables().contribution_rates_for(2026).tyel_employer == Decimal("0.1735")
    assert rates.message.text() == "Maksut tallennettu."
    audit = services.data.query("SELECT table_name FROM audit_log ORDER BY id DESC LIMIT 1")
    assert audit[0]["table_name"] == "rates"


def test_a_typo_names_the_cell_and_changes_nothing(qtbot, rates, services) -> None:
    before = services.rates.tables()
    row = _row_of_year(rates, 2025)
    _edit(qtbot, rates.contributions, row, TYEL, "17,3,8")
    rates.save_button.click()
    assert services.rates.tables() == before
    assert "Rivi 1" in rates.message.text() and "TyEL-maksu, työnantaja %" in rates.message.text()
    assert rates.contributions.currentRow() == row and rates.contributions.currentColumn() == TYEL


def test_copy_the_previous_year_and_confirm_it(qtbot, rates, services) -> None:
    rates.copy_button.click()
    row = _row_of_year(rates, 2027)
    assert rates.contributions.item(row, 6).text() == "Vahvistamatta"
    assert 2027 not in services.rates.confirmed_years()
    assert "2026" in rates.message.text() and "2027" in rates.message.text()
    rates.contributions.setCurrentCell(row, TYEL)
    rates.confirm_button.click()
    assert 2027 in services.rates.confirmed_years()
    assert rates.contributions.item(_row_of_year(rates, 2027), 6).text() == "Vahvistettu"


def test_a_new_validity_date_for_a_cap(qtbot, rates, services) -> None:
    table = rates.supports
    row100 = next(r for r in range(table.rowCount())
                  if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "palkkatuki_100")
    table.setCurrentCell(row100, 0)
    rates.add_button.click()
    rates.save_button.click()
    assert "Voimassa alkaen" in rates.message.text()  # the new row needs its date
    _edit(qtbot, table, row100 + 1, 1, "1.1.2027")
    _edit(qtbot, table, row100 + 1, 3, "2100")
    rates.save_button.click()
    tables = services.rates.tables()
    assert tables.support_parameters_for(Kind.PALKKATUKI_100, date(2027, 1, 1)).monthly_cap_cents == 210000
    assert tables.support_parameters_for(Kind.PALKKATUKI_100, date(2026, 12, 31)).monthly_cap_cents == 202000


def test_settings_view_has_the_rates(main_window) -> None:
    main_window.show_view("settings")
    assert main_window.view("settings").findChild(RatesSettings) is not None
