"""Report builders: services' data → the neutral report model. No ReportLab, no Qt.

Each builder is a function ``build(services, options) -> Report``; BUILDERS maps the headless
command's KIND to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kuhina_desktop.reports.model import Report


@dataclass(frozen=True)
class ReportOptions:
    language: str
    today: date
    year: int | None = None
    employee_id: int | None = None
    period: str | None = None  # e.g. an application id, or "2026-01..2026-06"
    show_hetu: bool = False


Builder = Callable[[object, ReportOptions], Report]


def builders() -> dict[str, Builder]:
    from kuhina_desktop.reports.builders import (
        application,
        co_employment,
        coaching,
        due_list,
        employee_card,
        training_record,
        yearly_summary,
    )

    return {"application": application.build, "yearly-summary": yearly_summary.build,
            "due-list": due_list.build, "co-employment": co_employment.build,
            "employee-card": employee_card.build, "training": training_record.build,
            "coaching": coaching.build}
