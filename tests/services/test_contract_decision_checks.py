"""A contract added or edited after its support decision is held to the decision's rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kuhina_desktop.domain.employees import Contract
from kuhina_desktop.domain.errors import ValidationErrors
from kuhina_desktop.domain.subsidy import Kind
from kuhina_desktop.services.files import create_association_file
from tests.services.decision_people import ASSOCIATION, add_employee, record


@pytest.fixture
def services(tmp_path: Path):
    opened = create_association_file(tmp_path / "c.kuhina", ASSOCIATION)
    yield opened
    opened.close()


def _contract(employee_id: int, start: date, weekly: str = "30") -> Contract:
    return Contract(employee_id=employee_id, start=start, weekly_hours=Decimal(weekly),
                    full_time_weekly_hours=Decimal("37.5"), job_title="Avustaja",
                    pay_cents=200000)


def _state(services) -> tuple:
    contracts = [tuple(r) for r in services.data.query("SELECT * FROM contracts ORDER BY id")]
    audit = services.data.query("SELECT count(*) AS n FROM audit_log")[0]["n"]
    return contracts, audit


def _codes(info) -> list[tuple[str, str | None]]:
    return [(e.code, e.field) for e in info.value.errors]


def test_a_contract_starting_before_a_saved_decision_date_is_refused(services) -> None:
    person = add_employee(services, "Toinen", "Testi", 911)
    decision = record(person, kind=Kind.PALKKATUKI_50, start=date(2026, 3, 1),
                      end=date(2026, 8, 31), decided_on=date(2026, 3, 15), percent=Decimal(50),
                      monthly_cap_cents=126000, working_time_cap=None, decision_number="C-2")
    saved = services.decisions.save(decision)
    assert [w.code for w in saved.warnings] == ["dec_no_contract"]
    before = _state(services)
    with pytest.raises(ValidationErrors) as info:
        services.employees.contracts.add(_contract(person, date(2026, 3, 1)))
    assert _codes(info) == [("contract_starts_before_decision", "start")]
    error = info.value.errors[0]
    assert (error.params["decision"], error.params["decided_on"]) == (
        "C-2, Pohjois-Karjalan työllisyysalue", "15.3.2026")
    assert _state(services) == before
    services.employees.contracts.add(_contract(person, date(2026, 3, 16)))  # after: fine


def test_hours_of_a_55_plus_contract_cannot_drop_under_25(services) -> None:
    person = add_employee(services, "Vanha", "Testi", 912)
    stored = services.employees.contracts.add(_contract(person, date(2026, 4, 1)))
    services.decisions.save(record(person, kind=Kind.TYOLLISTAMISTUKI_55, start=date(2026, 4, 1),
                                   end=date(2026, 12, 31), decided_on=date(2026, 3, 20),
                                   percent=Decimal(70), monthly_cap_cents=177000,
                                   working_time_cap=None, decision_number="D-1"))
    before = _state(services)
    with pytest.raises(ValidationErrors) as info:
        services.employees.contracts.update(replace(stored.contract, weekly_hours=Decimal(20)))
    assert _codes(info) == [("contract_hours_below_decision_minimum", "weekly_hours")]
    assert (info.value.errors[0].params["minimum"], info.value.errors[0].params["weekly_hours"]
            ) == ("25", "20")
    assert _state(services) == before
    # Other changes of the contract are not held up by the decision.
    services.employees.contracts.update(replace(stored.contract, job_title="Ohjaaja",
                                                weekly_hours=Decimal(25)))


def test_a_contract_outside_every_decision_is_not_checked_against_them(services) -> None:
    person = add_employee(services, "Kolmas", "Testi", 913)
    services.decisions.save(record(person, start=date(2026, 3, 1), end=date(2026, 8, 31),
                                   decided_on=date(2026, 3, 15), decision_number="E-1"))
    earlier = replace(_contract(person, date(2025, 1, 1), weekly="10"), end=date(2025, 12, 31))
    services.employees.contracts.add(earlier)  # ended before the decision's period
    assert services.data.query("SELECT count(*) AS n FROM contracts")[0]["n"] == 1
