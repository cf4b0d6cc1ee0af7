"""A support decision as the association keeps it: the engine's Decision plus its paperwork."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.subsidy import (
    STATUTORY_KINDS,
    Decision,
    Employment,
    Kind,
    payment_periods,
)

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


# --- after sending ----------------------------------------------------------------------
#
# A sent payment application carries the decision's periods and money to the payer. Once one
# has left the house, the fields that define them are frozen: changing them afterwards would
# make the sent periods vanish from the list or show paid months as unapplied. The decision
# number, payer, date, conditions and the PDF stay editable, and the end may move as long as
# no sent period changes (an extension of the same decision, or one ended early).

LOCKED_AFTER_SENDING = (
    "employee_id", "decision.kind", "decision.start", "decision.payment_period_months",
    "decision.percent", "decision.monthly_cap", "decision.working_time_cap",
    "decision.contribution_method", "decision.contribution_coefficient",
    "decision.eligible_items", "decision.prorate_partial_months",
    "decision.deadline_months_after")


def _locked_values(record: DecisionRecord) -> dict[str, object]:
    d = record.decision
    return {"employee_id": record.employee_id, "decision.kind": d.kind,
            "decision.start": d.start, "decision.payment_period_months": d.payment_period_months,
            "decision.percent": d.percent, "decision.monthly_cap": d.monthly_cap_cents,
            "decision.working_time_cap": d.working_time_cap,
            "decision.contribution_method": d.contribution_method,
            "decision.contribution_coefficient": d.contribution_coefficient,
            # A stored None means the kind's default items, which the form sends back as
            # an explicit set: what is eligible is compared, not how it was stored.
            "decision.eligible_items": d.items,
            "decision.prorate_partial_months": d.prorate_partial_months,
            "decision.deadline_months_after": d.deadline_months_after}


def sent_period_errors(before: DecisionRecord, after: DecisionRecord,
                       sent: Sequence[tuple[date, date]]) -> list[ValidationError]:
    """Why ``after`` may not replace ``before`` when the periods ``sent`` (start, end) have
    been applied for; empty when nothing was sent or only the free fields changed."""
    if not sent:
        return []
    first = min(sent)
    old, new = _locked_values(before), _locked_values(after)
    changed = [name for name in LOCKED_AFTER_SENDING if old[name] != new[name]]
    if "decision.kind" in changed and "decision.eligible_items" in changed:
        changed.remove("decision.eligible_items")  # a new kind's defaults: one change, not two
    errors = [ValidationError("locked after sending", field=name,
                              code="dec_locked_after_sending" if i == 0 else "dec_locked_field",
                              period_start=first[0], period_end=first[1])
              for i, name in enumerate(changed)]
    if after.decision.end != before.decision.end:
        try:
            kept = set(payment_periods(after.decision))
        except ValidationError:
            kept = set()  # an impossible end: the engine's checks name it
        was = set(payment_periods(before.decision))
        lost = sorted(p for p in sent if p in was and p not in kept)
        if lost:
            errors.append(ValidationError("end changes a sent period",
                                          code="dec_end_changes_sent_period",
                                          field="decision.end", end=after.decision.end,
                                          period_start=lost[0][0], period_end=lost[0][1]))
    return errors


# --- overlapping decisions --------------------------------------------------------------


def _exclusive(a: DecisionRecord, b: DecisionRecord) -> bool:
    """Two decisions that may not cover the same day of the same person.

    The state subsidies (palkkatuki 50/70/100 %, the 55+ employment subsidy) exclude each
    other: one employment gets one of them at a time. A municipal supplement or an employment
    bonus runs alongside them, but not twice at once. "Other" support is a catch-all for
    different schemes, so two of them clash only when from the same payer.
    """
    ka, kb = a.decision.kind, b.decision.kind
    if ka in STATUTORY_KINDS and kb in STATUTORY_KINDS:
        return True
    if ka != kb:
        return False
    if ka == Kind.OTHER:
        return a.payer.casefold() == b.payer.casefold()
    return True


def overlap_errors(record: DecisionRecord,
                   others: Sequence[DecisionRecord]) -> list[ValidationError]:
    """An error for each other decision of the person that would pay for the same days."""
    d = record.decision
    errors = []
    for other in others:
        o = other.decision
        if other.id == record.id and record.id is not None:
            continue
        if o.start <= d.end and d.start <= o.end and _exclusive(record, other):
            name = ", ".join(part for part in (other.decision_number, other.payer) if part)
            errors.append(ValidationError("overlaps another decision", code="dec_overlaps",
                                          field="decision.start", decision=name,
                                          start=o.start, end=o.end))
    return errors
