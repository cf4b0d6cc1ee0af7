"""Payment applications: statuses, prepare/send, payments, rejection, owed since, the demo."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.demo.association import DEMO_ASSOCIATION
from kuhina_desktop.demo.wages import add_wages
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.wages import AppStatus, FlagKind, WageRecord
from kuhina_desktop.services.files import create_association_file
from tests.wage_people import add_people

TODAY = date(2026, 6, 15)
MARCH, APRIL = date(2026, 3, 1), date(2026, 4, 1)


@pytest.fixture
def services(tmp_path: Path):
    services = create_association_file(tmp_path / "apps.kuhina", DEMO_ASSOCIATION)
    services.people = add_people(services, TODAY)
    yield services
    services.close()


def _olga(services):
    """Olga: 70 %, cap 1 770 €, two-month periods from September 2025 to June 2026."""
    olga = services.people[2]
    decision = services.applications.decisions()[2]
    return olga, decision


def _enter(services, employee_id: int, months, gross: int = 170_000) -> None:
    services.wages.save_grid([WageRecord(employee_id, m, gross_pay=gross) for m in months])


def _period(services, decision_id: int, start: date):
    return next(p for p in services.applications.periods(TODAY)
                if p.decision_id == decision_id and p.period_start == start)


def test_periods_have_status_amount_and_deadline(services) -> None:
    olga, decision = _olga(services)
    _enter(services, olga, [MARCH, APRIL])
    states = [p for p in services.applications.periods(TODAY) if p.decision_id == decision.id]
    assert [(p.period_start, p.deadline, p.status) for p in states] == [
        (date(2025, 9, 1), date(2025, 12, 31), AppStatus.OVERDUE),
        (date(2025, 11, 1), date(2026, 2, 28), AppStatus.OVERDUE),
        (date(2026, 1, 1), date(2026, 4, 30), AppStatus.OVERDUE),
        (date(2026, 3, 1), date(2026, 6, 30), AppStatus.READY),
        (date(2026, 5, 1), date(2026, 8, 31), AppStatus.NOT_DUE),
    ]
    march = states[3]
    assert (march.amount, march.problem) == (238_000, None)
    assert states[2].problem == "app_months_missing" and states[2].amount is None


def test_prepare_keeps_a_draft_with_breakdown_and_checklist(services) -> None:
    olga, decision = _olga(services)
    _enter(services, olga, [MARCH])
    with pytest.raises(ValidationError) as missing:
        services.applications.prepare(decision.id, MARCH)
    assert missing.value.code == "app_months_missing" and missing.value.params["months"] == "4/2026"
    services.wages.save_grid([WageRecord(olga, APRIL, gross_pay=170_000,
                                         kela_compensated_pay=50_000)])
    draft = services.applications.prepare(decision.id, MARCH)
    assert (draft.status, draft.amount) == ("draft", 119_000 + 84_000)
    snapshot = draft.snapshot
    assert [m["month"] for m in snapshot["months"]] == ["2026-03-01", "2026-04-01"]
    assert snapshot["months"][1]["items"]["kela_compensated_pay"] == 50_000
    assert [c["code"] for c in snapshot["checklist"]] == [
        "decision_number", "employment_contract", "payslips", "kela_decision"]
    assert _period(services, decision.id, MARCH).status is AppStatus.DRAFT


def test_send_locks_and_payments_follow_the_money(services) -> None:
    olga, decision = _olga(services)
    _enter(services, olga, [MARCH, APRIL])
    with pytest.raises(ValidationError) as early:
        services.applications.mark_sent(decision.id, MARCH, date(2026, 4, 30), TODAY)
    assert early.value.code == "app_sent_before_period_end"
    app = services.applications.mark_sent(decision.id, MARCH, date(2026, 5, 8), TODAY)
    assert (app.status, app.amount, app.sent_on) == ("sent", 238_000, date(2026, 5, 8))
    assert (olga, APRIL) in services.wages.locks()
    with pytest.raises(ValidationError) as twice:
        services.applications.mark_sent(decision.id, MARCH, date(2026, 5, 9), TODAY)
    assert twice.value.code == "app_already_sent"
    with pytest.raises(ValidationError) as before_sent:
        services.applications.record_payment(app.id, date(2026, 5, 1), 1000, today=TODAY)
    assert before_sent.value.code == "app_paid_before_sent"
    services.applications.record_payment(app.id, date(2026, 6, 1), 100_000, today=TODAY)
    state = _period(services, decision.id, MARCH)
    assert (state.status, state.paid, state.owed, state.difference) == (
        AppStatus.PARTLY_PAID, 100_000, 138_000, 138_000)
    with pytest.raises(ValidationError) as too_much:
        services.applications.record_payment(app.id, date(2026, 6, 2), 138_001, today=TODAY)
    assert too_much.value.params["remaining_cents"] == 138_000
    services.applications.record_payment(app.id, date(2026, 6, 10), 138_000, today=TODAY)
    state = _period(services, decision.id, MARCH)
    assert (state.status, state.owed, state.difference) == (AppStatus.PAID, 0, 0)
    assert [p.amount for p in services.applications.payments(app.id)] == [100_000, 138_000]
    with pytest.raises(ValidationError) as closed:
        services.applications.record_payment(app.id, date(2026, 6, 11), 1, today=TODAY)
    assert closed.value.code == "app_closed"


def test_final_payment_and_rejection_close_with_a_difference(services) -> None:
    olga, decision = _olga(services)
    _enter(services, olga, [date(2026, 1, 1), date(2026, 2, 1), MARCH, APRIL])
    january = services.applications.mark_sent(decision.id, date(2026, 1, 1), date(2026, 3, 5),
                                              TODAY)
    services.applications.record_payment(january.id, date(2026, 3, 30), 200_000, final=True,
                                         today=TODAY)
    march = services.applications.mark_sent(decision.id, MARCH, date(2026, 5, 8), TODAY)
    with pytest.raises(ValidationError) as no_note:
        services.applications.reject(march.id, "  ")
    assert no_note.value.code == "app_reject_note_required"
    services.applications.reject(march.id, "Työsopimus ei vastannut päätöstä")
    assert services.applications.application(march.id).notes == "Työsopimus ei vastannut päätöstä"
    rows, total = services.applications.owed(TODAY)
    olga_row = next(r for r in rows if r.employee_id == olga)
    assert (olga_row.owed, olga_row.applied, olga_row.paid) == (0, 476_000, 200_000)
    assert total.difference == 276_000


def test_owed_since_the_oldest_unpaid_application(services) -> None:
    olga, decision = _olga(services)
    _enter(services, olga, [date(2026, 1, 1), date(2026, 2, 1), MARCH, APRIL])
    services.applications.mark_sent(decision.id, date(2026, 1, 1), date(2026, 3, 5), TODAY)
    march = services.applications.mark_sent(decision.id, MARCH, date(2026, 5, 8), TODAY)
    services.applications.record_payment(march.id, date(2026, 6, 1), 38_000, today=TODAY)
    rows, total = services.applications.owed(TODAY)
    assert (total.owed, total.owed_since) == (238_000 + 200_000, date(2026, 3, 5))
    assert [r.employee_id for r in rows] == [olga]


def test_audit_rows_for_every_step(services) -> None:
    olga, decision = _olga(services)
    _enter(services, olga, [MARCH, APRIL])
    services.applications.prepare(decision.id, MARCH)
    app = services.applications.mark_sent(decision.id, MARCH, date(2026, 5, 8), TODAY)
    services.applications.record_payment(app.id, date(2026, 6, 1), 1_000, today=TODAY)
    rows = services.data.query("SELECT table_name, action, fields FROM audit_log"
                               " WHERE table_name LIKE 'application%' ORDER BY id")
    assert [(r["table_name"], r["action"]) for r in rows] == [
        ("applications", "prepare"), ("applications", "send"),
        ("application_payments", "insert"), ("applications", "payment")]
    assert all("hetu" not in json.loads(r["fields"]) for r in rows)


def test_demo_shows_every_state(tmp_path: Path) -> None:
    today = date(2026, 11, 30)
    services = create_association_file(tmp_path / "demo.kuhina", DEMO_ASSOCIATION)
    try:
        add_wages(services, today)  # nobody employed yet: nothing is created
        assert services.data.query("SELECT COUNT(*) FROM wage_months")[0][0] == 0
        add_people(services, today)
        add_wages(services, today)
        states = services.applications.periods(today)
        statuses = {p.status for p in states}
        assert {AppStatus.PAID, AppStatus.PARTLY_PAID, AppStatus.REJECTED, AppStatus.SENT,
                AppStatus.READY, AppStatus.OVERDUE} <= statuses
        ready = [p for p in states if p.status is AppStatus.READY]
        assert min(p.deadline for p in ready) <= date(2026, 12, 14)
        rejected = next(p for p in states if p.status is AppStatus.REJECTED)
        assert services.applications.application(rejected.application_id).notes
        _, total = services.applications.owed(today)
        assert total.owed > 0 and total.lost > 0 and total.to_apply > 0
        kinds = {f.kind for f in services.wages.flags(today)}
        assert kinds == {FlagKind.OUTSIDE_DECISION, FlagKind.MISSING}
        months = services.data.query("SELECT COUNT(DISTINCT month) FROM wage_months")[0][0]
        assert months >= 18
        typed = services.data.query(
            "SELECT COUNT(*) FROM wage_months WHERE contributions_cents IS NOT NULL")[0][0]
        assert typed >= 1
    finally:
        services.close()


def test_due_list_shows_the_computed_amount_of_an_unsent_period(services) -> None:
    olga, decision = _olga(services)
    _enter(services, olga, [MARCH, APRIL])
    items = [i for i in services.due_list.items(TODAY) if i.kind == "payment_application"
             and i.subject_id == olga and i.params["period_end"] == date(2026, 4, 30)]
    assert [i.amount_cents for i in items] == [238_000]
    services.wages.save_grid([WageRecord(olga, APRIL, gross_pay=100_000)])  # the cache follows
    assert services.applications.amount_of_period(decision.id, MARCH, date(2026, 4, 30)) == \
        119_000 + 70_000
    assert services.applications.amount_of_period(decision.id, date(2026, 1, 1),
                                                  date(2026, 2, 28)) is None  # months missing
