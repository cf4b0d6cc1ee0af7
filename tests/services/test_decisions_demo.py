"""The demo decisions: realistic kinds, payers and numbers for the people already in the file."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from kuhina_desktop.demo.decisions import add_decisions
from kuhina_desktop.domain.funding import DecisionStatus
from kuhina_desktop.domain.subsidy import Kind
from kuhina_desktop.services.decisions import DecisionsService
from kuhina_desktop.services.files import create_association_file
from tests.services.decision_people import ASSOCIATION, add_employee

TODAY = date(2026, 11, 30)

# (first name, contract start and end as days from today, weekly hours): like the demo people.
PEOPLE = [("Aino", -300, None, "30"), ("Łukasz", -300, 45, "24"), ("Gülşen", -150, 215, "30"),
          ("Ольга", -400, None, "25"), ("Văn An", -90, 275, "30"), ("Sari", -200, None, "20"),
          ("Jari", -120, None, "25"), ("Matti", -420, -240, "30"), ("Elina", -800, -435, "30"),
          ("Heikki", 14, 196, "30")]


@pytest.fixture
def services(tmp_path: Path):
    opened = create_association_file(tmp_path / "demo.kuhina", ASSOCIATION)
    opened.decisions = DecisionsService(opened.data, opened.rates, today=lambda: TODAY)
    yield opened
    opened.close()


def _add_people(services) -> None:
    for number, (name, start, end, hours) in enumerate(PEOPLE, start=901):
        add_employee(services, name, "Demo", number,
                     (TODAY + timedelta(days=start),
                      None if end is None else TODAY + timedelta(days=end), hours, "37.5"))


def test_no_employees_no_decisions(services) -> None:
    add_decisions(services, TODAY)
    assert services.decisions.rows() == []


def test_demo_decisions_look_like_a_real_association(services) -> None:
    _add_people(services)
    add_decisions(services, TODAY)
    rows = services.decisions.rows()
    kinds = Counter(r.record.decision.kind for r in rows)
    assert kinds[Kind.PALKKATUKI_100] >= 7
    assert kinds[Kind.PALKKATUKI_50] == kinds[Kind.PALKKATUKI_70] == kinds[Kind.KUNTALISA] == 1
    payers = {r.record.decision.kind: r.record.payer for r in rows}
    assert payers == {Kind.PALKKATUKI_100: "Pohjois-Karjalan työllisyysalue",
                      Kind.PALKKATUKI_70: "Pohjois-Karjalan työllisyysalue",
                      Kind.PALKKATUKI_50: "KEHA-keskus", Kind.KUNTALISA: "Joensuun kaupunki"}
    assert all(r.record.decision.payment_period_months == 2 for r in rows
               if r.record.decision.kind == Kind.PALKKATUKI_100)
    statuses = Counter(r.status for r in rows)
    assert statuses[DecisionStatus.ENDED] >= 3 and statuses[DecisionStatus.UPCOMING] == 1
    assert any(r.status == DecisionStatus.CURRENT
               and (r.record.decision.end - TODAY).days <= 60 for r in rows)
    assert min(r.record.decision.start for r in rows) <= TODAY - timedelta(days=18 * 31)
    numbers = [r.record.decision_number for r in rows if r.record.payer != "Joensuun kaupunki"]
    assert all(re.fullmatch(r"(PKTYA|KEHA)/\d{4}/20\d\d", n) for n in numbers)
    assert all(r.record.warnings == () for r in rows)


def test_every_demo_decision_has_a_readable_pdf(services) -> None:
    _add_people(services)
    add_decisions(services, TODAY)
    for row in services.decisions.rows():
        stored = services.decisions.files.get(row.record.id)
        text = PdfReader(io.BytesIO(stored.data)).pages[0].extract_text()
        assert row.record.decision_number in text and "PÄÄTÖS" in text
