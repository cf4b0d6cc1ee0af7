"""Read models of the employee register: the list row, health data, a stored contract.

These are what storage hands to services and services to the UI. The list row deliberately
carries only the birth-date digits of the identity code and no health data, so a list, a
sort or a filter can never show more than ``DDMMYY-****``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from kuhina_desktop.domain.employees import Contract, Employee, TargetGroup
from kuhina_desktop.domain.errors import ValidationError

#: How the list names support kinds. palkkatuki_70 is granted for reduced work ability, so
#: showing it would reveal health data to everyone who sees the list: it shares one group
#: with palkkatuki_50 (both are "palkkatuki" on the decision's letterhead anyway).
LIST_SUPPORT_GROUP = {
    "palkkatuki_50": "palkkatuki_50_70",
    "palkkatuki_70": "palkkatuki_50_70",
}


def list_support_group(kind: str) -> str:
    return LIST_SUPPORT_GROUP.get(kind, kind)


class EmploymentStatus(StrEnum):
    """Where a person stands on a given day, as the list shows it."""

    WORKING = "working"          # a contract covers the day
    STARTING = "starting"        # the next contract starts later
    NO_CONTRACT = "no_contract"  # not archived, but no contract now or ahead
    ARCHIVED = "archived"        # employment ended and filed away (never deleted)


@dataclass(frozen=True, kw_only=True, slots=True)  # slots: a list may hold 10,000 of these
class EmployeeListRow:
    """One line of the employees list. ``birth_digits`` are the code's first six characters."""

    id: int
    first_name: str
    last_name: str
    birth_digits: str
    birth_date: date | None = None  # for sorting by age; the masked code shows it anyway
    archived_on: date | None = None
    target_groups: frozenset[TargetGroup] = frozenset()
    job_title: str = ""
    contract_start: date | None = None
    contract_end: date | None = None
    weekly_hours: Decimal | None = None
    full_time_weekly_hours: Decimal | None = None
    support_kinds: tuple[str, ...] = ()  # list groups (see LIST_SUPPORT_GROUP), sorted

    @property
    def masked_hetu(self) -> str:
        return f"{self.birth_digits}-****" if self.birth_digits else ""

    @property
    def sort_name(self) -> str:
        return f"{self.last_name} {self.first_name}".strip()

    @property
    def work_fraction(self) -> Decimal | None:
        if not self.weekly_hours or not self.full_time_weekly_hours:
            return None
        return self.weekly_hours / self.full_time_weekly_hours

    def status(self, today: date) -> EmploymentStatus:
        if self.archived_on is not None:
            return EmploymentStatus.ARCHIVED
        if self.contract_start is None:
            return EmploymentStatus.NO_CONTRACT
        if self.contract_start > today:
            return EmploymentStatus.STARTING
        if self.contract_end is None or self.contract_end >= today:
            return EmploymentStatus.WORKING
        return EmploymentStatus.NO_CONTRACT


@dataclass(frozen=True, kw_only=True)
class HealthInfo:
    """Special-category data of one employee: only the health-data handler sees or edits it."""

    partial_work_ability: bool = False
    details: str = field(default="", repr=False)


@dataclass(frozen=True, kw_only=True)
class EmployeeDetails:
    """An employee as the form shows it: without the identity code, with its masked form.

    The full code comes only from ``EmployeeService.reveal_hetu``, which logs who asked.
    """

    employee: Employee  # hetu is None and health-related target groups are left out
    masked_hetu: str
    birth_date: date | None


@dataclass(frozen=True, kw_only=True)
class StoredContract:
    """A contract as saved, with the warnings that were accepted when it was saved."""

    contract: Contract
    warnings: tuple[ValidationError, ...] = ()
