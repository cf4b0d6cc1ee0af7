"""The job-coach export's rules: the allow-list, who is in, the period, and safe text."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kuhina_desktop.domain.coach_export import (
    ALLOW_LIST,
    FORBIDDEN_FIELDS,
    SCOPE_OF,
    DataSet,
    LeftOut,
    SourceRow,
    export_phone,
    fields_of,
    in_period,
    person_status,
    safe_cell,
    safe_text,
    select_rows,
    validate_period,
)
from kuhina_desktop.domain.employees import Consent, ConsentScope
from kuhina_desktop.domain.errors import ValidationError

DAY = date(2026, 3, 16)
P, T, N, C = (ConsentScope.PROGRESS, ConsentScope.TRAINING, ConsentScope.COACHING_NOTES,
              ConsentScope.CONTACT_DETAILS)


R = "Kuhina-hankkeen työhönvalmentaja"


def consent(scope=P, given_on=date(2026, 1, 1), **rest) -> Consent:
    return Consent(employee_id=1, scope=scope, given_on=given_on, **{"recipient": R, **rest})


def test_the_allow_list_is_exactly_the_agreed_one() -> None:
    # A change here is a change of what leaves the association: it must be deliberate.
    assert dict(ALLOW_LIST) == {
        DataSet.EMPLOYMENT: ("name", "job_title", "employment_start", "employment_end"),
        DataSet.OUTCOMES: ("name", "period_start", "period_end", "outcome", "readiness_start",
                           "readiness_end"),
        DataSet.ENROLMENTS: ("name", "training", "training_kind", "provider", "status", "start",
                             "completed_on", "planned_hours", "hours_attended", "result"),
        DataSet.CERTIFICATES: ("name", "certificate", "issued_on", "expires_on", "issuer"),
        DataSet.COACHING: ("name", "date", "kind", "mode", "minutes", "summary",
                           "agreed_actions", "next_follow_up"),
        DataSet.CONTACTS: ("name", "phone", "email"),
        DataSet.JOB_OPPORTUNITIES: ("title", "description", "weekly_hours", "place",
                                    "accessibility", "language_requirements", "support_offered",
                                    "contact"),
    }
    assert {SCOPE_OF[s] for s in DataSet} == {P, T, N, C, None}


def test_no_forbidden_field_on_any_list() -> None:
    listed = {f for fields in ALLOW_LIST.values() for f in fields}
    assert not listed & FORBIDDEN_FIELDS
    assert {"hetu", "notes", "partial_work_ability", "health_details"} <= FORBIDDEN_FIELDS


def test_fields_follow_the_scopes() -> None:
    assert fields_of([C]) == ["name", "phone", "email"]
    assert "summary" not in fields_of([P, T, C])
    assert "summary" in fields_of([N])


@pytest.mark.parametrize(("consents", "scopes", "reason"), [
    ([], set(), LeftOut.NO_CONSENT),
    ([consent(P), consent(T)], {P, T}, None),
    ([consent(P, withdrawn_on=date(2026, 2, 1))], set(), LeftOut.WITHDRAWN),
    ([consent(P, withdrawn_on=DAY)], set(), LeftOut.WITHDRAWN),  # the day itself counts
    ([consent(P, valid_until=date(2026, 3, 15))], set(), LeftOut.EXPIRED),
    ([consent(P, valid_until=DAY)], {P}, None),  # the last valid day is inclusive
    ([consent(P, given_on=date(2026, 4, 1))], set(), LeftOut.NOT_YET_VALID),
    ([consent(P, withdrawn_on=date(2026, 2, 1)), consent(T, given_on=date(2026, 2, 2))], {T},
     None),
    # The newest consent tells why: withdrawn long ago, then one that expired.
    ([consent(P, given_on=date(2025, 1, 1), withdrawn_on=date(2025, 2, 1)),
      consent(P, given_on=date(2025, 6, 1), valid_until=date(2025, 12, 31))], set(),
     LeftOut.EXPIRED),
])
def test_person_status(consents, scopes, reason) -> None:
    status = person_status(1, "Aino", "Virtanen", consents, DAY, recipient=R)
    assert status.scopes == scopes
    assert status.left_out == reason
    assert status.included is (reason is None)
    assert status.name == "Aino Virtanen" and status.sort_name == "Virtanen Aino"


def test_other_peoples_consents_do_not_count() -> None:
    someone_else = Consent(employee_id=2, scope=P, given_on=date(2026, 1, 1))
    assert person_status(1, "A", "B", [someone_else], DAY,
                         recipient=R).left_out == LeftOut.NO_CONSENT


def test_only_consents_given_to_the_recipient_count() -> None:
    """A consent names with whom the data may be shared: one given to occupational health, or
    one naming nobody (the association's own use), never sends anything to the coach."""
    health = consent(C, recipient="Työterveyshuolto Mehiläinen")
    status = person_status(1, "Sari", "Turunen", [consent(P), health], DAY, recipient=R)
    assert status.scopes == {P} and status.included
    assert status.elsewhere == ((C, "Työterveyshuolto Mehiläinen"),)
    only_other = person_status(1, "Sari", "Turunen", [health, consent(T, recipient="")], DAY,
                               recipient=R)
    assert not only_other.included and only_other.scopes == frozenset()
    assert only_other.left_out == LeftOut.OTHER_RECIPIENT
    assert only_other.elsewhere == ((C, "Työterveyshuolto Mehiläinen"), (T, ""))
    # Case and blanks do not matter; a consent to both shows only as the coach's.
    spaced = consent(C, recipient="  kuhina-hankkeen   TYÖHÖNVALMENTAJA ")
    both = person_status(1, "Sari", "Turunen", [health, spaced], DAY, recipient=R)
    assert both.scopes == {C} and both.elsewhere == ()
    # The reason for someone left out comes from their consents to the recipient.
    gone = person_status(1, "Sari", "Turunen",
                         [consent(P, withdrawn_on=date(2026, 2, 1)), health], DAY, recipient=R)
    assert gone.left_out == LeftOut.WITHDRAWN


def test_period() -> None:
    validate_period(date(2026, 1, 1), date(2026, 1, 1))
    validate_period(None, date(2026, 1, 1))
    with pytest.raises(ValidationError) as caught:
        validate_period(date(2026, 2, 1), date(2026, 1, 31))
    assert caught.value.code == "export_period_reversed" and caught.value.field == "export_to"

    row = SourceRow(employee_id=1, values={}, start=date(2026, 2, 1), end=date(2026, 2, 28))
    assert in_period(row, date(2026, 2, 28), None)
    assert not in_period(row, date(2026, 3, 1), None)
    assert in_period(row, None, date(2026, 2, 1))
    assert not in_period(row, None, date(2026, 1, 31))
    open_ended = SourceRow(employee_id=1, values={}, start=date(2026, 2, 1))
    assert in_period(open_ended, date(2030, 1, 1), date(2030, 12, 31))
    assert in_period(SourceRow(employee_id=1, values={}), date(2030, 1, 1), date(2030, 1, 2))


def _people():
    return {1: person_status(1, "Aino", "Virtanen", [consent(P)], DAY, recipient=R),
            2: person_status(2, "Bo", "Andersson", [Consent(
                employee_id=2, scope=P, given_on=date(2026, 1, 1), recipient=R)], DAY,
                recipient=R),
            3: person_status(3, "Cecilia", "Öhman", [Consent(
                employee_id=3, scope=T, given_on=date(2026, 1, 1), recipient=R)], DAY,
                recipient=R)}


def test_select_rows_keeps_scope_order_and_fields() -> None:
    rows = [SourceRow(employee_id=i, start=date(2026, 1, i), end=date(2026, 1, i + 10),
                      order=(date(2026, 1, i),),
                      values={"job_title": f"T{i}", "employment_start": date(2026, 1, i),
                              "employment_end": date(2026, 1, i + 10)}) for i in (1, 2, 3, 4)]
    picked = select_rows(DataSet.EMPLOYMENT, rows, _people())
    # 3 has no progress scope, 4 no consent at all; sorted by surname.
    assert picked == [(2, ("Bo Andersson", "T2", date(2026, 1, 2), date(2026, 1, 12))),
                      (1, ("Aino Virtanen", "T1", date(2026, 1, 1), date(2026, 1, 11)))]
    assert select_rows(DataSet.EMPLOYMENT, rows, _people(), start=date(2026, 1, 12)) == \
        [(2, ("Bo Andersson", "T2", date(2026, 1, 2), date(2026, 1, 12)))]


def test_a_row_with_a_field_outside_the_list_is_refused() -> None:
    leaky = SourceRow(employee_id=1, values={"phone": "1", "email": "", "hetu": "x"})
    with pytest.raises(ValueError, match="hetu"):
        select_rows(DataSet.CONTACTS, [leaky], _people())


def test_rows_without_a_person_need_no_consent() -> None:
    job = SourceRow(employee_id=None, values={"title": "Kahvila-apulainen"})
    assert select_rows(DataSet.JOB_OPPORTUNITIES, [job], {}) == [
        (None, ("Kahvila-apulainen", None, None, None, None, None, None, None))]


@pytest.mark.parametrize(("text", "safe"), [
    ("=1+1", "'=1+1"), ("+358 40", "'+358 40"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=cmd", "'\t=cmd"), ("\r=cmd", "'\r=cmd"), ("  =1+1", "'  =1+1"), ("\x00=1", "'=1"),
    ("Aino", "Aino"), ("a=b", "a=b"), ("", ""), ("Łukasz\nNowak", "Łukasz\nNowak"),
])
def test_safe_text(text: str, safe: str) -> None:
    assert safe_text(text) == safe


@given(st.text())
def test_safe_text_never_starts_a_formula(text: str) -> None:
    safe = safe_text(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r", "\0"))
    assert not safe.lstrip().startswith(("=", "+", "-", "@"))
    clean = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    dangerous = clean.startswith(("=", "+", "-", "@", "\t", "\r")) \
        or clean.lstrip().startswith(("=", "+", "-", "@"))
    assert safe == ("'" + clean if dangerous else clean)


@given(st.one_of(st.integers(), st.decimals(allow_nan=False, allow_infinity=False),
                 st.dates(), st.none()))
def test_numbers_and_dates_are_left_alone(value) -> None:
    assert safe_cell(value) is value


def test_finnish_phone_numbers_read_as_people_write_them() -> None:
    assert export_phone("+358504412987") == "050 441 2987"
    assert export_phone("+48601234567") == "+48601234567"
    assert export_phone("") == ""
