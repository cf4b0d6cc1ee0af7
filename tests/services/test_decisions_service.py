"""DecisionsService: prefill, validation before any write, warnings kept, audit, figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.domain.funding import DecisionStatus
from kuhina_desktop.domain.subsidy import Kind
from kuhina_desktop.services.decisions import DecisionsService
from kuhina_desktop.services.files import create_association_file
from tests.services.decision_people import (
    ASSOCIATION,
    add_employee,
    add_wage_month,
    record,
)

TODAY = date(2026, 5, 10)


@pytest.fixture
def services(tmp_path: Path):
    opened = create_association_file(tmp_path / "d.kuhina", ASSOCIATION)
    opened.decisions = DecisionsService(opened.data, opened.rates, today=lambda: TODAY)
    yield opened
    opened.close()


@pytest.fixture
def aino(services) -> int:
    """24.375 h of 37.5 h (exactly 65 %) from 1.1.2026, open-ended."""
    return add_employee(services, "Aino", "Kettunen", 901,
                        (date(2026, 1, 1), None, "24.375", "37.5"))


def _count(services, table: str) -> int:
    return services.data.query(f"SELECT count(*) AS n FROM {table}")[0]["n"]


def _audit(services) -> list[tuple]:
    return [(r["table_name"], r["row_id"], r["action"], r["fields"]) for r in
            services.data.query("SELECT table_name, row_id, action, fields FROM audit_log "
                                "WHERE table_name IN ('decisions', 'attachments') ORDER BY id")]


def test_prefill_follows_the_kind_and_the_date(services) -> None:
    p100 = services.decisions.prefill(Kind.PALKKATUKI_100, date(2026, 1, 1))
    assert (p100.percent, p100.monthly_cap_cents, p100.working_time_cap,
            p100.contribution_coefficient) == (Decimal(100), 202000, Decimal("0.65"),
                                               Decimal("1.23"))
    assert services.decisions.prefill(Kind.PALKKATUKI_50, date(2026, 1, 1)).monthly_cap_cents == 126000
    assert services.decisions.prefill(Kind.KUNTALISA, date(2026, 1, 1)) is None
    assert services.decisions.prefill(Kind.PALKKATUKI_70, date(2023, 6, 30)) is None
    tables = services.rates.tables()
    newer = replace(p100, valid_from=date(2027, 1, 1), monthly_cap_cents=210000)
    services.rates.save(replace(tables, support_parameters=(*tables.support_parameters, newer)),
                        services.rates.confirmed_years())
    assert services.decisions.prefill(Kind.PALKKATUKI_100, date(2026, 12, 31)).monthly_cap_cents == 202000
    assert services.decisions.prefill(Kind.PALKKATUKI_100, date(2027, 1, 1)).monthly_cap_cents == 210000


def test_save_inserts_with_one_audit_row_and_reads_back(services, aino) -> None:
    saved = services.decisions.save(record(aino))
    assert saved.warnings == ()
    loaded = services.decisions.get(saved.record.id)
    assert loaded == saved.record
    assert loaded.payer == "Pohjois-Karjalan työllisyysalue"
    assert _audit(services)[-1][:3] == ("decisions", saved.record.id, "insert")
    row = services.decisions.rows()[0]
    assert (row.employee_name, row.status) == ("Aino Kettunen", DecisionStatus.CURRENT)


def test_update_audits_only_the_changed_fields(services, aino) -> None:
    saved = services.decisions.save(record(aino)).record
    services.decisions.save(replace(saved, payer="KEHA-keskus", conditions="Ei liiketoimintaa"))
    assert _audit(services)[-1] == ("decisions", saved.id, "update", '["conditions", "payer"]')


def test_errors_block_and_change_nothing(services, aino) -> None:
    bad = record(aino, decided_on=date(2026, 1, 5), payer="  ")  # contract starts 1.1.
    audit_before = _audit(services)
    with pytest.raises(ValidationErrors) as info:
        services.decisions.save(bad)
    fields = {(e.code, e.field) for e in info.value.errors}
    assert ("required", "payer") in fields
    assert _count(services, "decisions") == 0 and _audit(services) == audit_before
    with pytest.raises(ValidationErrors) as info:
        services.decisions.save(record(aino, decided_on=date(2026, 1, 5)))
    assert [(e.code, e.field) for e in info.value.errors] == [
        ("employment_starts_before_decision", "employment.start")]
    assert info.value.errors[0].params["decided_on"] == date(2026, 1, 5)
    assert _count(services, "decisions") == 0


def test_structural_and_record_errors_name_their_fields(services, aino) -> None:
    services.decisions.save(record(aino))
    cases = [
        (record(aino, end=date(2025, 12, 1)), ("decision_end_before_start", "decision.end")),
        (record(aino, percent=Decimal(120)), ("percent_out_of_range", "decision.percent")),
        (record(aino, decided_on=None), ("required", "decision.decided_on")),
        (record(aino, decision_number="pktya/1/2025"), ("dec_number_taken", "decision_number")),
        (record(aino, decision_number="x" * 65), ("dec_text_too_long", "decision_number")),
        (record(999), ("dec_employee_missing", "employee_id")),
    ]
    for bad, expected in cases:
        with pytest.raises(ValidationErrors) as info:
            services.decisions.save(bad)
        assert expected in {(e.code, e.field) for e in info.value.errors}, expected
    assert _count(services, "decisions") == 1


def test_weekly_hours_under_25_block_the_55_plus_subsidy(services) -> None:
    jari = add_employee(services, "Jari", "Pesonen", 907, (date(2026, 1, 1), None, "20", "37.5"))
    with pytest.raises(ValidationErrors) as info:
        services.decisions.save(record(jari, Kind.TYOLLISTAMISTUKI_55, percent=Decimal(70),
                                       monthly_cap_cents=177000, working_time_cap=None))
    assert [(e.code, e.params["minimum"]) for e in info.value.errors] == [
        ("weekly_hours_below_minimum", Decimal(25))]


def test_warnings_are_returned_and_kept(services) -> None:
    short = add_employee(services, "Sari", "Turunen", 906,
                         (date(2026, 1, 1), date(2026, 6, 30), "20", "37.5"))
    draft = record(short, end=date(2026, 12, 31))  # 12 months, contract ends in June
    assert {w.code for w in services.decisions.review(draft)} == {
        "contract_ends_before_decision", "decision_longer_than_maximum"}
    saved = services.decisions.save(draft)
    assert {w.code for w in saved.warnings} == set(saved.record.warnings)
    assert set(services.decisions.get(saved.record.id).warnings) == {
        "contract_ends_before_decision", "decision_longer_than_maximum"}
    fixed = services.decisions.save(replace(saved.record, decision=replace(
        saved.record.decision, end=date(2026, 6, 30))))
    assert fixed.record.warnings == () and services.decisions.get(fixed.record.id).warnings == ()


def test_without_a_contract_the_contract_checks_wait_with_a_warning(services) -> None:
    new = add_employee(services, "Heikki", "Lappalainen", 910)
    saved = services.decisions.save(record(new, Kind.TYOLLISTAMISTUKI_55, percent=Decimal(70),
                                           monthly_cap_cents=177000, working_time_cap=None))
    assert [w.code for w in saved.warnings] == ["dec_no_contract"]


def test_three_year_rule_between_state_subsidies(services) -> None:
    person = add_employee(services, "Olga", "Petrova", 904,
                          (date(2023, 1, 1), None, "24", "37.5"))
    services.decisions.save(record(person, start=date(2023, 8, 1), end=date(2024, 5, 31),
                                   decided_on=date(2022, 12, 1), decision_number="TE/1/2023"))
    later = record(person, Kind.PALKKATUKI_50, start=date(2026, 1, 1), end=date(2026, 5, 31),
                   decided_on=date(2022, 12, 1), percent=Decimal(50), monthly_cap_cents=126000,
                   working_time_cap=None)
    warning = services.decisions.review(later)
    assert [(w.code, w.params["allowed_from"]) for w in warning] == [
        ("rehire_within_three_years", date(2027, 6, 1))]
    assert services.decisions.review(replace(later, decision=replace(
        later.decision, kind=Kind.PALKKATUKI_70, percent=Decimal(70)))) == ()
    renewal = record(person, start=date(2024, 6, 1), end=date(2025, 3, 31),
                     decided_on=date(2022, 12, 1), decision_number="TE/2/2024")
    assert services.decisions.review(renewal) == ()
    assert services.decisions.review(replace(later, decision=replace(
        later.decision, start=date(2027, 6, 1), end=date(2027, 10, 31)))) == ()


def test_result_uses_the_wage_months_of_the_file(services, aino) -> None:
    saved = services.decisions.save(record(aino)).record
    add_wage_month(services, aino, "2026-01", 149500)
    add_wage_month(services, aino, "2026-02", 149500, contributions_cents=29739)
    add_wage_month(services, aino, "2025-12", 149500)  # before the period: not part of it
    result = services.decisions.result(saved.id)
    assert [m.support for m in result.months] == [179239, 179239]
    assert [(p.start, p.end, p.support, p.deadline) for p in result.periods] == [
        (date(2026, 1, 1), date(2026, 2, 28), 358478, date(2026, 4, 30))]
    previews = services.decisions.preview(saved)
    assert len(previews) == 5 and previews[0].support == 358478 and previews[1].support is None
    assert (previews[-1].start, previews[-1].end, previews[-1].deadline) == (
        date(2026, 9, 1), date(2026, 10, 31), date(2026, 12, 31))


def test_preview_refuses_impossible_dates(services, aino) -> None:
    with pytest.raises(ValidationError) as info:
        services.decisions.preview(record(aino, end=date(2025, 1, 1)))
    assert info.value.field == "decision.end"


def test_status_of_each_decision(services, aino) -> None:
    services.decisions.save(record(aino, start=date(2026, 1, 1), end=date(2026, 5, 10)))
    services.decisions.save(record(aino, start=date(2026, 5, 11), end=date(2026, 12, 31),
                                   decision_number="PKTYA/2/2026"))
    services.decisions.save(record(aino, Kind.KUNTALISA, start=date(2026, 1, 1),
                                   end=date(2026, 5, 9), percent=Decimal(100),
                                   monthly_cap_cents=30000, working_time_cap=None,
                                   payer="Joensuun kaupunki", decision_number="JNS/5/2025"))
    statuses = {r.record.decision_number: r.status for r in services.decisions.rows()}
    assert statuses == {"PKTYA/1/2025": DecisionStatus.CURRENT,
                        "PKTYA/2/2026": DecisionStatus.UPCOMING,
                        "JNS/5/2025": DecisionStatus.ENDED}


def test_delete_refuses_a_decision_with_applications(services, aino) -> None:
    saved = services.decisions.save(record(aino)).record
    with services.data.write() as db:
        db.execute("INSERT INTO applications (decision_id, period_start, period_end) "
                   "VALUES (?, '2026-01-01', '2026-02-28')", [saved.id])
    with pytest.raises(ValidationError) as info:
        services.decisions.delete(saved.id)
    assert info.value.code == "dec_has_applications"
    assert _count(services, "decisions") == 1


def test_estimate_is_the_worked_example(services) -> None:
    from kuhina_desktop.domain.subsidy import Employment, WageMonth

    estimate = services.decisions.estimate(
        Kind.PALKKATUKI_100, Employment(Decimal("24.375"), Decimal("37.5")),
        WageMonth(date(2026, 1, 1), 149500), on=date(2026, 3, 1))
    assert [line.amount for line in estimate.contribution_lines] == [2855, 25565, 463, 777, 79]
    assert (estimate.wage_costs, estimate.support, estimate.own_cost) == (179239, 179239, 0)


def test_a_renewal_may_be_decided_after_the_employment_began(services, aino) -> None:
    first = services.decisions.save(record(aino, end=date(2026, 6, 30))).record
    renewal = record(aino, start=date(2026, 7, 1), end=date(2027, 4, 30),
                     decided_on=date(2026, 6, 20), decision_number="PKTYA/2/2026")
    assert services.decisions.review(renewal) == ()
    gap = record(aino, start=date(2026, 7, 2), end=date(2027, 4, 30),
                 decided_on=date(2026, 6, 20), decision_number="PKTYA/3/2026")
    with pytest.raises(ValidationErrors) as info:
        services.decisions.review(gap)
    assert [e.code for e in info.value.errors] == ["employment_starts_before_decision"]
    assert first.decision.end == date(2026, 6, 30)


def test_the_benchmark_runs_and_meets_its_target(capsys) -> None:
    from benchmarks.bench_decisions import main

    assert main(["bench_decisions.py", "30"]) == 0
    figures = [line for line in capsys.readouterr().out.splitlines() if line.startswith("FIGURE")]
    assert [f.split(":")[0] for f in figures] == [
        "FIGURE decision_12_months_ms", "FIGURE decision_12_months_engine_baseline_ms",
        "FIGURE decision_service_vs_engine_ratio"]


def test_the_contract_covering_most_of_the_period_sets_the_hours(services) -> None:
    person = add_employee(services, "Văn An", "Nguyễn", 905,
                          (date(2025, 11, 1), date(2026, 2, 28), "24.375", "37.5"),
                          (date(2026, 3, 1), None, "30", "37.5"))
    draft = record(person)  # 1.1.–31.10.2026: two months on the first contract, eight on the next
    assert services.decisions.contract(draft).weekly_hours == Decimal(30)
    assert services.decisions.contract(record(person, start=date(2025, 11, 1),
                                              end=date(2026, 3, 31))).weekly_hours == Decimal(
        "24.375")
    assert services.decisions.contract(record(person, start=date(2024, 1, 1),
                                              end=date(2024, 12, 31))) is None


def test_preview_shows_a_period_only_when_all_its_months_are_entered(services, aino) -> None:
    saved = services.decisions.save(record(aino)).record
    add_wage_month(services, aino, "2026-03", 149500)  # March–April: April still missing
    assert [p.support for p in services.decisions.preview(saved)][:2] == [None, None]
    add_wage_month(services, aino, "2026-04", 149500)
    assert services.decisions.preview(saved)[1].support == 358478


# --- guards against paying twice ---------------------------------------------------------------


def _send(services, decision_id: int, start: str, end: str, status: str = "sent") -> None:
    with services.data.write() as db:
        db.execute("INSERT INTO applications (decision_id, period_start, period_end, status, "
                   "amount_cents) VALUES (?, ?, ?, ?, 100)", [decision_id, start, end, status])


def _snapshot(services) -> tuple:
    decisions = [tuple(r) for r in services.data.query("SELECT * FROM decisions ORDER BY id")]
    return decisions, _count(services, "audit_log"), _count(services, "applications")


@pytest.mark.parametrize("status", ["sent", "partly_paid", "paid", "rejected"])
def test_a_decision_with_sent_applications_keeps_its_periods_and_money(services, aino,
                                                                       status) -> None:
    saved = services.decisions.save(record(aino)).record  # 1.1.–31.10.2026, 2-month periods
    _send(services, saved.id, "2026-01-01", "2026-02-28", status)
    before = _snapshot(services)
    moved = replace(saved, decision=replace(saved.decision, start=date(2026, 3, 1),
                                            percent=Decimal(50), payment_period_months=1))
    with pytest.raises(ValidationErrors) as info:
        services.decisions.save(moved)
    assert [(e.code, e.field) for e in info.value.errors] == [
        ("dec_locked_after_sending", "decision.start"),
        ("dec_locked_field", "decision.payment_period_months"),
        ("dec_locked_field", "decision.percent")]
    assert _snapshot(services) == before
    assert services.decisions.sent_periods(saved.id) == [(date(2026, 1, 1), date(2026, 2, 28))]


def test_a_draft_application_does_not_lock_the_decision(services, aino) -> None:
    saved = services.decisions.save(record(aino)).record
    _send(services, saved.id, "2026-01-01", "2026-02-28", "draft")
    assert services.decisions.sent_periods(saved.id) == []
    services.decisions.save(replace(saved, decision=replace(saved.decision,
                                                            percent=Decimal(90))))
    assert services.decisions.get(saved.id).decision.percent == Decimal(90)


def test_after_sending_the_paperwork_and_an_extension_may_change(services, aino) -> None:
    saved = services.decisions.save(record(aino)).record
    _send(services, saved.id, "2026-01-01", "2026-02-28", "paid")
    extended = replace(saved, payer="KEHA-keskus", decision_number="KEHA/9", conditions="Ehto",
                       decision=replace(saved.decision, end=date(2026, 12, 31)))
    services.decisions.save(extended)
    got = services.decisions.get(saved.id)
    assert (got.payer, got.decision_number, got.decision.end) == (
        "KEHA-keskus", "KEHA/9", date(2026, 12, 31))
    services.decisions.save(replace(got, decision=replace(got.decision, end=date(2026, 3, 31))))
    before = _snapshot(services)
    with pytest.raises(ValidationErrors) as info:
        services.decisions.save(replace(got, decision=replace(got.decision,
                                                              end=date(2026, 2, 15))))
    assert [(e.code, e.field) for e in info.value.errors] == [
        ("dec_end_changes_sent_period", "decision.end")]
    assert _snapshot(services) == before


def test_an_overlapping_second_decision_of_the_same_kind_is_refused(services, aino) -> None:
    first = services.decisions.save(record(aino)).record
    before = _snapshot(services)
    twin = replace(first, id=None, decision_number="PKTYA/2/2025")
    for candidate in (twin, replace(twin, decision=replace(twin.decision, kind=Kind.PALKKATUKI_50,
                                                           percent=Decimal(50),
                                                           monthly_cap_cents=126000,
                                                           working_time_cap=None))):
        with pytest.raises(ValidationErrors) as info:
            services.decisions.save(candidate)
        assert [(e.code, e.params["decision"]) for e in info.value.errors] == [
            ("dec_overlaps", "PKTYA/1/2025, Pohjois-Karjalan työllisyysalue")]
    assert _snapshot(services) == before


def test_items_stored_as_the_kinds_default_do_not_lock_a_number_change(services, aino) -> None:
    """A decision stored with eligible_items=None (the kind's defaults) comes back from the
    form as the explicit set; that is no change of what is eligible."""
    saved = services.decisions.save(record(
        aino, kind=Kind.KUNTALISA, percent=Decimal(100), monthly_cap_cents=30000,
        working_time_cap=None, payer="Joensuun kaupunki", decision_number="JNS/1")).record
    assert saved.decision.eligible_items is None
    _send(services, saved.id, "2026-01-01", "2026-02-28")
    from_the_form = replace(saved, decision_number="JNS/2", decision=replace(
        saved.decision, eligible_items=frozenset(saved.decision.items)))
    services.decisions.save(from_the_form)
    assert services.decisions.get(saved.id).decision_number == "JNS/2"


def test_decisions_that_overlapped_before_the_rule_can_still_have_their_paperwork_fixed(
        services, aino) -> None:
    first = services.decisions.save(record(aino)).record
    with services.data.write() as db:  # a file written before overlaps were refused
        columns = ", ".join(r["name"] for r in services.data.query(
            "SELECT name FROM pragma_table_info('decisions') WHERE name NOT IN "
            "('id', 'decision_number')"))
        db.execute(f"INSERT INTO decisions (decision_number, {columns}) "  # noqa: S608
                   f"SELECT 'VANHA/2', {columns} FROM decisions WHERE id = ?", [first.id])
    services.decisions.save(replace(first, decision_number="KORJATTU/1"))
    assert services.decisions.get(first.id).decision_number == "KORJATTU/1"
    with pytest.raises(ValidationErrors) as info:  # moving it is checked as before
        services.decisions.save(replace(first, decision=replace(first.decision,
                                                                end=date(2026, 11, 30))))
    assert [e.code for e in info.value.errors] == ["dec_overlaps"]


def test_a_municipal_supplement_runs_alongside_the_wage_subsidy(services, aino) -> None:
    services.decisions.save(record(aino))
    supplement = record(aino, kind=Kind.KUNTALISA, percent=Decimal(100), monthly_cap_cents=30000,
                        working_time_cap=None, payer="Joensuun kaupunki",
                        decision_number="JNS/1/2025")
    assert services.decisions.save(supplement).warnings == ()
    assert _count(services, "decisions") == 2


def test_a_100_percent_decision_without_the_working_time_cap_is_warned_and_logged(
        services, aino) -> None:
    uncapped = record(aino, working_time_cap=None)
    assert [w.code for w in services.decisions.review(uncapped)] == ["working_time_cap_missing"]
    saved = services.decisions.save(record(aino, working_time_cap=Decimal(1))).record
    assert saved.warnings == ("working_time_cap_above_rule",)
    assert services.decisions.get(saved.id).warnings == ("working_time_cap_above_rule",)
