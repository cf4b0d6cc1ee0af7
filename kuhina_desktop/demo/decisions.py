"""Demo support decisions for the demo employees: realistic, made-up, dated relative to today.

Reads the employees and contracts the employee step wrote (none → no decisions). Each person's
latest contract is subsidised from its first day for at most the kind's maximum (10 months),
with a renewal when that ended while the contract goes on. The person whose contract is the
oldest had the 50 % subsidy from KEHA-keskus (the payer before 2025) with Joensuu's municipal
supplement; the one with the fewest weekly hours has the 70 % subsidy; everyone else the 100 %
association subsidy of Pohjois-Karjalan työllisyysalue with two-month payment periods. Every
decision has a one-page PDF, so "Open" works in the demo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from kuhina_desktop.domain.date_math import add_months
from kuhina_desktop.domain.funding import DecisionRecord
from kuhina_desktop.domain.subsidy import CostItem, Decision, Employment, Kind
from kuhina_desktop.services import Services
from kuhina_desktop.storage.decision_inputs import EmployeeChoice

PKTYA = "Pohjois-Karjalan työllisyysalue"
KEHA = "KEHA-keskus"
JOENSUU = "Joensuun kaupunki"
DECIDED_DAYS_BEFORE = 12
CONDITIONS = {
    Kind.PALKKATUKI_100: "Yhdistyksen tehtävät eivät ole liiketoimintaa. Tuki kattaa "
    "palkkauskustannukset enintään 65 prosentin työajalta alan säännöllisestä työajasta.",
    Kind.PALKKATUKI_50: "Tuki myönnetään ammatillisen osaamisen parantamiseen: perehdytys "
    "myymälä- ja kassatyöhön sekä hygieniapassin suorittaminen työn ohessa.",
    Kind.PALKKATUKI_70: "Työtehtävät ja työaika sovitetaan työkyvyn mukaan; työpaikalla "
    "nimetty ohjaaja.",
    Kind.KUNTALISA: "Työllistämisen kuntalisä maksetaan palkkatuen lisäksi enintään 300 € "
    "kuukaudessa; julkiset tuet yhteensä enintään palkkauskustannusten verran.",
}


@dataclass(frozen=True)
class _Plan:
    kind: Kind
    payer: str
    period_months: int
    prefix: str


def add_decisions(services: Services, today: date) -> None:
    decisions = services.decisions
    people = [(e, decisions.contracts(e.id)) for e in sorted(decisions.employees(),
                                                              key=lambda e: e.id)]
    people = [(e, contracts[-1]) for e, contracts in people if contracts]
    if not people:
        return
    oldest = min(people, key=lambda p: p[1].start)[0].id
    fewest_hours = min(people, key=lambda p: (p[1].weekly_hours, p[0].id))[0].id
    numbers = iter(range(1187, 10_000, 53))
    for person, contract in people:
        if person.id == oldest:
            plan = _Plan(Kind.PALKKATUKI_50, KEHA, 1, "KEHA")
        elif person.id == fewest_hours:
            plan = _Plan(Kind.PALKKATUKI_70, PKTYA, 3, "PKTYA")
        else:
            plan = _Plan(Kind.PALKKATUKI_100, PKTYA, 2, "PKTYA")
        periods = _periods(contract, today)
        if plan.kind is Kind.PALKKATUKI_50:
            periods = periods[:1]  # the skills subsidy is granted once, not renewed
        for start, end in periods:
            _save(services, person, plan, start, end, next(numbers))
        if plan.kind is Kind.PALKKATUKI_50:
            _add_municipal_supplement(services, person, *periods[0], next(numbers))


def _periods(contract: Employment, today: date) -> list[tuple[date, date]]:
    """The first decision from the contract's start; one renewal if it ended before today."""
    assert contract.start is not None
    first = (contract.start, _end(contract, contract.start))
    if first[1] < today and (contract.end is None or contract.end > first[1]):
        renewal_start = first[1] + timedelta(days=1)
        return [first, (renewal_start, _end(contract, renewal_start))]
    return [first]


def _end(contract: Employment, start: date) -> date:
    longest = add_months(start, 10) - timedelta(days=1)
    return longest if contract.end is None else min(longest, contract.end)


def _save(services: Services, person: EmployeeChoice, plan: _Plan, start: date, end: date,
          number: int) -> None:
    parameters = services.decisions.prefill(plan.kind, start)
    assert parameters is not None, plan.kind
    decided = start - timedelta(days=DECIDED_DAYS_BEFORE)
    decision = Decision(
        kind=plan.kind, start=start, end=end, percent=parameters.percent,
        monthly_cap_cents=parameters.monthly_cap_cents,
        working_time_cap=parameters.working_time_cap, payment_period_months=plan.period_months,
        contribution_coefficient=parameters.contribution_coefficient, decided_on=decided)
    _store(services, DecisionRecord(
        employee_id=person.id, decision=decision, payer=plan.payer,
        decision_number=f"{plan.prefix}/{number}/{decided.year}",
        conditions=CONDITIONS[plan.kind]), person)


def _add_municipal_supplement(services: Services, person: EmployeeChoice, start: date,
                              end: date, number: int) -> None:
    decided = start - timedelta(days=DECIDED_DAYS_BEFORE + 7)
    decision = Decision(
        kind=Kind.KUNTALISA, start=start, end=end, percent=Decimal(100), monthly_cap_cents=30000,
        payment_period_months=3, eligible_items=frozenset({CostItem.GROSS_PAY}),
        decided_on=decided)
    _store(services, DecisionRecord(
        employee_id=person.id, decision=decision, payer=JOENSUU,
        decision_number=f"{number}/02.05.01.01.00/{decided.year}",
        conditions=CONDITIONS[Kind.KUNTALISA]), person)


def _store(services: Services, record: DecisionRecord, person: EmployeeChoice) -> None:
    saved = services.decisions.save(record).record
    assert saved.id is not None
    services.decisions.files.attach_content(
        saved.id, f"paatos_{record.decision_number.replace('/', '-')}.pdf",
        sample_pdf(_letter(record, person)))


def _letter(record: DecisionRecord, person: EmployeeChoice) -> list[str]:
    d = record.decision
    return [record.payer, "", "PÄÄTÖS (esimerkki)", f"Päätösnumero {record.decision_number}",
            f"Päätöspäivä {_day(d.decided_on)}", "", "Työnantaja: Esimerkkiyhdistys ry",
            f"Työntekijä: {person.full_name}",
            f"Tukijakso: {_day(d.start)} - {_day(d.end)}",
            f"Tuki {d.percent} % palkkauskustannuksista, enintään "
            f"{d.monthly_cap_cents // 100} euroa kuukaudessa.",
            f"Maksatusjakso {d.payment_period_months} kk.", "", record.conditions[:90]]


def _day(value: date | None) -> str:
    return "" if value is None else f"{value.day}.{value.month}.{value.year}"


def sample_pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF with the lines in Helvetica (WinAnsi covers ä, ö and å)."""
    def escape(text: str) -> bytes:
        raw = text.encode("cp1252", "replace")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 11 Tf 72 770 Td 15 TL " + b" ".join(
        b"(" + escape(line) + b") '" for line in lines) + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)
