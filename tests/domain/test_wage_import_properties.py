"""Generated payroll files: every file is accepted whole or rejected with exactly its bad rows.

Each example writes a CSV as a payroll service or Excel would (encoding, separator, header
language, title line, blank lines, trailing separators, quoted newlines in a notes column),
with some rows spoiled on purpose (a day that does not exist, an amount that is not one, an
unknown person, a mistyped identity code, a month 13, a negative amount, a duplicate row, a
sick-leave figure above the pay). The preview must list exactly the spoiled rows, each with
a known reason, and never raise.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.domain.rates import load_seed_rates
from kuhina_desktop.domain.wage_import import guess_mapping, read_table
from kuhina_desktop.domain.wage_import_rows import ImportEmployee, build_preview
from kuhina_desktop.messages import ERROR_TEXTS

ROOT = Path(__file__).resolve().parents[2]
TABLES = load_seed_rates(ROOT / "resources")
EMPLOYEES = [
    ImportEmployee(1, "Aino", "Kettunen", make_test_hetu(date(1979, 3, 14), 901)),
    ImportEmployee(2, "Jari", "Pesonen", make_test_hetu(date(1966, 4, 11), 907)),
    ImportEmployee(3, "Elina", "Räsänen", make_test_hetu(date(1990, 12, 5), 909)),
    ImportEmployee(4, "Sari", "Turunen", make_test_hetu(date(1975, 1, 19), 906)),
]
HEADERS = {
    "fi": ("Henkilötunnus", "Nimi", "Palkkakausi", "Bruttopalkka", "Kelan korvaama palkka",
           "Huomautus"),
    "en": ("Personal identity code", "Employee name", "Pay period", "Gross pay",
           "Kela compensated pay", "Notes"),
}
# Spoils of one row; a duplicate row is added separately (it needs a good row to repeat).
FAULTS = ("no_such_day", "bad_amount", "unknown_person", "bad_hetu", "month_13", "negative",
          "kela_above_pay")
MONTHS = [date(2025, m, 1) for m in range(1, 13)] + [date(2026, m, 1) for m in range(1, 13)]


@dataclass
class Row:
    employee: ImportEmployee
    month: date
    gross: int
    fault: str | None = None
    note: str = ""


def _amount_text(cents: int, style: int) -> str:
    euros, rest = divmod(cents, 100)
    if style == 0:
        return f"{euros:,}".replace(",", " ") + f",{rest:02d}"
    if style == 1:
        return f"{euros}.{rest:02d}"
    return f"{euros},{rest:02d}".rstrip("0").rstrip(",") if rest else str(euros)


def _month_text(month: date, style: int) -> str:
    return (f"{month.month}/{month.year}", f"{month.year}-{month.month:02d}",
            f"28.{month.month}.{month.year}")[style]


@st.composite
def payroll_files(draw):
    count = draw(st.integers(1, 12))
    pairs = draw(st.lists(st.tuples(st.sampled_from(EMPLOYEES), st.sampled_from(MONTHS)),
                          min_size=count, max_size=count, unique_by=lambda p: (p[0].id, p[1])))
    rows = [Row(e, m, draw(st.integers(0, 500_000)),
                note=draw(st.sampled_from(["", "loma", "kaksi\nriviä", 'sanoi "ok"'])))
            for e, m in pairs]
    for row in rows:
        if draw(st.integers(0, 3)) == 0:
            row.fault = draw(st.sampled_from(FAULTS))
    valid = [r for r in rows if r.fault is None]
    if valid and draw(st.booleans()):
        source = draw(st.sampled_from(valid))
        rows.append(Row(source.employee, source.month, source.gross, fault="duplicate"))
    return rows, draw(st.fixed_dictionaries({
        "language": st.sampled_from(["fi", "en"]), "delimiter": st.sampled_from([";", ","]),
        "encoding": st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
        "by_hetu": st.booleans(), "title": st.booleans(), "trailing": st.booleans(),
        "blank_every": st.integers(0, 4), "amount_style": st.integers(0, 2),
        "month_style": st.integers(0, 2), "crlf": st.booleans()}))


def _cells(row: Row, options: dict) -> list[str]:
    hetu = row.employee.hetu if options["by_hetu"] else ""
    name = "" if options["by_hetu"] else f"{row.employee.first_name} {row.employee.last_name}"
    month = _month_text(row.month, options["month_style"])
    gross = _amount_text(row.gross, options["amount_style"])
    kela = ""
    match row.fault:
        case "no_such_day":
            month = f"31.2.{row.month.year}"
        case "bad_amount":
            gross = "12,3,4"
        case "unknown_person":
            hetu, name = ("", "Matti Meikäläinen") if not options["by_hetu"] else (
                make_test_hetu(date(1950, 1, 1), 999), "")
        case "bad_hetu":
            hetu, name = row.employee.hetu[:-1] + ("Z" if row.employee.hetu[-1] != "Z" else "Y"), ""
        case "month_13":
            month = f"13/{row.month.year}"
        case "negative":
            gross = "-" + _amount_text(row.gross + 1, options["amount_style"])
        case "kela_above_pay":
            kela = _amount_text(row.gross + 100, options["amount_style"])
    return [hetu, name, month, gross, kela, row.note]


def render(rows: list[Row], options: dict) -> tuple[bytes, dict[int, Row]]:
    """The file's bytes and, for each data row, its row number as a spreadsheet shows it."""
    out = io.StringIO()
    newline = "\r\n" if options["crlf"] else "\n"
    writer = csv.writer(out, delimiter=options["delimiter"], lineterminator=newline)
    number = 0
    extra = [""] if options["trailing"] else []
    if options["title"]:
        writer.writerow(["Palkkaraportti"])
        number += 1
    writer.writerow([*HEADERS[options["language"]], *extra])
    number += 1
    numbers = {}
    for index, row in enumerate(rows):
        if options["blank_every"] and index % options["blank_every"] == 0:
            out.write(newline)
            number += 1
        writer.writerow([*_cells(row, options), *extra])
        number += 1
        numbers[number] = row
    return out.getvalue().encode(options["encoding"]), numbers


def _valid_pairs(rows: list[Row]) -> set[tuple[int, date]]:
    return {(r.employee.id, r.month) for r in rows if r.fault is None}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payroll_files())
def test_generated_files_are_whole_or_rejected_with_exactly_their_bad_rows(generated) -> None:
    rows, options = generated
    data, numbers = render(rows, options)
    table = read_table(data)
    mapping = guess_mapping(table.headers)
    preview = build_preview(table, mapping, EMPLOYEES, TABLES)
    bad = {n for n, row in numbers.items() if row.fault}
    assert {p.row for p in preview.problems} == bad
    assert all(p.code in ERROR_TEXTS for p in preview.problems)
    assert all(r.employee.hetu not in str(p.params) for p in preview.problems for r in rows)
    assert preview.clean is (not bad)
    imported = {(r.record.employee_id, r.record.month): r.record.gross_pay for r in preview.rows}
    assert imported == {(r.employee.id, r.month): r.gross for r in rows if r.fault is None}
    assert set(imported) == _valid_pairs(rows)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_preview_or_a_file_error(data: bytes) -> None:
    try:
        table = read_table(data)
    except ValidationError as exc:
        assert exc.code in ERROR_TEXTS and exc.field == "import_file"
        return
    preview = build_preview(table, guess_mapping(table.headers), EMPLOYEES, TABLES)
    assert all(p.code in ERROR_TEXTS for p in preview.problems)
    assert preview.clean or preview.problems or not preview.rows


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), max_size=6), min_size=1, max_size=8),
       st.sampled_from([";", ",", "\t"]))
def test_any_table_of_text_gives_a_preview_or_a_file_error(cells, delimiter) -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(
        [["Nimi", "Kuukausi", "Palkka"], *cells])
    try:
        table = read_table(out.getvalue().encode("utf-8"))
    except ValidationError as exc:
        assert exc.code in ERROR_TEXTS
        return
    preview = build_preview(table, guess_mapping(table.headers), EMPLOYEES, TABLES)
    assert all(p.code in ERROR_TEXTS for p in preview.problems)
