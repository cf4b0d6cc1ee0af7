"""The built-in demo association "Esimerkkiyhdistys ry": realistic, made-up data.

Every capability adds its own step to DEMO_STEPS, so a newcomer sees everything the program can
do on the first start. Identity codes use individual numbers 900–999 (never issued to people).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kuhina_desktop.demo.association import DEMO_ASSOCIATION
from kuhina_desktop.demo.decisions import add_decisions
from kuhina_desktop.demo.employees import add_employees
from kuhina_desktop.demo.safety import add_safety
from kuhina_desktop.demo.training import add_training
from kuhina_desktop.demo.wages import add_wages
from kuhina_desktop.services import Services
from kuhina_desktop.services.files import create_association_file

DemoStep = Callable[[Services, date], None]

# add_wages reads the people and decisions of the earlier steps: keep it after them;
# add_training builds on the employees, contracts and decisions: keep it after those too;
# add_safety copies the finished demo into its backup folder: keep it last.
DEMO_STEPS: list[DemoStep] = [add_employees, add_decisions, add_wages, add_training, add_safety]


def build_demo(path: Path, today: date | None = None) -> Services:
    """Write a fresh demo file at ``path`` (which must not exist) and return it open."""
    services = create_association_file(path, DEMO_ASSOCIATION)
    try:
        for step in DEMO_STEPS:
            step(services, today or date.today())
    except BaseException:
        services.close()
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return services
