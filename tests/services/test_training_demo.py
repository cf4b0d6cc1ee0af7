"""The training demo: nothing without employees; with them, every state a newcomer should see."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from kuhina_desktop.demo.training import add_training
from kuhina_desktop.domain.training import EnrolmentStatus, ExpiryMark
from kuhina_desktop.services.training import TrainingService
from kuhina_desktop.storage.audit_repo import verify_chain
from tests.services.training_people import add_decision, add_person

TABLES = ("training_packages", "enrolments", "certificates", "role_requirements",
          "coaching_events", "outcomes", "job_opportunities")


def _counts(services) -> dict[str, int]:
    return {t: services.data.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in TABLES}


def test_demo_without_employees_adds_nothing(services) -> None:
    add_training(services, date(2026, 5, 10))
    assert set(_counts(services).values()) == {0}


def test_demo_association_has_training_data(demo_services) -> None:
    counts = _counts(demo_services)
    assert all(counts[t] > 0 for t in TABLES), counts


def test_demo_with_employees_shows_every_state(services) -> None:
    today = date(2026, 5, 10)
    data = services.data
    for first, last, title in (("Aino", "Mäkinen", "Kierrätystyöntekijä"),
                               ("Eero", "Nieminen", "Keittiötyöntekijä"),
                               ("Leila", "Hassan", "Kahvilatyöntekijä"),
                               ("Jari", "Turunen", "Varastotyöntekijä")):
        add_person(data, first, last, job_title=title, start=today - timedelta(days=280))
    ended = add_person(data, "Sari", "Korhonen", job_title="Myyjä",
                       start=today - timedelta(days=500), end=today - timedelta(days=40))
    add_decision(data, ended, today - timedelta(days=500), today - timedelta(days=40))
    add_training(services, today)
    training = TrainingService(data, today=lambda: today)

    statuses = Counter(r.enrolment.status for r in training.enrolment_rows())
    assert set(statuses) == set(EnrolmentStatus)
    marks = {r.mark for r in training.certificate_rows() if not r.superseded}
    assert {ExpiryMark.EXPIRED, ExpiryMark.WITHIN_30, ExpiryMark.WITHIN_90,
            ExpiryMark.NO_EXPIRY, ExpiryMark.VALID} <= marks
    coaching = training.coaching.coaching_rows()
    assert len(coaching) >= 10
    assert all(today - timedelta(days=366) <= r.event.day <= today for r in coaching)
    assert {r.event.coach_name for r in coaching} == {"Anu Kettunen"}
    assert any(r.employee_name == "" for r in coaching)  # employer coaching
    outcomes = training.coaching.outcome_rows()
    assert [(o.employee_name, o.outcome.decision_id is not None) for o in outcomes] == [
        ("Sari Korhonen", True)]
    opportunities = training.coaching.opportunities()
    assert len(opportunities) == 3 and sum(o.is_open for o in opportunities) == 2
    titles = {p.title for p in training.packages()}
    assert {"Kierrätyskeskuksen perehdytys", "Työturvallisuuskorttikoulutus",
            "Hygieniapassikoulutus"} <= titles
    assert verify_chain(data.db) is None


def test_demo_fits_a_one_person_association(services) -> None:
    today = date(2026, 5, 10)
    add_person(services.data, "Aino", "Mäkinen", job_title="Kierrätystyöntekijä",
               start=today - timedelta(days=100))
    add_training(services, today)
    counts = _counts(services)
    assert counts["enrolments"] >= 5 and counts["certificates"] >= 3
