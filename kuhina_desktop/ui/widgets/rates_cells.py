"""Cells of the rate tables: values → Finnish text and back to the plain-dict shape of
``domain.rates`` (dot decimals, euros, ISO dates), with errors that point at a cell."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from kuhina_desktop.domain.dates import parse_fi_date
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.money import TooLarge, cents_to_decimal, parse_amount
from kuhina_desktop.domain.rates import CONTRIBUTION_LINES, ContributionRates, SupportParameters
from kuhina_desktop.reports.formatting import format_decimal, format_money
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.widgets.decimal_field import decimal_text, parse_fi_decimal

HUNDRED = Decimal(100)
CONTRIBUTION_COLUMNS = ("year", *(f"{line}_percent" for line in CONTRIBUTION_LINES))
SUPPORT_COLUMNS = ("kind", "valid_from", "percent", "monthly_cap", "working_time_cap",
                   "min_weekly_hours", "max_months", "contribution_coefficient")
_OPTIONAL = {"working_time_cap", "min_weekly_hours", "max_months", "contribution_coefficient"}
_PATH = re.compile(r"^(contribution_rates|support_parameters)\[(\d+)\]\.(\w+)$")


class CellError(Exception):
    """A cell that cannot be read; ``error`` is worded for the person (field label + row)."""

    def __init__(self, table: str, table_row: int, column: int, error: ValidationError) -> None:
        super().__init__(error.message)
        self.table = table
        self.table_row = table_row
        self.column = column
        self.error = error

    @classmethod
    def make(cls, table: str, row: int, column: str, code: str, **params: object) -> CellError:
        columns = CONTRIBUTION_COLUMNS if table == "contribution_rates" else SUPPORT_COLUMNS
        error = ValidationError(code, code=code, field=f"rates.{column}", row=row + 1, **params)
        return cls(table, row, columns.index(column), error)

    @classmethod
    def from_path(cls, error: ValidationError, *_tables: QTableWidget) -> CellError:
        """An error of RateTables.from_dicts (``support_parameters[3].valid_from``)."""
        match = _PATH.match(error.field or "")
        if not match:
            return cls("contribution_rates", 0, 0, error)
        table, row, column = match[1], int(match[2]), match[3]
        return cls.make(table, row, column, error.code, **error.params)


def contribution_cells(rates: ContributionRates) -> list[str]:
    return [str(rates.year), *(percent_text(rate * HUNDRED) for _, rate in rates.lines())]


def percent_text(value: Decimal) -> str:
    """At least two decimals, as the published tables write them (0,20 · 17,10 · 0,053)."""
    exponent = value.normalize().as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    return format_decimal(value, "fi", places)


def support_cells(p: SupportParameters) -> list[str]:
    cap = p.working_time_cap
    return [p.kind, fmt.day(p.valid_from), decimal_text(p.percent),
            format_money(p.monthly_cap_cents, "fi", symbol=False),
            decimal_text(None if cap is None else cap * HUNDRED),
            decimal_text(p.min_weekly_hours), "" if p.max_months is None else str(p.max_months),
            decimal_text(p.contribution_coefficient)]


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def read_contributions(table: QTableWidget) -> list[dict[str, object]]:
    rows = []
    for row in range(table.rowCount()):
        values: dict[str, object] = {"year": int(_text(table, row, 0))}
        for column, name in enumerate(CONTRIBUTION_COLUMNS[1:], start=1):
            values[name] = _number(_text(table, row, column), "contribution_rates", row, name)
        rows.append(values)
    return rows


def read_supports(table: QTableWidget) -> list[dict[str, object]]:
    rows = []
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        values: dict[str, object] = {
            "kind": item.data(Qt.ItemDataRole.UserRole) if item else ""}
        for column, name in enumerate(SUPPORT_COLUMNS[1:], start=1):
            values[name] = _support_value(_text(table, row, column), row, name)
        rows.append(values)
    return rows


def _support_value(text: str, row: int, name: str) -> object:
    if not text:
        if name in _OPTIONAL:
            return None
        raise CellError.make("support_parameters", row, name, "required")
    if name == "valid_from":
        try:
            return parse_fi_date(text).isoformat()
        except ValueError as exc:
            code = "date_no_such_day" if str(exc) == "no such day" else "date_format"
            raise CellError.make("support_parameters", row, name, code, text=text) from exc
    if name == "monthly_cap":
        try:
            cents = parse_amount(text)
        except ValueError as exc:
            code = "amount_too_large" if isinstance(exc, TooLarge) else "amount_format"
            raise CellError.make("support_parameters", row, name, code, text=text) from exc
        return str(cents_to_decimal(cents))
    if name == "max_months":
        if not text.isdigit():
            raise CellError.make("support_parameters", row, name, "expected_integer")
        return int(text)
    value = _number(text, "support_parameters", row, name)
    return str(Decimal(value) / HUNDRED) if name == "working_time_cap" else value


def _number(text: str, table: str, row: int, name: str) -> str:
    if not text:
        raise CellError.make(table, row, name, "required")
    try:
        return str(parse_fi_decimal(text))
    except ValueError as exc:
        code = "number_too_large" if isinstance(exc, TooLarge) else "dec_number_format"
        raise CellError.make(table, row, name, code, text=text) from exc
