"""The employee register's SQL: round trips, the one-query list and its indexes."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kuhina_desktop.domain.employee_records import EmploymentStatus
from kuhina_desktop.domain.employees import ConsentScope, PayBasis, TargetGroup
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.storage import contracts_repo, employees_repo
from tests.employee_factories import (
    TODAY,
    add_decision,
    consent,
    contract,
    many_people,
    new_file,
    person,
)


@pytest.fixture
def services(tmp_path: Path):
    services = new_file(tmp_path)
    yield services
    services.close()


def test_employee_round_trip_keeps_every_field(services) -> None:
    original = person(street="Rantakatu 5", postal_code="80100", city="Joensuu", notes="x",
                      target_groups=frozenset({TargetGroup.IMMIGRANT, TargetGroup.YOUNG}))
    with services.data.write() as db:
        new_id = employees_repo.insert_employee(db, original)
    stored = employees_repo.get_employee(services.data, new_id)
    assert stored == original.__class__(**{**original.__dict__, "id": new_id})
    row = services.data.query("SELECT birth_date FROM employees WHERE id = ?", (new_id,))[0]
    assert row["birth_date"] == original.birth_date.isoformat()
    # Every person gets a health row, so having one reveals nothing.
    assert employees_repo.get_health(services.data, new_id).partial_work_ability is False


def test_bulk_insert_in_one_transaction(services) -> None:
    people = [person(900 + i, first_name=f"Henkilö{i}") for i in range(50)]
    with services.data.write() as db:
        ids = employees_repo.insert_many(db, people)
    assert len(ids) == 50 == len(set(ids))
    assert services.data.query("SELECT count(*) AS n FROM employee_health")[0]["n"] == 50


def test_contract_round_trip_with_warnings_partner_and_hourly_pay(services) -> None:
    with services.data.write() as db:
        employee_id = employees_repo.insert_employee(db, person())
        warning = ValidationError("w", code="trial_over_half_of_term", field="trial_end",
                                  trial_days=120, term_days=181)
        original = contract(employee_id, end=date(2026, 6, 30), trial_end=date(2026, 4, 30),
                            pay_basis=PayBasis.HOURLY, pay_cents=1_320,
                            partner_name="Kontiolahden Kyläyhdistys ry",
                            partner_share=Decimal("0.40"), weekly_hours=Decimal("24.5"))
        contract_id = contracts_repo.insert_contract(db, original, [warning])
    stored = contracts_repo.get_contract(services.data, contract_id)
    assert stored.contract.__dict__ == {**original.__dict__, "id": contract_id}
    assert [(w.code, w.field, w.params) for w in stored.warnings] == [
        ("trial_over_half_of_term", "trial_end", {"trial_days": "120", "term_days": "181"})]


def test_consent_round_trip(services) -> None:
    with services.data.write() as db:
        employee_id = employees_repo.insert_employee(db, person())
        original = consent(employee_id, ConsentScope.COACHING_NOTES,
                           valid_until=date(2026, 12, 31), withdrawn_on=date(2026, 6, 1))
        consent_id = contracts_repo.insert_consent(db, original)
    assert contracts_repo.consents_of(services.data, employee_id) == [
        original.__class__(**{**original.__dict__, "id": consent_id})]


def _people_with_contracts(services, count: int) -> None:
    with services.data.write() as db:
        ids = employees_repo.insert_many(db, many_people(count))
        contracts_repo.insert_contracts_many(db, [
            contract(i, start=date(2025, 1, 1), end=date(2025, 12, 31)) for i in ids] + [
            contract(i, start=date(2026, 1, 1)) for i in ids])


def test_list_is_one_statement_whatever_the_number_of_people(services) -> None:
    _people_with_contracts(services, 300)
    statements: list[str] = []
    services.data.conn.set_trace_callback(statements.append)
    try:
        rows = employees_repo.list_rows(services.data, TODAY)
    finally:
        services.data.conn.set_trace_callback(None)
    assert len(rows) == 300
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1


def test_list_query_searches_indexes_instead_of_scanning(services) -> None:
    plan = services.data.query("EXPLAIN QUERY PLAN " + employees_repo.LIST_SQL,
                               {"today": TODAY.isoformat()})
    details = [row["detail"] for row in plan]
    # The employees themselves are read in full (that is the list); anything else scanned
    # would be a table read once per person. Scanning a subquery's few result rows is fine.
    scans = [d for d in details if d.startswith("SCAN")
             and d != "SCAN e" and not d.startswith("SCAN (subquery")]
    assert scans == [], details
    assert any("USING INDEX contracts_employee" in d for d in details), details
    assert any("USING INDEX decisions_employee" in d for d in details), details


@pytest.mark.parametrize(("contracts", "expected_start", "status"), [
    # (start, end) pairs; the list shows the one covering today, else the next, else the last
    ([(date(2025, 1, 1), date(2025, 12, 31)), (date(2026, 1, 1), None)], date(2026, 1, 1),
     EmploymentStatus.WORKING),
    ([(date(2025, 1, 1), date(2025, 12, 31)), (date(2026, 5, 1), date(2026, 9, 30)),
      (date(2026, 10, 1), None)], date(2026, 5, 1), EmploymentStatus.STARTING),
    ([(date(2024, 1, 1), date(2024, 6, 30)), (date(2025, 1, 1), date(2025, 12, 31))],
     date(2025, 1, 1), EmploymentStatus.NO_CONTRACT),
    ([], None, EmploymentStatus.NO_CONTRACT),
])
def test_list_row_shows_the_current_contract(services, contracts, expected_start, status) -> None:
    with services.data.write() as db:
        employee_id = employees_repo.insert_employee(db, person())
        for start, end in contracts:
            contracts_repo.insert_contract(db, contract(employee_id, start=start, end=end))
    (row,) = employees_repo.list_rows(services.data, TODAY)
    assert row.contract_start == expected_start
    assert row.status(TODAY) is status


def test_list_row_carries_no_identity_code_and_no_health_data(services) -> None:
    hetu = person().hetu
    with services.data.write() as db:
        employee_id = employees_repo.insert_employee(db, person(
            target_groups=frozenset({TargetGroup.LONG_TERM_UNEMPLOYED})))
        db.execute("UPDATE employee_health SET partial_work_ability = 1, details = 'selkä'"
                   " WHERE employee_id = ?", [employee_id])
    (row,) = employees_repo.list_rows(services.data, TODAY)
    values = [str(getattr(row, f.name)) for f in fields(row)]
    assert hetu not in values and hetu[7:] not in "".join(values)
    assert row.masked_hetu == hetu[:6] + "-****"
    assert row.target_groups == {TargetGroup.LONG_TERM_UNEMPLOYED}
    assert "selkä" not in "".join(values)


def test_support_kinds_in_force_and_70_grouped_with_50(services) -> None:
    with services.data.write() as db:
        a, b, c = employees_repo.insert_many(db, [person(901), person(902), person(903)])
    add_decision(services, a, "palkkatuki_70", date(2026, 1, 1), date(2026, 6, 30))
    add_decision(services, a, "kuntalisa", date(2026, 1, 1), date(2026, 6, 30))
    add_decision(services, b, "palkkatuki_100", date(2024, 1, 1), date(2024, 12, 31))
    add_decision(services, b, "palkkatuki_50", date(2023, 1, 1), date(2023, 6, 30))
    rows = {r.id: r for r in employees_repo.list_rows(services.data, TODAY)}
    assert rows[a].support_kinds == ("kuntalisa", "palkkatuki_50_70")
    assert rows[b].support_kinds == ("palkkatuki_100",)  # none in force: the latest one
    assert rows[c].support_kinds == ()
