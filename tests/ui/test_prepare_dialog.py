"""The payment application dialog fits a 1366×768 laptop: every row of the monthly table is
in view without scrolling, and the working time reads as elsewhere in the program."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget

from tests.due_data import make_due_file

TODAY = date(2026, 7, 15)


@pytest.fixture
def services(tmp_path: Path):
    services = make_due_file(tmp_path / "figures.kuhina")
    yield services
    services.close()


def test_every_row_of_the_monthly_table_is_in_view(qtbot, services, finnish) -> None:
    from kuhina_desktop.ui.dialogs.wages_prepare import PrepareDialog

    state = next(s for s in services.applications.periods(TODAY)
                 if s.period_start == date(2026, 3, 1))
    dialog = PrepareDialog(services, state, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 700  # room for the title bar and the taskbar on 768 pixels
    table = dialog.findChild(QTableWidget, "breakdown")
    assert table.rowCount() >= 16
    assert table.verticalScrollBar().maximum() == 0, "the table needs scrolling"


@pytest.mark.parametrize(("fraction", "shown"), [
    ("0.8", "80\u00a0%"), ("0.65", "65\u00a0%"), ("1", "100\u00a0%"),
    ("0.64666667", "64,67\u00a0%"), ("0.650000001", "65\u00a0%"), (None, "")])
def test_working_time_reads_the_same_everywhere(fraction, shown) -> None:
    from decimal import Decimal

    from kuhina_desktop.ui import format as fmt

    assert fmt.working_time(None if fraction is None else Decimal(fraction)) == shown
