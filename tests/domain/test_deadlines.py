"""Deadline rules, run against a frozen clock the way the service layer reads it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from decimal import Decimal

import pytest
import time_machine

from kuhina_desktop.domain.deadlines import (
    REMINDER_RULES,
    DayNote,
    DueGroup,
    DueItem,
    DueKind,
    ReminderRule,
    Severity,
    application_deadline,
    certificate_expiry_item,
    consent_expiry_item,
    contract_end_item,
    day_note,
    due_group,
    group_due_items,
    holiday_name,
    is_working_day,
    missing_wage_month_items,
    next_working_day,
    payment_application_item,
    rate_table_item,
    retention_review_item,
    subsidy_period_end_item,
    trial_end_item,
    wage_month_due,
)
from kuhina_desktop.domain.employees import Consent, ConsentScope, Contract


@contextmanager
def frozen(day: date) -> Iterator[date]:
    """Freeze the clock at noon of ``day`` (noon: no time zone turns it into another date)."""
    with time_machine.travel(datetime.combine(day, time(12)), tick=False):
        yield date.today()


def on(day: date, func, **kwargs):
    """Call a rule as the due-list service does: with the clock's today."""
    with frozen(day) as today:
        assert today == day
        return func(today=today, **kwargs)


def severity_on(day: date, func, **kwargs) -> Severity | None:
    item = on(day, func, **kwargs)
    return None if item is None else item.severity


# --- working days ---------------------------------------------------------------------------


@pytest.mark.parametrize(("day", "name"), [
    (date(2026, 6, 19), "Juhannusaatto"),
    (date(2026, 6, 20), "Juhannuspäivä"),
    (date(2026, 12, 24), "Jouluaatto"),
    (date(2026, 12, 25), "Joulupäivä"),
    (date(2026, 12, 26), "Tapaninpäivä"),
    (date(2027, 1, 1), "Uudenvuodenpäivä"),
    (date(2026, 4, 6), "Toinen pääsiäispäivä"),
    (date(2027, 12, 6), "Itsenäisyyspäivä"),
    (date(2028, 5, 1), "Vappu"),
    (date(2026, 6, 18), None),
    (date(2026, 12, 31), None),
])
def test_holiday_names_are_finnish(day, name):
    assert holiday_name(day) == name


@pytest.mark.parametrize(("day", "working"), [
    (date(2026, 3, 18), True),  # Wednesday
    (date(2026, 3, 21), False),  # Saturday
    (date(2026, 3, 22), False),  # Sunday
    (date(2026, 6, 19), False),  # Midsummer Eve, a Friday: offices and banks are closed
    (date(2026, 12, 24), False),  # Christmas Eve, a Thursday
    (date(2027, 12, 6), False),  # Independence Day, a Monday
    (date(2026, 12, 31), True),  # New Year's Eve is an ordinary working day
])
def test_is_working_day(day, working):
    assert is_working_day(day) is working


@pytest.mark.parametrize(("day", "expected"), [
    (date(2026, 3, 18), date(2026, 3, 19)),
    (date(2026, 3, 20), date(2026, 3, 23)),  # Friday → Monday
    (date(2026, 6, 18), date(2026, 6, 22)),  # over Midsummer
    (date(2026, 12, 23), date(2026, 12, 28)),  # over Christmas (24.–27.)
    (date(2026, 12, 31), date(2027, 1, 4)),  # over the year end and New Year's Day
    (date(2026, 4, 2), date(2026, 4, 7)),  # over Easter
])
def test_next_working_day(day, expected):
    assert next_working_day(day) == expected


def test_next_working_day_inclusive():
    assert next_working_day(date(2026, 3, 18), inclusive=True) == date(2026, 3, 18)
    assert next_working_day(date(2026, 12, 24), inclusive=True) == date(2026, 12, 28)


def test_day_note_names_the_holiday_and_never_moves_the_date():
    assert day_note(date(2026, 6, 20)) == DayNote(date(2026, 6, 20), "holiday", "Juhannuspäivä",
                                                  date(2026, 6, 22))
    assert day_note(date(2026, 3, 21)) == DayNote(date(2026, 3, 21), "weekend", None,
                                                  date(2026, 3, 23))
    assert day_note(date(2026, 3, 18)) is None


# --- pure date rules ------------------------------------------------------------------------


@pytest.mark.parametrize(("period_end", "deadline"), [
    (date(2026, 3, 31), date(2026, 5, 31)),
    (date(2026, 3, 15), date(2026, 5, 31)),
    (date(2026, 10, 31), date(2026, 12, 31)),
    (date(2026, 11, 30), date(2027, 1, 31)),  # over the year end
    (date(2025, 12, 31), date(2026, 2, 28)),
    (date(2027, 12, 31), date(2028, 2, 29)),  # leap year
    (date(2028, 1, 31), date(2028, 3, 31)),
])
def test_application_deadline(period_end, deadline):
    assert application_deadline(period_end) == deadline


def test_application_deadline_months_is_a_parameter():
    assert application_deadline(date(2026, 3, 31), months_after=3) == date(2026, 6, 30)


@pytest.mark.parametrize(("month", "due"), [
    (date(2026, 3, 1), date(2026, 4, 10)),
    (date(2026, 3, 31), date(2026, 4, 10)),
    (date(2026, 12, 1), date(2027, 1, 10)),
    (date(2028, 2, 29), date(2028, 3, 10)),
])
def test_wage_month_due(month, due):
    assert wage_month_due(month) == due


# --- payment applications -------------------------------------------------------------------

PAYMENT = {"decision_id": 12, "period_end": date(2026, 3, 31), "subject_id": 3,
           "subject_name": "Virtanen Aino", "amount_cents": 179_239}


@pytest.mark.parametrize(("day", "severity"), [
    (date(2026, 3, 31), None),  # the period has just ended: wages are not reported yet
    (date(2026, 4, 5), None),
    (date(2026, 4, 6), Severity.INFO),  # ready to apply
    (date(2026, 5, 16), Severity.INFO),
    (date(2026, 5, 17), Severity.WARNING),  # −14 d
    (date(2026, 5, 27), Severity.WARNING),
    (date(2026, 5, 28), Severity.CRITICAL),  # −3 d
    (date(2026, 5, 31), Severity.CRITICAL),
    (date(2026, 6, 1), Severity.CRITICAL),  # overdue: the money is lost
    (date(2027, 6, 1), Severity.CRITICAL),  # stays until marked done
])
def test_payment_application_stages(day, severity):
    assert severity_on(day, payment_application_item, **PAYMENT) == severity


def test_payment_application_item_fields():
    item = on(date(2026, 5, 20), payment_application_item, **PAYMENT)
    assert item.key == "payment_application:12:2026-03-31"
    assert (item.kind, item.due_date, item.action) == (
        DueKind.PAYMENT_APPLICATION, date(2026, 5, 31), "send_payment_application")
    assert (item.subject_id, item.subject_name, item.amount_cents) == (3, "Virtanen Aino",
                                                                       179_239)
    # 31.5.2026 is a Sunday: the date stays, the note tells the next working day.
    assert item.day_note == DayNote(date(2026, 5, 31), "weekend", None, date(2026, 6, 1))
    assert item.params == {"period_end": date(2026, 3, 31)}


def test_payment_application_over_the_year_end_and_a_leap_february():
    item = on(date(2028, 2, 20), payment_application_item,
              **{**PAYMENT, "period_end": date(2027, 12, 31)})
    assert item.due_date == date(2028, 2, 29)
    assert item.severity is Severity.WARNING
    assert on(date(2028, 3, 1), payment_application_item,
              **{**PAYMENT, "period_end": date(2027, 12, 31)}).severity is Severity.CRITICAL


# --- other period ends ----------------------------------------------------------------------

SUBSIDY = {"decision_id": 4, "end": date(2026, 6, 30), "subject_id": 3, "subject_name": "A"}


@pytest.mark.parametrize(("day", "severity"), [
    (date(2026, 4, 30), None),
    (date(2026, 5, 1), Severity.WARNING),  # −60 d
    (date(2026, 5, 31), Severity.CRITICAL),  # −30 d
    (date(2026, 6, 30), Severity.CRITICAL),
    (date(2026, 7, 1), None),  # too late for a renewal: nothing left to do
])
def test_subsidy_period_end(day, severity):
    assert severity_on(day, subsidy_period_end_item, **SUBSIDY) == severity


FIXED = Contract(employee_id=3, start=date(2026, 1, 1), end=date(2026, 12, 31),
                 trial_end=date(2026, 6, 19), weekly_hours=Decimal(30),
                 full_time_weekly_hours=Decimal("37.5"), pay_cents=1, job_title="x", id=8)


@pytest.mark.parametrize(("day", "severity"), [
    (date(2026, 10, 31), None),
    (date(2026, 11, 1), Severity.INFO),  # −60 d
    (date(2026, 12, 1), Severity.WARNING),  # −30 d
    (date(2026, 12, 31), Severity.WARNING),
    (date(2027, 1, 1), None),
])
def test_fixed_term_contract_end(day, severity):
    assert severity_on(day, contract_end_item, contract=FIXED, subject_name="A") == severity


def test_open_ended_contract_has_no_end_item():
    open_ended = Contract(employee_id=3, start=date(2026, 1, 1), weekly_hours=Decimal(30),
                          full_time_weekly_hours=Decimal("37.5"))
    assert on(date(2026, 12, 1), contract_end_item, contract=open_ended, subject_name="A") is None
    assert on(date(2026, 12, 1), trial_end_item, contract=open_ended, subject_name="A") is None


def test_trial_end_on_midsummer_eve():
    assert on(date(2026, 6, 4), trial_end_item, contract=FIXED, subject_name="A") is None
    item = on(date(2026, 6, 5), trial_end_item, contract=FIXED, subject_name="A")
    assert item.severity is Severity.WARNING
    assert item.key == "trial_end:8:2026-06-19"
    assert item.subject_id == 3
    assert item.day_note.holiday_name == "Juhannusaatto"
    assert item.day_note.next_working_day == date(2026, 6, 22)
    assert on(date(2026, 6, 20), trial_end_item, contract=FIXED, subject_name="A") is None


# --- certificates and consents --------------------------------------------------------------

CERT = {"certificate_id": 5, "certificate_type": "first_aid_ea1", "expires": date(2026, 12, 24),
        "subject_id": 3, "subject_name": "A"}


@pytest.mark.parametrize(("day", "severity"), [
    (date(2026, 9, 24), None),
    (date(2026, 9, 25), Severity.INFO),  # −90 d
    (date(2026, 11, 24), Severity.WARNING),  # −30 d
    (date(2026, 12, 25), Severity.WARNING),  # expired, stays
    (date(2028, 1, 1), Severity.WARNING),
])
def test_certificate_expiry(day, severity):
    assert severity_on(day, certificate_expiry_item, **CERT) == severity


def test_certificate_item_on_christmas_eve_and_indefinite_certificates():
    item = on(date(2026, 12, 1), certificate_expiry_item, **CERT)
    assert item.day_note.holiday_name == "Jouluaatto"
    assert item.day_note.next_working_day == date(2026, 12, 28)
    assert item.params == {"certificate_type": "first_aid_ea1"}
    assert on(date(2026, 12, 1), certificate_expiry_item, **{**CERT, "expires": None}) is None


CONSENT = Consent(employee_id=3, scope=ConsentScope.COACHING_NOTES, given_on=date(2025, 3, 1),
                  valid_until=date(2026, 2, 28), id=2)


@pytest.mark.parametrize(("day", "severity"), [
    (date(2026, 1, 28), None),
    (date(2026, 1, 29), Severity.INFO),  # −30 d
    (date(2026, 3, 30), Severity.INFO),  # 30 days after
    (date(2026, 3, 31), None),
])
def test_consent_expiry(day, severity):
    assert severity_on(day, consent_expiry_item, consent=CONSENT, subject_name="A") == severity


def test_withdrawn_or_open_consent_has_no_expiry_item():
    for changed in (Consent(**{**CONSENT.__dict__, "withdrawn_on": date(2026, 1, 1)}),
                    Consent(**{**CONSENT.__dict__, "valid_until": None})):
        assert on(date(2026, 2, 20), consent_expiry_item, consent=changed,
                  subject_name="A") is None


# --- monthly and yearly items ---------------------------------------------------------------

WAGES = {"employee_id": 3, "subject_name": "A", "employment_start": date(2025, 11, 15),
         "employment_end": None}


def test_missing_wage_month_after_the_tenth():
    entered = [date(2025, 11, 1)]
    assert on(date(2026, 1, 10), missing_wage_month_items, **WAGES, entered_months=entered) == []
    items = on(date(2026, 1, 11), missing_wage_month_items, **WAGES, entered_months=entered)
    assert [(i.key, i.due_date, i.severity) for i in items] == [
        ("wage_month_missing:3:2025-12", date(2026, 1, 10), Severity.WARNING)]
    assert items[0].params == {"month": date(2025, 12, 1)}


def test_missing_wage_months_stop_at_employment_end_and_accept_any_day_of_month():
    items = on(date(2028, 6, 1), missing_wage_month_items,
               **{**WAGES, "employment_start": date(2028, 1, 1),
                  "employment_end": date(2028, 2, 29)},
               entered_months=[date(2028, 1, 31)])
    assert [i.key for i in items] == ["wage_month_missing:3:2028-02"]
    assert items[0].due_date == date(2028, 3, 10)


def test_no_wage_months_before_the_employment_starts():
    assert on(date(2025, 11, 1), missing_wage_month_items, **WAGES, entered_months=[]) == []


@pytest.mark.parametrize(("day", "confirmed", "expected"), [
    (date(2026, 11, 30), {2026}, None),
    (date(2026, 12, 1), {2026}, ("rate_table:2027", Severity.INFO)),
    (date(2026, 12, 24), set(), ("rate_table:2027", Severity.WARNING)),
    (date(2026, 12, 24), {2027}, None),
    (date(2027, 1, 2), {2026}, ("rate_table:2027", Severity.WARNING)),  # overdue
    (date(2027, 7, 1), {2026}, ("rate_table:2027", Severity.WARNING)),
    (date(2027, 7, 1), {2027}, None),
])
def test_rate_table_of_the_new_year(day, confirmed, expected):
    item = on(day, rate_table_item, confirmed_years=confirmed)
    assert (item and (item.key, item.severity)) == expected
    if item:
        assert item.due_date == date(2026, 12, 31)
        assert item.subject_id is None
        assert item.params == {"year": 2027}


def test_unconfirmed_running_year_is_overdue_before_december():
    item = on(date(2026, 11, 30), rate_table_item, confirmed_years=set())
    assert (item.key, item.due_date, item.severity) == (
        "rate_table:2026", date(2025, 12, 31), Severity.WARNING)


@pytest.mark.parametrize(("day", "last", "expected"), [
    (date(2026, 12, 31), None, ("retention_review:2026", Severity.WARNING)),
    (date(2027, 1, 1), date(2026, 1, 20), ("retention_review:2027", Severity.INFO)),
    (date(2027, 1, 31), date(2026, 1, 20), ("retention_review:2027", Severity.INFO)),
    (date(2027, 2, 1), date(2026, 1, 20), ("retention_review:2027", Severity.WARNING)),
    (date(2027, 2, 1), date(2027, 1, 5), None),
])
def test_retention_review_in_january(day, last, expected):
    item = on(day, retention_review_item, last_reviewed_on=last)
    assert (item and (item.key, item.severity)) == expected


def test_rules_can_be_overridden():
    quiet = ReminderRule(((7, Severity.INFO),), None)
    assert on(date(2026, 12, 1), contract_end_item, contract=FIXED, subject_name="A",
              rule=quiet) is None
    assert on(date(2026, 12, 24), contract_end_item, contract=FIXED, subject_name="A",
              rule=quiet).severity is Severity.INFO
    assert set(REMINDER_RULES) == set(DueKind)


# --- grouping -------------------------------------------------------------------------------


def item(due: date, severity: Severity = Severity.INFO, name: str = "A") -> DueItem:
    return DueItem(key=f"k:{due}:{severity}:{name}", kind=DueKind.TRIAL_END, due_date=due,
                   subject_id=1, subject_name=name, action="x", severity=severity)


@pytest.mark.parametrize(("due", "group"), [
    (date(2026, 3, 17), DueGroup.OVERDUE),
    (date(2026, 3, 18), DueGroup.THIS_WEEK),  # today, a Wednesday
    (date(2026, 3, 22), DueGroup.THIS_WEEK),  # Sunday ends the week
    (date(2026, 3, 23), DueGroup.NEXT_30_DAYS),
    (date(2026, 4, 17), DueGroup.NEXT_30_DAYS),  # today + 30
    (date(2026, 4, 18), DueGroup.LATER),
])
def test_due_group(due, group):
    with frozen(date(2026, 3, 18)) as today:
        assert due_group(due, today) is group


def test_due_group_on_a_sunday_and_over_the_year_end():
    assert due_group(date(2026, 3, 23), date(2026, 3, 22)) is DueGroup.NEXT_30_DAYS
    assert due_group(date(2027, 1, 3), date(2026, 12, 28)) is DueGroup.THIS_WEEK
    assert due_group(date(2027, 1, 4), date(2026, 12, 28)) is DueGroup.NEXT_30_DAYS


def test_group_due_items_orders_each_group():
    items = [item(date(2026, 3, 20), Severity.INFO, "B"), item(date(2026, 5, 1)),
             item(date(2026, 3, 20), Severity.CRITICAL, "C"), item(date(2026, 3, 1)),
             item(date(2026, 3, 20), Severity.INFO, "A")]
    with frozen(date(2026, 3, 18)) as today:
        groups = group_due_items(items, today)
    assert list(groups) == [DueGroup.OVERDUE, DueGroup.THIS_WEEK, DueGroup.NEXT_30_DAYS,
                            DueGroup.LATER]
    assert [i.due_date for i in groups[DueGroup.OVERDUE]] == [date(2026, 3, 1)]
    assert [(i.severity, i.subject_name) for i in groups[DueGroup.THIS_WEEK]] == [
        (Severity.CRITICAL, "C"), (Severity.INFO, "A"), (Severity.INFO, "B")]
    assert groups[DueGroup.NEXT_30_DAYS] == []
    assert [i.due_date for i in groups[DueGroup.LATER]] == [date(2026, 5, 1)]


def test_a_due_list_for_one_day():
    """The service composes the rules; this is what the home view gets on 18.5.2026."""
    with frozen(date(2026, 5, 18)) as today:
        candidates = [
            payment_application_item(today=today, **PAYMENT),
            subsidy_period_end_item(today=today, **SUBSIDY),
            contract_end_item(FIXED, today, "A"),
            trial_end_item(FIXED, today, "A"),
            *missing_wage_month_items(today=today, **WAGES, entered_months=[]),
        ]
        groups = group_due_items([c for c in candidates if c], today)
    assert [i.kind for i in groups[DueGroup.OVERDUE]] == [DueKind.WAGE_MONTH_MISSING] * 6
    assert [i.kind for i in groups[DueGroup.NEXT_30_DAYS]] == [DueKind.PAYMENT_APPLICATION]
    assert [i.kind for i in groups[DueGroup.LATER]] == [DueKind.SUBSIDY_PERIOD_END]
