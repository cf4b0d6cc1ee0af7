"""Names of the fields the change history lists, table by table.

The history lists the names the services record: a table's columns, or the fields of the
record a form saves. A name is looked up in this order, so that the history uses the words of
the form where that field is edited:

1. the form's own label (texts/<area>.py FIELD_LABELS) under the key that form uses for the
   field, e.g. ``coaching_kind`` for ``kind`` of ``coaching_events`` (FORM_KEYS, FORM_PREFIXES);
2. a name of this table only (TABLE_FIELDS), for what no form labels;
3. a label shared by every table (FIELD_LABELS, then HISTORY_FIELDS).

The same name means different things in different tables (``kind`` of a decision is the kind
of support, of a coaching event the kind of coaching), so a name is never looked up without its
table. ``tests/ui/test_audit_fields.py`` fails when a column of an audited table has no name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kuhina_desktop.messages import FIELD_LABELS, QT_TRANSLATE_NOOP

# The prefix a table's form puts before the field names in its FIELD_LABELS keys.
FORM_PREFIXES = {
    "decisions": "decision.",
    "support_parameters": "rates.",
    "contribution_rates": "rates.",
    "wage_months": "months.",
    "coaching_events": "coaching_",
    "outcomes": "outcome_",
    "job_opportunities": "opportunity_",
    "training_packages": "package_",
    "enrolments": "enrolment_",
    "certificates": "certificate_",
    "certificate_types": "cert_type_",
    "role_requirements": "requirement_",
}

# Columns stored under another name than the form's field: (table, name) -> FIELD_LABELS key.
FORM_KEYS = {
    ("decisions", "decision_date"): "decision.decided_on",
    ("decisions", "start_date"): "decision.start",
    ("decisions", "end_date"): "decision.end",
    ("decisions", "attachment_id"): "attachment",
    ("contracts", "start_date"): "start",
    ("contracts", "end_date"): "end",
    ("wage_months", "kela_compensated_cents"): "months.kela_compensated_pay",
    ("wage_months", "contributions_cents"): "months.employer_contributions",
    ("coaching_events", "event_date"): "coaching_day",
    ("training_packages", "start_date"): "package_start",
    ("training_packages", "end_date"): "package_end",
    ("enrolments", "start_date"): "enrolment_start",
    ("certificates", "attachment_id"): "certificate_scan",
    ("employee_health", "details"): "health_details",
}

# Names of one table that no form labels.
TABLE_FIELDS = {
    "association": {
        "created_at": QT_TRANSLATE_NOOP("HistoryFields", "created"),
    },
    "settings": {
        "key": QT_TRANSLATE_NOOP("HistoryFields", "setting"),
        "value": QT_TRANSLATE_NOOP("HistoryFields", "value"),
        "backup_of": QT_TRANSLATE_NOOP("HistoryFields", "backup copy mark"),
        "protection": QT_TRANSLATE_NOOP("HistoryFields", "password protection"),
        "retention_years": QT_TRANSLATE_NOOP("HistoryFields", "retention times"),
    },
    "rates": {
        "contribution_rates": QT_TRANSLATE_NOOP("HistoryFields", "employer contributions"),
        "support_parameters": QT_TRANSLATE_NOOP("HistoryFields", "support amounts"),
    },
    "contribution_rates": {
        "line": QT_TRANSLATE_NOOP("HistoryFields", "contribution"),
        "rate": QT_TRANSLATE_NOOP("HistoryFields", "percent"),
        "confirmed": QT_TRANSLATE_NOOP("HistoryFields", "confirmed"),
    },
    "employees": {
        "target_long_term_unemployed": QT_TRANSLATE_NOOP("HistoryFields",
                                                         "target group: long-term unemployed"),
        "target_immigrant": QT_TRANSLATE_NOOP("HistoryFields", "target group: immigrant"),
        "target_young": QT_TRANSLATE_NOOP("HistoryFields", "target group: young person"),
        "hetu_index": QT_TRANSLATE_NOOP("HistoryFields", "identity code"),
    },
    "contracts": {
        "warnings": QT_TRANSLATE_NOOP("HistoryFields", "warnings"),
    },
    "decisions": {
        "warnings": QT_TRANSLATE_NOOP("HistoryFields", "warnings"),
        "prorate_partial_months": QT_TRANSLATE_NOOP("HistoryFields", "partial months"),
    },
    "applications": {
        "snapshot": QT_TRANSLATE_NOOP("HistoryFields", "calculation"),
    },
    "application_corrections": {
        "made_at": QT_TRANSLATE_NOOP("HistoryFields", "corrected"),
        "reason": QT_TRANSLATE_NOOP("HistoryFields", "reason"),
        "before_json": QT_TRANSLATE_NOOP("HistoryFields", "figures before"),
        "after_json": QT_TRANSLATE_NOOP("HistoryFields", "figures after"),
    },
    "attachments": {
        "filename": QT_TRANSLATE_NOOP("HistoryFields", "file name"),
        "mime_type": QT_TRANSLATE_NOOP("HistoryFields", "file type"),
        "sha256": QT_TRANSLATE_NOOP("HistoryFields", "checksum"),
        "data": QT_TRANSLATE_NOOP("HistoryFields", "file"),
        "added_at": QT_TRANSLATE_NOOP("HistoryFields", "added"),
    },
    "wage_months": {
        "unpaid_absence_days": QT_TRANSLATE_NOOP("HistoryFields", "unpaid absence days"),
        "source": QT_TRANSLATE_NOOP("HistoryFields", "source"),
    },
    "due_item_marks": {
        "key": QT_TRANSLATE_NOOP("HistoryFields", "task"),
        "state": QT_TRANSLATE_NOOP("HistoryFields", "state"),
        "note": QT_TRANSLATE_NOOP("HistoryFields", "note"),
        "marked_at": QT_TRANSLATE_NOOP("HistoryFields", "marked"),
    },
    "import_presets": {
        "name": QT_TRANSLATE_NOOP("HistoryFields", "name"),
        "mapping": QT_TRANSLATE_NOOP("HistoryFields", "columns"),
    },
    "certificate_types": {
        "code": QT_TRANSLATE_NOOP("HistoryFields", "code"),
        "month_precision": QT_TRANSLATE_NOOP("HistoryFields",
                                             "valid to the end of the expiry month"),
    },
    "training_packages": {
        "archived": QT_TRANSLATE_NOOP("HistoryFields", "archived"),
    },
    "certificates": {
        "enrolment_id": QT_TRANSLATE_NOOP("HistoryFields", "training enrolment"),
    },
    "coaching_events": {
        "shareable": QT_TRANSLATE_NOOP("HistoryFields", "may be shared with the job coach"),
    },
    "job_opportunities": {
        "is_open": QT_TRANSLATE_NOOP("HistoryFields", "open"),
    },
}

# Names that mean the same in every table that has them.
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
    "employee_id": QT_TRANSLATE_NOOP("HistoryFields", "employee"),
    "decision_id": QT_TRANSLATE_NOOP("HistoryFields", "decision"),
    "application_id": QT_TRANSLATE_NOOP("HistoryFields", "application"),
    "backup_folder": QT_TRANSLATE_NOOP("HistoryFields", "backup folder"),
    "backup_warn_days": QT_TRANSLATE_NOOP("HistoryFields", "backup reminder"),
    "retention_reviewed_on": QT_TRANSLATE_NOOP("HistoryFields", "retention review"),
}


def _form_keys(table: str | None, name: str) -> list[str]:
    if table is None:
        return []
    keys = [FORM_KEYS[(table, name)]] if (table, name) in FORM_KEYS else []
    prefix = FORM_PREFIXES.get(table)
    if prefix is not None:
        keys += [prefix + name, prefix + name.removesuffix("_cents")]
    return keys


def field_source(name: str, table: str | None = None) -> tuple[str, str] | None:
    """(translation context, English source) of a field's name; None when it has none."""
    for key in _form_keys(table, name):
        if key in FIELD_LABELS:
            return "Fields", FIELD_LABELS[key]
    own = TABLE_FIELDS.get(table or "", {})
    if name in own:
        return "HistoryFields", own[name]
    if name in FIELD_LABELS:
        return "Fields", FIELD_LABELS[name]
    if name in HISTORY_FIELDS:
        return "HistoryFields", HISTORY_FIELDS[name]
    return None


def history_field_label(name: str, table: str | None = None) -> str:
    """Lower-case, as the names run on in a list ("IBAN" and "Y-tunnus" keep their capital)."""
    source = field_source(name, table)
    if source is None:
        label = name.removesuffix("_cents").replace("_", " ")
    else:
        label = QCoreApplication.translate(*source)
    if len(label) > 1 and label[1].islower():
        label = label[0].lower() + label[1:]
    return label
