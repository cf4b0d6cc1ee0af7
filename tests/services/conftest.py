"""A fresh association file with the training service on a fixed day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.services.files import create_association_file
from kuhina_desktop.services.training import TrainingService
from tests.services.training_people import ASSOCIATION

TODAY = date(2026, 5, 10)


@pytest.fixture
def services(tmp_path: Path):
    opened = create_association_file(tmp_path / "t.kuhina", ASSOCIATION)
    yield opened
    opened.close()


@pytest.fixture
def training(services) -> TrainingService:
    return TrainingService(services.data, today=lambda: TODAY)
