"""Demo data of the training area: packages, enrolments in every state, certificates (one
expired, one expiring within 30 days, one within 90), a year of job coaching by the regional
project's coach, outcomes of ended employments and three job opportunities.

It builds on the employees already in the file (written by the employees step, which must run
first) and assigns trainings by job title; with no employees it adds nothing. All names of
people are made up.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from kuhina_desktop.demo.training_content import (
    COACH,
    OPPORTUNITIES,
    ORGANISATION,
    PACKAGES,
    REQUIREMENTS,
    coaching_plan,
    outcome_plan,
)
from kuhina_desktop.domain.date_math import add_months
from kuhina_desktop.domain.employees import Employee
from kuhina_desktop.domain.training import (
    Certificate,
    CoachingEvent,
    CoachingKind,
    CoachingMode,
    EnrolmentStatus,
    Outcome,
    RoleRequirement,
    TrainingPackage,
)
from kuhina_desktop.services import Services
from kuhina_desktop.services.training import TrainingService


def add_training(services: Services, today: date) -> None:
    training = TrainingService(services.data, today=lambda: today)
    people = training.employees(include_archived=False)
    if not people:
        return  # nothing to attach trainings to: the employees step has not run
    types = {t.code: t.id for t in training.certificate_types()}
    packages = {key: training.save_package(replace(pkg, certificate_type_id=types.get(code)))
                for key, (pkg, code) in PACKAGES.items()}
    for role, code in REQUIREMENTS:
        training.add_requirement(RoleRequirement(job_title=role, certificate_type_id=types[code]))
    titles = {role.employee_id: role.job_title for role in training.roles()}
    # Trainings and coaching go to people employed today; ended employments get an outcome.
    people = [p for p in people if p.id in titles] or people
    _enrolments_and_certificates(training, people, packages, types, titles, today)
    _coaching(training, people, today)
    _outcomes(training, training.employees(), today)
    for opportunity in OPPORTUNITIES:
        training.coaching.save_opportunity(opportunity)


def _enrol(training: TrainingService, pkg: TrainingPackage, person: Employee,
           status: EnrolmentStatus, start: date, end: date | None = None,
           hours: Decimal | None = None, result: str = "") -> None:
    [enrolment_id] = training.enrol(pkg.id, [person.id], status=EnrolmentStatus.PLANNED,
                                    start=start)
    row = training.enrolment_rows(employee_id=person.id)
    enrolment = next(r.enrolment for r in row if r.enrolment.id == enrolment_id)
    if status != EnrolmentStatus.PLANNED:
        training.save_enrolment(replace(enrolment, status=status, completed_on=end,
                                        hours_attended=hours or Decimal(0), result=result))


def _enrolments_and_certificates(training: TrainingService, people: list[Employee],
                                 packages: dict[str, TrainingPackage], types: dict[str, int],
                                 titles: dict[int, str], today: date) -> None:
    done = EnrolmentStatus.COMPLETED
    for person in people:  # everyone goes through the induction when the employment starts
        start = _employment_start(training, person, today)
        if start + timedelta(days=4) <= today:
            _enrol(training, packages["induction"], person, done, start,
                   start + timedelta(days=4), Decimal(16), "Perehdytys käyty")
        else:
            _enrol(training, packages["induction"], person, EnrolmentStatus.PLANNED, start)
    picker = _Picker(people, titles)
    recycling, kitchen = ("kierrätys", "varasto", "lajittel"), ("keittiö", "kahvila")
    card, months = types["tyoturvallisuuskortti"], lambda n: add_months(today, n)
    hygiene = types["hygieniapassi"]
    steps = (  # (preferred job titles, certificate type it adds, what to do)
        (recycling, card, lambda p: _course_passed(training, p, packages["safety_card"],
                                                   today)),
        ((), types["ea1"], lambda p: _certificate(
            training, p, types["ea1"], months(-36) + timedelta(days=20),
            "Suomen Punainen Risti")),  # expires within 30 days
        (recycling, card, lambda p: _certificate(
            training, p, card, months(-60) + timedelta(days=60),
            "Turvakoulutus Karjala Oy")),  # expires within 90 days
        (kitchen, hygiene, lambda p: _enrol(training, packages["hygiene"], p,
                                            EnrolmentStatus.ONGOING, today - timedelta(days=10))),
        (recycling, card, lambda p: _expired_and_renewal(training, p, card, packages, today)),
        (("myyjä", "kahvila", "keittiö"), hygiene, lambda p: _qualification(
            training, p, types, packages, today)),
        ((), None, lambda p: _enrol(training, packages["first_aid"], p,
                                    EnrolmentStatus.INTERRUPTED, today - timedelta(days=60),
                                    today - timedelta(days=59), Decimal(8),
                                    "Jäi kesken, jatketaan seuraavalla kurssilla")),
    )
    for keywords, type_id, step in steps:
        step(picker.pick(keywords, type_id))


class _Picker:
    """Hands out employees one by one, preferring job titles that fit the training."""

    def __init__(self, people: list[Employee], titles: dict[int, str]) -> None:
        self.people = people
        self.free = list(people)
        self.titles = titles
        self.held: set[tuple[int, int]] = set()

    def pick(self, keywords: tuple[str, ...], type_id: int | None = None) -> Employee:
        """Someone not yet used (in a small association, a second round), who does not hold
        ``type_id`` yet: a second card of a type would hide the first one's state."""
        def lacks(person: Employee) -> bool:
            return (person.id, type_id) not in self.held

        pool = ([p for p in self.free if lacks(p)] or [p for p in self.people if lacks(p)]
                or self.free or self.people)
        fitting = [p for p in pool if any(
            k in self.titles.get(p.id, "").casefold() for k in keywords)]
        chosen = (fitting or pool)[0]
        if chosen in self.free:
            self.free.remove(chosen)
        if not self.free:
            self.free = list(self.people)
        if type_id is not None:
            self.held.add((chosen.id, type_id))
        return chosen


def _course_passed(training: TrainingService, person: Employee, pkg: TrainingPackage,
                   today: date) -> None:
    """A one-day course some weeks into the employment; completing it grants the card."""
    start = _employment_start(training, person, today)
    day = min(today - timedelta(days=1), max(today - timedelta(days=181),
                                             start + timedelta(days=21)))
    _enrol(training, pkg, person, EnrolmentStatus.COMPLETED, day, day, pkg.planned_hours,
           "Hyväksytty")


def _expired_and_renewal(training: TrainingService, person: Employee, card: int,
                         packages: dict[str, TrainingPackage], today: date) -> None:
    _certificate(training, person, card, add_months(today, -60) - timedelta(days=40),
                 "Turvakoulutus Karjala Oy")  # expired 40 days ago
    _enrol(training, packages["safety_card"], person, EnrolmentStatus.PLANNED,
           today + timedelta(days=16))  # its renewal


def _qualification(training: TrainingService, person: Employee, types: dict[str, int],
                   packages: dict[str, TrainingPackage], today: date) -> None:
    _enrol(training, packages["qualification"], person, EnrolmentStatus.ONGOING,
           today - timedelta(days=120))
    _certificate(training, person, types["hygieniapassi"], date(today.year - 6, 9, 14),
                 "Ruokavirasto (testaaja)")


def _employment_start(training: TrainingService, person: Employee, today: date) -> date:
    starts = [c.start for c in training.coaching.contracts_of(person.id)]
    return starts[-1] if starts else today - timedelta(days=240)


def _certificate(training: TrainingService, person: Employee, type_id: int, issued: date,
                 issuer: str) -> None:
    training.save_certificate(Certificate(
        employee_id=person.id, type_id=type_id, issued_on=issued, issuer=issuer,
        expires_on=training.expected_expiry(type_id, issued), verified_by="Maija Virtanen"))


def _coaching(training: TrainingService, people: list[Employee], today: date) -> None:
    for person_index, person in enumerate(people[:5]):
        earliest = max(today - timedelta(days=330), _employment_start(training, person, today))
        for day, kind, mode, minutes, summary, actions in coaching_plan(
                person_index, earliest, today):
            training.coaching.save_coaching(CoachingEvent(
                employee_id=person.id, day=day, coach_name=COACH, organisation=ORGANISATION,
                kind=kind, mode=mode, minutes=minutes, summary=summary, agreed_actions=actions,
                shareable=person_index != 2))  # one person has not agreed to sharing
        _set_follow_up(training, person, today + timedelta(days=14 + 7 * person_index))
    for days_ago, summary in ((300, "Työnantajavalmennus: tehtävien räätälöinti ja "
                               "perehdytyksen suunnittelu uusille työntekijöille."),
                              (95, "Työnantajavalmennus: palkkatuen jatkohaku ja "
                               "työvoimapalveluiden yhteyshenkilöt.")):
        training.coaching.save_coaching(CoachingEvent(
            employee_id=None, day=today - timedelta(days=days_ago), coach_name=COACH,
            organisation=ORGANISATION, kind=CoachingKind.EMPLOYER, mode=CoachingMode.ON_SITE,
            minutes=90, summary=summary, shareable=True))


def _set_follow_up(training: TrainingService, person: Employee, day: date) -> None:
    rows = training.coaching.coaching_rows(person.id)
    if rows:
        training.coaching.save_coaching(replace(rows[0].event, next_follow_up=day))


def _outcomes(training: TrainingService, people: list[Employee], today: date) -> None:
    """An outcome for every support period or employment that has ended."""
    index = 0
    for person in people:
        contracts = training.coaching.contracts_of(person.id)
        ended = [d for d in training.coaching.decisions_of(person.id) if d.end and d.end < today]
        periods = [(d.id, d.start, d.end) for d in ended]
        if not periods and all(c.end is not None and c.end < today for c in contracts):
            periods = [(None, c.start, c.end) for c in contracts[-1:]]  # the employment ended
        for decision_id, start, end in periods:
            stayed = any(c.end is None or c.end > end for c in contracts)
            kind, readiness_start, readiness_end, details = outcome_plan(index, stayed)
            training.coaching.save_outcome(Outcome(
                employee_id=person.id, decision_id=decision_id, period_start=start,
                period_end=end, outcome=kind, readiness_start=readiness_start,
                readiness_end=readiness_end, details=details))
            index += 1
