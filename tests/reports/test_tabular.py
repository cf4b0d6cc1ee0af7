"""CSV for Finnish Excel and xlsx with typed cells, both safe against formula injection."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from kuhina_desktop.reports.tabular import SheetTable, csv_bytes, xlsx_bytes

HEADERS = ("Nimi", "Päivä", "Tunnit", "Minuutit", "Yhteenveto")
ROWS = (("Łukasz Nowak", date(2026, 3, 5), Decimal("37.5"), 45, "Rivi 1\nRivi 2; \"lainaus\""),
        ("Ольга Петрова", None, Decimal("-1.25"), -3, None))

DANGEROUS = st.builds(lambda start, rest: start + rest,
                      st.sampled_from(["=", "+", "-", "@", "\t", "\r", " =", "\n-"]),
                      st.text(max_size=30))


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that tells Excel it is UTF-8
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_csv_round_trips_through_csv_reader() -> None:
    data = csv_bytes(HEADERS, ROWS)
    assert b"\r\n" in data and data.count(b"\r\n") == 3  # the quoted newline is a bare \n
    assert read_csv(data) == [
        list(HEADERS),
        ["Łukasz Nowak", "5.3.2026", "37,5", "45", "Rivi 1\nRivi 2; \"lainaus\""],
        ["Ольга Петрова", "", "-1,25", "-3", ""],
    ]
    # Numbers stay numbers: the negative ones are not prefixed.
    assert ";-1,25;-3;" in data.decode("utf-8-sig")


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(DANGEROUS, min_size=1, max_size=5))
def test_dangerous_text_is_neutralised_in_csv(texts: list[str]) -> None:
    rows = read_csv(csv_bytes(["Teksti"], [(t,) for t in texts]))[1:]
    for (cell,) in rows:
        assert cell.startswith("'"), cell


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(DANGEROUS, min_size=1, max_size=5))
def test_dangerous_text_is_neutralised_in_xlsx(texts: list[str]) -> None:
    data = xlsx_bytes([SheetTable("Testi", ("Teksti",), tuple((t,) for t in texts))])
    sheet = load_workbook(io.BytesIO(data))["Testi"]
    for row in sheet.iter_rows(min_row=2):
        cell = row[0]
        assert cell.data_type == "s" and str(cell.value).startswith("'"), cell.value


def test_xlsx_has_typed_cells_bold_frozen_header() -> None:
    created = datetime(2026, 3, 16, 9, 30)
    data = xlsx_bytes([SheetTable("Valmennus", HEADERS, ROWS)], created=created)
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Valmennus"]
    sheet = book["Valmennus"]
    assert [c.value for c in sheet[1]] == list(HEADERS)
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    name, day, hours, minutes, summary = sheet[2]
    assert day.is_date and day.value == datetime(2026, 3, 5) and day.number_format == "d.m.yyyy"
    assert hours.data_type == "n" and hours.value == 37.5 and hours.number_format == "#,##0.0#"
    assert minutes.value == 45 and minutes.data_type == "n"
    assert summary.value == "Rivi 1\nRivi 2; \"lainaus\"" and summary.alignment.wrap_text
    negative = sheet[3]
    assert negative[2].value == -1.25 and negative[3].value == -3
    assert negative[1].value is None and negative[4].value is None
    assert book.properties.created == created


def test_one_sheet_per_table_in_order() -> None:
    data = xlsx_bytes([SheetTable("A", ("x",), ()), SheetTable("Työmahdollisuudet", ("y",), ())])
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["A", "Työmahdollisuudet"]
    assert [c.value for c in book["A"][1]] == ["x"]
