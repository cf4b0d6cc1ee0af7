"""Reading payroll exports: encodings, separators, headers, months, amounts, the mapping."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.domain.rates import load_seed_rates
from kuhina_desktop.domain.wage_import import (
    cell_text,
    guess_mapping,
    mapping_from_preset,
    mapping_to_preset,
    read_table,
    sniff_delimiter,
)
from kuhina_desktop.domain.wage_import_rows import ImportEmployee, build_preview, parse_month

ROOT = Path(__file__).resolve().parents[2]
TABLES = load_seed_rates(ROOT / "resources")
AINO = make_test_hetu(date(1979, 3, 14), 901)
JARI = make_test_hetu(date(1966, 4, 11), 907)
EMPLOYEES = [ImportEmployee(1, "Aino", "Kettunen", AINO), ImportEmployee(2, "Jari", "Pesonen", JARI),
             ImportEmployee(3, "Elina", "Räsänen", make_test_hetu(date(1990, 12, 5), 909))]


def _preview(text: str, encoding: str = "utf-8", **kw):
    table = read_table(text.encode(encoding))
    return build_preview(table, guess_mapping(table.headers), EMPLOYEES, TABLES, **kw)


def _error(data: bytes) -> str:
    with pytest.raises(ValidationError) as caught:
        read_table(data)
    assert caught.value.field == "import_file"
    return caught.value.code


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings_give_the_same_rows(encoding: str) -> None:
    text = "Nimi;Kuukausi;Bruttopalkka\r\nElina Räsänen;1/2026;1 495,00\r\n"
    preview = _preview(text, encoding)
    assert preview.clean
    assert preview.table.headers == ("Nimi", "Kuukausi", "Bruttopalkka")
    assert [(r.record.employee_id, r.record.gross_pay) for r in preview.rows] == [(3, 149_500)]


def test_comma_separated_with_quoted_finnish_decimals_and_quoted_newlines() -> None:
    text = ('name,month,gross pay,holiday bonus,notes\n'
            'Aino Kettunen,2026-01,"1 234,50","100,5","two\nlines"\n'
            '"Pesonen, Jari",2026-01,1234.5,,\n')
    preview = _preview(text)
    assert preview.table.delimiter == ","
    assert preview.clean, preview.problems
    assert [(r.row, r.record.gross_pay, r.record.holiday_bonus) for r in preview.rows] == [
        (2, 123_450, 10_050), (3, 123_450, 0)]


def test_delimiter_is_judged_on_whole_rows_not_on_decimal_commas() -> None:
    text = "Nimi;Kuukausi;Palkka;Lomaraha\n" + "Aino Kettunen;1/2026;1234,50;100,00\n" * 5
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("a\tb\tc\n1\t2\t3\n") == "\t"


def test_title_lines_empty_lines_and_trailing_separators() -> None:
    text = ("Palkkaraportti tammikuu 2026;;;\n\n"
            "Henkilötunnus;Palkkakausi;Peruspalkka;Lomapalkka;\n"
            f"{AINO};31.1.2026;1495;;\n\n\n"
            f"{JARI.lower()};1.1.2026–31.1.2026;2 000,00;500,00;\n;;;;\n")
    preview = _preview(text)
    assert preview.table.header_row == 3
    assert preview.clean, preview.problems
    assert [(r.row, r.record.employee_id, r.record.holiday_pay) for r in preview.rows] == [
        (4, 1, 0), (7, 2, 50_000)]


def test_every_bad_row_is_listed_with_row_column_and_reason() -> None:
    text = ("Henkilötunnus;Nimi;Kuukausi;Bruttopalkka;Kelan korvaama palkka;Tunnit\n"
            f"{AINO};;1/2026;1495,00;;160\n"
            f"{AINO[:-1]}X;;1/2026;1495,00;;\n"
            ";Matti Meikäläinen;1/2026;1495,00;;\n"
            ";Jari Pesonen;31.2.2026;abc;;\n"
            f"{AINO};;01/2026;1,00;;\n"
            ";Jari Pesonen;2/2026;100,00;200,00;-3\n")
    preview = _preview(text)
    assert not preview.clean
    found = [(p.row, p.column, p.code) for p in preview.problems]
    assert found == [
        (3, "Henkilötunnus", "import_hetu_invalid"),
        (4, "Nimi", "import_name_unknown"),
        (5, "Kuukausi", "import_date_no_such_day"),
        (5, "Bruttopalkka", "import_amount_invalid"),
        (6, "Kuukausi", "import_duplicate"),
        (7, "Tunnit", "import_hours_invalid"),
    ]
    assert preview.rejected_rows == 5
    # The identity code never travels in a message; rows are named by number.
    assert not any(AINO[:6] in str(p.params) for p in preview.problems)
    kela = _preview(text.split("\n")[0] + "\n;Jari Pesonen;2/2026;100,00;200,00;3\n")
    assert [(p.row, p.column, p.code) for p in kela.problems] == [
        (2, "Kelan korvaama palkka", "wage_kela_above_pay")]


def test_locked_and_existing_months() -> None:
    text = "Nimi;Kuukausi;Palkka\nAino Kettunen;1/2026;1000\nJari Pesonen;1/2026;1000\n"
    preview = _preview(text, existing={(2, date(2026, 1, 1))}, locked={(1, date(2026, 1, 1))})
    assert [(p.row, p.code) for p in preview.problems] == [(2, "import_month_locked")]
    assert [(r.row, r.replaces) for r in preview.rows] == [(3, True)]


def test_names_in_either_order_and_ambiguous_names() -> None:
    twins = [*EMPLOYEES, ImportEmployee(4, "Aino", "Kettunen", make_test_hetu(date(2001, 1, 1), 950))]
    text = "Sukunimi;Etunimi;Kuukausi;Palkka\nPesonen;Jari;1/2026;1000\nKettunen;Aino;1/2026;1\n"
    table = read_table(text.encode())
    preview = build_preview(table, guess_mapping(table.headers), twins, TABLES)
    assert [r.record.employee_id for r in preview.rows] == [2]
    assert [(p.row, p.code) for p in preview.problems] == [(3, "import_name_ambiguous")]


def test_mapping_problems_come_before_rows() -> None:
    preview = _preview("Palkka;Lomaraha\n1000;100\n")
    assert {p.code for p in preview.problems} == {"import_mapping_employee",
                                                  "import_mapping_month"}
    assert all(p.row is None for p in preview.problems) and not preview.rows


def test_guess_mapping_from_finnish_and_english_headers() -> None:
    fi = ["Henkilötunnus", "Työntekijän nimi", "Palkkakausi", "Peruspalkka (€)", "Lisät",
          "Lomapalkka", "Lomaraha", "Lomakorvaus", "Verovapaat korvaukset",
          "Sairausajan palkka (Kela)", "Työnantajan sivukulut", "Palkattomat poissaolopäivät",
          "Tehdyt tunnit", "Muu julkinen tuki"]
    mapping = guess_mapping(fi)
    assert mapping == {"hetu": 0, "name": 1, "month": 2, "gross_pay": 3, "supplements": 4,
                       "holiday_pay": 5, "holiday_bonus": 6, "holiday_compensation": 7,
                       "tax_free_allowances": 8, "kela_compensated_pay": 9,
                       "employer_contributions": 10, "unpaid_absence_days": 11, "hours": 12,
                       "other_public_support": 13}
    en = guess_mapping(["Employee name", "Pay period", "Gross pay EUR", "Holiday bonus",
                        "Employer contributions", "Hours worked", "Comment"])
    assert en == {"name": 0, "month": 1, "gross_pay": 2, "holiday_bonus": 3,
                  "employer_contributions": 4, "hours": 5}


def test_preset_is_kept_as_header_names() -> None:
    headers = ["Tunnus", "Jakso", "Rahapalkka €"]
    mapping = {"hetu": 0, "month": 1, "gross_pay": 2}
    preset = mapping_to_preset(mapping, headers)
    assert preset == {"hetu": "Tunnus", "month": "Jakso", "gross_pay": "Rahapalkka €"}
    assert mapping_from_preset(preset, ["Jakso", "x", "rahapalkka", "TUNNUS"]) == {
        "hetu": 3, "month": 0, "gross_pay": 2}


@pytest.mark.parametrize(("text", "expected"), [
    ("1/2026", date(2026, 1, 1)), ("12.2025", date(2025, 12, 1)), ("2026-03", date(2026, 3, 1)),
    ("202604", date(2026, 4, 1)), ("Toukokuu 2026", date(2026, 5, 1)),
    ("heinäkuu/2026", date(2026, 7, 1)), ("Aug 2026", date(2026, 8, 1)),
    ("30.9.2026", date(2026, 9, 1)), ("2026-10-31", date(2026, 10, 1)),
    ("1.11.2026 - 30.11.2026", date(2026, 11, 1))])
def test_month_forms(text: str, expected: date) -> None:
    assert parse_month(text) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("13/2026", "format"), ("31.2.2026", "no such day"), ("1.1.2026–28.2.2026", "range"),
    ("kesä", "format"), ("1/1850", "format"), ("", "format")])
def test_bad_months(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_month(text)


def test_xlsx_with_numbers_dates_and_a_title_row() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Palkkaraportti"])
    sheet.append(["Henkilötunnus", "Palkkakausi", "Bruttopalkka", "Lomaraha", "Tunnit"])
    sheet.append([AINO, datetime(2026, 1, 31), 1495, 0.1 + 0.2, 162.5])
    sheet.append([JARI, "2/2026", 2000.456, None, None])
    buffer = io.BytesIO()
    book.save(buffer)
    table = read_table(buffer.getvalue())
    assert table.kind == "xlsx" and table.header_row == 2
    preview = build_preview(table, guess_mapping(table.headers), EMPLOYEES, TABLES)
    assert [(r.row, r.record.month, r.record.gross_pay, r.record.holiday_bonus, r.record.hours)
            for r in preview.rows] == [(3, date(2026, 1, 1), 149_500, 30, Decimal("162.5"))]
    assert [(p.row, p.code) for p in preview.problems] == [(4, "import_amount_invalid")]


def test_cell_text() -> None:
    assert cell_text(None) == ""
    assert cell_text(1234.5) == "1234.5"
    assert cell_text(0.1 + 0.2) == "0.3"
    assert cell_text(datetime(2026, 1, 31, 0, 0)) == "2026-01-31"
    assert cell_text(7) == "7"


@pytest.mark.parametrize(("data", "code"), [
    (b"", "import_file_empty"), (b"  \r\n\r\n", "import_file_empty"),
    (b"Nimi;Kuukausi;Palkka\r\n", "import_no_rows"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "import_xls_unsupported"),
    (b"PK\x03\x04 not really a zip", "import_file_unreadable"),
    (b"Nimi;Kuukausi\x00;Palkka\n", "import_file_unreadable"),
    (b"Nimi;Kuukausi;Palkka\n\x81\x8d\x8f;1/2026;1\n", "import_encoding_unknown"),
])
def test_unreadable_files_are_refused_with_a_reason(data: bytes, code: str) -> None:
    assert _error(data) == code


def _xlsx(*rows: list) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_amounts_too_large_for_the_file_are_flagged_by_row() -> None:
    text = ("Henkilötunnus;Kuukausi;Peruspalkka;Lomaraha\n"
            f"{AINO};1/2026;1495,00;0\n"
            f"{AINO};2/2026;99999999999999999999;0\n"
            f"{AINO};3/2026;999 999 999 999,00;0\n")
    preview = _preview(text)
    assert not preview.clean
    assert [(p.row, p.column, p.code) for p in preview.problems] == [
        (3, "Peruspalkka", "amount_too_large"), (4, "Peruspalkka", "amount_too_large")]
    table = read_table(_xlsx(["Henkilötunnus", "Kuukausi", "Peruspalkka", "Tunnit"],
                             [AINO, "1/2026", 1e20, 160], [AINO, "2/2026", 100, 1e30],
                             [JARI, "2/2026", 10 ** 20, None]))
    preview = build_preview(table, guess_mapping(table.headers), EMPLOYEES, TABLES)
    assert [(p.row, p.column, p.code) for p in preview.problems] == [
        (2, "Peruspalkka", "amount_too_large"), (3, "Tunnit", "number_too_large"),
        (4, "Peruspalkka", "amount_too_large")]


def test_a_row_wider_than_the_header_is_refused_not_shifted() -> None:
    # An unquoted decimal comma in a comma-separated file splits each amount in two.
    text = ("Henkilötunnus,Kuukausi,Peruspalkka,Lomaraha\n"
            f"{AINO},12/2026,2100,50,300,00\n"
            f'{JARI},12/2026,"2100,50","300,00"\n')
    preview = _preview(text)
    assert preview.table.delimiter == ","
    assert [(p.row, p.column, p.code, dict(p.params)) for p in preview.problems] == [
        (2, "", "import_row_too_wide", {"cells": 6, "columns": 4})]
    assert [(r.row, r.record.gross_pay, r.record.holiday_bonus) for r in preview.rows] == [
        (3, 210_050, 30_000)]
    assert not preview.clean


def test_a_semicolon_file_with_a_note_after_the_last_column_is_read() -> None:
    """Only a comma splits a decimal comma: a semicolon export whose rows carry a note in a
    column without a header is read by its named columns."""
    text = ("Henkilötunnus;Kuukausi;Peruspalkka;Lomaraha\n"
            f"{AINO};12/2026;2100,50;300,00;tarkistettu\n")
    preview = _preview(text)
    assert preview.table.delimiter == ";"
    assert preview.problems == ()
    assert [(r.row, r.record.gross_pay, r.record.holiday_bonus) for r in preview.rows] == [
        (2, 210_050, 30_000)]


@pytest.mark.parametrize("value", [123.456, 2100.555, 1.005, 12.345])
def test_xlsx_numbers_with_more_than_two_decimals_are_bad_amounts(value: float) -> None:
    table = read_table(_xlsx(["Henkilötunnus", "Kuukausi", "Peruspalkka"],
                             [AINO, "1/2026", value]))
    preview = build_preview(table, guess_mapping(table.headers), EMPLOYEES, TABLES)
    assert [(p.row, p.code) for p in preview.problems] == [(2, "import_amount_invalid")]
    assert not preview.rows


def test_xlsx_numbers_become_cents_without_a_text_in_between() -> None:
    table = read_table(_xlsx(["Henkilötunnus", "Kuukausi", "Peruspalkka", "Lomaraha", "Tunnit"],
                             [AINO, "1/2026", 123.45, 1234, 1.5]))
    preview = build_preview(table, guess_mapping(table.headers), EMPLOYEES, TABLES)
    assert preview.clean, preview.problems
    record = preview.rows[0].record
    assert (record.gross_pay, record.holiday_bonus, record.hours) == (12_345, 123_400,
                                                                      Decimal("1.5"))
