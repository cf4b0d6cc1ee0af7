"""A support decision as the association keeps it: the engine's Decision plus its paperwork."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kuhina_desktop.domain.subsidy import Decision, Employment

# Decision numbers are free text (no authoritative format exists), trimmed and kept short
# enough for a form and a report column (domain research §4.5).
DECISION_NUMBER_MAX = 64
PAYER_MAX = 120
CONDITIONS_MAX = 10_000


@dataclass(frozen=True)
class DecisionRecord:
    employee_id: int
    decision: Decision
    payer: str = ""
    decision_number: str = ""
    conditions: str = ""
    attachment_id: int | None = None
    # Warnings shown when it was saved (codes), kept so that the board can see them later.
    warnings: tuple[str, ...] = field(default_factory=tuple)
    id: int | None = None


class DecisionStatus(StrEnum):
    UPCOMING = "upcoming"
    CURRENT = "current"
    ENDED = "ended"


def decision_status(decision: Decision, today: date) -> DecisionStatus:
    if today < decision.start:
        return DecisionStatus.UPCOMING
    if today > decision.end:
        return DecisionStatus.ENDED
    return DecisionStatus.CURRENT


def contract_for(decision: Decision, contracts: Sequence[Employment]) -> Employment | None:
    """The contract a decision subsidises: the one covering most of the subsidy period (the
    first of equals), else None. Its hours set the working-time cap; the payment applications
    pick the contract by the same rule, so the figures on both screens agree.

    Contracts without a start (never stored that way) are ignored.
    """
    best, best_days = None, 0
    for contract in contracts:
        days = _overlap_days(decision, contract) if contract.start is not None else 0
        if days > best_days:
            best, best_days = contract, days
    return best


def _overlap_days(decision: Decision, contract: Employment) -> int:
    assert contract.start is not None
    end = decision.end if contract.end is None else min(decision.end, contract.end)
    return max(0, (end - max(decision.start, contract.start)).days + 1)
