"""Demo wage months and payment applications for the employees the demo already has.

Reads the demo's employees, contracts and decisions from the file and creates nothing when
there are none. For everyone with a contract and a decision it enters the wage months of the
last 20 months, or back to the earliest contract (part-time association pay, July holiday with
holiday pay, the holiday bonus in June, a Kela-compensated sick leave, a month with other public
support, unpaid days, actual contributions typed from an insurer's invoice once), then takes the applications through every
state: old ones sent and paid (one partly paid, one rejected with a note), one sent and waiting
for the money, one prepared as a draft, the one due soonest still to apply, and one overdue.
Everything is relative to ``today`` so the demo always looks current.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from kuhina_desktop.domain.date_math import add_months, first_day_of_month, last_day_of_month
from kuhina_desktop.domain.employees import Contract, PayBasis
from kuhina_desktop.domain.money import percent_of
from kuhina_desktop.domain.wages import AppStatus, PeriodState, WageRecord, computed_contributions
from kuhina_desktop.services import Services

HISTORY_MONTHS = 20
MAX_HISTORY_MONTHS = 36
WEEKS_PER_MONTH = Decimal(52) / Decimal(12)
SENT_AFTER_DAYS = 12  # the treasurer applies within two weeks of the period's end
PAID_AFTER_DAYS = 24  # the payer's processing time, about three weeks
REJECTION_NOTE = ("Hylätty: hakemuksen palkkatiedot eivät vastanneet tulorekisteriin "
                  "ilmoitettuja. Ilmoitus korjattu tulorekisteriin; kausi haetaan uudelleen "
                  "oikaisuvaatimuksella.")


def add_wages(services: Services, today: date) -> None:
    decisions = services.applications.decisions()
    people = sorted({d.employee_id for d in decisions})
    if not people:
        return
    last_month = add_months(first_day_of_month(today), -1)
    contracts_of = {e: services.wages.contracts_of(e) for e in people}
    first_month = _first_month(contracts_of.values(), last_month)
    records: list[WageRecord] = []
    for number, employee_id in enumerate(people):
        months = _contract_months(contracts_of[employee_id], first_month, last_month)
        if number == len(people) - 1 and len(people) > 1:
            months = [(m, c) for m, c in months if m != last_month]  # not entered yet
        records += [_month(services, number, contract, month, last_month)
                    for month, contract in months]
    services.wages.save_grid(records)
    _applications(services, today)


def _first_month(contracts: Iterable[list[Contract]], last_month: date) -> date:
    """The last HISTORY_MONTHS, reaching back to the earliest contract (at most
    MAX_HISTORY_MONTHS) so that no supported period of the demo is left without its wages:
    such a period would only show as an overdue application with nothing to apply for."""
    earliest = min((c.start for group in contracts for c in group), default=last_month)
    return max(min(add_months(last_month, 1 - HISTORY_MONTHS), first_day_of_month(earliest)),
               add_months(last_month, 1 - MAX_HISTORY_MONTHS))


def _contract_months(contracts: list[Contract], first: date,
                     last: date) -> list[tuple[date, Contract]]:
    out = []
    month = first
    while month <= last:
        contract = next((c for c in contracts if c.start <= last_day_of_month(month)
                         and (c.end is None or c.end >= month)), None)
        if contract is not None:
            out.append((month, contract))
        month = add_months(month, 1)
    return out


def _month(services: Services, number: int, contract: Contract, month: date,
           last_month: date) -> WageRecord:
    hours = (contract.weekly_hours * WEEKS_PER_MONTH).quantize(Decimal("0.01"))
    if contract.pay_basis == PayBasis.HOURLY:
        pay = percent_of(contract.pay_cents, hours)
    else:
        pay = contract.pay_cents
    record = WageRecord(employee_id=contract.employee_id or 0, month=month, gross_pay=pay,
                        hours=hours)
    if month.month == 7:  # three weeks of summer holiday: holiday pay instead of work pay
        holiday = percent_of(pay, Decimal("0.70"))
        record = _with(record, gross_pay=pay - holiday, holiday_pay=holiday,
                       hours=(hours * Decimal("0.3")).quantize(Decimal("0.01")))
    if month.month == 6:  # the holiday bonus is paid with June's pay, before the holiday
        record = _with(record, holiday_bonus=percent_of(pay, Decimal("0.35")))
    return _special(services, number, record, months_ago=_months_between(month, last_month))


def _with(record: WageRecord, **changes: object) -> WageRecord:
    return WageRecord(**{**record.__dict__, **changes})


def _months_between(month: date, last: date) -> int:
    return (last.year - month.year) * 12 + last.month - month.month


def _special(services: Services, number: int, record: WageRecord, months_ago: int) -> WageRecord:
    """The events that make a month interesting, spread over the people."""
    pay = record.gross_pay
    if number == 0 and months_ago == 4:  # two weeks' sick leave past the waiting days
        record = _with(record, kela_compensated_pay=percent_of(pay, Decimal("0.45")),
                       hours=(record.hours * Decimal("0.55")).quantize(Decimal("0.01")))
    if number == 0 and months_ago in (2, 9):  # travel to training: kilometre allowances
        record = _with(record, tax_free_allowances=3_640)
    if number == 1 and months_ago == 7:
        record = _with(record, other_public_support=20_000)  # a project's work-trial bonus
    if number == 2 and months_ago == 3:  # two unpaid days (a personal matter)
        record = _with(record, unpaid_absence_days=2,
                       gross_pay=pay - percent_of(pay, Decimal(2) / 21))
    if number == 1 and months_ago == 1:  # the insurer's invoice: actual contributions typed
        computed = _computed(services, record)
        record = _with(record, employer_contributions=computed - 312)
    if services.rates.tables().contribution_rates_for(record.month.year) is None:
        # A year without a rate table yet: the payroll's figures are typed instead.
        record = _with(record, employer_contributions=_computed(services, record))
    return record


def _computed(services: Services, record: WageRecord) -> int:
    tables = services.rates.tables()
    if tables.contribution_rates_for(record.month.year) is not None:
        return computed_contributions(record, tables)
    latest = max(tables.contribution_rates, key=lambda r: r.year)
    return latest.contributions_on(record.taxable_pay)


# --- applications ---------------------------------------------------------------------------

def _applications(services: Services, today: date) -> None:
    periods = [p for p in services.applications.periods(today) if p.problem is None]
    overdue = [p for p in periods if p.status == AppStatus.OVERDUE]
    ready = [p for p in periods if p.status == AppStatus.READY]
    keep_overdue = max(overdue, key=lambda p: (p.deadline, p.employee_name), default=None)
    old = [p for p in overdue if p is not keep_overdue]
    for index, period in enumerate(sorted(old, key=lambda p: p.period_start)):
        sent_on = period.period_end + timedelta(days=SENT_AFTER_DAYS)
        app = services.applications.mark_sent(period.decision_id, period.period_start, sent_on,
                                              today)
        if index == 1:
            services.applications.reject(app.id, REJECTION_NOTE)
        elif index == len(old) - 1 and len(old) > 2:  # the newest old one: part paid so far
            services.applications.record_payment(app.id, sent_on + timedelta(PAID_AFTER_DAYS),
                                                 app.amount * 7 // 10, today=today)
        elif app.amount:
            services.applications.record_payment(app.id, sent_on + timedelta(PAID_AFTER_DAYS),
                                                 app.amount, today=today)
    _recent(services, sorted(ready, key=lambda p: (p.deadline, p.employee_name)), today)


def _recent(services: Services, ready: list[PeriodState], today: date) -> None:
    """The due soonest stays to apply; the next is sent and waits; another is a draft."""
    if len(ready) >= 2:
        waiting = ready[1]
        sent_on = min(today, max(waiting.period_end + timedelta(days=7),
                                 today - timedelta(days=9)))
        services.applications.mark_sent(waiting.decision_id, waiting.period_start, sent_on, today)
    if len(ready) >= 3:
        draft = ready[-1]
        services.applications.prepare(draft.decision_id, draft.period_start)
