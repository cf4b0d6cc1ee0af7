"""Date and money fields: Finnish input, numpad comma, clear errors naming the field."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.ui.errors import user_message
from kuhina_desktop.ui.widgets.fields import DateField, MoneyField


def test_date_field_normalises_and_refuses_31_2(qtbot, finnish) -> None:
    field = DateField("start_date", required=True)
    qtbot.addWidget(field)
    field.setText("5.3.2026")
    assert field.value() == date(2026, 3, 5)
    field.setText("31.2.2026")
    with pytest.raises(ValidationError) as info:
        field.value()
    assert info.value.field == "start_date"
    assert "31.2.2026" in user_message(info.value) and "ei ole olemassa" in user_message(info.value)
    field.setText("")
    with pytest.raises(ValidationError, match="required"):
        field.value()


def test_money_field_takes_numpad_dot_as_comma(qtbot) -> None:
    field = MoneyField("gross_pay")
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "1234")
    qtbot.keyClick(field, Qt.Key.Key_Period, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClicks(field, "5")
    assert field.text() == "1234,5"
    assert field.value() == 123450
    field.set_value(123450)
    assert field.value() == 123450


def test_money_field_names_the_field_on_bad_input(qtbot, finnish) -> None:
    field = MoneyField("gross_pay")
    qtbot.addWidget(field)
    field.setText("12,345")
    with pytest.raises(ValidationError) as info:
        field.value()
    assert info.value.field == "gross_pay" and "ei ole euromäärä" in user_message(info.value)
    field.setText("-5")
    with pytest.raises(ValidationError, match="negative"):
        field.value()


def test_money_field_refuses_amounts_above_ten_million_euros(qtbot, finnish) -> None:
    field = MoneyField("gross_pay")
    qtbot.addWidget(field)
    field.setText("10 000 000,00")
    assert field.value() == 1_000_000_000
    field.setText("99999999999999999999")
    with pytest.raises(ValidationError) as info:
        field.value()
    assert info.value.code == "amount_too_large" and info.value.field == "gross_pay"
    assert "liian suuri" in user_message(info.value)


@pytest.mark.parametrize(("text", "code"), [
    ("1e30", "dec_number_format"), ("NaN", "dec_number_format"), ("Infinity", "dec_number_format"),
    ("1e999999999", "dec_number_format"), ("99999999999999999999", "number_too_large"),
])
def test_decimal_field_refuses_exponents_special_values_and_huge_numbers(
        qtbot, finnish, text: str, code: str) -> None:
    from kuhina_desktop.ui.widgets.decimal_field import DecimalField

    field = DecimalField("weekly_hours")
    qtbot.addWidget(field)
    field.setText(text)
    with pytest.raises(ValidationError) as info:
        field.value()
    assert (info.value.code, info.value.field) == (code, "weekly_hours")
    assert text in user_message(info.value)
    field.setText("37,5 %")
    assert str(field.value()) == "37.5"
