"""Password protection through the services: encrypted at rest, usable when unlocked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.domain.employee_records import HealthInfo
from kuhina_desktop.domain.errors import KuhinaError, ValidationError, ValidationErrors
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.domain.wage_import import guess_mapping
from kuhina_desktop.services import Services
from kuhina_desktop.storage import protection
from kuhina_desktop.storage.database import open_data_file
from tests.employee_factories import TODAY, contract, new_file, person

PASSWORD = "kesä-loma-2026"
DETAILS = "Selkävaiva rajoittaa nostamista"


@pytest.fixture
def services(tmp_path: Path):
    opened = new_file(tmp_path)
    opened.employees.set_health_handlers([opened.employees._user()])
    yield opened
    opened.close()


def stored(services: Services, sql: str, params: tuple = ()) -> list[tuple]:
    return [tuple(r) for r in services.data.query(sql, params)]


def add_people(services: Services, count: int = 3) -> list[int]:
    ids = [services.employees.create(person(900 + i, first_name=f"Aino{i}"), today=TODAY)
           for i in range(count)]
    services.employees.update(services.employees.get(ids[0]).employee,
                              HealthInfo(partial_work_ability=True, details=DETAILS), TODAY)
    return ids


def test_enable_encrypts_codes_and_health_and_keeps_them_readable(services) -> None:
    ids = add_people(services)
    result = services.protection.enable(PASSWORD, PASSWORD)
    assert result.people == 3
    for employee_id, hetu, index in stored(services, "SELECT id, hetu, hetu_index FROM employees"):
        assert hetu.startswith("enc1:") and len(index) == 64
        assert services.employees.reveal_hetu(employee_id) == person(900 + ids.index(
            employee_id), first_name="x").hetu
    health = stored(services, "SELECT partial_work_ability, details FROM employee_health")
    assert all(p == 0 and d.startswith("enc1:") for p, d in health)
    assert services.employees.health(ids[0]) == HealthInfo(partial_work_ability=True, details=DETAILS)
    assert services.employees.health(ids[1]) == HealthInfo()
    masked = {row.id: row.masked_hetu for row in services.employees.list_rows(TODAY)}
    assert masked[ids[1]] == person(901).hetu[:6] + "-****"


def test_new_people_and_changes_are_encrypted_too(services) -> None:
    services.protection.enable(PASSWORD, PASSWORD)
    new_id = services.employees.create(person(950), today=TODAY)
    code = person(950).hetu
    assert code not in str(stored(services, "SELECT * FROM employees"))
    assert services.employees.reveal_hetu(new_id) == code
    other = make_test_hetu(date(1991, 4, 5), 951)
    details = services.employees.get(new_id).employee
    from dataclasses import replace

    services.employees.update(replace(details, hetu=other), today=TODAY)
    assert services.employees.reveal_hetu(new_id) == other
    assert services.employees.get(new_id).masked_hetu == "050491-****"


def test_duplicate_code_is_refused_while_encrypted(services) -> None:
    add_people(services, 2)
    services.protection.enable(PASSWORD, PASSWORD)
    before = stored(services, "SELECT count(*) FROM employees")
    with pytest.raises(ValidationErrors) as info:
        services.employees.create(person(901, first_name="Toinen"), today=TODAY)
    assert [(e.code, e.field) for e in info.value.errors] == [("hetu_duplicate", "hetu")]
    assert stored(services, "SELECT count(*) FROM employees") == before


def test_wage_import_matches_people_by_code_while_encrypted(services) -> None:
    ids = add_people(services, 2)
    for employee_id in ids:
        services.employees.contracts.add(contract(employee_id))
    services.protection.enable(PASSWORD, PASSWORD)
    csv = ("Henkilötunnus;Kuukausi;Peruspalkka\n"
           f"{person(901).hetu};2026-02;2100,00\n{person(900).hetu};2026-02;1900,00\n")
    wages = services.wages
    table = wages.read_file(csv.encode("utf-8"))
    preview = wages.preview(table, guess_mapping(table.headers), wages.import_context())
    assert preview.clean, preview.problems
    assert wages.import_preview(preview) == 2
    rows = dict(stored(services, "SELECT employee_id, gross_pay_cents FROM wage_months"))
    assert rows == {ids[1]: 210_000, ids[0]: 190_000}


def test_reopened_file_needs_the_password(services, tmp_path: Path) -> None:
    ids = add_people(services)
    services.protection.enable(PASSWORD, PASSWORD)
    path = services.path
    services.close()
    reopened = Services(open_data_file(path))
    try:
        assert reopened.protection.is_locked()
        assert len(reopened.employees.list_rows(TODAY)) == 3  # the list needs no key
        with pytest.raises(protection.PasswordRequired):
            reopened.employees.reveal_hetu(ids[0])
        with pytest.raises(protection.WrongPassword) as wrong:
            reopened.protection.unlock("väärä salasana")
        assert wrong.value.code == "password_wrong" and wrong.value.field == "password"
        assert reopened.protection.is_locked()
        reopened.protection.unlock(PASSWORD)
        assert reopened.employees.reveal_hetu(ids[0]) == person(900).hetu
    finally:
        reopened.close()


def test_change_password_rewraps_only_the_key(services) -> None:
    add_people(services)
    services.protection.enable(PASSWORD, PASSWORD)
    values = stored(services, "SELECT hetu, hetu_index FROM employees ORDER BY id")
    with pytest.raises(protection.WrongPassword) as wrong:
        services.protection.change_password("nope-nope", "uusi-salasana-1", "uusi-salasana-1")
    assert wrong.value.field == "old_password"
    with pytest.raises(ValidationError) as short:
        services.protection.change_password(PASSWORD, "lyhyt", "lyhyt")
    assert (short.value.code, short.value.field) == ("password_too_short", "password")
    services.protection.change_password(PASSWORD, "uusi-salasana-1", "uusi-salasana-1")
    assert stored(services, "SELECT hetu, hetu_index FROM employees ORDER BY id") == values
    header = protection.read_header(services.data)
    with pytest.raises(protection.WrongPassword):
        protection.check_password(header, PASSWORD)
    protection.check_password(header, "uusi-salasana-1")


def test_remove_protection_asks_the_password_and_restores_plain_values(services) -> None:
    ids = add_people(services)
    services.protection.enable(PASSWORD, PASSWORD)
    before = stored(services, "SELECT * FROM employees")
    with pytest.raises(protection.WrongPassword):
        services.protection.disable("wrong-password")
    assert stored(services, "SELECT * FROM employees") == before
    services.protection.disable(PASSWORD)
    assert not services.protection.is_protected()
    rows = stored(services, "SELECT hetu, hetu_index FROM employees ORDER BY id")
    assert rows == [(person(900 + i).hetu, None) for i in range(3)]
    assert services.employees.health(ids[0]) == HealthInfo(partial_work_ability=True, details=DETAILS)
    assert stored(services, "SELECT partial_work_ability, details FROM employee_health"
                            " WHERE employee_id = ?", (ids[0],)) == [(1, DETAILS)]


def test_bad_new_password_changes_nothing(services) -> None:
    add_people(services)
    before = stored(services, "SELECT * FROM employees")
    with pytest.raises(ValidationError) as differ:
        services.protection.enable(PASSWORD, PASSWORD + "x")
    assert (differ.value.code, differ.value.field) == ("password_mismatch", "password_repeat")
    with pytest.raises(ValidationError):
        services.protection.enable("1234567", "1234567")
    assert stored(services, "SELECT * FROM employees") == before
    assert not services.protection.is_protected()
    with pytest.raises(KuhinaError) as off:
        services.protection.disable(PASSWORD)
    assert off.value.code == "protection_not_on"


def test_audit_rows_and_settings_hold_no_code_or_password(services) -> None:
    add_people(services)
    services.protection.enable(PASSWORD, PASSWORD)
    services.protection.change_password(PASSWORD, "toinen-salasana", "toinen-salasana")
    text = str(stored(services, "SELECT * FROM audit_log")) + str(
        stored(services, "SELECT * FROM settings"))
    assert PASSWORD not in text and "toinen-salasana" not in text
    assert person(900).hetu not in text and DETAILS not in text
    actions = [a for (a,) in stored(services, "SELECT action FROM audit_log"
                                              " WHERE table_name = 'settings'")]
    assert actions[-2:] == ["protect", "change_password"]


def test_access_report_and_erasure_work_while_encrypted(services) -> None:
    ids = add_people(services)
    services.protection.enable(PASSWORD, PASSWORD)
    report = services.privacy.access_report(ids[0], include_health=True)
    assert report["person"]["hetu"] == person(900).hetu[:6] + "-****"
    assert "hetu_index" not in report["person"]
    assert report["records"]["employee_health"][0]["details"] == DETAILS
    choices = {p.id: p.masked_hetu for p in services.privacy.people()}
    assert choices[ids[1]] == person(901).hetu[:6] + "-****"
    plan = services.privacy.plan_erasure(ids[2])
    services.privacy.erase(ids[2], plan.name)
    assert stored(services, "SELECT count(*) FROM employees WHERE id = ?", (ids[2],)) == [(0,)]


def test_a_code_moved_to_another_row_does_not_decrypt(services) -> None:
    ids = add_people(services, 2)
    services.protection.enable(PASSWORD, PASSWORD)
    (first,), (second,) = stored(services, "SELECT hetu FROM employees ORDER BY id")
    with services.data.write() as db:  # someone edits the file with another tool
        db.execute("UPDATE employees SET hetu = 'x' WHERE id = ?", [ids[0]])
        db.execute("UPDATE employees SET hetu = ? WHERE id = ?", [first, ids[1]])
        db.execute("UPDATE employees SET hetu = ? WHERE id = ?", [second, ids[0]])
    with pytest.raises(KuhinaError) as moved:
        services.employees.reveal_hetu(ids[0])
    assert moved.value.code == "protected_value_damaged"
