"""The employees list hands rows to the table in batches: fetched or not, every row is
searched, filtered and sorted, and scrolling down brings in the rest."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from kuhina_desktop.domain.employee_records import EmployeeListRow
from kuhina_desktop.ui.models.employees import (
    BATCH,
    ID_ROLE,
    Column,
    EmployeesModel,
    EmployeesProxy,
    StatusFilter,
)

PEOPLE = 3 * BATCH + 137  # three full batches and a part


@pytest.fixture
def model(qapp) -> EmployeesModel:
    """People 0…PEOPLE-1 named in order (Etu0000, Etu0001…); every 7th one archived."""
    rows = [EmployeeListRow(id=i, first_name=f"Etu{i:04d}", last_name="Virtanen",
                            birth_digits="010190", job_title="Kahvila" if i % 2 else "Varasto",
                            archived_on=date(2026, 1, 1) if i % 7 == 0 else None)
            for i in range(PEOPLE)]
    rows[PEOPLE - 3] = EmployeeListRow(id=PEOPLE - 3, first_name="Łukasz", last_name="Äijälä",
                                       birth_digits="020288", job_title="Kiinteistönhoitaja")
    model = EmployeesModel()
    model.set_rows(rows)
    model.sort(Column.NAME)
    return model


def ids_shown(model) -> list[int]:
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def test_only_a_batch_is_handed_out_at_first(model) -> None:
    current = PEOPLE - len(range(0, PEOPLE, 7))
    assert model.rowCount() == BATCH < model.passing == current
    assert model.canFetchMore(QModelIndex())
    assert model.index(BATCH, 0).data() is None  # not fetched: nothing to show yet


def test_scrolling_to_the_end_loads_everyone(qtbot, model) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(EmployeesProxy(model))
    table.resize(800, 400)
    table.show()
    qtbot.waitExposed(table)

    def scrolled_to_the_end() -> bool:
        table.scrollToBottom()
        return not model.canFetchMore(QModelIndex())

    qtbot.waitUntil(scrolled_to_the_end, timeout=5000)
    assert model.rowCount() == model.passing
    ids = ids_shown(model)
    assert len(ids) == len(set(ids)) == model.passing  # each person once, none missing
    assert all(i % 7 for i in ids)  # archived people stay hidden


def test_search_finds_a_person_not_yet_fetched(model) -> None:
    assert PEOPLE - 3 not in ids_shown(model)  # Äijälä sorts after every Virtanen
    model.set_search("lukasz aijala")
    assert ids_shown(model) == [PEOPLE - 3]
    assert model.index(0, Column.NAME).data() == "Äijälä Łukasz"
    model.set_search("")
    assert model.rowCount() == BATCH and model.passing > BATCH


def test_choice_filters_cover_rows_not_yet_fetched(model) -> None:
    model.set_choices(status=StatusFilter.ENDED)
    assert set(ids_shown(model)) == set(range(0, PEOPLE, 7)) - {PEOPLE - 3}
    model.set_choices(status=StatusFilter.ALL)
    assert model.passing == PEOPLE


def test_sort_orders_every_row_not_only_the_fetched_ones(model) -> None:
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    first = ids_shown(model)[:2]
    assert first[0] == PEOPLE - 3  # was in the last, unfetched batch
    assert model.index(1, Column.NAME).data() == f"Virtanen Etu{PEOPLE - 1:04d}"
    assert first[1] == PEOPLE - 1
    model.sort(Column.JOB_TITLE, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, Column.JOB_TITLE).data() for r in range(model.rowCount())]
    assert titles[:2] == ["Kahvila", "Kahvila"] and "Kiinteistönhoitaja" not in titles


def test_the_selected_person_stays_selected_when_sorting_moves_them_far(qtbot, model) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    proxy = EmployeesProxy(model)
    table.setModel(proxy)
    table.setCurrentIndex(proxy.index(0, 0))
    chosen = proxy.employee_id(table.currentIndex())
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)  # the first is now near the end
    assert proxy.employee_id(table.currentIndex()) == chosen
    assert table.currentIndex().row() >= BATCH  # fetched up to them
    row = model.row_of(PEOPLE - 3)
    assert row is not None and model.index(row, 0).data(ID_ROLE) == PEOPLE - 3
