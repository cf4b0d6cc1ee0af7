"""Names of the fields the change history lists, for columns no area has labelled yet.

An area's own FIELD_LABELS (texts/<area>.py) win; these cover the core schema so the history
never shows a raw column name such as ``gross_pay_cents`` to the treasurer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kuhina_desktop.messages import FIELD_LABELS, QT_TRANSLATE_NOOP

HISTORY_FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("HistoryFields", "first name"),
    "last_name": QT_TRANSLATE_NOOP("HistoryFields", "last name"),
    "hetu": QT_TRANSLATE_NOOP("HistoryFields", "identity code"),
    "birth_date": QT_TRANSLATE_NOOP("HistoryFields", "birth date"),
    "street": QT_TRANSLATE_NOOP("HistoryFields", "street address"),
    "postal_code": QT_TRANSLATE_NOOP("HistoryFields", "postal code"),
    "city": QT_TRANSLATE_NOOP("HistoryFields", "city"),
    "phone": QT_TRANSLATE_NOOP("HistoryFields", "phone"),
    "email": QT_TRANSLATE_NOOP("HistoryFields", "e-mail"),
    "notes": QT_TRANSLATE_NOOP("HistoryFields", "notes"),
    "archived_on": QT_TRANSLATE_NOOP("HistoryFields", "archived"),
    "created_at": QT_TRANSLATE_NOOP("HistoryFields", "added"),
    "updated_at": QT_TRANSLATE_NOOP("HistoryFields", "changed"),
    "start_date": QT_TRANSLATE_NOOP("HistoryFields", "start"),
    "end_date": QT_TRANSLATE_NOOP("HistoryFields", "end"),
    "weekly_hours": QT_TRANSLATE_NOOP("HistoryFields", "weekly hours"),
    "full_time_weekly_hours": QT_TRANSLATE_NOOP("HistoryFields", "full-time hours"),
    "pay_basis": QT_TRANSLATE_NOOP("HistoryFields", "pay basis"),
    "pay_cents": QT_TRANSLATE_NOOP("HistoryFields", "pay"),
    "job_title": QT_TRANSLATE_NOOP("HistoryFields", "job title"),
    "month": QT_TRANSLATE_NOOP("HistoryFields", "month"),
    "gross_pay_cents": QT_TRANSLATE_NOOP("HistoryFields", "gross pay"),
    "hours": QT_TRANSLATE_NOOP("HistoryFields", "hours"),
    "kind": QT_TRANSLATE_NOOP("HistoryFields", "support kind"),
    "payer": QT_TRANSLATE_NOOP("HistoryFields", "payer"),
    "decision_date": QT_TRANSLATE_NOOP("HistoryFields", "decision date"),
    "percent": QT_TRANSLATE_NOOP("HistoryFields", "percent"),
    "monthly_cap_cents": QT_TRANSLATE_NOOP("HistoryFields", "monthly cap"),
    "payment_period_months": QT_TRANSLATE_NOOP("HistoryFields", "payment period"),
    "period_start": QT_TRANSLATE_NOOP("HistoryFields", "period start"),
    "period_end": QT_TRANSLATE_NOOP("HistoryFields", "period end"),
    "status": QT_TRANSLATE_NOOP("HistoryFields", "status"),
    "amount_cents": QT_TRANSLATE_NOOP("HistoryFields", "amount"),
    "sent_on": QT_TRANSLATE_NOOP("HistoryFields", "sent"),
    "paid_on": QT_TRANSLATE_NOOP("HistoryFields", "paid"),
    "scope": QT_TRANSLATE_NOOP("HistoryFields", "scope"),
    "given_on": QT_TRANSLATE_NOOP("HistoryFields", "given"),
    "employee_id": QT_TRANSLATE_NOOP("HistoryFields", "employee"),
    "decision_id": QT_TRANSLATE_NOOP("HistoryFields", "decision"),
    "application_id": QT_TRANSLATE_NOOP("HistoryFields", "application"),
    "backup_folder": QT_TRANSLATE_NOOP("HistoryFields", "backup folder"),
    "backup_warn_days": QT_TRANSLATE_NOOP("HistoryFields", "backup reminder"),
    "retention_reviewed_on": QT_TRANSLATE_NOOP("HistoryFields", "retention review"),
}


def history_field_label(name: str) -> str:
    """Lower-case, as the names run on in a list ("IBAN" and "Y-tunnus" keep their capital)."""
    if name in FIELD_LABELS:
        label = QCoreApplication.translate("Fields", FIELD_LABELS[name])
    elif name in HISTORY_FIELDS:
        label = QCoreApplication.translate("HistoryFields", HISTORY_FIELDS[name])
    else:
        label = name.removesuffix("_cents").replace("_", " ")
    if len(label) > 1 and label[1].islower():
        label = label[0].lower() + label[1:]
    return label
