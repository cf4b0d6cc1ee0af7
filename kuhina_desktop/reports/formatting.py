"""Numbers, money and dates as documents print them, in Finnish or English.

Qt-free (babel only) so the PDF renderer, CSV/XLSX writers and tests share one set of rules.

Choices, made once here so every document agrees:

* Finnish thousands separator is U+00A0 NO-BREAK SPACE (``1 234,50 €``), also between the
  amount and ``€`` and before ``%``. It is what CLDR gives for fi, DejaVu Sans has it at full
  space width (digits stay legible at 7 pt) and ReportLab never breaks a line at it, so an
  amount is never split over two lines. ReportLab writes it into the PDF's text layer as a plain
  space, so text copied out of a PDF reads ``1 234,50 €``. U+202F (narrow no-break space) would
  be finer typography, but ReportLab's paragraph wrapping breaks lines at it.
* Negative amounts use ASCII hyphen-minus (``-1 234,50 €``, ``-€1,234.50``), not U+2212, so a
  number copied out of a PDF stays a number in a spreadsheet.
* English dates are ``5 Mar 2026``: unambiguous for British and American readers alike, where
  ``05/03/2026`` would be read as 3 May by half of them.
* Percentages take a fraction (``Decimal("0.65")`` → ``65 %``), as ``domain.money`` stores rates.

Parsing lives in ``domain.money``; this module only turns values into text.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from kuhina_desktop.reports.model_types import LANGUAGES, Language

if TYPE_CHECKING:
    from kuhina_desktop.reports.model import Cell

__all__ = [
    "LANGUAGES", "Language", "cell_text", "clean_text", "format_date", "format_decimal", "format_int",
    "format_money", "format_percent", "format_period", "month_name",
]

def _babel_decimal(value, **kwargs) -> str:
    # babel is imported on first use: its locale data costs start-up time the window need not pay.
    from babel.numbers import format_decimal

    return format_decimal(value, **kwargs)


def _babel_date(value, pattern: str, **kwargs) -> str:
    from babel.dates import format_date

    return format_date(value, pattern, **kwargs)


def load_locale_data() -> None:
    """Read babel's locale data of both languages now (about 40 ms, once per process).

    The window calls this on a worker after its first paint, so the first amount it shows
    does not wait for the data; everything else reads it on first use.
    """
    for lang in LANGUAGES:
        format_money(0, lang)
        _babel_date(date(2000, 1, 1), "d MMM yyyy", locale=_locale(lang))


NBSP = "\u00a0"
EN_DASH = "\u2013"

# en_GB rather than en_US: day-month order and € conventions closer to a Finnish reader.
_LOCALES: dict[str, str] = {"fi": "fi_FI", "en": "en_GB"}


def _locale(lang: str) -> str:
    try:
        return _LOCALES[lang]
    except KeyError:
        raise ValueError(f"unsupported document language {lang!r}; use one of {LANGUAGES}") from None


def _rounded(value: Decimal, places: int) -> Decimal:
    # Half-up like domain.money; babel alone would round half-even.
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _number(value: Decimal, lang: str, places: int | None) -> str:
    """Rounded, grouped, signed number with the locale's separators."""
    if not value.is_finite():
        raise ValueError("not a finite number")
    if places is None:
        places = max(0, -int(value.as_tuple().exponent))
    value = _rounded(value, places)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    text = _babel_decimal(abs(value), format=pattern, locale=_locale(lang))
    # A value that rounds to zero prints without a sign: "-0,00 €" would look like an error.
    return ("-" if value < 0 else "") + text.replace("\u202f", NBSP)


def format_money(cents: int, lang: str, *, with_cents: bool = True, symbol: bool = True) -> str:
    """``123450`` → ``1 234,50 €`` (fi) / ``€1,234.50`` (en).

    ``with_cents=False`` rounds half-up to whole euros for chart axes and dense overviews;
    ``symbol=False`` leaves out ``€`` when a column header already says it.
    """
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise TypeError(f"money is integer cents, got {type(cents).__name__}")
    text = _number(Decimal(cents) / 100, lang, 2 if with_cents else 0)
    if not symbol:
        return text
    sign, body = ("-", text[1:]) if text.startswith("-") else ("", text)
    return f"{sign}{body}{NBSP}€" if lang == "fi" else f"{sign}€{body}"


def format_decimal(value: Decimal | int, lang: str, places: int | None = None) -> str:
    """``Decimal("1234.5")`` → ``1 234,5`` (fi) / ``1,234.5`` (en); ``places`` fixes the decimals."""
    if isinstance(value, float | bool):
        raise TypeError("floats are not printed: pass Decimal or int")
    return _number(Decimal(value), lang, places)


def format_int(value: int, lang: str) -> str:
    """Whole numbers with grouping: ``12 345`` (fi) / ``12,345`` (en)."""
    return format_decimal(int(value), lang, 0)


def format_percent(fraction: Decimal, lang: str, places: int | None = None) -> str:
    """``Decimal("0.65")`` → ``65 %`` (fi) / ``65%`` (en).

    Without ``places`` the significant decimals of the rate are kept (0.171 → ``17,1 %``),
    so a rate is never printed rounder than it is applied.
    """
    percent = (Decimal(fraction) * 100).normalize()
    if places is None and percent == percent.to_integral_value():
        percent = percent.quantize(Decimal(1))
    text = format_decimal(percent, lang, places)
    return f"{text}{NBSP}%" if lang == "fi" else f"{text}%"


def format_date(value: date, lang: str) -> str:
    """``5.3.2026`` (fi) / ``5 Mar 2026`` (en)."""
    if lang == "fi":
        # CLDR's d.M.yyyy has no words in it: written out, it is forty times quicker than
        # babel, which matters for lists of thousands of dates (tests hold the two equal).
        return f"{value.day}.{value.month}.{value.year:04d}"
    return _babel_date(value, "d MMM yyyy", locale=_locale(lang))


def format_period(start: date, end: date, lang: str) -> str:
    """A date range with the shared year said once: ``1.1.–28.2.2026`` / ``1 Jan – 28 Feb 2026``."""
    if end < start:
        raise ValueError("period ends before it starts")
    if start == end:
        return format_date(start, lang)
    if start.year != end.year:
        sep = EN_DASH if lang == "fi" else f" {EN_DASH} "
        return f"{format_date(start, lang)}{sep}{format_date(end, lang)}"
    if lang == "fi":
        return f"{start.day}.{start.month}.{EN_DASH}{format_date(end, lang)}"
    head = _babel_date(start, "d MMM", locale=_locale(lang))
    return f"{head} {EN_DASH} {format_date(end, lang)}"


def month_name(month: int, lang: str, *, short: bool = False) -> str:
    """Stand-alone month name for chart categories and table headers: ``tammi`` / ``Jan``."""
    pattern = "LLL" if short else "LLLL"
    text = _babel_date(date(2000, month, 1), pattern, locale=_locale(lang))
    return text.rstrip(".")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Newlines as ``\\n``, tabs as spaces, other control characters dropped: text pasted from
    payroll exports or e-mails must not break a document."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def cell_text(value: Cell, lang: str, *, money_symbol: bool = True) -> str:
    """Any model cell as text; the one place the renderers turn typed values into strings."""
    # The document model is imported here, not at the top: the window formats amounts from
    # its first paint on and needs none of the model's classes for it.
    from kuhina_desktop.reports.model import Money, Number, Percent

    if value is None:
        return ""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, Money):
        return format_money(value.cents, lang, symbol=money_symbol)
    if isinstance(value, Percent):
        return format_percent(value.fraction, lang, value.places)
    if isinstance(value, Number):
        return format_decimal(value.value, lang, value.places)
    if isinstance(value, bool):
        raise TypeError("booleans are not cells: say yes/no in the document's language")
    if isinstance(value, int):
        return format_int(value, lang)
    if isinstance(value, date):
        return format_date(value, lang)
    raise TypeError(f"not a report cell: {type(value).__name__}")
