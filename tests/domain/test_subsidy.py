"""The support engine: worked examples, every kind, every cost item, caps, periods, deadlines."""

from __future__ import annotations

import io
import tokenize
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.rates import RateTables
from kuhina_desktop.domain.subsidy import (
    ContributionMethod,
    CostItem,
    Kind,
    application_deadline,
    calculate,
    eligible_costs,
    payment_periods,
    working_time_factor,
)

from .factories import SEED, decision, employment, eur, month

COEF = ContributionMethod.COEFFICIENT


def one(dec, emp, wage, tables=SEED):
    result = calculate(dec, emp, [wage], tables)
    assert len(result.months) == 1
    return result.months[0]


def half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --- worked examples (DOMAIN.md, domain research §2.7) -----------------------------------------

def test_example_a_palkkatuki_100_at_exactly_65_percent():
    m = one(decision(), employment("24.375", "37.5"), month("2026-01", "1495.00"))
    assert SEED.contribution_rates_for(2026).contributions_on(eur("1495.00")) == eur("297.39")
    assert m.wage_costs == eur("1792.39")
    assert m.eligible_costs == eur("1792.39")
    assert m.cap == eur("2020.00")
    assert m.support == eur("1792.39")


def test_example_a_with_the_coefficient_method_is_capped_at_actual_costs():
    # 1 495,00 × 1,23 = 1 838,85 > actual 1 792,39
    m = one(decision(contribution_method=COEF), employment(), month("2026-01", "1495.00"))
    assert m.support == eur("1792.39")


def test_example_a_at_80_percent_working_time():
    m = one(decision(), employment("30", "37.5"), month("2026-01", "1840.00"))
    assert m.wage_costs == eur("2206.03")
    assert m.eligible_costs == eur("1792.40")  # 2 206,03 × 0,65 / 0,80
    assert m.support == eur("1792.40")
    assert m.wage_costs - m.support == eur("413.63")  # the association's own cost


def test_example_b_palkkatuki_50_capped():
    m = one(decision(Kind.PALKKATUKI_50), employment("37.5"), month("2026-01", "2800.00"))
    assert m.eligible_costs == eur("2800.00")
    assert m.support == eur("1260.00")  # 1 400,00 capped


def test_example_b_palkkatuki_70_capped():
    m = one(decision(Kind.PALKKATUKI_70), employment("37.5"), month("2026-01", "2600.00"))
    assert m.support == eur("1770.00")  # 1 820,00 capped


# --- every kind -------------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "gross", "expected"), [
    (Kind.PALKKATUKI_50, "2000.00", "1000.00"),
    (Kind.PALKKATUKI_50, "2520.00", "1260.00"),  # exactly at the cap
    (Kind.PALKKATUKI_70, "2000.00", "1400.00"),
    (Kind.TYOLLISTAMISTUKI_55, "2000.00", "1400.00"),
    (Kind.TYOLLISTAMISTUKI_55, "3000.00", "1770.00"),
    (Kind.PALKKATUKI_100, "3000.00", "2020.00"),  # 3 596,79 of costs, capped
])
def test_statutory_kinds(kind, gross, expected):
    m = one(decision(kind), employment("24.375"), month("2026-02", gross))
    assert m.support == eur(expected)


def test_kuntalisa_as_a_flat_amount_per_month():
    # Liperi-style 350 €/work month: 100 % of costs up to 350 €, after the state subsidy.
    dec = decision(Kind.KUNTALISA, percent=Decimal(100), monthly_cap_cents=eur("350.00"))
    m = one(dec, employment(), month("2026-03", "2000.00", other_public_support="1260.00"))
    assert m.support == eur("350.00")


def test_kuntalisa_uses_the_basic_items_by_default():
    dec = decision(Kind.KUNTALISA, percent=Decimal(100), monthly_cap_cents=eur("9999.00"))
    m = one(dec, employment(), month("2026-03", "100.00", supplements="500.00",
                                     holiday_bonus="50.00", holiday_pay="20.00"))
    assert m.eligible_costs == eur("120.00")


def test_tyollistamislisa_with_its_own_percent_and_cap():
    dec = decision(Kind.TYOLLISTAMISLISA, percent=Decimal(50), monthly_cap_cents=eur("1500.00"))
    assert one(dec, employment(), month("2026-03", "2000.00")).support == eur("1000.00")
    assert one(dec, employment(), month("2026-03", "3500.00")).support == eur("1500.00")


def test_other_kind_with_its_own_eligible_items():
    dec = decision(Kind.OTHER, percent=Decimal(100), monthly_cap_cents=eur("5000.00"),
                   eligible_items=frozenset({CostItem.GROSS_PAY,
                                             CostItem.EMPLOYER_CONTRIBUTIONS}))
    m = one(dec, employment(), month("2026-01", "1495.00", supplements="100.00"))
    contributions = SEED.contribution_rates_for(2026).contributions_on(eur("1595.00"))
    expected = Decimal(eur("1495.00")) + Decimal(contributions) * 1495 / 1595
    assert m.support == half_up(expected)


def test_other_kind_with_a_working_time_cap():
    dec = decision(Kind.OTHER, percent=Decimal(50), monthly_cap_cents=eur("5000.00"),
                   working_time_cap=Decimal("0.5"))
    m = one(dec, employment("30", "37.5"), month("2026-01", "2000.00"))
    assert m.eligible_costs == eur("1250.00")  # × 0,5 / 0,8
    assert m.support == eur("625.00")


def test_statutory_kinds_cannot_choose_their_items():
    dec = decision(Kind.PALKKATUKI_50, eligible_items=frozenset({CostItem.SUPPLEMENTS}))
    with pytest.raises(ValidationError) as info:
        calculate(dec, employment(), [month("2026-01", "1000.00")], SEED)
    assert (info.value.code, info.value.field) == ("eligible_items_not_allowed",
                                                   "decision.eligible_items")


# --- cost items -------------------------------------------------------------------------------

ALL_ITEMS = {"supplements": "100.00", "holiday_pay": "200.00", "holiday_bonus": "100.00",
             "holiday_compensation": "300.00", "tax_free_allowances": "50.00"}


def test_wage_costs_are_taxable_pay_plus_contributions_without_allowances():
    m = one(decision(), employment(), month("2026-04", "1000.00", **ALL_ITEMS))
    taxable = eur("1700.00")
    assert m.wage_costs == taxable + SEED.contribution_rates_for(2026).contributions_on(taxable)


@pytest.mark.parametrize("kind", [Kind.PALKKATUKI_50, Kind.PALKKATUKI_70,
                                  Kind.TYOLLISTAMISTUKI_55])
def test_basic_kinds_cover_gross_pay_and_holiday_pay_only(kind):
    m = one(decision(kind), employment("30"), month("2026-04", "1000.00", **ALL_ITEMS))
    assert m.eligible_costs == eur("1200.00")


def test_palkkatuki_100_covers_supplements_holiday_pay_bonus_and_their_contributions():
    m = one(decision(), employment(), month("2026-04", "1000.00", **ALL_ITEMS))
    contributions = SEED.contribution_rates_for(2026).contributions_on(eur("1700.00"))
    # holiday compensation (300,00) and its share of the contributions stay out
    expected = eur("1400.00") + Decimal(contributions) * 1400 / 1700
    assert m.eligible_costs == half_up(expected)
    assert m.support == half_up(expected)


def test_entered_contributions_replace_the_rate_table():
    m = one(decision(), employment(), month("2026-01", "1495.00", employer_contributions="250.00"))
    assert m.wage_costs == eur("1745.00")
    assert m.support == eur("1745.00")


def test_contributions_use_the_rate_table_of_the_month_year():
    dec = decision(start=date(2025, 11, 1), end=date(2026, 2, 28))
    result = calculate(dec, employment(), [month("2025-12", "1495.00"),
                                           month("2026-01", "1495.00")], SEED)
    assert [m.wage_costs for m in result.months] == [eur("1794.66"), eur("1792.39")]


def test_a_year_without_rates_needs_entered_contributions():
    dec = decision(start=date(2026, 6, 1), end=date(2027, 3, 31))
    months = [month("2026-12", "1000.00"), month("2027-01", "1000.00")]
    with pytest.raises(ValidationError) as info:
        calculate(dec, employment(), months, SEED)
    assert info.value.code == "contribution_rates_missing"
    assert info.value.field == "months[1].employer_contributions"
    assert info.value.params == {"year": 2027}
    months[1] = month("2027-01", "1000.00", employer_contributions="200.00")
    assert calculate(dec, employment(), months, SEED).months[1].support == eur("1200.00")


# --- Kela-compensated pay ---------------------------------------------------------------------

def test_kela_compensated_pay_is_taken_off_basic_kinds():
    m = one(decision(Kind.PALKKATUKI_50), employment(), month("2026-05", "2000.00",
                                                              kela_compensated_pay="500.00"))
    assert m.eligible_costs == eur("1500.00")
    assert m.support == eur("750.00")


def test_kela_compensated_pay_and_its_contributions_are_taken_off_100():
    m = one(decision(), employment(), month("2026-05", "1495.00", kela_compensated_pay="495.00"))
    # 1 000,00 + 297,39 × 1 000 / 1 495 = 1 198,9231
    assert m.eligible_costs == eur("1198.92")
    assert m.support == eur("1198.92")


def test_kela_share_of_entered_contributions():
    m = one(decision(), employment(), month("2026-05", "1495.00", kela_compensated_pay="495.00",
                                            employer_contributions="300.00"))
    assert m.support == eur("1200.67")  # 1 000,00 + 300,00 × 1 000 / 1 495


def test_kela_pay_larger_than_the_eligible_pay_gives_nothing():
    m = one(decision(Kind.PALKKATUKI_70), employment(),
            month("2026-05", "300.00", supplements="500.00", kela_compensated_pay="400.00"))
    assert m.eligible_costs == 0
    assert m.support == 0


# --- other public support ---------------------------------------------------------------------

def test_other_public_support_reduces_the_room_under_wage_costs():
    m = one(decision(), employment(), month("2026-01", "1495.00", other_public_support="500.00"))
    assert m.support == eur("1292.39")


def test_other_public_support_limits_a_capped_kind():
    m = one(decision(Kind.PALKKATUKI_50), employment(),
            month("2026-01", "2000.00", other_public_support="1500.00"))
    assert m.wage_costs == eur("2397.86")
    assert m.support == eur("897.86")  # not 1 000,00


def test_support_is_never_negative():
    m = one(decision(), employment(), month("2026-01", "1000.00", other_public_support="5000.00"))
    assert m.support == 0


# --- working time -----------------------------------------------------------------------------

@pytest.mark.parametrize(("weekly", "expected"), [
    ("24.375", Decimal(1)),  # exactly 65 %
    ("20", Decimal(1)),
    ("0", Decimal(1)),
    ("37.5", Decimal("0.65")),
    ("30", Decimal("0.8125")),
])
def test_working_time_factor(weekly, expected):
    assert working_time_factor(decision(), employment(weekly, "37.5")) == expected


def test_no_working_time_cap_for_basic_kinds():
    assert working_time_factor(decision(Kind.PALKKATUKI_50), employment("37.5")) == 1


def test_working_time_above_the_cap_with_the_coefficient_method():
    dec = decision(contribution_method=COEF)
    m = one(dec, employment("37.5", "37.5"), month("2026-01", "2000.00",
                                                   employer_contributions="600.00"))
    # 2 000 × 1,23 = 2 460 (< 2 600 actual) × 0,65 = 1 599,00
    assert m.eligible_costs == eur("1599.00")
    actual = one(decision(), employment("37.5", "37.5"),
                 month("2026-01", "2000.00", employer_contributions="600.00"))
    assert actual.eligible_costs == eur("1690.00")  # 2 600 × 0,65


def test_coefficient_counts_only_where_contributions_are_eligible():
    dec = decision(Kind.PALKKATUKI_50, contribution_method=COEF)
    assert one(dec, employment(), month("2026-01", "2000.00")).eligible_costs == eur("2000.00")


def test_eligible_costs_are_exact_until_the_end():
    value = eligible_costs(decision(), employment("30", "37.5"), month("2026-01", "1840.00"),
                           eur("366.03"))
    assert value == Decimal("179239.9375")


# --- partial months and caps ------------------------------------------------------------------

PARTIAL = {"start": date(2026, 1, 15), "end": date(2026, 10, 14)}


@pytest.mark.parametrize(("ym", "days", "cap"), [
    ("2026-01", 17, "690.97"),  # 1 260 × 17 / 31 = 690,9677
    ("2026-02", 28, "1260.00"),
    ("2026-10", 14, "569.03"),  # 1 260 × 14 / 31 = 569,0323
])
def test_partial_first_and_last_month_prorate_the_cap(ym, days, cap):
    m = one(decision(Kind.PALKKATUKI_50, **PARTIAL), employment(), month(ym, "3000.00"))
    assert m.covered_days == days
    assert m.cap == eur(cap)
    assert m.support == eur(cap)


@pytest.mark.parametrize("ym", ["2026-01", "2026-10"])
def test_prorating_off_keeps_the_full_cap(ym):
    dec = decision(Kind.PALKKATUKI_50, prorate_partial_months=False, **PARTIAL)
    m = one(dec, employment(), month(ym, "3000.00"))
    assert m.cap == eur("1260.00")
    assert m.support == eur("1260.00")


def test_partial_month_below_the_prorated_cap_pays_the_percent():
    m = one(decision(Kind.PALKKATUKI_50, **PARTIAL), employment(), month("2026-01", "1000.00"))
    assert m.support == eur("500.00")


def test_partial_month_of_100():
    dec = decision(start=date(2026, 1, 20), end=date(2026, 10, 19))
    m = one(dec, employment(), month("2026-01", "1495.00"))
    assert m.cap == eur("781.94")  # 2 020 × 12 / 31 = 781,935…
    assert m.support == eur("781.94")


@pytest.mark.parametrize(("start", "ym", "cap"), [
    (date(2026, 2, 15), "2026-02", "630.00"),  # 14 / 28
    (date(2028, 2, 15), "2028-02", "651.72"),  # 15 / 29, leap year
])
def test_february(start, ym, cap):
    dec = decision(Kind.PALKKATUKI_50, start=start, end=date(start.year, 9, 30),
                   monthly_cap_cents=eur("1260.00"))
    m = one(dec, employment(), month(ym, "3000.00", employer_contributions="0"))
    assert m.cap == eur(cap)


def test_one_day_decision():
    dec = decision(Kind.PALKKATUKI_50, start=date(2026, 3, 31), end=date(2026, 3, 31))
    m = one(dec, employment(), month("2026-03", "3000.00"))
    assert (m.covered_days, m.cap) == (1, eur("40.65"))  # 1 260 / 31


def test_months_outside_the_subsidy_period_get_nothing():
    result = calculate(decision(), employment(), [month("2025-12", "1495.00"),
                                                  month("2026-11", "1495.00")], SEED)
    for m in result.months:
        assert (m.support, m.cap, m.eligible_costs, m.covered_days) == (0, 0, 0, 0)
        assert not m.in_period
    assert [m.wage_costs for m in result.months] == [eur("1794.66"), eur("1792.39")]
    assert result.periods == ()
    assert result.total_support == 0


# --- payment periods and deadlines ------------------------------------------------------------

def _d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.mark.parametrize(("size", "start", "end", "expected"), [
    (1, "2026-01-01", "2026-03-31",
     [("2026-01-01", "2026-01-31"), ("2026-02-01", "2026-02-28"), ("2026-03-01", "2026-03-31")]),
    (2, "2026-01-01", "2026-10-31",
     [("2026-01-01", "2026-02-28"), ("2026-03-01", "2026-04-30"), ("2026-05-01", "2026-06-30"),
      ("2026-07-01", "2026-08-31"), ("2026-09-01", "2026-10-31")]),
    (3, "2026-01-01", "2026-10-31",  # 10 months: the last period is one month
     [("2026-01-01", "2026-03-31"), ("2026-04-01", "2026-06-30"), ("2026-07-01", "2026-09-30"),
      ("2026-10-01", "2026-10-31")]),
    (2, "2026-01-15", "2026-06-14",
     [("2026-01-15", "2026-02-28"), ("2026-03-01", "2026-04-30"), ("2026-05-01", "2026-06-14")]),
    (3, "2026-08-01", "2027-01-31",
     [("2026-08-01", "2026-10-31"), ("2026-11-01", "2027-01-31")]),
])
def test_payment_periods(size, start, end, expected):
    dec = decision(start=_d(start), end=_d(end), payment_period_months=size)
    assert payment_periods(dec) == tuple((_d(a), _d(b)) for a, b in expected)


@pytest.mark.parametrize(("period_end", "deadline"), [
    ("2026-03-31", "2026-05-31"),
    ("2026-02-28", "2026-04-30"),
    ("2026-06-14", "2026-08-31"),
    ("2026-10-31", "2026-12-31"),
    ("2026-11-30", "2027-01-31"),
    ("2026-12-31", "2027-02-28"),
    ("2027-12-31", "2028-02-29"),
])
def test_application_deadline(period_end, deadline):
    assert application_deadline(_d(period_end)) == _d(deadline)


def test_period_results_sum_their_months_and_skip_periods_without_data():
    dec = decision(Kind.PALKKATUKI_50, payment_period_months=2)
    months = [month("2026-03", "2000.00"), month("2026-01", "2000.00"),
              month("2026-02", "3000.00"), month("2026-11", "2000.00")]
    result = calculate(dec, employment(), months, SEED)
    assert [m.month.month for m in result.months] == [1, 2, 3, 11]  # sorted
    assert [(p.start, p.end, p.support, p.deadline) for p in result.periods] == [
        (date(2026, 1, 1), date(2026, 2, 28), eur("2260.00"), date(2026, 4, 30)),
        (date(2026, 3, 1), date(2026, 4, 30), eur("1000.00"), date(2026, 6, 30)),
    ]
    assert result.total_support == eur("3260.00")


def test_deadlines_of_periods_ending_in_november_and_december():
    dec = decision(Kind.PALKKATUKI_50, start=date(2026, 10, 1), end=date(2027, 1, 31),
                   payment_period_months=1)
    months = [month("2026-11", "1000.00"), month("2026-12", "1000.00")]
    result = calculate(dec, employment(), months, SEED)
    assert [p.deadline for p in result.periods] == [date(2027, 1, 31), date(2027, 2, 28)]


def test_the_deadline_rule_is_kept_per_decision():
    dec = decision(Kind.PALKKATUKI_50, payment_period_months=3, deadline_months_after=3)
    result = calculate(dec, employment(), [month("2026-03", "1000.00")], SEED)
    assert result.periods[0].deadline == date(2026, 6, 30)


# --- values the engine refuses ----------------------------------------------------------------

@pytest.mark.parametrize(("dec", "emp", "wages", "code", "field"), [
    (decision(end=date(2025, 12, 31)), employment(), [], "decision_end_before_start",
     "decision.end"),
    (decision(payment_period_months=4), employment(), [], "payment_period_invalid",
     "decision.payment_period_months"),
    (decision(percent=Decimal(101)), employment(), [], "percent_out_of_range", "decision.percent"),
    (decision(deadline_months_after=0), employment(), [], "deadline_months_invalid",
     "decision.deadline_months_after"),
    (decision(deadline_months_after=13), employment(), [], "deadline_months_invalid",
     "decision.deadline_months_after"),
    (decision(monthly_cap_cents=-1), employment(), [], "negative_amount", "decision.monthly_cap"),
    (decision(working_time_cap=Decimal(0)), employment(), [], "working_time_cap_out_of_range",
     "decision.working_time_cap"),
    (decision(contribution_method=COEF, contribution_coefficient=None), employment(), [],
     "contribution_coefficient_missing", "decision.contribution_coefficient"),
    (decision(contribution_method=COEF, contribution_coefficient=Decimal("0.9")), employment(),
     [], "contribution_coefficient_out_of_range", "decision.contribution_coefficient"),
    (decision(), employment("20", "0"), [], "full_time_hours_invalid",
     "employment.full_time_weekly_hours"),
    (decision(), employment("-1"), [], "negative_hours", "employment.weekly_hours"),
    (decision(), employment(), [month("2026-01", "1.00"), month("2026-02", "-1.00")],
     "negative_amount", "months[1].gross_pay"),
    (decision(), employment(), [month("2026-01", "1.00", other_public_support="-0.01")],
     "negative_amount", "months[0].other_public_support"),
    (decision(), employment(), [month("2026-01", "1.00"), month("2026-01", "2.00")],
     "duplicate_month", "months[1].month"),
])
def test_calculate_refuses_values_it_cannot_compute_with(dec, emp, wages, code, field):
    with pytest.raises(ValidationError) as info:
        calculate(dec, emp, wages, SEED)
    assert (info.value.code, info.value.field) == (code, field)


@pytest.mark.parametrize(("dec", "code"), [
    (decision(payment_period_months=0), "payment_period_invalid"),
    (decision(end=date(2025, 1, 1)), "decision_end_before_start"),
])
def test_payment_periods_refuse_an_invalid_decision(dec, code):
    with pytest.raises(ValidationError) as info:
        payment_periods(dec)
    assert info.value.code == code


def test_empty_tables_work_when_contributions_are_entered():
    m = one(decision(), employment(), month("2026-01", "1000.00", employer_contributions="0"),
            RateTables())
    assert m.support == eur("1000.00")


# --- no float anywhere in the engine ----------------------------------------------------------

ENGINE_FILES = ["money.py", "rates.py", "subsidy.py", "subsidy_model.py", "subsidy_checks.py",
                "calc_case.py"]
DOMAIN = Path(__file__).resolve().parents[2] / "kuhina_desktop" / "domain"


@pytest.mark.parametrize("name", ENGINE_FILES)
def test_engine_source_has_no_float(name):
    source = (DOMAIN / name).read_text(encoding="utf-8")
    assert "float(" not in source
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NAME:
            assert token.string != "float", f"{name}:{token.start[0]} uses float"
        if token.type == tokenize.NUMBER:
            text = token.string.lower()
            is_float = ("." in text or "e" in text or text.endswith("j")) and not text.startswith(
                ("0x", "0o", "0b"))
            assert not is_float, f"{name}:{token.start[0]} has the float literal {token.string}"
