"""Words for the training area's codes: package types, statuses, coaching kinds, outcomes,
expiry marks and timeline events. One place, so that every tab and dialog says the same."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from kuhina_desktop.domain.training import (
    CoachingKind,
    CoachingMode,
    EnrolmentStatus,
    ExpiryMark,
    Funder,
    GapReason,
    OutcomeKind,
    PackageKind,
)
from kuhina_desktop.domain.training_timeline import TimelineEntry, TimelineKind
from kuhina_desktop.messages import QT_TRANSLATE_NOOP
from kuhina_desktop.ui import format as fmt

CONTEXT = "TrainingLabels"

_LABELS: dict[object, str] = {
    PackageKind.INDUCTION: QT_TRANSLATE_NOOP("TrainingLabels", "Induction"),
    PackageKind.EMPLOYER_SPECIFIC: QT_TRANSLATE_NOOP("TrainingLabels", "Employer-specific package"),
    PackageKind.COURSE: QT_TRANSLATE_NOOP("TrainingLabels", "Course"),
    PackageKind.QUALIFICATION_UNIT: QT_TRANSLATE_NOOP(
        "TrainingLabels", "Qualification unit (opinnollistaminen)"),
    Funder.ASSOCIATION: QT_TRANSLATE_NOOP("TrainingLabels", "The association"),
    Funder.KUHINA_ESR: QT_TRANSLATE_NOOP("TrainingLabels", "Kuhina / ESR+"),
    Funder.OTHER: QT_TRANSLATE_NOOP("TrainingLabels", "Other"),
    EnrolmentStatus.PLANNED: QT_TRANSLATE_NOOP("TrainingLabels", "Planned"),
    EnrolmentStatus.ONGOING: QT_TRANSLATE_NOOP("TrainingLabels", "Ongoing"),
    EnrolmentStatus.COMPLETED: QT_TRANSLATE_NOOP("TrainingLabels", "Completed"),
    EnrolmentStatus.INTERRUPTED: QT_TRANSLATE_NOOP("TrainingLabels", "Interrupted"),
    CoachingKind.INDIVIDUAL: QT_TRANSLATE_NOOP("TrainingLabels", "Individual coaching"),
    CoachingKind.EMPLOYER: QT_TRANSLATE_NOOP("TrainingLabels", "Employer coaching"),
    CoachingKind.START_SUPPORT: QT_TRANSLATE_NOOP("TrainingLabels", "Start-of-employment support"),
    CoachingKind.TASK_TAILORING: QT_TRANSLATE_NOOP("TrainingLabels", "Task tailoring"),
    CoachingKind.FOLLOW_UP: QT_TRANSLATE_NOOP("TrainingLabels", "Follow-up"),
    CoachingMode.ON_SITE: QT_TRANSLATE_NOOP("TrainingLabels", "On site"),
    CoachingMode.PHONE: QT_TRANSLATE_NOOP("TrainingLabels", "By phone"),
    CoachingMode.REMOTE: QT_TRANSLATE_NOOP("TrainingLabels", "Remote"),
    OutcomeKind.OPEN_MARKET_JOB: QT_TRANSLATE_NOOP("TrainingLabels",
                                                   "Job in the open labour market"),
    OutcomeKind.CONTINUES_UNSUPPORTED: QT_TRANSLATE_NOOP(
        "TrainingLabels", "Continues with the association without support"),
    OutcomeKind.EDUCATION: QT_TRANSLATE_NOOP("TrainingLabels", "Degree-oriented education"),
    OutcomeKind.OTHER_SERVICE: QT_TRANSLATE_NOOP("TrainingLabels", "Other service"),
    OutcomeKind.UNEMPLOYED: QT_TRANSLATE_NOOP("TrainingLabels", "Unemployed"),
    OutcomeKind.OTHER: QT_TRANSLATE_NOOP("TrainingLabels", "Other"),
    ExpiryMark.NO_EXPIRY: QT_TRANSLATE_NOOP("TrainingLabels", "No expiry"),
    ExpiryMark.VALID: QT_TRANSLATE_NOOP("TrainingLabels", "Valid"),
    ExpiryMark.WITHIN_90: QT_TRANSLATE_NOOP("TrainingLabels", "Expires within 90 days"),
    ExpiryMark.WITHIN_30: QT_TRANSLATE_NOOP("TrainingLabels", "Expires within 30 days"),
    ExpiryMark.EXPIRED: QT_TRANSLATE_NOOP("TrainingLabels", "Expired"),
    GapReason.MISSING: QT_TRANSLATE_NOOP("TrainingLabels", "Missing"),
    GapReason.EXPIRED: QT_TRANSLATE_NOOP("TrainingLabels", "Expired"),
    TimelineKind.CONTRACT: QT_TRANSLATE_NOOP("TrainingLabels", "Contracts"),
    TimelineKind.DECISION: QT_TRANSLATE_NOOP("TrainingLabels", "Support decisions"),
    TimelineKind.TRAINING: QT_TRANSLATE_NOOP("TrainingLabels", "Trainings"),
    TimelineKind.CERTIFICATE: QT_TRANSLATE_NOOP("TrainingLabels", "Certificates"),
    TimelineKind.COACHING: QT_TRANSLATE_NOOP("TrainingLabels", "Coaching"),
    TimelineKind.OUTCOME: QT_TRANSLATE_NOOP("TrainingLabels", "Outcome"),
}

#: One timeline entry's kind (the filters use the plural names above).
_ENTRY_KINDS = {
    TimelineKind.CONTRACT: QT_TRANSLATE_NOOP("TrainingLabels", "Contract"),
    TimelineKind.DECISION: QT_TRANSLATE_NOOP("TrainingLabels", "Support decision"),
    TimelineKind.TRAINING: QT_TRANSLATE_NOOP("TrainingLabels", "Training"),
    TimelineKind.CERTIFICATE: QT_TRANSLATE_NOOP("TrainingLabels", "Certificate"),
    TimelineKind.COACHING: QT_TRANSLATE_NOOP("TrainingLabels", "Coaching"),
    TimelineKind.OUTCOME: QT_TRANSLATE_NOOP("TrainingLabels", "Outcome"),
}

#: Support kinds as the decisions area names them; an unknown code is shown as it is.
_DECISION_KINDS = {
    "palkkatuki_50": QT_TRANSLATE_NOOP("TrainingLabels", "Pay subsidy 50 %"),
    "palkkatuki_70": QT_TRANSLATE_NOOP("TrainingLabels", "Pay subsidy 70 %"),
    "palkkatuki_100": QT_TRANSLATE_NOOP("TrainingLabels", "Pay subsidy 100 %"),
    "tyollistamistuki_55": QT_TRANSLATE_NOOP("TrainingLabels", "Employment subsidy 55+"),
    "kuntalisa": QT_TRANSLATE_NOOP("TrainingLabels", "Municipal supplement"),
    "tyollistamislisa": QT_TRANSLATE_NOOP("TrainingLabels", "Employment supplement"),
}

_EVENTS = {
    "contract_start": QT_TRANSLATE_NOOP("TrainingLabels", "Start of employment: {label}"),
    "contract_end": QT_TRANSLATE_NOOP("TrainingLabels", "End of employment: {label}"),
    "decision_start": QT_TRANSLATE_NOOP("TrainingLabels", "Start of support period: {label}"),
    "decision_end": QT_TRANSLATE_NOOP("TrainingLabels", "End of support period: {label}"),
    "training_start": QT_TRANSLATE_NOOP("TrainingLabels", "Start of training: {title}"),
    "training_completed": QT_TRANSLATE_NOOP(
        "TrainingLabels", "Training completed: {title} ({hours} h)"),
    "training_interrupted": QT_TRANSLATE_NOOP("TrainingLabels", "Training interrupted: {title}"),
    "certificate_issued": QT_TRANSLATE_NOOP("TrainingLabels", "Certificate gained: {name}"),
    "certificate_expires": QT_TRANSLATE_NOOP("TrainingLabels", "Certificate expires: {name}"),
    "coaching": QT_TRANSLATE_NOOP("TrainingLabels", "{kind}, {mode}, {minutes} min ({coach})"),
    "follow_up_due": QT_TRANSLATE_NOOP("TrainingLabels", "Next coaching follow-up ({coach})"),
    "outcome": QT_TRANSLATE_NOOP("TrainingLabels", "Outcome: {outcome}"),
}

MARK_COLOURS = {
    ExpiryMark.EXPIRED: QColor("#b00020"),
    ExpiryMark.WITHIN_30: QColor("#c25e00"),
    ExpiryMark.WITHIN_90: QColor("#8a6d00"),
}


def label(value: object) -> str:
    source = _LABELS.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else str(value)


def entry_kind(kind: TimelineKind) -> str:
    return QCoreApplication.translate(CONTEXT, _ENTRY_KINDS[kind])


def decision_kind(code: str) -> str:
    source = _DECISION_KINDS.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def hours(value) -> str:
    """12 → "12", 12.5 → "12,5": hours without trailing zeros."""
    text = f"{value.normalize():f}" if value is not None else ""
    return text.replace(".", ",")


def timeline_text(entry: TimelineEntry) -> str:
    params = dict(entry.params)
    if entry.kind == TimelineKind.DECISION:
        params["label"] = decision_kind(str(params.get("label", "")))
    for key in ("kind", "mode", "outcome"):
        if key in params:
            params[key] = label(params[key])
    if "mode" in params:  # mid-sentence: "Seuranta, etänä, 60 min"
        params["mode"] = params["mode"][:1].lower() + params["mode"][1:]
    if "hours" in params:
        params["hours"] = hours(params["hours"])
    text = QCoreApplication.translate(CONTEXT, _EVENTS.get(entry.event, entry.event))
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def readiness_change(start: int | None, end: int | None) -> str:
    if start is None or end is None:
        return ""
    return f"{start} → {end}"


def day(value: date | None) -> str:
    return fmt.day(value)
