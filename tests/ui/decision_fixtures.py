"""A file with the demo-like people and their decisions on a fixed day, for the decision UI tests."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from kuhina_desktop.demo.decisions import add_decisions
from kuhina_desktop.services.decisions import DecisionsService
from kuhina_desktop.services.files import create_association_file
from tests.services.decision_people import ASSOCIATION, add_employee
from tests.services.test_decisions_demo import PEOPLE

TODAY = date(2026, 3, 2)


def open_file(folder: Path, with_decisions: bool = True):
    services = create_association_file(folder / "ui.kuhina", ASSOCIATION)
    services.decisions = DecisionsService(services.data, services.rates, today=lambda: TODAY)
    for number, (name, start, end, hours) in enumerate(PEOPLE, start=901):
        add_employee(services, name, "Esimerkki", number,
                     (TODAY + timedelta(days=start),
                      None if end is None else TODAY + timedelta(days=end), hours, "37.5"))
    if with_decisions:
        add_decisions(services, TODAY)
    return services
