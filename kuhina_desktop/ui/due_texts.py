"""How a due-list item reads on screen: what to do, and a note for weekend or holiday dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from kuhina_desktop.domain.deadlines import DayNote, DueGroup, DueItem, DueKind, in_sentence
from kuhina_desktop.ui import format as fmt


def _month(value: object) -> str:
    return f"{value.month}/{value.year}" if isinstance(value, date) else str(value)


def what_to_do(item: DueItem, today: date | None = None) -> str:
    """``today`` given: a date already past reads so ("Certificate expired"); a calendar entry,
    read on its own day, leaves it out."""
    p = item.params
    kind = item.kind
    if kind == DueKind.PAYMENT_APPLICATION:
        return QCoreApplication.translate("DueList", "Send the payment application for the period ending %1").replace(
            "%1", fmt.day(p.get("period_end")))
    if kind == DueKind.SUBSIDY_PERIOD_END:
        return QCoreApplication.translate("DueList", "Support period ends: apply for a continuation before it ends")
    if kind == DueKind.CONTRACT_END:
        return QCoreApplication.translate("DueList", "Fixed-term contract ends: decide whether it continues")
    if kind == DueKind.TRIAL_END:
        return QCoreApplication.translate("DueList", "Trial period ends")
    if kind == DueKind.CERTIFICATE_EXPIRY and today is not None and item.due_date < today:
        return QCoreApplication.translate("DueList", "Certificate expired: %1").replace(
            "%1", str(p.get("certificate_type", "")))
    if kind == DueKind.CERTIFICATE_EXPIRY:
        return QCoreApplication.translate("DueList", "Certificate expires: %1").replace("%1", str(p.get("certificate_type", "")))
    if kind == DueKind.CONSENT_EXPIRY:
        return QCoreApplication.translate("DueList", "Consent to share information expires: ask for a new one")
    if kind == DueKind.WAGE_MONTH_MISSING:
        return QCoreApplication.translate("DueList", "Enter the wage month %1").replace("%1", _month(p.get("month")))
    if kind == DueKind.RATE_TABLE:
        return QCoreApplication.translate("DueList", "Check and confirm the employer contribution rates of %1").replace(
            "%1", str(p.get("year", "")))
    return QCoreApplication.translate("DueList", "Yearly review of retention times (%1)").replace("%1", str(p.get("year", "")))


def group_title(group: DueGroup, count: int) -> str:
    titles = {
        DueGroup.OVERDUE: QCoreApplication.translate("DueList", "Overdue"),
        DueGroup.THIS_WEEK: QCoreApplication.translate("DueList", "This week"),
        DueGroup.NEXT_30_DAYS: QCoreApplication.translate("DueList", "Next 30 days"),
        DueGroup.LATER: QCoreApplication.translate("DueList", "Later"),
    }
    return f"{titles[group]} ({count})"


def day_note_text(note: DayNote | None) -> str:
    """Shown beside the date; the deadline itself is never moved."""
    if note is None:
        return ""
    next_day = fmt.day(note.next_working_day)
    if note.holiday_name:
        return QCoreApplication.translate("DueList", "%1 is a public holiday (%2); next working day %3").replace(
            "%1", fmt.day(note.day)).replace("%2", in_sentence(note.holiday_name)).replace("%3", next_day)
    return QCoreApplication.translate("DueList", "%1 is a weekend day; next working day %2").replace(
        "%1", fmt.day(note.day)).replace("%2", next_day)
