"""Employee use cases: one transaction each, audit rows without values, nothing half-saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.domain.employee_records import HealthInfo
from kuhina_desktop.domain.employees import ConsentScope, TargetGroup
from kuhina_desktop.domain.errors import (
    KuhinaError,
    ReadOnlyFile,
    StorageFault,
    ValidationErrors,
)
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.services import Services
from kuhina_desktop.services import employees as employees_module
from kuhina_desktop.services.employee_contracts import RecordNotFound
from kuhina_desktop.services.employees import EmployeeService, HealthDataDenied
from kuhina_desktop.storage.audit_repo import verify_chain
from kuhina_desktop.storage.database import open_data_file
from tests.employee_factories import (
    TODAY,
    audit_rows,
    consent,
    contract,
    every_stored_text,
    new_file,
    person,
)


@pytest.fixture
def services(tmp_path: Path):
    services = new_file(tmp_path)
    yield services
    services.close()


def counts(services: Services) -> tuple[int, ...]:
    return tuple(services.data.query(f"SELECT count(*) AS n FROM {t}")[0]["n"]
                 for t in ("employees", "employee_health", "contracts", "consents", "audit_log"))


def codes(info: pytest.ExceptionInfo) -> list[tuple[str, str]]:
    return sorted((e.code, e.field) for e in info.value.errors)


# --- create and update ------------------------------------------------------------------------


def test_create_writes_employee_and_one_audit_row_without_the_code(services) -> None:
    employee = person(target_groups=frozenset({TargetGroup.IMMIGRANT}))
    new_id = services.employees.create(employee, today=TODAY)
    details = services.employees.get(new_id)
    assert details.employee.hetu is None  # the form never receives the full code
    assert details.masked_hetu == employee.hetu[:6] + "-****"
    assert details.birth_date == employee.birth_date
    last = audit_rows(services)[-1]
    assert (last["table_name"], last["row_id"], last["action"]) == ("employees", new_id, "insert")
    assert "hetu" in last["fields"] and "first_name" in last["fields"]
    assert employee.hetu not in every_stored_text(services, "audit_log")
    assert verify_chain(services.data.db) is None


def test_invalid_employee_saves_nothing_and_names_every_field(services) -> None:
    before = counts(services)
    bad = person(first_name=" ", hetu="310223-900X", email="aino@", phone="abc",
                 postal_code="801", languages=("fi", "suomi"))
    with pytest.raises(ValidationErrors) as info:
        services.employees.create(bad, today=TODAY)
    assert codes(info) == [("email_format", "email"), ("hetu_date", "hetu"),
                           ("language_code", "languages"), ("phone_format", "phone"),
                           ("postal_code_format", "postal_code"), ("required", "first_name")]
    assert counts(services) == before


def test_a_failure_inside_the_transaction_leaves_nothing_behind(services, monkeypatch) -> None:
    before = counts(services)

    def broken_audit(*args, **kwargs):
        raise OSError("disk went away")

    monkeypatch.setattr(employees_module, "record_change", broken_audit)
    with pytest.raises(StorageFault):  # the user is told that nothing was changed
        services.employees.create(person(), today=TODAY)
    assert counts(services) == before


def test_same_code_twice_is_refused_but_another_century_sign_is_another_person(services) -> None:
    first = person(hetu=make_test_hetu(date(1952, 10, 13), 908))
    services.employees.create(first, today=TODAY)
    before = counts(services)
    with pytest.raises(ValidationErrors) as info:
        services.employees.create(person(first_name="Toinen", hetu=first.hetu.lower()),
                                  today=TODAY)
    assert codes(info) == [("hetu_duplicate", "hetu")]
    assert info.value.errors[0].params == {"other_name": "Aino Virtanen"}
    assert counts(services) == before
    other_sign = first.hetu.replace("-", "X")
    services.employees.create(person(first_name="Eri", hetu=other_sign), today=TODAY)


def test_update_records_changed_field_names_and_keeps_the_code(services) -> None:
    new_id = services.employees.create(person(), today=TODAY)
    form = services.employees.get(new_id).employee  # hetu None: keep the stored one
    changed = services.employees.update(replace(form, city="Joensuu", phone="050 111 2222"),
                                        today=TODAY)
    assert changed == ["city", "phone"]
    last = audit_rows(services)[-1]
    assert (last["action"], last["fields"]) == ("update", '["city", "phone"]')
    assert services.employees.reveal_hetu(new_id) == person().hetu


def test_update_without_changes_writes_nothing(services) -> None:
    new_id = services.employees.create(person(), today=TODAY)
    before = counts(services)
    assert services.employees.update(services.employees.get(new_id).employee) == []
    assert counts(services) == before


def test_changing_the_code_audits_its_name_only(services) -> None:
    new_id = services.employees.create(person(), today=TODAY)
    new_code = make_test_hetu(date(1981, 5, 5), 955)
    services.employees.update(replace(services.employees.get(new_id).employee, hetu=new_code))
    assert audit_rows(services)[-1]["fields"] == '["hetu"]'
    text = every_stored_text(services, "audit_log")
    assert new_code not in text and person().hetu not in text


def test_unknown_employee(services) -> None:
    with pytest.raises(RecordNotFound):
        services.employees.get(999)


# --- reveal -----------------------------------------------------------------------------------


def test_reveal_returns_the_code_and_records_who_and_whose(services) -> None:
    new_id = services.employees.create(person(), today=TODAY)
    assert services.employees.reveal_hetu(new_id) == person().hetu
    last = audit_rows(services)[-1]
    assert (last["table_name"], last["row_id"], last["action"], last["fields"]) == (
        "employees", new_id, "reveal_hetu", '["hetu"]')
    assert last["os_user"] and last["at"]
    assert person().hetu not in every_stored_text(services, "audit_log")


def test_reveal_on_a_read_only_file_shows_nothing(tmp_path: Path) -> None:
    services = new_file(tmp_path)
    new_id = services.employees.create(person(), today=TODAY)
    services.close()
    read_only = Services(open_data_file(tmp_path / "test.kuhina", read_only=True))
    try:
        with pytest.raises(ReadOnlyFile):
            read_only.employees.reveal_hetu(new_id)
    finally:
        read_only.close()


# --- archive ----------------------------------------------------------------------------------


def test_archive_refused_while_a_contract_runs_then_allowed(services) -> None:
    new_id = services.employees.create(person(), today=TODAY)
    stored = services.employees.contracts.add(contract(new_id, start=date(2025, 1, 1)))
    before = counts(services)
    with pytest.raises(ValidationErrors) as info:
        services.employees.archive(new_id, TODAY)
    assert codes(info) == [("archive_contract_in_force", "archived_on")]
    assert info.value.errors[0].params["start"] == "1.1.2025"
    assert counts(services) == before
    services.employees.contracts.end(stored.contract.id, date(2026, 2, 28))
    services.employees.archive(new_id, date(2026, 3, 1))
    assert services.employees.get(new_id).employee.archived_on == date(2026, 3, 1)
    services.employees.unarchive(new_id)
    assert services.employees.get(new_id).employee.archived_on is None
    assert [r["action"] for r in audit_rows(services)][-2:] == ["archive", "unarchive"]
    assert counts(services)[0] == 1  # never deleted


# --- health data ------------------------------------------------------------------------------


def as_user(services: Services, name: str) -> EmployeeService:
    return EmployeeService(services.data, user=lambda: name)


def test_nobody_sees_health_data_until_a_handler_is_named(services) -> None:
    employees = as_user(services, "maija")
    new_id = employees.create(person(), today=TODAY)
    assert not employees.can_see_health()
    with pytest.raises(HealthDataDenied):
        employees.health(new_id)
    employees.set_health_handlers(["Maija", "maija", " "])
    assert employees.health_handlers() == ["Maija"]
    assert employees.can_see_health()  # user names compare without case, as on Windows


def test_only_a_handler_changes_the_handlers(services) -> None:
    as_user(services, "maija").set_health_handlers(["maija"])
    with pytest.raises(HealthDataDenied) as info:
        as_user(services, "pekka").set_health_handlers(["pekka"])
    assert info.value.code == "health_handlers_denied"
    assert as_user(services, "pekka").health_handlers() == ["maija"]
    assert audit_rows(services)[-1]["fields"] == '["health_data_handlers"]'


def test_non_handler_cannot_write_health_data_and_nothing_is_saved(services) -> None:
    as_user(services, "maija").set_health_handlers(["maija"])
    pekka = as_user(services, "pekka")
    before = counts(services)
    with pytest.raises(HealthDataDenied):
        pekka.create(person(), HealthInfo(partial_work_ability=True), today=TODAY)
    with pytest.raises(HealthDataDenied):
        pekka.create(person(target_groups=frozenset({TargetGroup.PARTIAL_WORK_ABILITY})),
                     today=TODAY)
    assert counts(services) == before


def test_handler_saves_health_data_and_others_edits_keep_it(services) -> None:
    maija = as_user(services, "maija")
    maija.set_health_handlers(["maija"])
    details = "Ei nostoja yli 10 kg"
    new_id = maija.create(person(), HealthInfo(partial_work_ability=True, details=details),
                          today=TODAY)
    health_audit = [r for r in audit_rows(services) if r["table_name"] == "employee_health"]
    assert health_audit[-1]["fields"] == '["details", "partial_work_ability"]'
    assert details not in every_stored_text(services, "audit_log")
    pekka = as_user(services, "pekka")
    form = pekka.get(new_id).employee
    assert TargetGroup.PARTIAL_WORK_ABILITY not in form.target_groups
    pekka.update(replace(form, city="Outokumpu"))
    assert maija.health(new_id) == HealthInfo(partial_work_ability=True, details=details)


# --- contracts and consents -------------------------------------------------------------------


def test_contract_overlap_is_refused_and_saves_nothing(services) -> None:
    new_id = services.employees.create(person(), today=TODAY)
    services.employees.contracts.add(contract(new_id, end=date(2026, 6, 30)))
    before = counts(services)
    with pytest.raises(ValidationErrors) as info:
        services.employees.contracts.add(contract(new_id, start=date(2026, 6, 1)))
    assert codes(info) == [("contract_overlap", "start")]
    assert info.value.errors[0].params["other_end"] == "30.6.2026"
    assert counts(services) == before
    services.employees.contracts.add(contract(new_id, start=date(2026, 7, 1)))


def test_contract_warnings_are_returned_and_kept(services) -> None:
    new_id = services.employees.create(person(), today=TODAY)
    saved = services.employees.contracts.add(contract(
        new_id, end=date(2026, 6, 30), trial_end=date(2026, 4, 30)))
    assert [w.code for w in saved.warnings] == ["trial_over_half_of_term"]
    (stored,) = services.employees.contracts.of(new_id)
    assert [(w.code, w.params) for w in stored.warnings] == [
        ("trial_over_half_of_term", {"trial_days": "120", "term_days": "181"})]
    audit = audit_rows(services)[-1]
    assert (audit["table_name"], audit["action"]) == ("contracts", "insert")
    updated = services.employees.contracts.update(replace(stored.contract, trial_end=None))
    assert updated.warnings == ()
    assert services.employees.contracts.of(new_id)[0].warnings == ()
    assert audit_rows(services)[-1]["fields"] == '["trial_end"]'


def test_contract_errors_read_well(services) -> None:
    new_id = services.employees.create(person(), today=TODAY)
    with pytest.raises(ValidationErrors) as info:
        services.employees.contracts.add(contract(new_id, trial_end=date(2026, 8, 1),
                                                  job_title=" "))
    found = {e.code: e.params for e in info.value.errors}
    assert found["trial_too_long"] == {"latest": "30.6.2026", "max_months": 6}
    assert "required" in found


def test_consents_add_withdraw_and_scopes(services) -> None:
    new_id = services.employees.create(person(), today=TODAY)
    consents = services.employees.consents
    progress = consents.add(consent(new_id))
    consents.add(consent(new_id, ConsentScope.TRAINING, valid_until=date(2026, 2, 28)))
    assert consents.scopes_in_force(new_id, TODAY) == {ConsentScope.PROGRESS}
    with pytest.raises(ValidationErrors) as info:
        consents.withdraw(progress.id, date(2025, 12, 31))
    assert codes(info) == [("withdrawn_before_given", "withdrawn_on")]
    consents.withdraw(progress.id, TODAY)
    assert consents.scopes_in_force(new_id, TODAY) == frozenset()
    with pytest.raises(ValidationErrors) as info:
        consents.withdraw(progress.id, TODAY)
    assert codes(info) == [("consent_already_withdrawn", "withdrawn_on")]
    assert [r["action"] for r in audit_rows(services)][-3:] == ["insert", "insert", "withdraw"]


def test_consent_needs_a_recipient(services) -> None:
    new_id = services.employees.create(person(), today=TODAY)
    with pytest.raises(ValidationErrors) as info:
        services.employees.consents.add(consent(new_id, recipient="  "))
    assert codes(info) == [("required", "recipient")]


def test_every_error_code_has_a_text() -> None:
    from kuhina_desktop.messages import ERROR_TEXTS, FIELD_LABELS

    service_codes = {"hetu_duplicate", "archive_contract_in_force", "employee_archived",
                     "record_not_found", "health_data_denied", "health_handlers_denied",
                     "consent_already_withdrawn", "number_format", "percent_format"}
    domain_codes = _codes_in("kuhina_desktop/domain/employees.py")
    assert domain_codes, "the domain module's codes were not found"
    assert sorted((domain_codes | service_codes) - set(ERROR_TEXTS)) == []
    fields = _fields_in("kuhina_desktop/domain/employees.py") | {
        "archived_on", "health_details", "recipient", "partial_work_ability"}
    assert sorted(fields - set(FIELD_LABELS)) == []


def _codes_in(relative: str) -> set[str]:
    import re

    text = (Path(__file__).resolve().parents[2] / relative).read_text("utf-8")
    return set(re.findall(r'_issue\("(\w+)"', text))


def _fields_in(relative: str) -> set[str]:
    import re

    text = (Path(__file__).resolve().parents[2] / relative).read_text("utf-8")
    return set(re.findall(r'_issue\("\w+",\s*"(\w+)"', text)) | set(
        re.findall(r'_issue\("\w+", (\w+)\b', text)) - {"name", "field_name"}


def test_kuhina_errors_are_the_only_failures_of_bad_ids(services) -> None:
    with pytest.raises(KuhinaError):
        services.employees.archive(12345, TODAY)
