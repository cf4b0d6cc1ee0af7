"""The wage-subsidy calculator typed into with the keyboard: the worked examples of DOMAIN.md."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kuhina_desktop.ui.views.calculator import CalculatorView
from tests.ui.decision_fixtures import open_file

NBSP = "\u00a0"


@pytest.fixture
def calculator(qtbot, tmp_path: Path, finnish):
    services = open_file(tmp_path, with_decisions=False)  # today is in 2026
    view = CalculatorView(services)
    qtbot.addWidget(view)
    view.show()
    yield view
    services.close()


def _retype(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def _euros(label) -> str:
    return label.text().replace(NBSP, " ")


def test_palkkatuki_100_worked_example(qtbot, calculator) -> None:
    assert calculator.kind.currentText() == "Palkkatuki 100 % (yhdistys)"
    assert calculator.full_time.text() == "37,5"
    _retype(qtbot, calculator.weekly, "24,375")
    assert calculator.message.text() == "Anna työtunnit ja bruttopalkka."
    _retype(qtbot, calculator.pay["gross_pay"], "1495")
    assert _euros(calculator.support) == "1 792,39 €"
    assert _euros(calculator.wage_costs) == "1 792,39 €"
    assert _euros(calculator.own_cost) == "0,00 €"
    lines = {name: _euros(amount) for name, (_, amount) in calculator.line_labels.items()}
    assert lines == {"health_insurance": "28,55 €", "tyel_employer": "255,65 €",
                     "unemployment": "4,63 €", "accident": "7,77 €", "group_life": "0,79 €"}
    assert calculator.line_labels["tyel_employer"][0].text() == f"TyEL-maksu, työnantaja 17,1{NBSP}%"
    assert "Vuoden 2026 maksut" in calculator.basis.text()


def test_hours_above_the_cap_leave_an_own_cost(qtbot, calculator) -> None:
    _retype(qtbot, calculator.weekly, "30")
    _retype(qtbot, calculator.pay["gross_pay"], "1840")
    assert _euros(calculator.wage_costs) == "2 206,03 €"
    assert _euros(calculator.support) == "1 792,40 €"
    assert _euros(calculator.own_cost) == "413,63 €"
    assert "työaikarajan" in calculator.message.text()


def test_50_percent_is_capped_and_extras_count_only_where_eligible(qtbot, calculator) -> None:
    calculator.kind.setFocus()
    qtbot.keyClick(calculator.kind, Qt.Key.Key_Down)
    assert calculator.kind.currentText() == "Palkkatuki 50 %"
    assert calculator.percent.text() == "50" and calculator.cap.text() == f"1{NBSP}260,00"
    _retype(qtbot, calculator.weekly, "37,5")
    _retype(qtbot, calculator.pay["gross_pay"], "2800")
    assert _euros(calculator.support) == "1 260,00 €"
    assert "enimmäismäärä" in calculator.message.text()
    _retype(qtbot, calculator.pay["gross_pay"], "2000")
    _retype(qtbot, calculator.pay["supplements"], "300")
    assert _euros(calculator.eligible) == "2 000,00 €" and _euros(calculator.support) == "1 000,00 €"


def test_a_municipal_supplement_needs_its_percent_and_cap(qtbot, calculator) -> None:
    calculator.kind.setCurrentIndex(calculator.kind.findData("kuntalisa"))
    _retype(qtbot, calculator.weekly, "30")
    _retype(qtbot, calculator.pay["gross_pay"], "1800")
    assert calculator.percent.text() == "" and _euros(calculator.support) == "–"
    assert "Tukiprosentti" in calculator.message.text()
    _retype(qtbot, calculator.percent, "100")
    _retype(qtbot, calculator.cap, "300")
    assert _euros(calculator.support) == "300,00 €"


def test_a_typo_is_named_and_shows_no_figures(qtbot, calculator) -> None:
    _retype(qtbot, calculator.weekly, "24,3,7")
    _retype(qtbot, calculator.pay["gross_pay"], "1495")
    assert "Viikkotyöaika" in calculator.message.text() and "24,3,7" in calculator.message.text()
    assert _euros(calculator.support) == "–"
