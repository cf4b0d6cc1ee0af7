"""Employee, contract and consent rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from kuhina_desktop.domain.employees import (
    HEALTH_RELATED_TARGET_GROUPS,
    Consent,
    ConsentScope,
    Contract,
    ContractCheck,
    Employee,
    PayBasis,
    TargetGroup,
    age_on,
    consent_is_valid,
    latest_trial_end,
    periods_overlap,
    scopes_in_force,
    validate_consent,
    validate_contract,
    validate_employee,
    without_health_data,
)
from kuhina_desktop.domain.errors import ValidationErrors

TEST_HETU = "211123A965F"


def employee(**changes) -> Employee:
    base = Employee(first_name="Testi", last_name="Henkilö", hetu="131052-900W")
    return replace(base, **changes)


def contract(**changes) -> Contract:
    base = Contract(employee_id=1, start=date(2026, 1, 1), weekly_hours=Decimal("30"),
                    full_time_weekly_hours=Decimal("37.5"), pay_cents=250_000,
                    job_title="Kierrätysavustaja", id=10)
    return replace(base, **changes)


def codes(issues) -> list[tuple[str, str]]:
    return sorted((e.code, e.field) for e in issues)


# --- employee -------------------------------------------------------------------------------


def test_validate_employee_normalises():
    raw = employee(first_name=" Aino ", last_name=" Virtanen ", hetu=" 211123a965f ",
                   email=" Aino@Example.FI ", phone="040 123 4567", languages=(" FI", "en", "fi"),
                   target_groups=frozenset({"young", TargetGroup.IMMIGRANT}), postal_code=" 80100")
    clean = validate_employee(raw)
    assert (clean.first_name, clean.last_name, clean.hetu) == ("Aino", "Virtanen", TEST_HETU)
    assert (clean.email, clean.phone) == ("Aino@example.fi", "+358401234567")
    assert clean.languages == ("fi", "en")
    assert clean.target_groups == {TargetGroup.YOUNG, TargetGroup.IMMIGRANT}
    assert clean.postal_code == "80100"
    assert clean.birth_date == date(2023, 11, 21)
    assert clean.full_name == "Aino Virtanen"
    assert clean.sort_name == "Virtanen Aino"
    assert clean.masked_hetu == "211123-****"


def test_a_valid_employee_comes_back_unchanged():
    assert validate_employee(employee()) == employee()


def test_validate_employee_lists_every_field_error():
    raw = employee(first_name=" ", last_name="x" * 101, hetu="131052-308U", email="aino@",
                   phone="abc", postal_code="123", languages=("fi", "english"),
                   target_groups=frozenset({"student"}), notes="n" * 10_001)
    with pytest.raises(ValidationErrors) as info:
        validate_employee(raw)
    assert codes(info.value.errors) == [
        ("email_format", "email"),
        ("hetu_check_character", "hetu"),
        ("language_code", "languages"),
        ("phone_format", "phone"),
        ("postal_code_format", "postal_code"),
        ("required", "first_name"),
        ("target_group_unknown", "target_groups"),
        ("too_long", "last_name"),
        ("too_long", "notes"),
    ]
    assert "308U" not in str(info.value)


@pytest.mark.parametrize("hetu", [None, "", "   "])
def test_identity_code_is_required(hetu):
    with pytest.raises(ValidationErrors) as info:
        validate_employee(employee(hetu=hetu))
    assert codes(info.value.errors) == [("required", "hetu")]
    assert employee(hetu=hetu).birth_date is None
    assert employee(hetu=hetu).masked_hetu == ""


def test_archived_follows_the_archiving_date():
    assert not employee().archived
    assert employee(archived_on=date(2026, 5, 1)).archived


def test_without_health_data():
    groups = frozenset({TargetGroup.PARTIAL_WORK_ABILITY, TargetGroup.YOUNG})
    assert without_health_data(employee(target_groups=groups)).target_groups == {
        TargetGroup.YOUNG}


def test_future_birth_date_needs_today():
    raw = employee(hetu="131052A900W")  # 2052
    assert validate_employee(raw).hetu == "131052A900W"
    with pytest.raises(ValidationErrors) as info:
        validate_employee(raw, today=date(2026, 3, 1))
    assert codes(info.value.errors) == [("hetu_future_date", "hetu")]


def test_repr_leaks_neither_identity_code_nor_health_data():
    person = employee(hetu=TEST_HETU, notes="private",
                      target_groups=frozenset({TargetGroup.PARTIAL_WORK_ABILITY}))
    text = repr(person)
    assert "965" not in text
    assert "partial" not in text
    assert "private" not in text
    assert TargetGroup.PARTIAL_WORK_ABILITY in HEALTH_RELATED_TARGET_GROUPS


def test_birth_date_of_a_broken_stored_code_is_unknown():
    assert employee(hetu="not a code").birth_date is None


@pytest.mark.parametrize(("born", "day", "age"), [
    (date(2000, 5, 10), date(2030, 5, 9), 29),
    (date(2000, 5, 10), date(2030, 5, 10), 30),
    (date(2000, 2, 29), date(2030, 2, 28), 29),
    (date(2000, 2, 29), date(2030, 3, 1), 30),
    (date(2000, 2, 29), date(2032, 2, 29), 32),
])
def test_age_on(born, day, age):
    assert age_on(born, day) == age


# --- contract: fields -----------------------------------------------------------------------


def test_a_good_contract_has_no_findings():
    check = validate_contract(contract(trial_end=date(2026, 4, 30)))
    assert check == ContractCheck((), ())
    assert check.ok
    errors, warnings = check
    assert errors == warnings == ()


def test_end_before_start_is_an_error_but_one_day_is_fine():
    assert codes(validate_contract(contract(end=date(2025, 12, 31))).errors) == [
        ("end_before_start", "end")]
    assert validate_contract(contract(end=date(2026, 1, 1))).ok


def test_raise_for_errors():
    with pytest.raises(ValidationErrors):
        validate_contract(contract(pay_cents=0)).raise_for_errors()
    validate_contract(contract()).raise_for_errors()


@pytest.mark.parametrize(("changes", "expected"), [
    ({"weekly_hours": Decimal("40")}, [("weekly_hours_over_full_time", "weekly_hours")]),
    ({"weekly_hours": Decimal("0")}, [("weekly_hours_not_positive", "weekly_hours")]),
    ({"full_time_weekly_hours": Decimal("0")},
     [("full_time_hours_not_positive", "full_time_weekly_hours")]),
    ({"pay_cents": 0}, [("pay_not_positive", "pay_cents")]),
    ({"pay_cents": 10 ** 19}, [("amount_too_large", "pay_cents")]),
    ({"job_title": "  "}, [("required", "job_title")]),
    ({"partner_name": "Kunta", "partner_share": Decimal("0")},
     [("partner_share_out_of_range", "partner_share")]),
    ({"partner_name": "Kunta", "partner_share": Decimal("1")},
     [("partner_share_out_of_range", "partner_share")]),
    ({"partner_share": Decimal("0.5")}, [("required", "partner_name")]),
    ({"partner_name": "Kunta"}, [("required", "partner_share")]),
])
def test_field_errors(changes, expected):
    assert codes(validate_contract(contract(**changes)).errors) == expected


def test_full_time_equal_hours_and_partner_share_inside_range_are_fine():
    check = validate_contract(contract(weekly_hours=Decimal("37.5"), partner_name="Kunta",
                                       partner_share=Decimal("0.25"), pay_basis=PayBasis.HOURLY))
    assert check.ok and not check.warnings


def test_unusual_full_time_is_a_warning():
    check = validate_contract(contract(full_time_weekly_hours=Decimal("50")))
    assert check.ok
    assert codes(check.warnings) == [("full_time_hours_unusual", "full_time_weekly_hours")]


def test_working_time_fraction_and_percentage():
    part = contract(weekly_hours=Decimal("24.375"))
    assert part.work_fraction == Decimal("0.65")
    assert part.work_percent == Decimal("65.00")
    assert contract(weekly_hours=Decimal("25")).work_percent == Decimal("66.67")
    assert contract(full_time_weekly_hours=Decimal(0)).work_fraction == 0


def test_covers():
    fixed = contract(end=date(2026, 6, 30))
    assert fixed.covers(date(2026, 1, 1)) and fixed.covers(date(2026, 6, 30))
    assert not fixed.covers(date(2025, 12, 31)) and not fixed.covers(date(2026, 7, 1))
    assert contract().covers(date(2099, 1, 1))
    assert fixed.is_fixed_term and not contract().is_fixed_term


# --- contract: trial period -----------------------------------------------------------------


@pytest.mark.parametrize(("start", "latest"), [
    (date(2026, 3, 1), date(2026, 8, 31)),
    (date(2026, 1, 15), date(2026, 7, 14)),
    (date(2026, 8, 31), date(2027, 2, 28)),  # "31.2." does not exist: end of February
    (date(2027, 8, 31), date(2028, 2, 29)),  # leap year
    (date(2027, 8, 29), date(2028, 2, 28)),  # 29.2.2028 exists: the day before it
    (date(2026, 12, 1), date(2027, 5, 31)),  # across the year end
])
def test_latest_trial_end(start, latest):
    assert latest_trial_end(start) == latest


def test_six_month_trial_is_allowed_one_day_more_is_not():
    assert validate_contract(contract(start=date(2026, 3, 1), trial_end=date(2026, 8, 31))).ok
    check = validate_contract(contract(start=date(2026, 3, 1), trial_end=date(2026, 9, 1)))
    assert codes(check.errors) == [("trial_too_long", "trial_end")]
    assert check.errors[0].params == {"latest": date(2026, 8, 31), "max_months": 6}


def test_trial_end_before_start():
    check = validate_contract(contract(trial_end=date(2025, 12, 31)))
    assert codes(check.errors) == [("trial_end_before_start", "trial_end")]


def test_trial_beyond_a_fixed_term_is_an_error():
    check = validate_contract(contract(end=date(2026, 2, 28), trial_end=date(2026, 3, 31)))
    assert codes(check.errors) == [("trial_after_contract_end", "trial_end")]


def test_fixed_term_trial_over_half_of_the_term_is_a_warning():
    half_year = {"end": date(2026, 6, 30)}  # 181 days
    assert validate_contract(contract(**half_year, trial_end=date(2026, 3, 31))) == ((), ())
    check = validate_contract(contract(**half_year, trial_end=date(2026, 4, 30)))
    assert check.ok
    assert codes(check.warnings) == [("trial_over_half_of_term", "trial_end")]
    assert check.warnings[0].params == {"trial_days": 120, "term_days": 181}


def test_year_long_fixed_term_allows_six_month_trial_and_open_ended_never_warns():
    assert validate_contract(contract(end=date(2026, 12, 31), trial_end=date(2026, 6, 30))) \
        == ((), ())
    assert validate_contract(contract(trial_end=date(2026, 6, 30))) == ((), ())


# --- contract: overlaps ---------------------------------------------------------------------

EARLIER = Contract(employee_id=1, start=date(2025, 1, 1), end=date(2025, 12, 31),
                   weekly_hours=Decimal(30), full_time_weekly_hours=Decimal("37.5"),
                   pay_cents=1, job_title="x", id=7)


@pytest.mark.parametrize(("new", "overlap"), [
    ({"start": date(2026, 1, 1)}, False),  # touches the day after
    ({"start": date(2025, 12, 31)}, True),  # shares the last day
    ({"start": date(2024, 1, 1), "end": date(2024, 12, 31)}, False),  # before, touching
    ({"start": date(2024, 1, 1), "end": date(2025, 1, 1)}, True),
    ({"start": date(2025, 3, 1), "end": date(2025, 4, 30)}, True),  # inside
    ({"start": date(2024, 1, 1)}, True),  # open-ended over it
])
def test_overlap_with_a_fixed_term_contract(new, overlap):
    check = validate_contract(contract(**new), [EARLIER])
    assert (("contract_overlap", "start") in codes(check.errors)) is overlap


def test_overlap_with_an_open_ended_contract():
    open_ended = replace(EARLIER, end=None)
    assert not validate_contract(contract(start=date(2024, 1, 1), end=date(2024, 12, 31)),
                                 [open_ended]).errors
    check = validate_contract(contract(start=date(2040, 1, 1), end=date(2040, 2, 1)),
                              [open_ended])
    assert codes(check.errors) == [("contract_overlap", "start")]
    assert check.errors[0].params == {"other_id": 7, "other_start": date(2025, 1, 1),
                                      "other_end": None}
    assert validate_contract(contract(), [open_ended]).errors  # both open-ended


def test_overlap_ignores_other_employees_and_the_stored_version():
    mine = contract(start=date(2025, 6, 1))
    assert validate_contract(mine, [replace(EARLIER, employee_id=2)]).ok
    assert validate_contract(mine, [replace(mine, start=date(2025, 1, 1))]).ok
    assert not validate_contract(mine, [replace(mine, id=None)]).ok


def test_periods_overlap_is_symmetric():
    ranges = [(date(2025, 1, 1), date(2025, 1, 31)), (date(2025, 1, 31), None),
              (date(2025, 2, 1), date(2025, 2, 1)), (date(2024, 1, 1), None)]
    for a in ranges:
        for b in ranges:
            assert periods_overlap(*a, *b) == periods_overlap(*b, *a)


# --- consent --------------------------------------------------------------------------------

GIVEN = date(2026, 2, 1)


def consent(scope=ConsentScope.PROGRESS, **changes) -> Consent:
    return replace(Consent(employee_id=1, scope=scope, given_on=GIVEN), **changes)


@pytest.mark.parametrize(("changes", "day", "valid"), [
    ({}, date(2026, 1, 31), False),
    ({}, GIVEN, True),
    ({}, date(2099, 1, 1), True),
    ({"withdrawn_on": date(2026, 3, 10)}, date(2026, 3, 9), True),
    ({"withdrawn_on": date(2026, 3, 10)}, date(2026, 3, 10), False),
    ({"valid_until": date(2026, 12, 31)}, date(2026, 12, 31), True),
    ({"valid_until": date(2026, 12, 31)}, date(2027, 1, 1), False),
])
def test_consent_is_valid(changes, day, valid):
    assert consent_is_valid(consent(**changes), day) is valid


def test_scopes_in_force():
    consents = [
        consent(ConsentScope.PROGRESS),
        consent(ConsentScope.TRAINING, valid_until=date(2026, 6, 30)),
        consent(ConsentScope.COACHING_NOTES, withdrawn_on=date(2026, 3, 1)),
        consent(ConsentScope.CONTACT_DETAILS, employee_id=2),
    ]
    assert scopes_in_force(consents, date(2026, 2, 15), employee_id=1) == {
        ConsentScope.PROGRESS, ConsentScope.TRAINING, ConsentScope.COACHING_NOTES}
    assert scopes_in_force(consents, date(2026, 7, 1), employee_id=1) == {ConsentScope.PROGRESS}
    assert ConsentScope.CONTACT_DETAILS in scopes_in_force(consents, date(2026, 7, 1))
    assert scopes_in_force(consents, date(2026, 1, 1)) == frozenset()


def test_validate_consent():
    validate_consent(consent(withdrawn_on=GIVEN, valid_until=GIVEN))
    with pytest.raises(ValidationErrors) as info:
        validate_consent(consent(withdrawn_on=date(2026, 1, 1), valid_until=date(2026, 1, 1)))
    assert codes(info.value.errors) == [("valid_until_before_given", "valid_until"),
                                        ("withdrawn_before_given", "withdrawn_on")]
