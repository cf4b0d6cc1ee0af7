"""The batched, year-scoped application list against the plain per-decision reading.

The reference below reads every decision, its applications and payments one query at a time
and builds every period, as the list did before it learned to skip settled decisions; the
batched list must give exactly the same periods, amounts and statuses for every scope.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from benchmarks.generate import generate
from kuhina_desktop.domain.applications import ListScope
from kuhina_desktop.domain.deadlines import application_deadline
from kuhina_desktop.domain.subsidy import payment_periods
from kuhina_desktop.domain.wages import (
    SENT_STATES,
    AppStatus,
    PeriodState,
    application_status,
    owed_overview,
)
from kuhina_desktop.services import Services
from kuhina_desktop.services.application_list import computed_amounts
from kuhina_desktop.storage import applications_repo, decisions_repo, wages_repo
from kuhina_desktop.storage.database import open_data_file

TODAY = date(2026, 11, 30)
CLOSED = {AppStatus.PAID, AppStatus.REJECTED}


def _reference(services: Services, today: date) -> list[PeriodState]:
    data, tables = services.data, services.rates.tables()
    names = wages_repo.employee_names(data)
    corrected = applications_repo.corrected_ids(data)
    states = []
    for record in decisions_repo.all_decisions(data):
        amounts, problems = computed_amounts(
            record, wages_repo.contracts_of(data, record.employee_id),
            wages_repo.months_of_employee(data, record.employee_id), tables)
        for start, end in payment_periods(record.decision):
            app = applications_repo.find_application(data, record.id, start)
            paid = sum(p.amount for p in applications_repo.payments_of(data, app.id)) \
                if app else 0
            sent = app is not None and app.status in SENT_STATES
            amount = app.amount if sent else amounts.get(start)
            deadline = application_deadline(end, record.decision.deadline_months_after)
            status = application_status(period_end=end, deadline=deadline, today=today,
                                        stored=app.status if app else None,
                                        applied=amount or 0, paid=paid)
            states.append(PeriodState(
                record.id, record.employee_id, names.get(record.employee_id, ""), start, end,
                deadline, status, amount, paid, app.sent_on if app else None,
                app.id if app else None, record.decision_number,
                None if sent or status == AppStatus.NOT_DUE else problems.get(start),
                bool(app and app.id in corrected)))
    states.sort(key=lambda s: (s.deadline, s.employee_name, s.period_start))
    return states


def _vary(path: Path) -> None:
    """Give the generated file every kind of period: rejected, sent, partly paid, a draft,
    a gap (lost money) in an old decision, a payment, a correction and a stray row."""
    conn = sqlite3.connect(path)
    with conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM applications ORDER BY id")]
        conn.execute("UPDATE applications SET status = 'rejected' WHERE id = ?", (ids[3],))
        conn.execute("UPDATE applications SET status = 'sent' WHERE id IN (?, ?)",
                     (ids[10], ids[12]))
        conn.execute("UPDATE applications SET status = 'partly_paid' WHERE id = ?", (ids[20],))
        conn.execute("UPDATE applications SET status = 'draft', sent_on = NULL WHERE id = ?",
                     (ids[30],))
        conn.execute("DELETE FROM applications WHERE id = ?", (ids[40],))
        for app_id, cents in ((ids[20], 100_000), (ids[50], 358_478), (ids[12], 500)):
            conn.execute("INSERT INTO application_payments (application_id, paid_on,"
                         " amount_cents) VALUES (?, '2024-01-15', ?)", (app_id, cents))
        conn.execute("INSERT INTO application_corrections (application_id, made_at, reason,"
                     " before_json, after_json) VALUES (?, '2024-01-01', 'x', '{}', '{}')",
                     (ids[60],))
        decision = conn.execute("SELECT decision_id FROM applications WHERE id = ?",
                                (ids[70],)).fetchone()[0]
        conn.execute("INSERT INTO applications (decision_id, period_start, period_end, status,"
                     " amount_cents) VALUES (?, '2001-02-15', '2001-03-31', 'paid', 1)",
                     (decision,))
        _this_year(conn)
    conn.close()


def _this_year(conn: sqlite3.Connection) -> None:
    """A 2026 decision (its rates are in the file) with sent, draft, ready, late and future
    periods, and a month without figures."""
    conn.execute("INSERT INTO contracts (employee_id, start_date, end_date, weekly_hours,"
                 " full_time_weekly_hours, pay_basis, pay_cents, job_title) VALUES"
                 " (1, '2026-01-01', '2026-12-31', '24.375', '37.5', 'monthly', 149500, 'x')")
    decision = conn.execute(
        "INSERT INTO decisions (employee_id, kind, payer, decision_number, decision_date,"
        " start_date, end_date, percent, monthly_cap_cents, working_time_cap,"
        " payment_period_months) VALUES (1, 'palkkatuki_100', 'TE', 'PKTYA/1/2026',"
        " '2025-12-15', '2026-01-01', '2026-12-31', '100', 202000, '0.65', 2)").lastrowid
    conn.executemany("INSERT OR REPLACE INTO wage_months (employee_id, month, gross_pay_cents)"
                     " VALUES (1, ?, ?)", [(f"2026-{m:02d}", 149500 + m) for m in range(1, 10)])
    conn.execute("INSERT INTO applications (decision_id, period_start, period_end, status,"
                 " amount_cents, sent_on) VALUES (?, '2026-01-01', '2026-02-28', 'paid',"
                 " 358000, '2026-03-10')", (decision,))
    conn.execute("INSERT INTO applications (decision_id, period_start, period_end, status,"
                 " amount_cents) VALUES (?, '2026-09-01', '2026-10-31', 'draft', 1)",
                 (decision,))


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    path = generate(50, tmp_path_factory.mktemp("scope") / "g50.kuhina", TODAY)
    _vary(path)
    opened = Services(open_data_file(path))
    yield opened
    opened.close()


@pytest.mark.parametrize("today", [TODAY, date(2019, 6, 15)])
def test_every_scope_gives_the_reference_periods(services, today) -> None:
    expected = _reference(services, today)
    assert len(expected) > 300 and {s.status for s in expected} >= {
        AppStatus.PAID, AppStatus.REJECTED, AppStatus.SENT, AppStatus.PARTLY_PAID,
        AppStatus.DRAFT, AppStatus.NOT_DUE} | ({AppStatus.OVERDUE} if today == TODAY else set())
    assert any(s.amount and s.application_id is None for s in expected)  # the engine ran
    assert services.applications.periods(today) == expected
    years = {s.period_end.year for s in expected}
    for year in years:
        assert services.applications.periods(today, ListScope.year(year)) == [
            s for s in expected if s.period_end.year == year]
    recent = ListScope.recent(today)
    assert services.applications.periods(today, recent) == [
        s for s in expected if s.period_end.year in recent.years or s.status not in CLOSED]


@pytest.mark.parametrize("today", [TODAY, date(2019, 6, 15)])
def test_the_owed_overview_sums_settled_decisions_like_their_periods(services, today) -> None:
    rows, total = services.applications.owed(today)
    expected_rows, expected_total = owed_overview(_reference(services, today))
    assert rows == expected_rows and total == expected_total
    assert total.applied > 0 and total.owed > 0 and total.to_apply > 0
    assert (total.lost > 0) == (today == TODAY)


def test_a_worker_reads_the_same_list_over_its_own_connection(services) -> None:
    reader = services.applications.reader()
    scope = ListScope.recent(TODAY)
    assert reader.periods(TODAY, scope) == services.applications.periods(TODAY, scope)
    assert reader.owed(TODAY) == services.applications.owed(TODAY)


def test_settled_decisions_are_those_whose_every_period_is_closed(services) -> None:
    expected_open = {s.decision_id for s in _reference(services, TODAY)
                     if services.applications.find(s.decision_id, s.period_start) is None
                     or services.applications.find(s.decision_id, s.period_start).status
                     not in ("paid", "rejected")}
    assert applications_repo.open_decision_ids(services.data) == expected_open
    settled = {s.decision_id for s in applications_repo.settlements(services.data)
               if s.settled}
    assert settled and not settled & expected_open


def test_the_year_range_covers_every_decision_and_this_year(services) -> None:
    span = services.applications.year_range(TODAY)
    ends = {s.period_end.year for s in services.applications.periods(TODAY)}
    assert span.first <= min(ends) and span.last >= max(ends) and span.last >= TODAY.year
