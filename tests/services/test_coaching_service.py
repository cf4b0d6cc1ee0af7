"""Coaching log, outcomes, job opportunities and the timeline through the service."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from kuhina_desktop.domain.errors import ValidationErrors
from kuhina_desktop.domain.training import (
    CoachingEvent,
    CoachingKind,
    CoachingMode,
    JobOpportunity,
    Outcome,
    OutcomeKind,
)
from kuhina_desktop.domain.training_timeline import TimelineKind
from tests.services.conftest import TODAY
from tests.services.training_people import add_decision, add_person

SUMMARY = "Harjoiteltiin kassatyötä; sovittiin seuraavan viikon tehtävistä."


def _event(employee_id: int | None, **changes) -> CoachingEvent:
    values = {"employee_id": employee_id, "day": date(2026, 5, 4), "coach_name": "Sanna Koutsi",
              "organisation": "Kuhina-hanke", "kind": CoachingKind.INDIVIDUAL,
              "mode": CoachingMode.ON_SITE, "minutes": 60, "summary": SUMMARY}
    return CoachingEvent(**{**values, **changes})


def test_coaching_saved_audit_without_values(services, training) -> None:
    person = add_person(services.data, "Aino", "Mäkinen")
    saved = training.coaching.save_coaching(_event(person, shareable=True))
    rows = training.coaching.coaching_rows()
    assert [(r.employee_name, r.event.summary, r.event.shareable) for r in rows] == [
        ("Aino Mäkinen", SUMMARY, True)]
    audit = services.data.query("SELECT action, fields FROM audit_log"
                                " WHERE table_name = 'coaching_events'")
    assert audit[0]["action"] == "insert" and '"summary"' in audit[0]["fields"]
    assert "kassatyötä" not in audit[0]["fields"]
    assert training.coaching.last_coach() == ("Sanna Koutsi", "Kuhina-hanke")
    training.coaching.save_coaching(replace(saved, minutes=45))
    assert training.coaching.coaching_rows(person)[0].event.minutes == 45


def test_invalid_coaching_saves_nothing(services, training) -> None:
    person = add_person(services.data, "Aino", "Mäkinen")
    with pytest.raises(ValidationErrors) as info:
        training.coaching.save_coaching(_event(person, day=date(2026, 5, 11), minutes=0))
    assert [e.field for e in info.value.errors] == ["coaching_minutes", "coaching_day"]
    with pytest.raises(ValidationErrors) as unknown:
        training.coaching.save_coaching(_event(9999))
    assert unknown.value.errors[0].field == "coaching_employee_id"
    assert training.coaching.coaching_rows() == []


def test_employer_coaching_without_a_person(services, training) -> None:
    saved = training.coaching.save_coaching(_event(None, kind=CoachingKind.EMPLOYER))
    assert training.coaching.coaching_rows()[0].employee_name == ""
    training.coaching.delete_coaching(saved.id)
    assert training.coaching.coaching_rows() == []


def test_outcome_once_per_decision_and_of_its_employee(services, training) -> None:
    aino = add_person(services.data, "Aino", "Mäkinen")
    eero = add_person(services.data, "Eero", "Nieminen")
    decision = add_decision(services.data, aino, date(2025, 3, 1), date(2026, 2, 28))
    first = training.coaching.save_outcome(Outcome(
        employee_id=aino, decision_id=decision, period_start=date(2025, 3, 1),
        period_end=date(2026, 2, 28), outcome=OutcomeKind.OPEN_MARKET_JOB, readiness_start=2,
        readiness_end=4))
    with pytest.raises(ValidationErrors) as twice:
        training.coaching.save_outcome(replace(first, id=None))
    assert twice.value.errors[0].code == "tr_outcome_exists"
    with pytest.raises(ValidationErrors) as other:
        training.coaching.save_outcome(replace(first, id=None, employee_id=eero))
    assert other.value.errors[0].field == "outcome_decision_id"
    training.coaching.save_outcome(replace(first, readiness_end=5))  # editing itself is fine
    assert [d.id for d in training.coaching.decisions_of(aino)] == [decision]
    assert len(training.coaching.outcome_rows()) == 1


def test_outcome_summary_by_year(services, training) -> None:
    people = [add_person(services.data, f"H{i}", "Testi") for i in range(4)]
    for person, (end, kind, start_r, end_r) in zip(people, [
            (date(2025, 6, 30), OutcomeKind.OPEN_MARKET_JOB, 2, 4),
            (date(2025, 12, 31), OutcomeKind.UNEMPLOYED, 3, 3),
            (date(2026, 2, 28), OutcomeKind.EDUCATION, 1, 3),
            (date(2026, 4, 30), OutcomeKind.OTHER_SERVICE, None, None)], strict=True):
        training.coaching.save_outcome(Outcome(employee_id=person, period_end=end,
                                               outcome=kind, readiness_start=start_r,
                                               readiness_end=end_r))
    year_2025 = training.coaching.outcome_summary(date(2025, 1, 1), date(2025, 12, 31))
    assert (year_2025.employed_or_education.count, year_2025.employed_or_education.total) == (1, 2)
    assert (year_2025.readiness_improved.count, year_2025.readiness_improved.total) == (1, 2)
    everything = training.coaching.outcome_summary()
    assert everything.employed_or_education.fraction == Decimal("0.5")
    assert everything.readiness_improved.meets_target is False  # 2 of 3
    assert training.coaching.outcome_years() == [2026, 2025]


def test_job_opportunities(services, training) -> None:
    saved = training.coaching.save_opportunity(JobOpportunity(
        title="Kahvilan apulainen", weekly_hours=Decimal(20), place="Kahvila Kuhina"))
    training.coaching.save_opportunity(replace(saved, is_open=False))
    assert [(o.title, o.is_open) for o in training.coaching.opportunities()] == [
        ("Kahvilan apulainen", False)]
    with pytest.raises(ValidationErrors):
        training.coaching.save_opportunity(JobOpportunity(title=" "))
    assert len(training.coaching.opportunities()) == 1


def test_timeline_gathers_every_source(services, training) -> None:
    person = add_person(services.data, "Aino", "Mäkinen", job_title="Kierrätystyöntekijä",
                        start=date(2025, 3, 1), end=date(2026, 2, 28))
    add_decision(services.data, person, date(2025, 3, 1), date(2026, 2, 28))
    training.coaching.save_coaching(_event(person, day=date(2025, 3, 2),
                                           next_follow_up=date(2026, 6, 1)))
    training.coaching.save_outcome(Outcome(employee_id=person, period_end=date(2026, 2, 28),
                                           outcome=OutcomeKind.EDUCATION))
    events = [e.event for e in training.coaching.timeline(person)]
    assert events == ["decision_start", "contract_start", "coaching", "decision_end",
                      "contract_end", "outcome", "follow_up_due"]
    only = training.coaching.timeline(person, [TimelineKind.COACHING])
    assert [e.event for e in only] == ["coaching", "follow_up_due"]
    assert only[-1].day > TODAY
