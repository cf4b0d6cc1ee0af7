"""People for the job-coach export tests: every kind of consent, and secrets that must stay home.

Aino has every scope, a health record, notes and a dangerous-looking job title; Bo progress
only; Cecilia withdrew her consent; Daniel's consent expired; Eero never gave one. Training,
certificates, coaching, outcomes and job opportunities go through the training area's own
services, with one thing of each kind that must not go out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from kuhina_desktop.domain.employee_records import HealthInfo
from kuhina_desktop.domain.employees import ConsentScope
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.domain.training import (
    Certificate,
    CoachingEvent,
    CoachingKind,
    CoachingMode,
    EnrolmentStatus,
    Funder,
    JobOpportunity,
    Outcome,
    OutcomeKind,
    PackageKind,
    TrainingPackage,
)
from kuhina_desktop.services import Services
from tests.employee_factories import TODAY, consent, contract, person

HEALTH_DETAILS = "Selkävaiva, nostorajoitus 10 kg"
NOTES = "Luottamuksellinen muistiinpano esihenkilölle"
FORMULA_TITLE = "=HYPERLINK(\"http://example.invalid\",\"Avaa\")"
FORMULA_ACTIONS = "@SUM(1+1)*cmd|' /C calc'!A0"
# Things the training area keeps that the coach must not get.
NOT_SHARED = ("Luottamuksellinen keskustelu, ei jaeta", "HP-123456-SALAINEN",
              "Tulokseen liittyvä salainen lisätieto", "Työnantajan sisäinen ohjaus",
              "Suljettu tehtävä", "Cecilian jaettava merkintä", "Kaisa Valmentaja")


@dataclass
class CoachPeople:
    ids: dict[str, int] = field(default_factory=dict)
    hetus: dict[str, str] = field(default_factory=dict)


def _add(services: Services, people: CoachPeople, key: str, first: str, last: str, number: int,
         health: HealthInfo | None = None, **changes) -> int:
    hetu = make_test_hetu(date(1985, 5, number - 900 + 1), number)
    changes.setdefault("email", f"{first.lower()}@example.fi")
    new_id = services.employees.create(person(number, first_name=first, last_name=last,
                                              hetu=hetu, **changes), health, today=TODAY)
    people.ids[key], people.hetus[key] = new_id, hetu
    return new_id


def add_coach_people(services: Services) -> CoachPeople:
    people = CoachPeople()
    employees = services.employees
    employees.set_health_handlers([employees.current_user()])
    aino = _add(services, people, "aino", "Aino", "Virtanen", 901,
                HealthInfo(partial_work_ability=True, details=HEALTH_DETAILS), notes=NOTES,
                phone="+358 50 441 2987")
    employees.contracts.add(contract(aino, start=date(2025, 9, 1), end=date(2026, 8, 31),
                                     job_title=FORMULA_TITLE))
    for scope in ConsentScope:
        employees.consents.add(consent(aino, scope))
    bo = _add(services, people, "bo", "Bo", "Andersson", 902)
    employees.contracts.add(contract(bo, start=date(2024, 1, 1), end=date(2024, 12, 31)))
    employees.contracts.add(contract(bo, start=date(2026, 1, 1), job_title="Kahvila-avustaja"))
    employees.consents.add(consent(bo, ConsentScope.PROGRESS))
    cecilia = _add(services, people, "cecilia", "Cecilia", "Öhman", 903)
    employees.contracts.add(contract(cecilia))
    withdrawn = employees.consents.add(consent(cecilia, ConsentScope.PROGRESS))
    employees.consents.withdraw(withdrawn.id, TODAY - timedelta(days=3))
    daniel = _add(services, people, "daniel", "Daniel", "Kettunen", 904)
    employees.contracts.add(contract(daniel))
    employees.consents.add(consent(daniel, ConsentScope.CONTACT_DETAILS,
                                   valid_until=TODAY - timedelta(days=1)))
    eero = _add(services, people, "eero", "Eero", "Lappalainen", 905)
    employees.contracts.add(contract(eero))
    _training(services, people)
    _coaching(services, people)
    return people


def _training(services: Services, people: CoachPeople) -> None:
    training = services.training
    course = training.save_package(TrainingPackage(
        title="Hygieniapassikoulutus", kind=PackageKind.COURSE, funder=Funder.KUHINA_ESR,
        provider="Koulutuspalvelu Pielinen Oy", planned_hours=Decimal("6.5")))
    training.enrol(course.id, [people.ids["aino"], people.ids["cecilia"]],
                   status=EnrolmentStatus.ONGOING, start=date(2026, 3, 2))
    passport = next(t for t in training.certificate_types() if t.code == "hygieniapassi")
    for key in ("aino", "cecilia"):
        training.save_certificate(Certificate(
            employee_id=people.ids[key], type_id=passport.id, issued_on=date(2025, 10, 1),
            issuer="Ruokavirasto", number=NOT_SHARED[1], verified_by="Maija"))


def _event(employee_id: int | None, day: date, summary: str, shareable: bool,
           kind: CoachingKind = CoachingKind.INDIVIDUAL, **rest) -> CoachingEvent:
    return CoachingEvent(employee_id=employee_id, day=day, coach_name=NOT_SHARED[6], kind=kind,
                         mode=CoachingMode.ON_SITE, minutes=45, summary=summary,
                         shareable=shareable, **rest)


def _coaching(services: Services, people: CoachPeople) -> None:
    coaching = services.training.coaching
    aino, bo = people.ids["aino"], people.ids["bo"]
    for event in (
        _event(aino, date(2026, 2, 5), "Työn aloitus sujui, tavoitteet sovittu.", True,
               agreed_actions=FORMULA_ACTIONS, next_follow_up=date(2026, 4, 1)),
        _event(aino, date(2026, 3, 1), NOT_SHARED[0], False),
        _event(None, date(2026, 3, 2), NOT_SHARED[3], True, kind=CoachingKind.EMPLOYER),
        _event(people.ids["cecilia"], date(2026, 3, 3), NOT_SHARED[5], True),
    ):
        coaching.save_coaching(event)
    for employee_id, kind, start, end in ((aino, OutcomeKind.OPEN_MARKET_JOB, 2, 4),
                                          (bo, OutcomeKind.UNEMPLOYED, 3, 3),
                                          (people.ids["cecilia"], OutcomeKind.EDUCATION, 1, 5)):
        coaching.save_outcome(Outcome(
            employee_id=employee_id, period_start=date(2025, 3, 1), period_end=date(2026, 2, 28),
            outcome=kind, readiness_start=start, readiness_end=end, details=NOT_SHARED[2]))
    coaching.save_opportunity(JobOpportunity(
        title="Kahvila-apulainen", description="Aamuvuorot", weekly_hours=Decimal("20"),
        place="Joensuu", contact="+358 40 123 4567"))
    coaching.save_opportunity(JobOpportunity(title=NOT_SHARED[4], is_open=False))
