from dataclasses import FrozenInstanceError
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kuhina_desktop.reports import model as m
from kuhina_desktop.reports.layout import fit_column_widths, lend_spare_width


def test_lists_are_frozen_into_tuples_and_the_model_is_immutable() -> None:
    table = m.Table([m.Column("A"), m.Column("B")], [["x", m.Money(1)]], totals=["Σ", m.Money(1)])
    assert table.columns == (m.Column("A"), m.Column("B"))
    assert table.rows == (("x", m.Money(1)),)
    assert table.totals == ("Σ", m.Money(1))
    with pytest.raises(FrozenInstanceError):
        table.compact = True  # type: ignore[misc]
    assert hash(table) == hash(m.Table([m.Column("A"), m.Column("B")], [["x", m.Money(1)]],
                                       totals=["Σ", m.Money(1)]))


def test_builders_can_assert_exact_typed_values() -> None:
    kv = m.KeyValues([("Tuki", m.Money(140000)), ("Tuki-%", m.Percent(Decimal("0.5")))])
    assert kv.items[0][1] == m.Money(140000)
    assert kv.items[1][1].fraction == Decimal("0.5")


@pytest.mark.parametrize("make", [
    lambda: m.Table([m.Column("A"), m.Column("B")], [["only one"]]),
    lambda: m.Table([m.Column("A")], [["x"]], totals=["x", "y"]),
    lambda: m.Table([], []),
    lambda: m.Column("A", width=0),
    lambda: m.BarChart(["tammi"], [m.Series("Kulut", [1])]),
    lambda: m.BarChart(["tammi"], [m.Series("Kulut", [1]), m.Series("Tuki", [1, 2])]),
    lambda: m.BarChart([], [m.Series("Kulut", []), m.Series("Tuki", [])]),
    lambda: m.Heading("x", level=3),
    lambda: m.KeyValues([("label", "value", "extra")]),
    lambda: m.Report("T", "P", "A", "1234567-8", "sv", date(2026, 1, 1)),
])
def test_invalid_models_are_refused(make) -> None:
    with pytest.raises(ValueError):
        make()


@pytest.mark.parametrize("bad", [1.5, True, Decimal("1")])
def test_money_and_chart_values_are_integer_cents(bad) -> None:
    with pytest.raises(TypeError):
        m.Money(bad)
    with pytest.raises(TypeError):
        m.Series("x", [bad])


def test_alignment_follows_the_values_unless_set() -> None:
    table = m.Table(
        [m.Column("Name"), m.Column("Sum"), m.Column("Day"), m.Column("Forced", align=m.Align.CENTER),
         m.Column("Empty")],
        [[None, None, date(2026, 1, 1), "x", None], ["Aino", m.Money(5), None, "y", None]],
    )
    assert [table.align_of(i) for i in range(5)] == [
        m.Align.LEFT, m.Align.RIGHT, m.Align.RIGHT, m.Align.CENTER, m.Align.LEFT]
    assert table.is_text_column(0) and not table.is_text_column(1)


def test_widths_follow_relative_widths_when_there_is_room() -> None:
    assert fit_column_widths([1, 3], [0, 0], 400) == [100, 300]


def test_narrow_number_columns_take_room_from_text() -> None:
    widths = fit_column_widths([4, 1, 1], [10, 90, 90], 400)
    assert widths[1] == widths[2] == 90
    assert widths[0] == pytest.approx(220)


def test_impossible_minimums_scale_down_together() -> None:
    assert fit_column_widths([1, 1], [300, 100], 200) == [150, 50]


@given(st.lists(st.tuples(st.floats(0.1, 10), st.floats(0, 200)), min_size=1, max_size=20),
       st.floats(50, 2000))
def test_widths_always_fill_the_table_and_respect_feasible_minimums(cols, total) -> None:
    relative, minimums = zip(*cols, strict=True)
    widths = fit_column_widths(relative, minimums, total)
    assert sum(widths) == pytest.approx(total)
    assume(sum(minimums) < total)
    assert all(w >= mn - 1e-6 for w, mn in zip(widths, minimums, strict=True))


def test_spare_room_goes_to_columns_that_ask_for_it() -> None:
    assert lend_spare_width([100, 50, 50], [100, 60, 50], [30, 0, 0]) == [90, 60, 50]
    # Asked for more than is spare: everything spare moves, shared by need.
    assert lend_spare_width([100, 50, 50], [100, 70, 60], [15, 0, 0]) == [85, 60, 55]
    assert lend_spare_width([100, 50], [100, 50], [30, 0]) == [100, 50]


@given(st.lists(st.tuples(st.floats(10, 300), st.floats(0, 100), st.floats(0, 1)), min_size=1,
                max_size=15))
def test_lending_keeps_the_total_width(cols) -> None:
    widths = [w for w, _, _ in cols]
    wanted = [w + extra for w, extra, _ in cols]
    spare = [w * share for w, _, share in cols]
    lent = lend_spare_width(widths, wanted, spare)
    assert sum(lent) == pytest.approx(sum(widths))
    assert all(new <= want + 1e-6 for new, want in zip(lent, wanted, strict=True))
