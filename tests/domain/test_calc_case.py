"""run_case: the JSON contract of `kuhina-desktop calc`, its defaults and its malformed cases."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kuhina_desktop.domain.calc_case import SEED_RATES_DIR, run_case, seed_tables
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.rates import RateTables, SupportParameters

EXAMPLE = {
    "decision": {"kind": "palkkatuki_100", "start": "2026-01-01", "end": "2026-10-31",
                 "percent": "100", "monthly_cap": "2020.00", "working_time_cap": "0.65",
                 "payment_period_months": 2, "contribution_method": "actual",
                 "prorate_partial_months": True},
    "employment": {"weekly_hours": "24.375", "full_time_weekly_hours": "37.5"},
    "months": [{"month": "2026-01", "gross_pay": "1495.00", "supplements": "0.00",
                "holiday_pay": "0.00", "holiday_bonus": "0.00", "holiday_compensation": "0.00",
                "tax_free_allowances": "0.00", "kela_compensated_pay": "0.00",
                "employer_contributions": None, "other_public_support": "0.00"}],
}
EXPECTED = {
    "months": [{"month": "2026-01", "wage_costs": "1792.39", "eligible_costs": "1792.39",
                "cap": "2020.00", "support": "1792.39"}],
    "periods": [{"start": "2026-01-01", "end": "2026-02-28", "support": "1792.39",
                 "deadline": "2026-04-30"}],
    "total_support": "1792.39",
    "issues": [],
}
DOCS = Path(__file__).resolve().parents[2] / "docs" / "calc.md"


def case(**parts: object) -> dict:
    data = copy.deepcopy(EXAMPLE)
    for key, value in parts.items():
        data[key] = value
    return data


def minimal(kind: str = "palkkatuki_100", **decision: object) -> dict:
    return {"decision": {"kind": kind, "start": "2026-01-01", "end": "2026-10-31", **decision},
            "employment": {"weekly_hours": "24.375", "full_time_weekly_hours": "37.5"},
            "months": [{"month": "2026-01", "gross_pay": "1495.00"}]}


# --- the contract example ---------------------------------------------------------------------

def test_the_example_of_the_brief():
    assert run_case(copy.deepcopy(EXAMPLE)) == EXPECTED


def test_the_example_in_docs_calc_md_is_the_real_output():
    blocks = re.findall(r"```json\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    example_in, example_out = json.loads(blocks[0]), json.loads(blocks[1])
    assert example_in == EXAMPLE
    assert run_case(example_in) == example_out


def test_every_json_example_in_the_docs_runs():
    blocks = re.findall(r"```json\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    pairs = [(json.loads(a), json.loads(b)) for a, b in zip(blocks[::2], blocks[1::2],
                                                               strict=True)]
    assert len(pairs) >= 2
    for data, expected in pairs:
        assert run_case(data) == expected


def test_output_is_plain_json():
    json.dumps(run_case(copy.deepcopy(EXAMPLE)))


def test_seed_tables_come_from_resources():
    assert SEED_RATES_DIR.name == "rates" and SEED_RATES_DIR.parent.name == "resources"
    assert seed_tables().contribution_rates_for(2026) is not None


# --- defaults from the tables -----------------------------------------------------------------

def test_statutory_kinds_fall_back_to_the_parameter_table():
    out = run_case(minimal())
    assert out["months"] == EXPECTED["months"]
    # payment period defaults to one month
    assert out["periods"] == [{"start": "2026-01-01", "end": "2026-01-31", "support": "1792.39",
                               "deadline": "2026-03-31"}]


def test_null_means_the_default():
    out = run_case(minimal(percent=None, monthly_cap=None, working_time_cap=None))
    assert out["months"] == EXPECTED["months"]


def test_the_working_time_cap_comes_from_the_table():
    data = minimal()
    data["employment"]["weekly_hours"] = "30"
    data["months"][0]["gross_pay"] = "1840.00"
    assert run_case(data)["months"][0]["support"] == "1792.40"


def test_the_coefficient_comes_from_the_table():
    data = minimal(contribution_method="coefficient")
    data["months"][0]["employer_contributions"] = "400.00"
    # 1 495,00 × 1,23 = 1 838,85 (less than 1 895,00 actual)
    assert run_case(data)["months"][0]["support"] == "1838.85"


def test_explicit_values_override_the_table():
    out = run_case(minimal("palkkatuki_50", percent="40", monthly_cap="500.00"))
    assert out["months"][0]["support"] == "500.00"
    assert out["months"][0]["cap"] == "500.00"


def test_custom_tables_are_used():
    row = SupportParameters("kuntalisa", date(2026, 1, 1), Decimal(100), 35000)
    tables = RateTables(seed_tables().contribution_rates, (row,))
    out = run_case(minimal("kuntalisa"), tables)
    assert out["months"][0]["support"] == "350.00"


@pytest.mark.parametrize("kind", ["kuntalisa", "tyollistamislisa", "other"])
def test_per_decision_kinds_need_percent_and_cap(kind):
    with pytest.raises(ValidationError) as info:
        run_case(minimal(kind, monthly_cap="350.00"))
    assert (info.value.field, info.value.code) == ("decision.percent", "missing_field")
    with pytest.raises(ValidationError) as info:
        run_case(minimal(kind, percent="100"))
    assert info.value.field == "decision.monthly_cap"
    out = run_case(minimal(kind, percent="100", monthly_cap="350.00"))
    assert out["months"][0]["support"] == "350.00"


def test_eligible_items_of_a_per_decision_kind():
    data = minimal("other", percent="100", monthly_cap="5000.00",
                   eligible_items=["gross_pay", "employer_contributions"])
    assert run_case(data)["months"][0]["support"] == "1792.39"


def test_a_statutory_kind_before_its_first_table_row_needs_its_values():
    data = minimal("palkkatuki_50")
    data["decision"].update(start="2023-01-01", end="2023-06-30")
    data["months"][0].update(month="2023-01", employer_contributions="0.00")
    with pytest.raises(ValidationError) as info:
        run_case(data)
    assert (info.value.field, info.value.code) == ("decision.percent", "missing_field")


def test_deadline_months_after():
    out = run_case(minimal(deadline_months_after=1))
    assert out["periods"][0]["deadline"] == "2026-02-28"


def test_numbers_parsed_as_decimal_and_whole_numbers_are_accepted():
    data = json.loads(json.dumps(EXAMPLE), parse_float=Decimal)
    data["months"][0]["gross_pay"] = Decimal("1495.00")
    data["decision"]["percent"] = 100
    assert run_case(data) == EXPECTED


# --- several months, periods and issues -------------------------------------------------------

def test_partial_months_periods_and_issues():
    data = minimal("palkkatuki_50", payment_period_months=3, prorate_partial_months=True)
    data["decision"].update(start="2026-01-15", end="2026-10-14", decided_on="2026-01-10")
    data["employment"].update(start="2026-01-15")
    data["months"] = [{"month": f"2026-{m:02d}", "gross_pay": "3000.00"} for m in (1, 2, 4, 11)]
    out = run_case(data)
    assert [m["support"] for m in out["months"]] == ["690.97", "1260.00", "1260.00", "0.00"]
    assert out["periods"] == [
        {"start": "2026-01-15", "end": "2026-03-31", "support": "1950.97",
         "deadline": "2026-05-31"},
        {"start": "2026-04-01", "end": "2026-06-30", "support": "1260.00",
         "deadline": "2026-08-31"},
    ]
    assert out["total_support"] == "3210.97"
    assert out["issues"] == [{"severity": "warning", "code": "wage_month_outside_period",
                              "field": "months[3].month", "params": {"month": "2026-11-01"}}]


def test_business_errors_are_listed_not_raised():
    data = minimal("tyollistamistuki_55")
    data["employment"]["weekly_hours"] = "20"
    data["months"][0]["other_public_support"] = "5000.00"
    out = run_case(data)
    assert out["months"][0]["support"] == "0.00"
    assert out["issues"] == [
        {"severity": "error", "code": "weekly_hours_below_minimum",
         "field": "employment.weekly_hours", "params": {"weekly_hours": "20", "minimum": "25"}},
        {"severity": "error", "code": "public_support_exceeds_wage_costs",
         "field": "months[0].other_public_support",
         "params": {"other_public_support": "5000.00", "wage_costs": "1792.39"}},
    ]


# --- malformed cases name the field -----------------------------------------------------------

def _set(path: str, value: object):
    """A change to EXAMPLE: ``decision.kind``, ``months[0].gross_pay``; value ``...`` deletes."""
    def change(data: dict) -> dict:
        parts = re.findall(r"[^.\[\]]+|\[\d+\]", path)
        target = data
        for part in parts[:-1]:
            target = target[int(part[1:-1])] if part.startswith("[") else target[part]
        last = parts[-1]
        key = int(last[1:-1]) if last.startswith("[") else last
        if value is ...:
            del target[key]
        else:
            target[key] = value
        return data
    return change


MALFORMED = [
    (_set("decision", ...), "decision", "missing_field"),
    (_set("decision", "x"), "decision", "expected_object"),
    (_set("employment", ...), "employment", "missing_field"),
    (_set("months", ...), "months", "missing_field"),
    (_set("months", {}), "months", "expected_list"),
    (_set("months[0]", []), "months[0]", "expected_object"),
    (_set("comment", "x"), "comment", "unknown_field"),
    (_set("decision.percentage", "100"), "decision.percentage", "unknown_field"),
    (_set("months[0].gros_pay", "1.00"), "months[0].gros_pay", "unknown_field"),
    (_set("months[0].gross_pay", ...), "months[0].gross_pay", "missing_field"),
    (_set("months[0].gross_pay", None), "months[0].gross_pay", "missing_field"),
    (_set("months[0].gross_pay", 1495.0), "months[0].gross_pay", "expected_string"),
    (_set("months[0].gross_pay", True), "months[0].gross_pay", "expected_string"),
    (_set("months[0].gross_pay", "abc"), "months[0].gross_pay", "invalid_number"),
    (_set("months[0].gross_pay", "NaN"), "months[0].gross_pay", "invalid_number"),
    (_set("months[0].gross_pay", "1 495,00"), "months[0].gross_pay", "invalid_number"),
    (_set("months[0].gross_pay", "-1.00"), "months[0].gross_pay", "negative_amount"),
    (_set("months[0].gross_pay", "1495.001"), "months[0].gross_pay", "too_many_decimals"),
    (_set("months[0].holiday_bonus", "-0.01"), "months[0].holiday_bonus", "negative_amount"),
    (_set("months[0].employer_contributions", "x"), "months[0].employer_contributions",
     "invalid_number"),
    (_set("months[0].gross_pay", "1E+999999"), "months[0].gross_pay", "out_of_range"),
    (_set("employment.weekly_hours", "1E+99"), "employment.weekly_hours", "out_of_range"),
    (_set("months[0].month", "2026-13"), "months[0].month", "invalid_month"),
    (_set("months[0].month", "0000-01"), "months[0].month", "date_out_of_range"),
    (_set("decision.end", "9999-12-31"), "decision.end", "date_out_of_range"),
    (_set("months[0].month", "2026-1"), "months[0].month", "invalid_month"),
    (_set("months[0].month", "2026-01-01"), "months[0].month", "invalid_month"),
    (_set("months[0].month", ...), "months[0].month", "missing_field"),
    (_set("decision.kind", "palkkatuki_60"), "decision.kind", "unknown_kind"),
    (_set("decision.kind", ...), "decision.kind", "missing_field"),
    (_set("decision.start", "2026-02-30"), "decision.start", "invalid_date"),
    (_set("decision.start", "1.1.2026"), "decision.start", "invalid_date"),
    (_set("decision.end", 20261031), "decision.end", "invalid_date"),
    (_set("decision.end", "2025-12-31"), "decision.end", "decision_end_before_start"),
    (_set("decision.decided_on", "2026/01/01"), "decision.decided_on", "invalid_date"),
    (_set("decision.payment_period_months", 4), "decision.payment_period_months",
     "payment_period_invalid"),
    (_set("decision.payment_period_months", 0), "decision.payment_period_months",
     "payment_period_invalid"),
    (_set("decision.payment_period_months", "2"), "decision.payment_period_months",
     "expected_integer"),
    (_set("decision.payment_period_months", True), "decision.payment_period_months",
     "expected_integer"),
    (_set("decision.payment_period_months", 10**30), "decision.payment_period_months",
     "payment_period_invalid"),
    (_set("decision.deadline_months_after", 0), "decision.deadline_months_after",
     "deadline_months_invalid"),
    (_set("decision.deadline_months_after", "2"), "decision.deadline_months_after",
     "expected_integer"),
    (_set("decision.contribution_method", "flat"), "decision.contribution_method",
     "invalid_choice"),
    (_set("decision.prorate_partial_months", "yes"), "decision.prorate_partial_months",
     "expected_boolean"),
    (_set("decision.percent", "150"), "decision.percent", "percent_out_of_range"),
    (_set("decision.percent", "-5"), "decision.percent", "negative_value"),
    (_set("decision.monthly_cap", "2020.001"), "decision.monthly_cap", "too_many_decimals"),
    (_set("decision.working_time_cap", "1.5"), "decision.working_time_cap",
     "working_time_cap_out_of_range"),
    (_set("decision.contribution_coefficient", "0.5"), "decision.contribution_coefficient",
     "contribution_coefficient_out_of_range"),
    (_set("decision.eligible_items", ["gross_pay"]), "decision.eligible_items",
     "eligible_items_not_allowed"),
    (_set("employment.weekly_hours", "-1"), "employment.weekly_hours", "negative_value"),
    (_set("employment.weekly_hours", ...), "employment.weekly_hours", "missing_field"),
    (_set("employment.full_time_weekly_hours", "0"), "employment.full_time_weekly_hours",
     "full_time_hours_invalid"),
    (_set("employment.start", "2026-1-1"), "employment.start", "invalid_date"),
]


@pytest.mark.parametrize(("change", "field", "code"), MALFORMED,
                         ids=[f"{f}-{c}" for _, f, c in MALFORMED])
def test_malformed_case_names_the_field(change, field, code):
    with pytest.raises(ValidationError) as info:
        run_case(change(copy.deepcopy(EXAMPLE)))
    assert (info.value.field, info.value.code) == (field, code)


def test_a_case_that_is_not_an_object():
    with pytest.raises(ValidationError) as info:
        run_case([1, 2])
    assert (info.value.field, info.value.code) == (None, "expected_object")


@pytest.mark.parametrize(("items", "field", "code"), [
    (["holiday_compensation"], "decision.eligible_items[0]", "never_eligible"),
    (["gross_pay", "tax_free_allowances"], "decision.eligible_items[1]", "never_eligible"),
    (["wages"], "decision.eligible_items[0]", "invalid_choice"),
    ("gross_pay", "decision.eligible_items", "expected_list"),
])
def test_bad_eligible_items(items, field, code):
    data = minimal("other", percent="100", monthly_cap="100.00", eligible_items=items)
    with pytest.raises(ValidationError) as info:
        run_case(data)
    assert (info.value.field, info.value.code) == (field, code)


def test_duplicate_month():
    data = case()
    data["months"].append(dict(data["months"][0]))
    with pytest.raises(ValidationError) as info:
        run_case(data)
    assert (info.value.field, info.value.code) == ("months[1].month", "duplicate_month")


def test_a_year_without_contribution_rates():
    data = minimal()
    data["decision"].update(start="2026-06-01", end="2027-03-31")
    data["months"] = [{"month": "2027-01", "gross_pay": "1000.00"}]
    with pytest.raises(ValidationError) as info:
        run_case(data)
    assert (info.value.field, info.value.code) == ("months[0].employer_contributions",
                                                   "contribution_rates_missing")
    data["months"][0]["employer_contributions"] = "200.00"
    assert run_case(data)["total_support"] == "1200.00"


# --- fuzz: anything malformed is a ValidationError, never a crash ------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10_000) | st.text(max_size=12)
    | st.sampled_from(["2026-01", "2026-01-01", "1.00", "-1", "palkkatuki_50", "0.65"]),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
FIELD_PATHS = ["decision", "employment", "months", "months[0]", "comment",
               *[f"decision.{k}" for k in EXAMPLE["decision"]],
               *[f"employment.{k}" for k in EXAMPLE["employment"]],
               *[f"months[0].{k}" for k in EXAMPLE["months"][0]],
               "decision.decided_on", "decision.eligible_items", "decision.deadline_months_after",
               "employment.start"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FIELD_PATHS), json_values | st.just(...)),
                max_size=4))
def test_any_broken_case_gives_a_validation_error_or_a_result(changes):
    data = copy.deepcopy(EXAMPLE)
    for path, value in changes:
        try:
            data = _set(path, value)(data)
        except (KeyError, IndexError, TypeError):
            continue  # the parent was replaced by an earlier change
    try:
        out = run_case(data)
    except ValidationError as error:
        assert error.code
        return
    json.dumps(out)
