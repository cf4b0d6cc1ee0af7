"""The per-employee timeline: every source in date order, filterable by kind."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kuhina_desktop.domain.training import (
    Certificate,
    CoachingEvent,
    CoachingKind,
    CoachingMode,
    Enrolment,
    EnrolmentStatus,
    Outcome,
    OutcomeKind,
)
from kuhina_desktop.domain.training_timeline import (
    PeriodFact,
    TimelineEntry,
    TimelineKind,
    TimelineSources,
    employee_timeline,
    merge_timeline,
)

SOURCES = TimelineSources(
    contracts=(PeriodFact(id=1, start=date(2025, 3, 1), end=date(2026, 2, 28),
                          label="Kierrätystyöntekijä"),),
    decisions=(PeriodFact(id=5, start=date(2025, 3, 1), end=date(2026, 2, 28),
                          label="palkkatuki_100"),),
    enrolments=(
        Enrolment(id=11, employee_id=1, package_id=2, status=EnrolmentStatus.COMPLETED,
                  start=date(2025, 3, 3), completed_on=date(2025, 3, 20),
                  hours_attended=Decimal(8)),
        Enrolment(id=12, employee_id=1, package_id=3, status=EnrolmentStatus.PLANNED),
        Enrolment(id=13, employee_id=1, package_id=3, status=EnrolmentStatus.INTERRUPTED,
                  start=date(2025, 9, 1), completed_on=date(2025, 9, 15)),
    ),
    package_titles={2: "Työturvallisuuskorttikoulutus", 3: "Hygieniapassikoulutus"},
    certificates=(
        Certificate(id=21, employee_id=1, type_id=1, issued_on=date(2019, 4, 1),
                    expires_on=date(2024, 4, 1)),
        Certificate(id=22, employee_id=1, type_id=1, issued_on=date(2025, 3, 20),
                    expires_on=date(2030, 3, 20)),
    ),
    type_names={1: "Työturvallisuuskortti"},
    coaching=(
        CoachingEvent(id=31, employee_id=1, day=date(2025, 3, 1), coach_name="Sanna",
                      kind=CoachingKind.START_SUPPORT, mode=CoachingMode.ON_SITE, minutes=90),
        CoachingEvent(id=32, employee_id=1, day=date(2025, 10, 1), coach_name="Sanna",
                      kind=CoachingKind.FOLLOW_UP, mode=CoachingMode.PHONE, minutes=30,
                      next_follow_up=date(2026, 1, 15)),
    ),
    outcomes=(Outcome(id=41, employee_id=1, period_end=date(2026, 2, 28),
                      outcome=OutcomeKind.OPEN_MARKET_JOB, readiness_start=2,
                      readiness_end=4),),
)


def test_everything_in_date_order() -> None:
    events = [(e.day, e.event, e.ref_id) for e in employee_timeline(SOURCES)]
    assert events == [
        (date(2019, 4, 1), "certificate_issued", 21),
        (date(2025, 3, 1), "decision_start", 5),
        (date(2025, 3, 1), "contract_start", 1),
        (date(2025, 3, 1), "coaching", 31),
        (date(2025, 3, 3), "training_start", 11),
        (date(2025, 3, 20), "training_completed", 11),
        (date(2025, 3, 20), "certificate_issued", 22),
        (date(2025, 9, 1), "training_start", 13),
        (date(2025, 9, 15), "training_interrupted", 13),
        (date(2025, 10, 1), "coaching", 32),
        (date(2026, 1, 15), "follow_up_due", 32),
        (date(2026, 2, 28), "decision_end", 5),
        (date(2026, 2, 28), "contract_end", 1),
        (date(2026, 2, 28), "outcome", 41),
        (date(2030, 3, 20), "certificate_expires", 22),  # only the renewal's expiry
    ]


def test_filter_by_kinds() -> None:
    chosen = employee_timeline(SOURCES, [TimelineKind.TRAINING, TimelineKind.OUTCOME])
    assert {e.kind for e in chosen} == {TimelineKind.TRAINING, TimelineKind.OUTCOME}
    assert len(chosen) == 5
    assert employee_timeline(SOURCES, []) == []


def test_entries_carry_what_the_view_words() -> None:
    entries = {e.event: e for e in employee_timeline(SOURCES)}
    assert entries["training_completed"].params["title"] == "Työturvallisuuskorttikoulutus"
    assert entries["contract_start"].params["label"] == "Kierrätystyöntekijä"
    assert entries["outcome"].params["outcome"] is OutcomeKind.OPEN_MARKET_JOB
    assert entries["certificate_issued"].params["name"] == "Työturvallisuuskortti"


def test_open_ended_contract_has_no_end_entry() -> None:
    sources = TimelineSources(contracts=(PeriodFact(id=1, start=date(2025, 1, 1), end=None,
                                                    label="x"),))
    assert [e.event for e in employee_timeline(sources)] == ["contract_start"]


def test_one_day_course_starts_before_it_is_completed() -> None:
    day = date(2026, 6, 2)
    sources = TimelineSources(enrolments=(Enrolment(
        id=1, employee_id=1, package_id=2, status=EnrolmentStatus.COMPLETED, start=day,
        completed_on=day),), package_titles={2: "Työturvallisuuskorttikoulutus"})
    assert [e.event for e in employee_timeline(sources)] == ["training_start",
                                                             "training_completed"]


def test_merge_is_stable_for_the_same_day_and_kind() -> None:
    a = TimelineEntry(day=date(2025, 1, 1), kind=TimelineKind.COACHING, event="coaching",
                      ref_id=2)
    b = TimelineEntry(day=date(2025, 1, 1), kind=TimelineKind.COACHING, event="coaching",
                      ref_id=1)
    assert merge_timeline([a, b]) == [b, a]
