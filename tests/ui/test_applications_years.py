"""The payment-application list of a ten-year file: read in the background, this and last
year with everything open by default, any single year or all years on request."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from benchmarks.generate import generate
from kuhina_desktop.domain.applications import ListScope
from kuhina_desktop.services import Services
from kuhina_desktop.storage.database import open_data_file
from kuhina_desktop.ui.views.wages import WagesView

TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def path(tmp_path_factory) -> Path:
    return generate(50, tmp_path_factory.mktemp("years") / "g50.kuhina", TODAY)


@pytest.fixture
def page(qtbot, path, finnish):
    services = Services(open_data_file(path))
    view = WagesView(services, None, TODAY)
    qtbot.addWidget(view)
    view.resize(1126, 680)
    view.show()
    view.tabs.setCurrentIndex(2)
    page = view.applications
    qtbot.waitUntil(lambda: not page.loading)
    yield page
    view.close()
    services.close()


def _keys(states) -> list[tuple[int, date]]:
    return sorted((s.decision_id, s.period_start) for s in states)


def test_the_default_is_this_and_last_year_and_everything_open(page) -> None:
    assert page.years.currentText() == "Tämä ja viime vuosi sekä kaikki avoimet"
    expected = page.services.applications.periods(TODAY, ListScope.recent(TODAY))
    assert _keys(page.model.rows()) == _keys(expected)


def test_a_year_chosen_by_keyboard_lists_that_years_periods(qtbot, page) -> None:
    page.years.setFocus()
    while page.years.currentData() != 2018:
        qtbot.keyClick(page.years, Qt.Key.Key_Down)
    assert page.loading
    qtbot.waitUntil(lambda: not page.loading)
    rows = page.model.rows()
    assert rows and {s.period_end.year for s in rows} == {2018}
    assert _keys(rows) == _keys(page.services.applications.periods(TODAY, ListScope.year(2018)))
    qtbot.keyClick(page.years, Qt.Key.Key_End)
    assert page.years.currentText() == "Kaikki vuodet"
    qtbot.waitUntil(lambda: not page.loading)
    assert len(page.model.rows()) == len(page.services.applications.periods(TODAY))


def test_asking_again_for_what_is_shown_reads_nothing(qtbot, page) -> None:
    page.refresh()
    assert not page.loading
    page.filter.setCurrentIndex(page.filter.findData("closed"))
    assert not page.loading  # the status filter works on the rows already read
    assert {s.status for s in page.model.rows()} <= {"paid", "rejected"}


def test_the_gui_thread_keeps_beating_while_every_year_is_read(qtbot, page) -> None:
    beats: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: beats.append(1))
    timer.start()
    page.years.setCurrentIndex(page.years.findData("all"))
    assert page.loading and page.loading_label.text() == "Ladataan…"
    qtbot.waitUntil(lambda: not page.loading)
    timer.stop()
    assert beats, "the timer never fired while the list was read"
    assert len(page.model.rows()) > 400
