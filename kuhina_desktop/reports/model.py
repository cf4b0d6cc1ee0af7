"""A neutral document model that report builders produce and renderers consume.

Values stay typed (``Money(123450)``, ``date(2026, 3, 5)``, ``Percent(Decimal("0.65"))``) so tests
on builders can assert exact figures; only a renderer turns them into text, through
``reports.formatting`` in the report's language. Nothing here knows about ReportLab or Qt.

Builders may pass lists; they are frozen into tuples so a finished Report is immutable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import TypeAlias

from kuhina_desktop.reports.model_types import LANGUAGES, Language  # noqa: F401 - re-exported


@dataclass(frozen=True)
class Money:
    """An amount of euros as integer cents (never float)."""

    cents: int

    def __post_init__(self) -> None:
        if isinstance(self.cents, bool) or not isinstance(self.cents, int):
            raise TypeError(f"Money takes integer cents, got {type(self.cents).__name__}")


@dataclass(frozen=True)
class Percent:
    """A rate as a fraction (``Decimal("0.65")`` prints ``65 %``); ``places`` fixes decimals."""

    fraction: Decimal
    places: int | None = None


@dataclass(frozen=True)
class Number:
    """A decimal quantity (hours, days, FTE) with optional fixed decimals."""

    value: Decimal
    places: int | None = None


# A table or key-value cell. str is text (wraps), int a count, None an empty cell.
Cell: TypeAlias = str | int | date | Money | Percent | Number | None


class Align(Enum):
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"


def default_align(value: Cell) -> Align:
    """Text reads left-aligned; numbers, amounts and dates line up on the right."""
    return Align.LEFT if isinstance(value, str) or value is None else Align.RIGHT


def _freeze(obj: object, name: str) -> None:
    value = getattr(obj, name)
    if isinstance(value, list):
        object.__setattr__(obj, name, tuple(value))


def _freeze_rows(obj: object, name: str) -> None:
    rows = tuple(tuple(row) for row in getattr(obj, name))
    object.__setattr__(obj, name, rows)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 = section, 2 = subsection

    def __post_init__(self) -> None:
        if self.level not in (1, 2):
            raise ValueError("heading level is 1 or 2")


@dataclass(frozen=True)
class Paragraph:
    """Plain text (no markup); long text wraps, blank lines separate paragraphs."""

    text: str


@dataclass(frozen=True)
class KeyValues:
    """Label/value pairs such as the details of a support decision."""

    items: tuple[tuple[str, Cell], ...]

    def __post_init__(self) -> None:
        _freeze_rows(self, "items")
        if any(len(item) != 2 for item in self.items):
            raise ValueError("KeyValues items are (label, value) pairs")


@dataclass(frozen=True)
class Column:
    """A table column: header text, alignment (None = from the values) and relative width."""

    header: str
    width: float = 1.0
    align: Align | None = None

    def __post_init__(self) -> None:
        if self.width <= 0:
            raise ValueError("column width must be positive")


@dataclass(frozen=True)
class Table:
    """Rows of typed cells; the header repeats on every page, ``totals`` closes the table.

    ``compact`` asks for a smaller type size for wide overviews (12 months side by side);
    ``money_symbol=False`` prints amounts without ``€`` when the headers say ``(€)``.
    """

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] | None = None
    compact: bool = False
    money_symbol: bool = True

    def __post_init__(self) -> None:
        _freeze(self, "columns")
        _freeze_rows(self, "rows")
        if self.totals is not None:
            _freeze(self, "totals")
        width = len(self.columns)
        if width == 0:
            raise ValueError("a table needs at least one column")
        for index, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(f"row {index} has {len(row)} cells, the table {width} columns")
        if self.totals is not None and len(self.totals) != width:
            raise ValueError("the totals row must have one cell per column")

    def is_text_column(self, index: int) -> bool:
        """True when the column holds only text (which may wrap) or empty cells."""
        return all(isinstance(row[index], str | None) for row in self.rows)

    def align_of(self, index: int) -> Align:
        """The column's alignment: explicit, else taken from its first non-empty value."""
        column = self.columns[index]
        if column.align is not None:
            return column.align
        values = [row[index] for row in self.rows] + list(self.totals or ())[index : index + 1]
        return default_align(next((v for v in values if v is not None), None))


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[int, ...]  # cents, one per category

    def __post_init__(self) -> None:
        _freeze(self, "values")
        if any(isinstance(v, bool) or not isinstance(v, int) for v in self.values):
            raise TypeError("chart values are integer cents")


@dataclass(frozen=True)
class BarChart:
    """Grouped bars of euro amounts per category (e.g. costs vs support per month)."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    title: str = ""
    height_mm: float = 62.0  # legend and axis included

    def __post_init__(self) -> None:
        _freeze(self, "categories")
        _freeze(self, "series")
        if not self.categories:
            raise ValueError("a bar chart needs at least one category")
        if len(self.series) < 2:
            raise ValueError("a bar chart compares two or more series")
        if any(len(s.values) != len(self.categories) for s in self.series):
            raise ValueError("every series needs one value per category")


@dataclass(frozen=True)
class Spacer:
    height_mm: float = 5.0


@dataclass(frozen=True)
class PageBreak:
    pass


class NoteKind(Enum):
    NOTE = "note"
    WARNING = "warning"


@dataclass(frozen=True)
class Note:
    """A boxed remark; ``WARNING`` for things the reader must act on. ``title`` defaults to
    the catalogue's "Huomio"/"Varoitus"."""

    text: str
    kind: NoteKind = NoteKind.NOTE
    title: str | None = None


Block: TypeAlias = Heading | Paragraph | KeyValues | Table | BarChart | Spacer | PageBreak | Note


@dataclass(frozen=True)
class Report:
    """One document. ``language`` selects formats and chrome strings for this file only."""

    title: str
    period_text: str
    association_name: str
    business_id: str
    language: str
    printed_on: date
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    landscape: bool = False

    def __post_init__(self) -> None:
        _freeze(self, "blocks")
        if self.language not in LANGUAGES:
            raise ValueError(f"unsupported document language {self.language!r}")
