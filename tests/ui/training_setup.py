"""A data file with employees, decisions and the training demo, for the training UI tests."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from kuhina_desktop.demo.training import add_training
from kuhina_desktop.services import Services
from kuhina_desktop.services.files import create_association_file
from tests.services.training_people import ASSOCIATION, add_decision, add_person


def training_file(path: Path, today: date, with_demo: bool = True) -> Services:
    services = create_association_file(path, ASSOCIATION)
    data = services.data
    aino = add_person(data, "Aino", "Mäkinen", job_title="Kierrätystyöntekijä",
                      start=today - timedelta(days=300))
    add_decision(data, aino, today - timedelta(days=300), today + timedelta(days=65))
    add_person(data, "Eero", "Nieminen", job_title="Keittiötyöntekijä",
               start=today - timedelta(days=200))
    add_person(data, "Leila", "Hassan", job_title="Kahvilatyöntekijä",
               start=today - timedelta(days=150))
    sari = add_person(data, "Sari", "Korhonen", job_title="Myyjä",
                      start=today - timedelta(days=500), end=today - timedelta(days=40))
    add_decision(data, sari, today - timedelta(days=500), today - timedelta(days=40))
    if with_demo:
        add_training(services, today)
    return services
