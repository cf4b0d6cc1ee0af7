"""A consent is withdrawn on the day the person says so: never dated ahead, and a withdrawal
recorded ahead (a mistyped year in an older file) can be brought forward, audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from kuhina_desktop.domain.coach_export import DataSet
from kuhina_desktop.domain.errors import ValidationErrors
from kuhina_desktop.messages import plain_message
from kuhina_desktop.storage import contracts_repo

AINO_COACHING = 3  # the demo's coaching-notes consent of Aino Kettunen


def coaching_rows(services, today: date, name: str = "Aino Kettunen") -> int:
    sheet = services.coach_export.prepare(today).sheet(DataSet.COACHING)
    return sum(1 for row in sheet.rows if row[0] == name)


def withdraw_rows(services) -> list:
    return services.data.query("SELECT id FROM audit_log WHERE table_name = 'consents' "
                               "AND row_id = ? AND action = 'withdraw'", (AINO_COACHING,))


def test_a_withdrawal_cannot_be_dated_ahead(demo_services) -> None:
    today = date.today()
    consents = demo_services.employees.consents
    before = consents.get(AINO_COACHING)
    audit = demo_services.data.query("SELECT count(*) FROM audit_log")[0][0]
    typo = today + timedelta(days=365)
    with pytest.raises(ValidationErrors) as info:
        consents.withdraw(AINO_COACHING, typo)
    error = info.value.errors[0]
    assert (error.code, error.field) == ("withdrawn_in_future", "withdrawn_on")
    assert f"{today.day}.{today.month}.{today.year}" in plain_message(error)
    assert consents.get(AINO_COACHING) == before  # nothing written
    assert demo_services.data.query("SELECT count(*) FROM audit_log")[0][0] == audit
    assert coaching_rows(demo_services, today) > 0
    # The tester's scenario: the right day is accepted and today's export has no coaching.
    assert consents.withdraw(AINO_COACHING, today).withdrawn_on == today
    assert coaching_rows(demo_services, today) == 0
    assert len(withdraw_rows(demo_services)) == 1


def test_a_withdrawal_recorded_ahead_can_be_brought_forward(demo_services) -> None:
    today = date.today()
    consents = demo_services.employees.consents
    ahead = replace(consents.get(AINO_COACHING), withdrawn_on=today + timedelta(days=365))
    with demo_services.data.write() as db:  # as a file written before the rule holds it
        contracts_repo.update_consent(db, ahead)
    assert coaching_rows(demo_services, today) > 0
    with pytest.raises(ValidationErrors):  # still never ahead, even as a correction
        consents.withdraw(AINO_COACHING, today + timedelta(days=1))
    assert consents.get(AINO_COACHING) == ahead
    assert consents.withdraw(AINO_COACHING, today).withdrawn_on == today
    assert coaching_rows(demo_services, today) == 0
    assert len(withdraw_rows(demo_services)) == 1  # the correction is in the audit trail
    with pytest.raises(ValidationErrors) as info:  # in effect now: it stays
        consents.withdraw(AINO_COACHING, today - timedelta(days=1))
    assert info.value.errors[0].code == "consent_already_withdrawn"
    assert consents.get(AINO_COACHING).withdrawn_on == today


def test_a_consent_cannot_be_recorded_as_withdrawn_ahead(demo_services) -> None:
    consents = demo_services.employees.consents
    given = consents.get(AINO_COACHING)
    count = demo_services.data.query("SELECT count(*) FROM consents")[0][0]
    with pytest.raises(ValidationErrors) as info:
        consents.add(replace(given, id=None, withdrawn_on=date.today() + timedelta(days=365)))
    assert [(e.code, e.field) for e in info.value.errors] == [
        ("withdrawn_in_future", "withdrawn_on")]
    assert demo_services.data.query("SELECT count(*) FROM consents")[0][0] == count
    added = consents.add(replace(given, id=None, withdrawn_on=date.today()))
    assert added.withdrawn_on == date.today()
