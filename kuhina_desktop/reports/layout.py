"""Renderer-independent layout arithmetic (no ReportLab, no Qt), kept apart so it can be tested
on its own and reused by other writers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kuhina_desktop.reports.model import Table


def fit_column_widths(relative: Sequence[float], minimums: Sequence[float], total: float) -> list[float]:
    """Share ``total`` between columns in proportion to ``relative`` without going below
    ``minimums``.

    Amounts and dates must not wrap, so their columns claim the room their widest value needs and
    the wrapping text columns give it up. When even the minimums do not fit, everything is scaled
    down in proportion to the minimums and the renderer shrinks the type of the cells that still
    overflow (never clipping them).
    """
    if len(relative) != len(minimums):
        raise ValueError("one minimum per column")
    if not relative:
        return []
    need = sum(minimums)
    if need >= total:
        return [total * m / need for m in minimums] if need else [total / len(relative)] * len(relative)
    fixed: dict[int, float] = {}
    while True:
        free = total - sum(fixed.values())
        share = sum(r for i, r in enumerate(relative) if i not in fixed)
        grown = {
            i: minimums[i]
            for i, r in enumerate(relative)
            if i not in fixed and free * r / share < minimums[i]
        }
        if not grown:
            return [fixed[i] if i in fixed else free * r / share for i, r in enumerate(relative)]
        fixed.update(grown)


def column_minimums(table: Table, texts: Sequence[Sequence[str]], *, regular: Callable[[str], float],
                    bold: Callable[[str], float], padding: float, cap: float) -> list[float]:
    """The narrowest each column should be, given the formatted body cells ``texts``.

    Headers wrap between words, so their longest word counts. Text wraps too, but a column
    narrower than its longest word would split names mid-word. Amounts, dates and counts never
    wrap, so their widest body value counts. The totals row is left out on purpose: one wide
    total must not squeeze the name column of a 200-row table; the renderer sets such a total a
    little smaller instead. ``cap`` keeps one long word or URL from starving the other columns.
    """
    minimums = []
    for index, column in enumerate(table.columns):
        need = max(bold(word) for word in column.header.split() or [""])
        if table.is_text_column(index):
            words = {word for row in texts for word in row[index].split()}
            need = max([need] + [regular(word) for word in words])
        else:
            need = max([need] + [regular(row[index]) for row in texts])
        minimums.append(min(need + padding, cap))
    return minimums


def lend_spare_width(widths: Sequence[float], wanted: Sequence[float],
                     spare: Sequence[float]) -> list[float]:
    """Move room from columns that do not use it (``spare``) to columns that ask for more
    (``wanted`` above their width), in proportion, never more than is spare or asked for.

    Used so that a short name column lends room to a bold totals row instead of the totals
    being set smaller; the sum of the widths is unchanged.
    """
    deficits = [max(0.0, want - width) for want, width in zip(wanted, widths, strict=True)]
    asked, offered = sum(deficits), sum(spare)
    moved = min(asked, offered)
    if moved <= 0:
        return list(widths)
    return [width + moved * deficit / asked - moved * give / offered
            for width, deficit, give in zip(widths, deficits, spare, strict=True)]


Measure = Callable[[str], float]


def table_widths(table: Table, body: Sequence[Sequence[str]], totals: Sequence[str] | None, *,
                 total: float, padding: float, regular: Measure, bold: Measure) -> list[float]:
    """Column widths for ``table`` filling ``total``: relative widths, then the minimums of
    ``column_minimums``, then text columns wider than their longest line lend room so headers
    stay on one line and bold totals keep their size.

    ``body``/``totals`` are the formatted cells, ``regular``/``bold`` measure a string and
    ``padding`` is a cell's horizontal padding (both sides).
    """
    minimums = column_minimums(table, body, regular=regular, bold=bold, padding=padding,
                               cap=total * 0.3)
    widths = fit_column_widths([c.width for c in table.columns], minimums, total)
    text = [table.is_text_column(i) for i in range(len(widths))]
    wanted = [max(bold(column.header), bold(totals[i]) if totals and not text[i] else 0) + padding
              for i, column in enumerate(table.columns)]
    spare = [max(0.0, w - max([wanted[i]] + [regular(row[i]) + padding for row in body]))
             if text[i] else 0.0 for i, w in enumerate(widths)]
    return lend_spare_width(widths, wanted, spare)
