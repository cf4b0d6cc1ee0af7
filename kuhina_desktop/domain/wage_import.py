"""Reading a payroll export (CSV or xlsx) into a table, and mapping its columns to wage items.

Payroll services (Palkka.fi and the commercial ones) and spreadsheets saved by Finnish Excel
disagree on almost everything: UTF-8 with or without a byte-order mark or cp1252, ``;`` or
``,`` between fields, title lines above the header, trailing separators. This module turns the
bytes into a ``RawTable`` (cells as text, with the row numbers a spreadsheet shows) and guesses
which column holds which figure from the header names. Checking the rows is
``wage_import_rows``. No Qt, no database; the only reader of bytes is openpyxl for xlsx.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from .errors import ValidationError
from .wages import PAY_ITEMS

#: Fields a column can be mapped to, in the order the mapping form lists them.
IMPORT_FIELDS = ("hetu", "name", "first_name", "last_name", "month", *PAY_ITEMS,
                 "employer_contributions", "unpaid_absence_days", "hours")
EMPLOYEE_FIELDS = ("hetu", "name", "first_name", "last_name")
MAX_ROWS = 50_000
FLOAT_NOISE_BELOW = Decimal(10) ** 12  # a float beyond this is not a figure to round
HEADER_SCAN_ROWS = 20
DELIMITERS = (";", ",", "\t")

# Header names as Finnish and English payroll exports (Palkka.fi's reports, Excel sheets kept
# by hand, commercial payroll) write them, normalised by _normal(). Exact matches win over
# "contains" matches, so the specific names come first in each list.
HEADER_ALIASES: Mapping[str, tuple[str, ...]] = {
    "hetu": ("henkilötunnus", "hetu", "henkilötunnus hetu", "htun", "personal identity code",
             "identity code", "social security number", "ssn"),
    "name": ("nimi", "työntekijä", "työntekijän nimi", "palkansaaja", "henkilö", "name",
             "employee", "employee name", "full name"),
    "first_name": ("etunimi", "etunimet", "first name", "given name", "first names"),
    "last_name": ("sukunimi", "last name", "surname", "family name"),
    "month": ("kuukausi", "palkkakausi", "ansaintakausi", "palkkajakso", "ansaintajakso",
              "kausi", "jakso", "palkkakuukausi", "month", "period", "pay period",
              "wage period", "earning period"),
    "gross_pay": ("peruspalkka", "bruttopalkka", "aikapalkka", "kuukausipalkka", "tuntipalkka",
                  "palkka", "rahapalkka", "basic pay", "gross pay", "gross salary", "base pay",
                  "salary", "wages"),
    "supplements": ("lisät", "palkanlisät", "lisä", "työaikalisät", "ylityö", "supplements",
                    "bonuses", "additions"),
    "holiday_pay": ("lomapalkka", "vuosilomapalkka", "holiday pay", "vacation pay"),
    "holiday_bonus": ("lomaraha", "lomaltapaluuraha", "holiday bonus", "vacation bonus"),
    "holiday_compensation": ("lomakorvaus", "lomakorvaukset", "holiday compensation",
                             "vacation compensation"),
    "tax_free_allowances": ("verovapaat korvaukset", "verovapaat", "verottomat", "kulukorvaukset",
                            "päivärahat", "kilometrikorvaukset", "tax free allowances",
                            "tax free", "expenses", "allowances"),
    "kela_compensated_pay": ("kelan korvaama palkka", "kela korvattu palkka",
                             "sairausajan palkka kela", "kela", "kela compensated pay",
                             "sickness allowance pay"),
    "other_public_support": ("muu julkinen tuki", "muut julkiset tuet", "muu tuki",
                             "other public support", "other support"),
    "employer_contributions": ("työnantajan sivukulut", "sivukulut", "työnantajamaksut",
                               "työnantajan maksut", "sotumaksut", "employer contributions",
                               "employer costs", "social costs"),
    "unpaid_absence_days": ("palkattomat poissaolopäivät", "palkattomat poissaolot",
                            "palkaton poissaolo", "palkattomat päivät", "poissaolopäivät",
                            "unpaid absence days", "unpaid days", "unpaid absence"),
    "hours": ("tehdyt tunnit", "työtunnit", "tunnit", "tuntimäärä", "hours", "worked hours",
              "hours worked"),
}


@dataclass(frozen=True)
class RawTable:
    """Cells as text; ``rows`` are (row number as a spreadsheet shows it, cells)."""

    headers: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: str = ""
    delimiter: str = ""
    kind: str = "csv"  # csv / xlsx


def _file_error(code: str, **params: object) -> ValidationError:
    return ValidationError(code, code=code, field="import_file", **params)


# --- bytes → rows ---------------------------------------------------------------------------

def read_table(data: bytes) -> RawTable:
    """Any supported file as a table. Raises ValidationError (field ``file``) when unreadable."""
    if not data or not data.strip():
        raise _file_error("import_file_empty")
    if data[:4] == b"PK\x03\x04":
        return _table(_xlsx_rows(data), kind="xlsx")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise _file_error("import_xls_unsupported")
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    return _table(_csv_rows(text, delimiter), kind="csv", encoding=encoding,
                  delimiter=delimiter)


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252 (Finnish Excel's "CSV")."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _text(data.decode(name)), name
            except UnicodeDecodeError as exc:
                raise _file_error("import_encoding_unknown") from exc
    for name in ("utf-8", "cp1252"):
        try:
            return _text(data.decode(name)), name
        except UnicodeDecodeError:
            continue
    raise _file_error("import_encoding_unknown")


def _text(text: str) -> str:
    if "\x00" in text:  # a binary file (or UTF-16 without a BOM), not a text export
        raise _file_error("import_file_unreadable")
    return text


def sniff_delimiter(text: str) -> str:
    """The separator that gives the most rows of one width (≥ 2 fields); ``;`` wins ties.

    Judged on whole records rather than on the header line alone, because a title line may
    come first, and Finnish decimal commas make a naive count of ``,`` misleading. Widths
    count empty trailing cells: exports write every column on every row, so the right
    separator gives one width even where the last cells are empty.
    """
    best, best_score = DELIMITERS[0], (0, 0)
    for delimiter in DELIMITERS:
        widths: dict[int, int] = {}
        for _, cells in _first_records(text, delimiter, HEADER_SCAN_ROWS + 10):
            width = len(cells)
            if width >= 2:
                widths[width] = widths.get(width, 0) + 1
        score = max(((count, width) for width, count in widths.items()), default=(0, 0))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _first_records(text: str, delimiter: str, limit: int) -> list[tuple[int, list[str]]]:
    out = []
    try:
        for number, cells in enumerate(csv.reader(io.StringIO(text, newline=""),
                                                  delimiter=delimiter), start=1):
            if any(c.strip() for c in cells):
                out.append((number, cells))
                if len(out) >= limit:
                    break
    except csv.Error:
        pass  # judged on what could be read; the full read reports the error
    return out


def _csv_rows(text: str, delimiter: str) -> list[tuple[int, tuple[str, ...]]]:
    rows = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for number, cells in enumerate(reader, start=1):
            rows.append((number, tuple(cells)))
            if number > MAX_ROWS + HEADER_SCAN_ROWS:
                raise _file_error("import_too_many_rows", max=MAX_ROWS)
    except csv.Error as exc:
        raise _file_error("import_file_unreadable") from exc
    return rows


def _xlsx_rows(data: bytes) -> list[tuple[int, tuple[str, ...]]]:
    from openpyxl import load_workbook  # only xlsx needs it; CSV imports stay light

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise _file_error("import_file_unreadable") from exc
    try:
        sheet = book.worksheets[0]
        rows = []
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            rows.append((number, tuple(cell_text(v) for v in values)))
            if number > MAX_ROWS + HEADER_SCAN_ROWS:
                raise _file_error("import_too_many_rows", max=MAX_ROWS)
        return rows
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise _file_error("import_file_unreadable") from exc
    finally:
        book.close()


class NumberText(str):
    """A numeric spreadsheet cell: its text (with a dot, as a CSV export would hold it) for
    months, days and messages, and its exact ``number`` for amounts and hours, so that
    ``123.456`` is never read back as a thousands separator."""

    number: Decimal

    def __new__(cls, number: Decimal) -> NumberText:
        text = super().__new__(cls, format(number, "f"))
        text.number = number
        return text

    def __getnewargs__(self) -> tuple[Decimal]:  # type: ignore[override] # copy and pickle
        return (self.number,)


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a CSV export would hold (amounts with a dot).

    Numbers come back as ``NumberText``, which carries the number itself as well.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, float):
        # Excel stores every number as a binary float; 1234.5 comes back as 1234.5, and a sum
        # such as 0.1 + 0.2 as 0.30000000000000004. Six decimals keep real figures exact and
        # drop that noise; more than two decimals is then reported as a bad amount.
        number = Decimal(repr(value))
        if not number.is_finite():
            return str(value)
        if abs(number) < FLOAT_NOISE_BELOW:
            number = number.quantize(Decimal("0.000001"))
        return NumberText(number.normalize() if number else Decimal(0))
    if isinstance(value, int):
        return NumberText(Decimal(value))
    return str(value)


def trim_cells(cells: Sequence[str]) -> list[str]:
    """Without trailing empty cells (a trailing separator is not a column)."""
    out = list(cells)
    while out and not out[-1].strip():
        out.pop()
    return out


def _table(rows: list[tuple[int, tuple[str, ...]]], **info: str) -> RawTable:
    header_index = _header_index(rows)
    if header_index is None:
        raise _file_error("import_file_empty")
    number, headers = rows[header_index]
    body = tuple((n, cells) for n, cells in rows[header_index + 1:] if any(c.strip() for c in cells))
    if not body:
        raise _file_error("import_no_rows")
    if len(body) > MAX_ROWS:
        raise _file_error("import_too_many_rows", max=MAX_ROWS)
    return RawTable(headers=tuple(h.strip() for h in trim_cells(headers)), header_row=number,
                    rows=body, **info)


def _header_index(rows: Sequence[tuple[int, Sequence[str]]]) -> int | None:
    """The first row with the most known column names (≥ 2), else the first non-empty row."""
    candidates = [i for i, (_, cells) in enumerate(rows) if any(c.strip() for c in cells)]
    if not candidates:
        return None
    best, best_hits = candidates[0], 1
    for i in candidates[:HEADER_SCAN_ROWS]:
        hits = sum(1 for cell in rows[i][1] if _exact_field(cell))
        if hits > best_hits:
            best, best_hits = i, hits
    return best


# --- column mapping -------------------------------------------------------------------------

def _normal(text: str) -> str:
    """Header text without case, punctuation, units or extra spaces; ä and ö are kept."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"€|\beur\b|%", " ", text)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


_ALIASES = {field: tuple(_normal(a) for a in names) for field, names in HEADER_ALIASES.items()}


def _exact_field(header: str) -> str | None:
    normal = _normal(header)
    return next((f for f, names in _ALIASES.items() if normal and normal in names), None)


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field → column index, from the header names. Each column serves one field at most."""
    mapping: dict[str, int] = {}
    used: set[int] = set()
    normals = [_normal(h) for h in headers]
    for exact in (True, False):
        for field in IMPORT_FIELDS:
            if field in mapping:
                continue
            for alias in _ALIASES[field]:
                column = _find(normals, alias, used, exact)
                if column is not None:
                    mapping[field] = column
                    used.add(column)
                    break
    return mapping


def _find(normals: Sequence[str], alias: str, used: set[int], exact: bool) -> int | None:
    for column, normal in enumerate(normals):
        if column in used or not normal:
            continue
        if normal == alias or (not exact and len(alias) >= 4 and re.search(
                rf"\b{re.escape(alias)}\b", normal)):
            return column
    return None


def mapping_to_preset(mapping: Mapping[str, int], headers: Sequence[str]) -> dict[str, str]:
    """A mapping as header names, so that it fits next month's file with the same columns."""
    return {field: headers[column] for field, column in mapping.items()
            if 0 <= column < len(headers)}


def mapping_from_preset(preset: Mapping[str, str], headers: Sequence[str]) -> dict[str, int]:
    """Field → column index for the headers of this file; names not found are left out."""
    normals = [_normal(h) for h in headers]
    mapping: dict[str, int] = {}
    for field, header in preset.items():
        if field in IMPORT_FIELDS and _normal(header) in normals:
            mapping[field] = normals.index(_normal(header))
    return mapping
