"""How long records about a person must be kept, and what an erasure may remove.

Defaults (DOMAIN.md, Privacy): support files 10 years after the last payment, payroll material
6 years from the end of its year (Kirjanpitolaki 2:10), employment duration and tasks 10 years
after the employment ended. Records without such a duty (contact details, health data, consents,
notes) go at once when a person is erased. Pure functions; the years are a setting of the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kuhina_desktop.domain.date_math import add_months


class Category(StrEnum):
    SUPPORT = "support"          # support decisions, payment applications, payments
    PAYROLL = "payroll"          # wage months
    EMPLOYMENT = "employment"    # contracts: duration and tasks


DEFAULT_YEARS: dict[Category, int] = {Category.SUPPORT: 10, Category.PAYROLL: 6,
                                      Category.EMPLOYMENT: 10}


def retention_ends(category: Category, reference: date | None,
                   years: dict[Category, int] | None = None) -> date | None:
    """The last day a record must be kept; None while the reference event has not happened
    (an employment that has not ended, a decision not yet paid or ended)."""
    if reference is None:
        return None
    span = (years or DEFAULT_YEARS)[category]
    if category is Category.PAYROLL:
        return date(reference.year + span, 12, 31)
    return add_months(reference, 12 * span)


@dataclass(frozen=True)
class RetainedGroup:
    """Records of one person in one table, with the day the duty to keep them ends."""

    table: str
    category: Category
    keys: tuple[int, ...]
    ends_on: date | None  # None: kept while the employment or the support is going on

    @property
    def count(self) -> int:
        return len(self.keys)


def group_by_end(table: str, category: Category, references: list[tuple[int, date | None]],
                 today: date, years: dict[Category, int] | None = None
                 ) -> tuple[RetainedGroup | None, RetainedGroup | None]:
    """Split one table's records of a person into (past retention, still to keep)."""
    ends = {key: retention_ends(category, reference, years) for key, reference in references}
    past = tuple(key for key, end in ends.items() if end is not None and end < today)
    keep = tuple(key for key in ends if key not in past)
    past_group = RetainedGroup(table, category, past, max(ends[k] for k in past)) if past else None
    keep_ends = [ends[key] for key in keep]
    keep_end = None if None in keep_ends else max(keep_ends, default=None)
    keep_group = RetainedGroup(table, category, keep, keep_end) if keep else None
    return past_group, keep_group
