"""Demo employees of Esimerkkiyhdistys ry (Joensuu): people, contracts and consents.

Everything is dated relative to ``today`` so the demo always shows the interesting cases: a
fixed-term contract ending within 60 days, a trial period ending in ten days, a consent about to
expire, a withdrawn consent, a co-employment partner, archived people and one who starts soon.
Identity codes are test codes (individual numbers 900–999), two of them with the century signs
introduced in 2023.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from kuhina_desktop.domain.date_math import add_months
from kuhina_desktop.domain.employee_records import HealthInfo
from kuhina_desktop.domain.employees import (
    Consent,
    ConsentScope,
    Contract,
    Employee,
    PayBasis,
    TargetGroup,
)
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.services import Services

COACH = "Kuhina-hankkeen työhönvalmentaja"
TES = "Sosiaalialan järjestöjen työehtosopimus"
SHOP = "Kierrätyskeskus, Kauppakatu 12, Joensuu"
CAFE = "Kahvila Kohtaamo, Kauppakatu 12, Joensuu"
PROPERTY = "Yhdistyksen kiinteistöt, Joensuu"
G = TargetGroup


@dataclass
class _Person:
    employee: Employee
    contracts: list[dict] = field(default_factory=list)  # Contract fields minus employee_id
    consents: list[dict] = field(default_factory=list)
    health: HealthInfo | None = None
    archived_offset: int | None = None  # days from today


def _e(first: str, last: str, born: date, number: int, sign: str | None = None,
       **rest: object) -> Employee:
    return Employee(first_name=first, last_name=last, hetu=make_test_hetu(born, number, sign),
                    **rest)


def _contract(today: date, start: int, end: int | None, title: str, tasks: str,
              weekly: str, pay: int, **rest: object) -> dict:
    """Days are offsets from today; pay is cents (monthly unless pay_basis says hourly)."""
    return dict(start=today + timedelta(days=start),
                end=None if end is None else today + timedelta(days=end),
                weekly_hours=Decimal(weekly), full_time_weekly_hours=Decimal("37.5"),
                pay_cents=pay, job_title=title, tailored_tasks=tasks,
                collective_agreement=TES, **rest)


def _consents(today: date, given: int, *scopes: ConsentScope, **rest: object) -> list[dict]:
    return [dict(scope=s, given_on=today + timedelta(days=given), recipient=COACH, **rest)
            for s in scopes]


P, T, N, C = (ConsentScope.PROGRESS, ConsentScope.TRAINING, ConsentScope.COACHING_NOTES,
              ConsentScope.CONTACT_DETAILS)


def _aino(today: date) -> _Person:
    return _Person(_e("Aino", "Kettunen", date(1979, 3, 14), 901, street="Rantakatu 5 B 12",
                      postal_code="80100", city="Joensuu", phone="040 712 3456",
                      email="aino.kettunen@example.fi", languages=("fi", "en"),
                      target_groups=frozenset({G.LONG_TERM_UNEMPLOYED}),
                      notes="Toivoo jatkossa kassatehtäviä; hygieniapassi suoritettu."),
                   [_contract(today, -640, -460, "Kierrätyskeskuksen myymäläavustaja",
                              "Kierrätyskeskuksen myymälätyöt: lahjoitusten vastaanotto ja "
                              "esillepano", "25", 165_000, workplace=SHOP),
                    _contract(today, -300, None, "Kierrätyskeskuksen myymäläavustaja",
                              "Kierrätyskeskuksen myymälätyöt: lahjoitusten vastaanotto, "
                              "hinnoittelu, esillepano ja kassatyöt opastettuna", "30", 205_000,
                              workplace=SHOP)],
                   _consents(today, -300, P, T, N))


def _lukasz(today: date) -> _Person:
    return _Person(_e("Łukasz", "Nowak", date(1988, 7, 2), 902, "Y", street="Siltakatu 20 A 4",
                      postal_code="80100", city="Joensuu", phone="+48 601 234 567",
                      email="lukasz.nowak@example.com", languages=("pl", "en", "fi"),
                      target_groups=frozenset({G.IMMIGRANT})),
                   [_contract(today, -300, 45, "Kiinteistönhoitaja-avustaja",
                              "Kiinteistönhoito: piha-alueiden hoito, lumityöt, pienet korjaukset "
                              "ja jätehuolto", "24", 1_320, pay_basis=PayBasis.HOURLY,
                              workplace=PROPERTY)],
                   [*_consents(today, -300, P, T), *_consents(today, -200, N,
                                                              withdrawn_on=today - timedelta(30))])


def _gulsen(today: date) -> _Person:
    start = today - timedelta(days=150)
    return _Person(_e("Gülşen", "Yılmaz", date(1985, 11, 23), 903, street="Kirkkokatu 31 C 7",
                      postal_code="80110", city="Joensuu", phone="045 778 1020",
                      languages=("tr", "fi", "en"), target_groups=frozenset({G.IMMIGRANT})),
                   [dict(_contract(today, -150, None, "Kahvila-avustaja",
                                   "Kahvilan avustavat keittiötyöt: leivonta ohjeen mukaan, "
                                   "astiahuolto ja salin siistiminen", "30", 198_000,
                                   workplace=CAFE),
                         end=add_months(start, 12) - timedelta(days=1),
                         trial_end=today + timedelta(days=10))],
                   _consents(today, -150, P, T))


def _olga(today: date) -> _Person:
    return _Person(_e("Ольга", "Петрова", date(1969, 5, 8), 904, street="Noljakantie 14 as 3",
                      postal_code="80130", city="Joensuu", phone="050 441 2987",
                      email="olga.petrova@example.com", languages=("ru", "uk", "fi"),
                      target_groups=frozenset({G.IMMIGRANT, G.LONG_TERM_UNEMPLOYED})),
                   [_contract(today, -400, None, "Tekstiilityöntekijä",
                              "Lahjoitustekstiilien lajittelu, pesu ja pienet korjaustyöt "
                              "kierrätyskeskuksessa", "25", 170_000, workplace=SHOP)],
                   [*_consents(today, -400, P, T),
                    *_consents(today, -400, C, valid_until=today + timedelta(days=20))])


def _van_an(today: date) -> _Person:
    return _Person(_e("Văn An", "Nguyễn", date(1992, 9, 30), 905, street="Papinkatu 9 B 21",
                      postal_code="80100", city="Joensuu", phone="044 903 5521",
                      languages=("vi", "en", "fi"), target_groups=frozenset({G.IMMIGRANT})),
                   [_contract(today, -90, 275, "Varastotyöntekijä",
                              "Lahjoitusten nouto ja lajittelu, varaston järjestys ja "
                              "pakkaustyöt", "30", 200_000,
                              workplace="Kierrätyskeskus ja Kontiolahden kylätalo",
                              partner_name="Kontiolahden Kyläyhdistys ry",
                              partner_share=Decimal("0.40"))],
                   _consents(today, -90, P))


def _sari(today: date) -> _Person:
    return _Person(_e("Sari", "Turunen", date(1975, 1, 19), 906, street="Kalevankatu 44",
                      postal_code="80100", city="Joensuu", phone="040 332 9087",
                      email="sari.turunen@example.fi", languages=("fi",),
                      target_groups=frozenset({G.LONG_TERM_UNEMPLOYED})),
                   [_contract(today, -200, None, "Toimistoavustaja",
                              "Jäsenpostitukset, jäsenrekisterin päivitys ja puhelinpalvelu",
                              "20", 136_000, workplace="Yhdistyksen toimisto, Joensuu")],
                   _consents(today, -200, P),
                   health=HealthInfo(partial_work_ability=True, details=(
                       "Työterveyslääkärin lausunto: ei pitkäkestoista seisomatyötä, tauko "
                       "kahden tunnin välein.")))


def _jari(today: date) -> _Person:
    return _Person(_e("Jari", "Pesonen", date(1966, 4, 11), 907, street="Marjalantie 3",
                      postal_code="80160", city="Joensuu", phone="050 611 7342",
                      languages=("fi",), target_groups=frozenset({G.LONG_TERM_UNEMPLOYED})),
                   [_contract(today, -120, None, "Kiinteistönhoitaja",
                              "Kiinteistönhoito: ulkoalueet, lumityöt, kiinteistökierrokset ja "
                              "pienet korjaukset", "25", 172_000, workplace=PROPERTY)],
                   _consents(today, -120, P, T))


def _matti(today: date) -> _Person:
    born = date(today.year - 22, 3, 9)  # always young
    return _Person(_e("Matti", "Hyvönen", born, 908, "B", postal_code="80200",
                      city="Joensuu", phone="044 120 7788", languages=("fi", "en"),
                      target_groups=frozenset({G.YOUNG})),
                   [_contract(today, -420, -240, "Kahvila-avustaja",
                              "Kahvilan avustavat keittiötyöt ja asiakaspalvelu", "30", 190_000,
                              workplace=CAFE)],
                   _consents(today, -420, T, valid_until=today - timedelta(days=240)),
                   archived_offset=-230)


def _elina(today: date) -> _Person:
    return _Person(_e("Elina", "Räsänen", date(1990, 12, 5), 909, postal_code="80100",
                      city="Joensuu", languages=("fi", "sv"),
                      target_groups=frozenset({G.LONG_TERM_UNEMPLOYED})),
                   [_contract(today, -800, -435, "Kirpputorin myyjä",
                              "Kirpputorin myyntipöytien vuokraus, asiakaspalvelu ja kassatyöt",
                              "30", 195_000, workplace=SHOP)],
                   archived_offset=-430)


def _heikki(today: date) -> _Person:
    return _Person(_e("Heikki", "Lappalainen", date(1983, 6, 27), 910, street="Rauhankatu 2",
                      postal_code="80100", city="Joensuu", phone="040 589 0031",
                      languages=("fi",), target_groups=frozenset({G.LONG_TERM_UNEMPLOYED})),
                   [_contract(today, 14, 14 + 182, "Kuljettaja-avustaja",
                              "Kierrätyskeskuksen noutokuljetukset työparina, lastaus ja purku",
                              "30", 200_000, workplace=SHOP,
                              trial_end=today + timedelta(days=14 + 60))])


def _people(today: date) -> list[_Person]:
    makers = (_aino, _lukasz, _gulsen, _olga, _van_an, _sari, _jari, _matti, _elina, _heikki)
    return [make(today) for make in makers]


def add_employees(services: Services, today: date) -> None:
    employees = services.employees
    # In the demo the person who built it is the named health-data handler, so the health tab
    # can be seen working; a real file starts with nobody named.
    employees.set_health_handlers([employees.current_user()])
    for person in _people(today):
        new_id = employees.create(person.employee, person.health, today=today)
        for values in person.contracts:
            employees.contracts.add(Contract(employee_id=new_id, **values))
        for values in person.consents:
            employees.consents.add(Consent(employee_id=new_id, **values))
        if person.archived_offset is not None:
            employees.archive(new_id, today + timedelta(days=person.archived_offset))
