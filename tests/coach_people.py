"""People for the job-coach export tests: every kind of consent, and secrets that must stay home.

Aino has every scope, a health record, notes and a dangerous-looking job title; Bo progress
only; Cecilia withdrew her consent; Daniel's consent expired; Eero never gave one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from kuhina_desktop.domain.employee_records import HealthInfo
from kuhina_desktop.domain.employees import ConsentScope
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.services import Services
from tests.employee_factories import TODAY, consent, contract, person

HEALTH_DETAILS = "Selkävaiva, nostorajoitus 10 kg"
NOTES = "Luottamuksellinen muistiinpano esihenkilölle"
FORMULA_TITLE = "=HYPERLINK(\"http://example.invalid\",\"Avaa\")"


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
    return people
