"""Privacy tools: access request, erasure against retention duties (G22), the retention review."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.demo.association import DEMO_ASSOCIATION
from kuhina_desktop.domain.backups import latest_expiry
from kuhina_desktop.domain.errors import KuhinaError, ValidationError
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.services import Services
from kuhina_desktop.services.files import create_association_file
from kuhina_desktop.services.privacy import PrivacyService
from kuhina_desktop.storage.audit_repo import record_change

TODAY = date(2026, 3, 15)
MARK_FIRST, MARK_LAST = "Zyxqvörtti", "Markkerinen"
MARK_HETU = make_test_hetu(date(1977, 7, 7), 977)


def insert(db, table: str, row: dict) -> int:
    cursor = db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                        f"({', '.join('?' for _ in row)})", list(row.values()))
    record_change(db, table, cursor.lastrowid, "insert", list(row))
    return cursor.lastrowid


def add_person(services: Services, first: str, last: str, hetu: str, *, worked: int,
               paid_on: str) -> int:
    """A former employee: contract and wages in year ``worked``, support paid on ``paid_on``."""
    with services.data.write() as db:
        person = insert(db, "employees", {
            "first_name": first, "last_name": last, "hetu": hetu, "birth_date": "1977-07-07",
            "street": "Salakatu 9", "city": "Joensuu", "phone": "0401234567",
            "notes": "muistiinpano", "created_at": "2020-01-01", "updated_at": "2020-01-01"})
        insert(db, "employee_health", {"employee_id": person, "partial_work_ability": 1,
                                       "details": "selkävaiva"})
        insert(db, "consents", {"employee_id": person, "scope": "progress",
                                "given_on": f"{worked}-01-01"})
        insert(db, "contracts", {"employee_id": person, "start_date": f"{worked}-01-01",
                                 "end_date": f"{worked}-12-31", "weekly_hours": "30",
                                 "full_time_weekly_hours": "37.5", "pay_basis": "monthly",
                                 "pay_cents": 230000, "job_title": "Kiinteistöhuolto"})
        for month in (1, 2, 3):
            insert(db, "wage_months", {"employee_id": person, "month": f"{worked}-{month:02d}",
                                       "gross_pay_cents": 230000})
        attachment = insert(db, "attachments", {"filename": "paatos.pdf", "mime_type": "pdf",
                                                "sha256": "0" * 64, "data": b"%PDF",
                                                "added_at": f"{worked}-01-02"})
        decision = insert(db, "decisions", {
            "employee_id": person, "kind": "palkkatuki_50", "decision_date": f"{worked}-01-01",
            "start_date": f"{worked}-01-01", "end_date": f"{worked}-12-31", "percent": "50",
            "monthly_cap_cents": 126000, "payment_period_months": 3,
            "attachment_id": attachment})
        application = insert(db, "applications", {
            "decision_id": decision, "period_start": f"{worked}-01-01",
            "period_end": f"{worked}-03-31", "status": "paid", "amount_cents": 378000})
        insert(db, "application_payments", {"application_id": application, "paid_on": paid_on,
                                            "amount_cents": 378000})
    return person


@pytest.fixture
def services(tmp_path: Path):
    made = create_association_file(tmp_path / "yhdistys.kuhina", DEMO_ASSOCIATION)
    made.privacy = PrivacyService(made.data, made.backups, today=lambda: TODAY)
    # As in builds where SQLite does not zero deleted content by itself (Windows Python):
    # the erasure must switch it on, and restore the setting afterwards.
    made.data.conn.execute("PRAGMA secure_delete = OFF")
    yield made
    made.close()


def count(services: Services, sql: str, params: tuple = ()) -> int:
    return services.data.query(sql, params)[0][0]


def test_erasure_keeps_the_support_file_but_nothing_that_identifies(services, tmp_path) -> None:
    person = add_person(services, MARK_FIRST, MARK_LAST, MARK_HETU, worked=2024,
                        paid_on="2024-05-20")
    old_copy = services.backups.backup_now("manual")
    plan = services.privacy.plan_erasure(person)
    assert plan.delete == {"employee_health": 1, "consents": 1}
    assert {g.table: (g.count, g.ends_on) for g in plan.keep} == {
        "contracts": (1, date(2034, 12, 31)), "wage_months": (3, date(2030, 12, 31)),
        "decisions": (1, date(2034, 5, 20))}

    with pytest.raises(ValidationError) as info:
        services.privacy.erase(person, "Väärä Nimi")
    assert info.value.field == "confirm_name"
    assert count(services, "SELECT count(*) FROM employee_health") == 1  # nothing changed

    report = services.privacy.erase(person, f"{MARK_FIRST}  {MARK_LAST} ")
    row = services.privacy.person(person)
    assert (row["first_name"], row["last_name"]) == ("Poistettu", f"henkilö {person}")
    assert row["street"] == row["phone"] == row["notes"] == "" and row["archived_on"]
    assert count(services, "SELECT count(*) FROM employee_health") == 0
    assert count(services, "SELECT count(*) FROM consents") == 0
    assert count(services, "SELECT sum(amount_cents) FROM application_payments") == 378000
    assert count(services, "SELECT count(*) FROM wage_months") == 3
    assert count(services, "SELECT count(*) FROM attachments") == 1

    assert [(e.path, expires) for e, expires in report.backups] == [
        (old_copy.path, latest_expiry(_made(old_copy.path)))]
    assert report.horizon == latest_expiry(_made(old_copy.path))
    _assert_no_trace(services)
    assert services.data.query("PRAGMA secure_delete")[0][0] == 0
    actions = [r[0] for r in services.data.query(
        "SELECT action FROM audit_log WHERE table_name = 'employees' ORDER BY id")]
    assert actions == ["insert", "pseudonymise"]


def _made(path: Path):
    from kuhina_desktop.domain.backups import parse_backup_name

    return parse_backup_name(path.name).made_at


def _assert_no_trace(services: Services) -> None:
    """The raw bytes of the live file, its journal and the copy after erasure: no name, no code."""
    needles = [MARK_FIRST.encode(), MARK_LAST.encode(), MARK_HETU.encode(), b"Salakatu",
               "selkävaiva".encode()]
    files = [services.path, services.path.with_name(services.path.name + "-journal")]
    fresh = [e.path for e in services.backups.list_backups() if e.reason == "after-erasure"]
    assert len(fresh) == 1
    files += fresh
    hits = [(f.name, n) for f in files if f.exists() for n in needles if n in f.read_bytes()]
    print(f"FIGURE erasure_hits_after_erase: {len(hits)}")
    assert hits == []


def test_erasure_of_someone_whose_records_are_all_past_retention(services) -> None:
    person = add_person(services, MARK_FIRST, MARK_LAST, MARK_HETU, worked=2012,
                        paid_on="2012-06-01")
    plan = services.privacy.plan_erasure(person)
    assert plan.removes_everything
    services.privacy.erase(person, plan.name)
    assert count(services, "SELECT count(*) FROM employees") == 0
    assert count(services, "SELECT count(*) FROM attachments") == 0  # not left orphaned
    assert services.data.query("PRAGMA foreign_key_check") == []
    _assert_no_trace(services)
    with pytest.raises(KuhinaError) as info:
        services.privacy.plan_erasure(person)
    assert info.value.code == "person_missing"


def test_access_request_has_everything_but_the_full_code(services, tmp_path) -> None:
    person = add_person(services, MARK_FIRST, MARK_LAST, MARK_HETU, worked=2024,
                        paid_on="2024-05-20")
    target = services.privacy.export_access(person, tmp_path / "pyynto.json")
    text = target.read_text(encoding="utf-8")
    report = json.loads(text)
    assert report["format"] == "kuhina-access-request/1"
    assert report["person"]["first_name"] == MARK_FIRST
    assert report["person"]["hetu"] == "070777-****" and MARK_HETU not in text
    assert len(report["records"]["wage_months"]) == 3
    assert report["records"]["employee_health"].startswith("withheld")
    assert "data" not in report["records"]["attachments"][0]  # metadata, not the bytes
    assert {e["table"] for e in report["change_history"]} >= {"employees", "decisions"}
    assert {r["table"] for r in report["retention"]} == {"contracts", "wage_months", "decisions"}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    services.employees.set_health_handlers([services.employees.current_user()])
    with_health = services.privacy.access_report(person, include_health=True)
    assert with_health["records"]["employee_health"][0]["details"] == "selkävaiva"


def as_user(services: Services, name: str) -> PrivacyService:
    return PrivacyService(services.data, services.backups, today=lambda: TODAY,
                          user=lambda: name)


def audit_count(services: Services) -> int:
    return count(services, "SELECT count(*) FROM audit_log")


@pytest.mark.parametrize("handlers", [["maija"], []])
def test_health_data_in_an_access_request_only_for_a_handler(services, tmp_path,
                                                             handlers) -> None:
    """Refused for anyone else (also while nobody is named), with a Finnish sentence, and
    nothing is written: no export file, no audit row."""
    from kuhina_desktop.messages import plain_message

    person = add_person(services, MARK_FIRST, MARK_LAST, MARK_HETU, worked=2024,
                        paid_on="2024-05-20")
    if handlers:
        services.employees.set_health_handlers(handlers)
    before = audit_count(services)
    pekka = as_user(services, "pekka")
    assert not pekka.can_see_health()
    with pytest.raises(KuhinaError) as info:
        pekka.access_report(person, include_health=True)
    assert info.value.code == "health_export_denied"
    assert "health-data handler" in plain_message(info.value)  # a text of its own
    target = tmp_path / "pyynto.json"
    with pytest.raises(KuhinaError):
        pekka.export_access(person, target, include_health=True)
    assert not target.exists() and not list(tmp_path.glob("pyynto*"))
    assert audit_count(services) == before
    without = pekka.access_report(person)  # the rest of the report is still theirs to give
    assert without["records"]["employee_health"].startswith("withheld")
    assert "selkävaiva" not in json.dumps(without, ensure_ascii=False)


def test_a_handler_gets_health_data_in_the_access_request(services) -> None:
    person = add_person(services, MARK_FIRST, MARK_LAST, MARK_HETU, worked=2024,
                        paid_on="2024-05-20")
    services.employees.set_health_handlers(["Maija"])
    report = as_user(services, "maija").access_report(person, include_health=True)
    assert report["records"]["employee_health"][0]["details"] == "selkävaiva"


def test_retention_review_lists_what_is_past_and_deletes_it(services) -> None:
    old = add_person(services, "Vanha", "Työntekijä", make_test_hetu(date(1960, 2, 2), 990),
                     worked=2012, paid_on="2012-06-01")
    recent = add_person(services, "Uusi", "Työntekijä", make_test_hetu(date(1990, 3, 3), 991),
                        worked=2024, paid_on="2024-05-20")
    items = services.privacy.retention_review()
    assert {(i.employee_id, i.group.table) for i in items} == {
        (old, "contracts"), (old, "wage_months"), (old, "decisions")}
    assert all(i.group.ends_on < TODAY for i in items)
    assert services.privacy.delete_expired(old, "wage_months") == 3
    assert services.privacy.delete_expired(recent, "wage_months") == 0
    with services.data.write() as db:
        db.execute("UPDATE employees SET archived_on = '2013-01-01' WHERE id = ?", [old])
    services.privacy.delete_expired(old, "contracts")
    services.privacy.delete_expired(old, "decisions")
    assert [(i.employee_id, i.group) for i in services.privacy.retention_review()] == [(old, None)]
    services.privacy.mark_reviewed()
    assert services.privacy.last_reviewed() == TODAY
