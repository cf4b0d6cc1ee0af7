"""The per-employee timeline: contracts, decisions, trainings, certificates, coaching and the
outcome, merged in date order and filterable by kind.

Entries carry an event code and raw parameters; the UI words them. Future entries (a contract
end, a certificate expiry, a follow-up date) are kept: the view shows them as upcoming.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kuhina_desktop.domain.training import (
    Certificate,
    CoachingEvent,
    Enrolment,
    EnrolmentStatus,
    Outcome,
    current_certificates,
)


class TimelineKind(StrEnum):
    CONTRACT = "contract"
    DECISION = "decision"
    TRAINING = "training"
    CERTIFICATE = "certificate"
    COACHING = "coaching"
    OUTCOME = "outcome"


_KIND_ORDER = {kind: i for i, kind in enumerate(
    (TimelineKind.DECISION, TimelineKind.CONTRACT, TimelineKind.TRAINING,
     TimelineKind.CERTIFICATE, TimelineKind.COACHING, TimelineKind.OUTCOME))}


#: Within one day and kind a beginning comes before an ending (a one-day course starts, then
#: is completed).
_ENDINGS = frozenset({"contract_end", "decision_end", "training_completed",
                      "training_interrupted", "certificate_expires", "follow_up_due"})


@dataclass(frozen=True, kw_only=True)
class TimelineEntry:
    day: date
    kind: TimelineKind
    event: str  # e.g. "contract_start", "training_completed"; the UI words it
    ref_id: int | None = None
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class PeriodFact:
    """A contract or a support decision as the timeline needs it."""

    id: int
    start: date
    end: date | None
    label: str  # job title, or the decision's kind


def merge_timeline(entries: Iterable[TimelineEntry],
                   kinds: Iterable[TimelineKind] | None = None) -> list[TimelineEntry]:
    """Entries in date order (within a day: decision, contract, training, certificate,
    coaching, outcome; beginnings before endings), keeping only ``kinds`` when given."""
    wanted = None if kinds is None else frozenset(kinds)
    chosen = [e for e in entries if wanted is None or e.kind in wanted]
    return sorted(chosen, key=lambda e: (e.day, _KIND_ORDER[e.kind], e.event in _ENDINGS,
                                         e.event, e.ref_id or 0))


def period_entries(kind: TimelineKind, facts: Iterable[PeriodFact]) -> list[TimelineEntry]:
    entries = []
    for fact in facts:
        params = {"label": fact.label, "start": fact.start, "end": fact.end}
        entries.append(TimelineEntry(day=fact.start, kind=kind, event=f"{kind}_start",
                                     ref_id=fact.id, params=params))
        if fact.end is not None:
            entries.append(TimelineEntry(day=fact.end, kind=kind, event=f"{kind}_end",
                                         ref_id=fact.id, params=params))
    return entries


def enrolment_entries(enrolments: Iterable[Enrolment],
                      package_titles: Mapping[int, str]) -> list[TimelineEntry]:
    """A start (when known) and, for a finished enrolment, its completion or interruption."""
    entries = []
    for enrolment in enrolments:
        params = {"title": package_titles.get(enrolment.package_id, ""),
                  "status": enrolment.status, "hours": enrolment.hours_attended,
                  "result": enrolment.result}
        if enrolment.start is not None:
            entries.append(TimelineEntry(day=enrolment.start, kind=TimelineKind.TRAINING,
                                         event="training_start", ref_id=enrolment.id,
                                         params=params))
        if enrolment.completed_on is not None and enrolment.status in (
                EnrolmentStatus.COMPLETED, EnrolmentStatus.INTERRUPTED):
            entries.append(TimelineEntry(day=enrolment.completed_on, kind=TimelineKind.TRAINING,
                                         event=f"training_{enrolment.status}",
                                         ref_id=enrolment.id, params=params))
    return entries


def certificate_entries(certificates: Iterable[Certificate],
                        type_names: Mapping[int, str]) -> list[TimelineEntry]:
    """Every issue; the expiry only of the newest card of a type (a renewed one's is noise)."""
    certificates = list(certificates)
    entries = [TimelineEntry(day=c.issued_on, kind=TimelineKind.CERTIFICATE,
                             event="certificate_issued", ref_id=c.id,
                             params={"name": type_names.get(c.type_id, ""),
                                     "expires": c.expires_on})
               for c in certificates]
    for cert in current_certificates(certificates):
        if cert.expires_on is not None:
            entries.append(TimelineEntry(day=cert.expires_on, kind=TimelineKind.CERTIFICATE,
                                         event="certificate_expires", ref_id=cert.id,
                                         params={"name": type_names.get(cert.type_id, "")}))
    return entries


def coaching_entries(events: Iterable[CoachingEvent]) -> list[TimelineEntry]:
    """Each coaching event, and the next follow-up date set at the latest one."""
    events = sorted(events, key=lambda e: (e.day, e.id or 0))
    entries = [TimelineEntry(day=e.day, kind=TimelineKind.COACHING, event="coaching",
                             ref_id=e.id, params={"kind": e.kind, "mode": e.mode,
                                                  "minutes": e.minutes, "coach": e.coach_name})
               for e in events]
    if events and events[-1].next_follow_up is not None:
        last = events[-1]
        entries.append(TimelineEntry(day=last.next_follow_up, kind=TimelineKind.COACHING,
                                     event="follow_up_due", ref_id=last.id,
                                     params={"coach": last.coach_name}))
    return entries


def outcome_entries(outcomes: Iterable[Outcome]) -> list[TimelineEntry]:
    return [TimelineEntry(day=o.period_end, kind=TimelineKind.OUTCOME, event="outcome",
                          ref_id=o.id, params={"outcome": o.outcome,
                                               "readiness_start": o.readiness_start,
                                               "readiness_end": o.readiness_end})
            for o in outcomes]


@dataclass(frozen=True, kw_only=True)
class TimelineSources:
    """Everything recorded about one employee, as the timeline needs it."""

    contracts: tuple[PeriodFact, ...] = ()
    decisions: tuple[PeriodFact, ...] = ()
    enrolments: tuple[Enrolment, ...] = ()
    package_titles: Mapping[int, str] = field(default_factory=dict)
    certificates: tuple[Certificate, ...] = ()
    type_names: Mapping[int, str] = field(default_factory=dict)
    coaching: tuple[CoachingEvent, ...] = ()
    outcomes: tuple[Outcome, ...] = ()


def employee_timeline(sources: TimelineSources,
                      kinds: Iterable[TimelineKind] | None = None) -> list[TimelineEntry]:
    entries = [
        *period_entries(TimelineKind.CONTRACT, sources.contracts),
        *period_entries(TimelineKind.DECISION, sources.decisions),
        *enrolment_entries(sources.enrolments, sources.package_titles),
        *certificate_entries(sources.certificates, sources.type_names),
        *coaching_entries(sources.coaching),
        *outcome_entries(sources.outcomes),
    ]
    return merge_timeline(entries, kinds)
