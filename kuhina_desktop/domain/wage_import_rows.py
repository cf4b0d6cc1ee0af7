"""Checking the rows of a payroll export against the mapping and the employee register.

``build_preview`` turns a ``RawTable`` and a column mapping into wage months to save and a list
of every rejected row (row number, column, reason code with its params). Nothing is saved
unless the preview is clean: an import is all rows or none. A henkilötunnus read from the file
is compared in normalised form and never put into a message: rows are named by number.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from . import finnish_ids
from .dates import parse_fi_date
from .errors import ValidationError, ValidationErrors
from .money import TooLarge, amount_from_number, parse_amount, parse_hours
from .rates import RateTables
from .wage_import import IMPORT_FIELDS, NumberText, RawTable, trim_cells
from .wages import PAY_ITEMS, WageRecord, check_wage_record

TEXT_IN_MESSAGE_MAX = 40
MIN_YEAR, MAX_YEAR = 1990, 2100
_FI_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys",
              "loka", "marras", "joulu")
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class ImportEmployee:
    id: int
    first_name: str
    last_name: str
    hetu: str = field(default="", repr=False)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class RowProblem:
    """Why a row (or, with ``row`` None, the whole file or mapping) cannot be imported."""

    row: int | None
    column: str  # the column's header as the file has it; "" when no column is to blame
    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def as_error(self) -> ValidationError:
        return ValidationError(self.code, code=self.code, field=self.column or None, row=self.row,
                               **self.params)


@dataclass(frozen=True)
class ImportRow:
    row: int
    record: WageRecord
    employee_name: str
    replaces: bool  # the employee already has figures for the month; they are replaced


@dataclass(frozen=True)
class ImportPreview:
    table: RawTable
    mapping: Mapping[str, int]
    rows: tuple[ImportRow, ...]
    problems: tuple[RowProblem, ...]

    @property
    def clean(self) -> bool:
        return not self.problems and bool(self.rows)

    @property
    def rejected_rows(self) -> int:
        return len({p.row for p in self.problems if p.row is not None})


# --- values ---------------------------------------------------------------------------------

def parse_month(text: str) -> date:
    """``1/2026``, ``01.2026``, ``2026-01``, ``202601``, ``tammikuu 2026``, ``Jan 2026``, a date
    (``31.1.2026``, ``2026-01-31``) or a period within one month (``1.1.2026–31.1.2026``).

    Raises ValueError("format"), ValueError("no such day") or ValueError("range").
    """
    s = " ".join(text.strip().lower().split())
    parts = re.split(r"\s*[–—]\s*|\s+-\s+", s)
    if len(parts) == 2 and all(parts):
        first, last = parse_month(parts[0]), parse_month(parts[1])
        if first != last:
            raise ValueError("range")
        return first
    year, month = _year_month(s)
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= month <= 12:
        raise ValueError("format")
    return date(year, month, 1)


def _year_month(s: str) -> tuple[int, int]:
    patterns = ((r"(\d{1,2})\s*[/.]\s*(\d{4})", (2, 1)), (r"(\d{4})\s*[-/]\s*(\d{1,2})", (1, 2)),
                (r"(\d{4})(\d{2})", (1, 2)))
    for pattern, (y, m) in patterns:
        match = re.fullmatch(pattern, s)
        if match:
            return int(match[y]), int(match[m])
    named = re.fullmatch(r"([a-zäö]+)\.?\s*/?\s*(\d{4})", s)
    if named:
        return int(named[2]), _month_number(named[1])
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}", s):
        day = parse_fi_date(s)  # raises ValueError("no such day") for 31.2.2026
        return day.year, day.month
    raise ValueError("format")


def _month_number(name: str) -> int:
    for stems in (_FI_MONTHS, _EN_MONTHS):
        for number, stem in enumerate(stems, start=1):
            if name.startswith(stem):
                return number
    raise ValueError("format")


def _amount(text: str) -> int:
    if isinstance(text, NumberText):  # an xlsx number: never re-read from its text
        return amount_from_number(text.number)
    return parse_amount(text.replace("\u2212", "-"))


def _hours(text: str) -> Decimal:
    if isinstance(text, NumberText):
        text = text.replace(".", ",")  # a decimal point, never a thousands separator
    return parse_hours(text)


def _days(text: str) -> int:
    match = re.fullmatch(r"(\d{1,3})([.,]0+)?", text.strip())
    if not match:
        raise ValueError("not days")
    return int(match[1])


def _shown(text: str) -> str:
    return text if len(text) <= TEXT_IN_MESSAGE_MAX else text[:TEXT_IN_MESSAGE_MAX] + "…"


# --- the mapping ----------------------------------------------------------------------------

def mapping_problems(mapping: Mapping[str, int], headers: Sequence[str]) -> list[RowProblem]:
    problems = []
    seen: dict[int, str] = {}
    for name, column in mapping.items():
        if name not in IMPORT_FIELDS or not 0 <= column < len(headers):
            problems.append(RowProblem(None, "", "import_mapping_column", {"column": column + 1}))
        elif column in seen:
            problems.append(RowProblem(None, headers[column], "import_mapping_duplicate"))
        seen[column] = name
    if not ("hetu" in mapping or "name" in mapping
            or ("first_name" in mapping and "last_name" in mapping)):
        problems.append(RowProblem(None, "", "import_mapping_employee"))
    if "month" not in mapping:
        problems.append(RowProblem(None, "", "import_mapping_month"))
    if not any(name in mapping for name in PAY_ITEMS):
        problems.append(RowProblem(None, "", "import_mapping_amounts"))
    return problems


# --- rows -----------------------------------------------------------------------------------

class _Matcher:
    """Employees by normalised henkilötunnus and by name (either order of the names)."""

    def __init__(self, employees: Sequence[ImportEmployee]) -> None:
        self.by_hetu = {_hetu_key(e.hetu): e for e in employees if e.hetu}
        # A payroll file repeats each person's code once a month; validate each text once.
        self.checked: dict[str, str | None] = {}
        self.by_name: dict[str, list[ImportEmployee]] = {}
        for e in employees:
            for key in {_name_key(f"{e.first_name} {e.last_name}"),
                        _name_key(f"{e.last_name} {e.first_name}")}:
                self.by_name.setdefault(key, []).append(e)

    def valid_hetu(self, text: str) -> str | None:
        """The normalised code, or None when it is not a valid henkilötunnus."""
        if text not in self.checked:
            try:
                self.checked[text] = _hetu_key(finnish_ids.validate_hetu(text))
            except ValidationError:
                self.checked[text] = None
        return self.checked[text]


def _hetu_key(text: str) -> str:
    return text.strip().upper()


def _name_key(text: str) -> str:
    return " ".join(text.replace(",", " ").casefold().split())


class _Row:
    """One row being checked: its cells by field, and the problems found so far."""

    def __init__(self, number: int, cells: Sequence[str], mapping: Mapping[str, int],
                 headers: Sequence[str]) -> None:
        self.number = number
        self.mapping = mapping
        self.headers = headers
        self.cells = cells
        self.problems: list[RowProblem] = []

    def text(self, name: str) -> str:
        column = self.mapping.get(name)
        if column is None or column >= len(self.cells):
            return ""
        cell = self.cells[column]
        return cell if isinstance(cell, NumberText) else cell.strip()

    def column(self, name: str) -> str:
        column = self.mapping.get(name)
        return self.headers[column] if column is not None and column < len(self.headers) else ""

    def problem(self, field_name: str, code: str, **params: object) -> None:
        self.problems.append(RowProblem(self.number, self.column(field_name), code, params))


def _employee(row: _Row, matcher: _Matcher) -> ImportEmployee | None:
    hetu = row.text("hetu")
    if hetu:
        key = matcher.valid_hetu(hetu)
        if key is None:
            row.problem("hetu", "import_hetu_invalid")  # never the value itself
            return None
        found = matcher.by_hetu.get(key)
        if found is None:
            row.problem("hetu", "import_hetu_unknown")
        return found
    name = row.text("name") or f"{row.text('first_name')} {row.text('last_name')}".strip()
    column = "name" if row.text("name") else "last_name"
    if not name:
        row.problem("hetu" if "hetu" in row.mapping else column, "import_employee_missing")
        return None
    found_all = matcher.by_name.get(_name_key(name), [])
    if len(found_all) == 1:
        return found_all[0]
    code = "import_name_ambiguous" if found_all else "import_name_unknown"
    row.problem(column, code, name=_shown(name))
    return None


def _month(row: _Row) -> date | None:
    text = row.text("month")
    if not text:
        row.problem("month", "import_month_missing")
        return None
    try:
        return parse_month(text)
    except ValueError as exc:
        code = {"no such day": "import_date_no_such_day",
                "range": "import_month_range"}.get(str(exc), "import_month_invalid")
        row.problem("month", code, text=_shown(text))
        return None


def _figures(row: _Row) -> dict[str, object] | None:
    values: dict[str, object] = {}
    for name in (*PAY_ITEMS, "employer_contributions"):
        text = row.text(name)
        if not text:
            continue
        try:
            values[name] = _amount(text)
        except ValueError as exc:
            if isinstance(exc, TooLarge):
                row.problem(name, "amount_too_large")
            else:
                row.problem(name, "import_amount_invalid", text=_shown(text))
    for name, parse, code in (("unpaid_absence_days", _days, "import_days_invalid"),
                              ("hours", _hours, "import_hours_invalid")):
        text = row.text(name)
        if text:
            try:
                values[name] = parse(text)
            except ValueError as exc:
                too_large = name == "hours" and isinstance(exc, TooLarge)
                row.problem(name, "number_too_large" if too_large else code, text=_shown(text))
    return values


def _check_row(row: _Row, matcher: _Matcher, tables: RateTables) -> ImportRow | None:
    employee = _employee(row, matcher)
    month = _month(row)
    values = _figures(row)
    if employee is None or month is None or row.problems:
        return None
    record = WageRecord(employee_id=employee.id, month=month, source="import", **values)
    try:
        check_wage_record(record, tables)
    except ValidationErrors as errors:
        for error in errors.errors:
            row.problem(error.field or "", error.code, **error.params)
        return None
    return ImportRow(row.number, record, employee.full_name, replaces=False)


def build_preview(table: RawTable, mapping: Mapping[str, int],
                  employees: Sequence[ImportEmployee], tables: RateTables, *,
                  existing: Collection[tuple[int, date]] = frozenset(),
                  locked: Collection[tuple[int, date]] = frozenset()) -> ImportPreview:
    """Every row checked; ``existing`` and ``locked`` are (employee id, month) pairs."""
    problems = mapping_problems(mapping, table.headers)
    if problems:
        return ImportPreview(table, dict(mapping), (), tuple(problems))
    matcher = _Matcher(employees)
    accepted: list[ImportRow] = []
    first_row: dict[tuple[int, date], int] = {}
    for number, cells in table.rows:
        row = _Row(number, cells, mapping, table.headers)
        width = len(trim_cells(cells))
        if table.delimiter == "," and width > len(table.headers):
            # More values than columns: in a comma-separated file a decimal comma that is not
            # in quotes splits an amount in two (2100,50 → 2100 | 50), which would shift every
            # figure after it into the wrong column. The row cannot be read reliably.
            problems.append(RowProblem(number, "", "import_row_too_wide", {
                "cells": width, "columns": len(table.headers)}))
            continue
        checked = _check_row(row, matcher, tables)
        if checked is not None:
            key = (checked.record.employee_id, checked.record.month)
            if key in first_row:
                row.problem("month", "import_duplicate", other_row=first_row[key])
            elif key in locked:
                row.problem("month", "import_month_locked")
            else:
                first_row[key] = number
                accepted.append(ImportRow(number, checked.record, checked.employee_name,
                                          replaces=key in existing))
        problems.extend(row.problems)
    return ImportPreview(table, dict(mapping), tuple(accepted), tuple(problems))
