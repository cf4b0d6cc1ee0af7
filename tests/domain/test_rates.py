"""Parameter tables: seed data, look-ups by year and date, dict round trips, malformed rows."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.rates import (
    CONTRIBUTION_LINES,
    ContributionRates,
    RateTables,
    SupportParameters,
    contribution_rates_in_force,
    load_seed_rates,
    support_parameters_in_force,
)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SEED = load_seed_rates(RESOURCES / "rates")

RATES_2026 = {"year": 2026, "health_insurance_percent": "1.91", "tyel_employer_percent": "17.10",
              "unemployment_percent": "0.31", "accident_percent": "0.52",
              "group_life_percent": "0.053"}
PARAMS_100 = {"kind": "palkkatuki_100", "valid_from": "2023-07-01", "percent": "100",
              "monthly_cap": "2020.00", "working_time_cap": "0.65", "min_weekly_hours": None,
              "max_months": 10, "contribution_coefficient": "1.23"}


# --- seed data -------------------------------------------------------------------------------

@pytest.mark.parametrize(("year", "expected"), [
    (2025, ("0.0187", "0.1738", "0.0020", "0.0054", "0.00054")),
    (2026, ("0.0191", "0.1710", "0.0031", "0.0052", "0.00053")),
])
def test_seed_contribution_rates_are_the_published_percents_as_fractions(year, expected):
    rates = SEED.contribution_rates_for(year)
    assert rates is not None
    assert tuple(rate for _, rate in rates.lines()) == tuple(Decimal(e) for e in expected)


@pytest.mark.parametrize(("kind", "percent", "cap", "wtc", "min_hours", "coefficient"), [
    ("palkkatuki_50", 50, 126000, None, None, None),
    ("palkkatuki_70", 70, 177000, None, None, None),
    ("tyollistamistuki_55", 70, 177000, None, Decimal(25), None),
    ("palkkatuki_100", 100, 202000, Decimal("0.65"), None, Decimal("1.23")),
])
def test_seed_support_parameters(kind, percent, cap, wtc, min_hours, coefficient):
    params = SEED.support_parameters_for(kind, date(2026, 1, 1))
    assert params is not None
    assert params.valid_from == date(2023, 7, 1)
    assert params.percent == percent
    assert params.monthly_cap_cents == cap
    assert params.working_time_cap == wtc
    assert params.min_weekly_hours == min_hours
    assert params.contribution_coefficient == coefficient
    assert params.max_months == 10


@pytest.mark.parametrize("kind", ["kuntalisa", "tyollistamislisa", "other"])
def test_per_decision_kinds_have_no_seed_defaults(kind):
    assert SEED.support_parameters_for(kind, date(2026, 1, 1)) is None


def test_seed_amounts_are_strings_in_the_json():
    for name in ("contribution_rates.json", "support_parameters.json"):
        data = json.loads((RESOURCES / "rates" / name).read_text(encoding="utf-8"))
        rows = next(v for v in data.values() if isinstance(v, list))
        for row in rows:
            for key, value in row.items():
                assert not isinstance(value, float), (name, key)


def test_load_seed_rates_accepts_the_resources_folder_or_its_rates_folder():
    assert load_seed_rates(RESOURCES) == SEED


def test_load_seed_rates_refuses_a_file_without_the_list(tmp_path):
    (tmp_path / "contribution_rates.json").write_text('{"rows": []}', encoding="utf-8")
    (tmp_path / "support_parameters.json").write_text('{"support_parameters": []}',
                                                      encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_seed_rates(tmp_path)
    assert info.value.code == "malformed_rate_table"


# --- contributions ----------------------------------------------------------------------------

def test_contribution_lines_round_each_line_half_up():
    rates = SEED.contribution_rates_for(2026)
    # domain research §2.7 example A: 1 495,00 € gross
    assert rates.contribution_lines(149500) == {
        "health_insurance": 2855, "tyel_employer": 25565, "unemployment": 463,
        "accident": 777, "group_life": 79,
    }
    assert rates.contributions_on(149500) == 29739


def test_contributions_2025():
    rates = SEED.contribution_rates_for(2025)
    # 27,96 + 259,83 + 2,99 + 8,07 + 0,81
    assert rates.contributions_on(149500) == 29966


def test_contributions_on_zero_pay_are_zero():
    assert SEED.contribution_rates_for(2026).contributions_on(0) == 0


# --- look-ups ---------------------------------------------------------------------------------

def test_contribution_rates_in_force_by_year_or_date():
    assert contribution_rates_in_force(SEED.contribution_rates, 2025).year == 2025
    assert contribution_rates_in_force(SEED.contribution_rates, date(2026, 12, 31)).year == 2026


def test_no_fallback_to_an_earlier_year():
    assert SEED.contribution_rates_for(2027) is None
    assert SEED.contribution_rates_for(2024) is None


def _params(kind: str, valid_from: date, percent: int) -> SupportParameters:
    return SupportParameters(kind=kind, valid_from=valid_from, percent=Decimal(percent),
                             monthly_cap_cents=100000)


def test_support_parameters_in_force_picks_the_latest_row_not_after_the_date():
    rows = [_params("x", date(2023, 7, 1), 50), _params("x", date(2026, 1, 1), 40),
            _params("y", date(2020, 1, 1), 99)]
    assert support_parameters_in_force(rows, "x", date(2025, 12, 31)).percent == 50
    assert support_parameters_in_force(rows, "x", date(2026, 1, 1)).percent == 40
    assert support_parameters_in_force(rows, "x", date(2030, 1, 1)).percent == 40
    assert support_parameters_in_force(rows, "x", date(2023, 6, 30)) is None
    assert support_parameters_in_force(rows, "z", date(2026, 1, 1)) is None


# --- dict round trips ----------------------------------------------------------------------------

def test_contribution_rates_round_trip():
    rates = ContributionRates.from_dict(RATES_2026)
    assert rates.tyel_employer == Decimal("0.171")
    assert rates.to_dict() == {**RATES_2026, "tyel_employer_percent": "17.1"}
    assert ContributionRates.from_dict(rates.to_dict()) == rates


def test_support_parameters_round_trip():
    params = SupportParameters.from_dict(PARAMS_100)
    assert params.monthly_cap_cents == 202000
    assert params.to_dict() == PARAMS_100
    assert SupportParameters.from_dict(params.to_dict()) == params


def test_rate_tables_round_trip():
    contributions, supports = SEED.to_dicts()
    assert RateTables.from_dicts(contributions, supports) == SEED
    json.dumps([contributions, supports])  # plain JSON, no Decimal or date left


def test_to_dict_never_writes_exponent_notation():
    params = SupportParameters("other", date(2026, 1, 1), Decimal("1E+2"), 100)
    assert params.to_dict()["percent"] == "100"


def test_tables_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        SEED.contribution_rates_for(2026).tyel_employer = Decimal(0)


@given(st.integers(2000, 2100),
       st.lists(st.decimals(min_value=0, max_value=Decimal("99.999"), places=3),
                min_size=5, max_size=5))
def test_any_contribution_rates_round_trip(year, percents):
    row = {"year": year, **{f"{name}_percent": str(p)
                            for name, p in zip(CONTRIBUTION_LINES, percents, strict=True)}}
    rates = ContributionRates.from_dict(row)
    assert ContributionRates.from_dict(rates.to_dict()) == rates


# --- malformed rows name the field ------------------------------------------------------------

@pytest.mark.parametrize(("change", "field", "code"), [
    ({"year": "2026"}, "contribution_rates[0].year", "expected_integer"),
    ({"year": True}, "contribution_rates[0].year", "expected_integer"),
    ({"tyel_employer_percent": 17.1}, "contribution_rates[0].tyel_employer_percent",
     "expected_string"),
    ({"tyel_employer_percent": None}, "contribution_rates[0].tyel_employer_percent",
     "missing_field"),
    ({"accident_percent": "abc"}, "contribution_rates[0].accident_percent", "invalid_number"),
    ({"accident_percent": "-0.5"}, "contribution_rates[0].accident_percent", "negative_value"),
    ({"group_life_percent": "100"}, "contribution_rates[0].group_life_percent",
     "rate_out_of_range"),
])
def test_malformed_contribution_rates(change, field, code):
    with pytest.raises(ValidationError) as info:
        RateTables.from_dicts([{**RATES_2026, **change}], [])
    assert (info.value.field, info.value.code) == (field, code)


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"kind": ""}, "support_parameters[0].kind", "missing_field"),
    ({"valid_from": "1.7.2023"}, "support_parameters[0].valid_from", "invalid_date"),
    ({"valid_from": "2023-02-30"}, "support_parameters[0].valid_from", "invalid_date"),
    ({"monthly_cap": "2020.005"}, "support_parameters[0].monthly_cap", "too_many_decimals"),
    ({"monthly_cap": 2020}, "support_parameters[0].monthly_cap", "expected_string"),
    ({"percent": None}, "support_parameters[0].percent", "missing_field"),
    ({"max_months": "10"}, "support_parameters[0].max_months", "expected_integer"),
    ({"working_time_cap": "x"}, "support_parameters[0].working_time_cap", "invalid_number"),
])
def test_malformed_support_parameters(change, field, code):
    with pytest.raises(ValidationError) as info:
        RateTables.from_dicts([], [{**PARAMS_100, **change}])
    assert (info.value.field, info.value.code) == (field, code)


def test_duplicate_rows_are_refused():
    with pytest.raises(ValidationError) as info:
        RateTables.from_dicts([RATES_2026, RATES_2026], [])
    assert (info.value.field, info.value.code) == ("contribution_rates[1].year",
                                                   "duplicate_rate_row")
    with pytest.raises(ValidationError) as info:
        RateTables.from_dicts([], [PARAMS_100, PARAMS_100])
    assert info.value.field == "support_parameters[1].valid_from"
