"""Wage months: checks, contributions, application status, owed overview and flags."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kuhina_desktop.domain.errors import ValidationErrors
from kuhina_desktop.domain.rates import RateTables, load_seed_rates
from kuhina_desktop.domain.wages import (
    AppStatus,
    FlagKind,
    PeriodState,
    WageFlag,
    WageRecord,
    application_status,
    changed_fields,
    check_wage_record,
    contribution_lines,
    contributions,
    owed_overview,
    stored_status_after_payment,
    wage_costs,
    wage_flags,
    wage_issues,
)

ROOT = Path(__file__).resolve().parents[2]
TABLES = load_seed_rates(ROOT / "resources")
JAN = date(2026, 1, 1)


def _codes(record: WageRecord) -> dict[str, str]:
    return {e.field: e.code for e in wage_issues(record)}


def test_worked_example_a_contributions_line_by_line() -> None:
    record = WageRecord(employee_id=1, month=JAN, gross_pay=149_500)
    lines = contribution_lines(record, TABLES)
    assert lines == {"health_insurance": 2855, "tyel_employer": 25565, "unemployment": 463,
                     "accident": 777, "group_life": 79}
    assert wage_costs(record, TABLES) == 179_239


def test_typed_contributions_win_over_the_table() -> None:
    record = WageRecord(employee_id=1, month=JAN, gross_pay=149_500, employer_contributions=29_000)
    assert contributions(record, TABLES) == 29_000
    assert record.contributions_typed


def test_tax_free_allowances_are_not_wage_costs() -> None:
    plain = WageRecord(employee_id=1, month=JAN, gross_pay=100_000)
    with_allowances = WageRecord(employee_id=1, month=JAN, gross_pay=100_000,
                                 tax_free_allowances=5_000)
    assert wage_costs(plain, TABLES) == wage_costs(with_allowances, TABLES)


def test_negative_amounts_are_refused_per_field() -> None:
    record = WageRecord(employee_id=1, month=JAN, gross_pay=-1, holiday_bonus=-5,
                        employer_contributions=-3)
    assert _codes(record) == {"gross_pay": "wage_negative", "holiday_bonus": "wage_negative",
                              "employer_contributions": "wage_negative"}


def test_kela_pay_above_the_pay_is_refused() -> None:
    record = WageRecord(employee_id=1, month=JAN, gross_pay=100_000, kela_compensated_pay=100_001)
    assert _codes(record) == {"kela_compensated_pay": "wage_kela_above_pay"}
    ok = WageRecord(employee_id=1, month=JAN, gross_pay=60_000, holiday_pay=40_000,
                    kela_compensated_pay=100_000)
    assert _codes(ok) == {}


@pytest.mark.parametrize(("month", "days", "ok"), [
    (date(2026, 2, 1), 28, True), (date(2026, 2, 1), 29, False), (date(2028, 2, 1), 29, True),
    (date(2026, 1, 1), 31, True), (date(2026, 4, 1), 31, False), (JAN, -1, False)])
def test_absence_days_at_most_the_days_of_the_month(month: date, days: int, ok: bool) -> None:
    record = WageRecord(employee_id=1, month=month, unpaid_absence_days=days)
    assert (_codes(record) == {}) is ok


def test_hours_cannot_be_negative_or_impossible() -> None:
    assert _codes(WageRecord(1, JAN, hours=Decimal("-1"))) == {"hours": "wage_hours"}
    assert _codes(WageRecord(1, JAN, hours=Decimal(745))) == {"hours": "wage_hours"}
    assert _codes(WageRecord(1, JAN, hours=Decimal("162.5"))) == {}


def test_other_support_above_costs_and_missing_rates() -> None:
    with pytest.raises(ValidationErrors) as caught:
        check_wage_record(WageRecord(1, JAN, gross_pay=10_000, other_public_support=20_000),
                          TABLES)
    assert caught.value.errors[0].code == "wage_support_above_costs"
    assert caught.value.errors[0].params["costs_cents"] == 10_000 + 191 + 1710 + 31 + 52 + 5
    with pytest.raises(ValidationErrors) as caught:
        check_wage_record(WageRecord(1, date(2031, 1, 1), gross_pay=10_000), TABLES)
    assert caught.value.errors[0].code == "wage_rates_missing"
    check_wage_record(WageRecord(1, date(2031, 1, 1), gross_pay=10_000,
                                 employer_contributions=2_000), RateTables())


def test_changed_fields_name_only_what_differs() -> None:
    before = WageRecord(1, JAN, gross_pay=100_000)
    after = WageRecord(1, JAN, gross_pay=100_000, holiday_bonus=5_000, hours=Decimal(100))
    assert changed_fields(before, after) == ["holiday_bonus", "hours"]
    assert "gross_pay" in changed_fields(None, after)


# --- status ---------------------------------------------------------------------------------

END, DEADLINE = date(2026, 3, 31), date(2026, 5, 31)


@pytest.mark.parametrize(("today", "stored", "applied", "paid", "expected"), [
    (date(2026, 3, 15), None, 0, 0, AppStatus.NOT_DUE),
    (date(2026, 4, 5), None, 0, 0, AppStatus.NOT_DUE),  # wages not yet in the Incomes Register
    (date(2026, 4, 6), None, 0, 0, AppStatus.READY),
    (date(2026, 5, 31), None, 0, 0, AppStatus.READY),  # the deadline day itself still counts
    (date(2026, 6, 1), None, 0, 0, AppStatus.OVERDUE),
    (date(2026, 4, 10), "draft", 0, 0, AppStatus.DRAFT),
    (date(2026, 6, 1), "draft", 0, 0, AppStatus.OVERDUE),
    (date(2026, 6, 1), "sent", 1000, 0, AppStatus.SENT),
    (date(2026, 6, 1), "partly_paid", 1000, 400, AppStatus.PARTLY_PAID),
    (date(2026, 6, 1), "sent", 1000, 1000, AppStatus.PAID),
    (date(2026, 6, 1), "paid", 1000, 900, AppStatus.PAID),  # closed by the payer's decision
    (date(2026, 6, 1), "rejected", 1000, 0, AppStatus.REJECTED),
])
def test_application_status(today, stored, applied, paid, expected) -> None:
    assert application_status(period_end=END, deadline=DEADLINE, today=today, stored=stored,
                              applied=applied, paid=paid) is expected


def test_status_after_payment() -> None:
    assert stored_status_after_payment(1000, 400, final=False) == "partly_paid"
    assert stored_status_after_payment(1000, 1000, final=False) == "paid"
    assert stored_status_after_payment(1000, 400, final=True) == "paid"


def _state(employee_id: int, status: AppStatus, amount: int, paid: int = 0,
           sent_on: date | None = None, end: date = END) -> PeriodState:
    return PeriodState(decision_id=employee_id, employee_id=employee_id,
                       employee_name=f"Person {employee_id}", period_start=end.replace(day=1),
                       period_end=end, deadline=DEADLINE, status=status, amount=amount,
                       paid=paid, sent_on=sent_on)


def test_owed_since_per_employee_and_in_total() -> None:
    states = [
        _state(1, AppStatus.PARTLY_PAID, 100_000, 60_000, date(2026, 2, 10)),
        _state(1, AppStatus.SENT, 50_000, 0, date(2026, 4, 12)),
        _state(2, AppStatus.SENT, 70_000, 0, date(2026, 1, 5)),
        _state(2, AppStatus.PAID, 80_000, 75_000, date(2025, 12, 1)),  # closed with less
        _state(3, AppStatus.READY, 30_000, end=date(2026, 4, 30)),
        _state(3, AppStatus.OVERDUE, 20_000, end=date(2026, 2, 28)),
        _state(3, AppStatus.REJECTED, 10_000, 0, date(2025, 11, 1)),
        _state(4, AppStatus.NOT_DUE, 99_000),
    ]
    rows, total = owed_overview(states)
    assert [r.employee_id for r in rows] == [2, 1, 3]  # oldest unpaid money first
    by_id = {r.employee_id: r for r in rows}
    assert (by_id[1].owed, by_id[1].owed_since) == (90_000, date(2026, 2, 10))
    assert (by_id[2].owed, by_id[2].owed_since) == (70_000, date(2026, 1, 5))
    assert by_id[2].difference == 75_000  # 150 000 applied − 75 000 paid
    assert (by_id[3].to_apply, by_id[3].lost, by_id[3].owed) == (30_000, 20_000, 0)
    assert (total.owed, total.owed_since, total.to_apply, total.lost) == (
        160_000, date(2026, 1, 5), 30_000, 20_000)
    assert total.applied - total.paid == total.difference == 100_000 + 50_000 + 70_000 + 80_000 \
        + 10_000 - 60_000 - 75_000


def test_flags_outside_and_missing() -> None:
    entered = {1: [date(2025, 12, 1), JAN, date(2026, 3, 1)], 2: [date(2026, 2, 1)]}
    periods = {1: [(date(2026, 1, 15), date(2026, 4, 14))], 3: [(JAN, date(2026, 12, 31))]}
    flags = wage_flags(entered, periods, today=date(2026, 4, 20))
    assert flags == [
        WageFlag(FlagKind.OUTSIDE_DECISION, 1, date(2025, 12, 1)),
        WageFlag(FlagKind.MISSING, 1, date(2026, 2, 1)),  # April has not ended yet
        WageFlag(FlagKind.OUTSIDE_DECISION, 2, date(2026, 2, 1)),
        WageFlag(FlagKind.MISSING, 3, JAN), WageFlag(FlagKind.MISSING, 3, date(2026, 2, 1)),
        WageFlag(FlagKind.MISSING, 3, date(2026, 3, 1)),
    ]
