"""A support decision as the association keeps it: the engine's Decision plus its paperwork."""

from __future__ import annotations

from dataclasses import dataclass, field

from kuhina_desktop.domain.subsidy import Decision


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
