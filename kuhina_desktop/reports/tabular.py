"""Tables as spreadsheet files: xlsx with typed cells, and CSV that Finnish Excel opens right.

Cells are text, whole numbers, exact decimals, days or empty. Text goes through
``domain.coach_export.safe_text`` in both formats (formula injection); numbers and days are
never text, so they are not touched.

CSV for Finnish Excel (Kitsas #1274, evaka #6511): ``;`` between fields (the comma is the
decimal mark), decimal comma, days as ``5.3.2026``, UTF-8 with a byte-order mark (without it
Excel reads ä and ö as two characters each), CRLF line ends, quotes only where needed.
No thousands separators in CSV: Excel would read ``1 234,5`` as text.

xlsx: real numbers and dates with Finnish display formats; the header row bold and frozen,
with a filter, so a coach can sort and filter without breaking rows apart.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from kuhina_desktop.domain.coach_export import Cell, safe_cell, safe_text

DATE_FORMAT = "d.m.yyyy"
DECIMAL_FORMAT = "#,##0.0#"  # stored in the file's neutral notation; Excel shows 1 234,5
INTEGER_FORMAT = "0"
MAX_WIDTH = 60  # characters; longer text wraps inside its cell
WRAP_FROM = 40


@dataclass(frozen=True)
class SheetTable:
    title: str  # at most 31 characters, none of []:*?/\
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("booleans are not export cells")
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return f"{value:f}".replace(".", ",")
    if isinstance(value, date):
        return f"{value.day}.{value.month}.{value.year}"
    raise TypeError(f"not an export cell: {type(value).__name__}")


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                        lineterminator="\r\n")
    writer.writerow([safe_text(h) for h in headers])
    for row in rows:
        writer.writerow([csv_value(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(sheets: Sequence[SheetTable], created: datetime | None = None) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    if created is not None:
        # Naive local time; the properties otherwise carry the moment of writing, not of export.
        book.properties.created = book.properties.modified = created.replace(tzinfo=None)
    book.properties.creator = "Kuhina Desktop"
    for table in sheets:
        _sheet(book.create_sheet(table.title), table)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet(sheet, table: SheetTable) -> None:
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    for column, header in enumerate(table.headers, start=1):
        cell = sheet.cell(row=1, column=column, value=safe_text(header))
        cell.font = bold
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for row_index, row in enumerate(table.rows, start=2):
        for column, value in enumerate(row, start=1):
            _write_cell(sheet.cell(row=row_index, column=column), value)
    sheet.freeze_panes = "A2"
    if table.headers:
        sheet.auto_filter.ref = sheet.dimensions
    _column_widths(sheet, table)


def _write_cell(cell, value: Cell) -> None:
    from openpyxl.styles import Alignment

    value = safe_cell(value)
    if isinstance(value, bool):
        raise TypeError("booleans are not export cells")
    if isinstance(value, str):
        cell.value = value
        # Typed as text outright: openpyxl takes any text starting with "=" for a formula.
        cell.data_type = "s"
        if "\n" in value or len(value) > WRAP_FROM:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        return
    cell.value = value
    if isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        cell.number_format = DECIMAL_FORMAT
    elif isinstance(value, int):
        cell.number_format = INTEGER_FORMAT


def _column_widths(sheet, table: SheetTable) -> None:
    from openpyxl.utils import get_column_letter

    for index, header in enumerate(table.headers):
        longest = max([len(header), *(_width(row[index]) for row in table.rows)])
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(longest + 2, MAX_WIDTH)


def _width(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    text = str(value)
    return max(len(line) for line in text.split("\n")) if text else 0
