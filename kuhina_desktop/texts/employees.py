"""Texts of the employee register: employees, contracts, consents, health data."""

from __future__ import annotations

from kuhina_desktop.texts import QT_TRANSLATE_NOOP

ERROR_TEXTS: dict[str, str] = {
    # employee
    "too_long": QT_TRANSLATE_NOOP("Errors", "“{field}” is too long: at most {max} characters."),
    "postal_code_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be five digits, e.g. 80100."),
    "language_code": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{value}” is not a language code. Write two- or three-letter codes "
        "separated by commas, e.g. fi, en, ru."),
    "target_group_unknown": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{value}” is not a known target group. Choose from the list."),
    "hetu_duplicate": QT_TRANSLATE_NOOP(
        "Errors", "A person with this henkilötunnus is already in the register ({other_name}). "
        "Open that person instead of adding a new one."),
    "archive_contract_in_force": QT_TRANSLATE_NOOP(
        "Errors", "The contract “{job_title}” ({start}–{end}) is still in force after {day}. "
        "End the contract first on the Contracts tab, then archive the person."),
    "employee_archived": QT_TRANSLATE_NOOP(
        "Errors", "The person was archived on {archived_on}, so a contract cannot continue "
        "after that day. Restore the person from the archive first."),
    "record_not_found": QT_TRANSLATE_NOOP(
        "Errors", "The record was not found. It may have been changed in another window: close "
        "this window and open the record again."),
    "health_data_denied": QT_TRANSLATE_NOOP(
        "Errors", "Only a named health-data handler may see or change health data (partial "
        "work ability). The handlers are named in the employees view under “Health-data "
        "handlers”."),
    "health_handlers_denied": QT_TRANSLATE_NOOP(
        "Errors", "Only a current health-data handler may change who the handlers are."),
    "health_export_denied": QT_TRANSLATE_NOOP(
        "Errors", "Only a named health-data handler may include health-related data in a "
        "person's data export. Export the data without it, or ask a handler (named in the "
        "employees view under “Health-data handlers”) to make the export."),
    "number_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{text}” is not a number. Write it as 37,5."),
    "percent_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{text}” is not a percentage. Write it as 40 or 40,5."),
    # contract
    "end_before_start": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is before the start date. Check the dates."),
    "trial_end_before_start": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is before the start of the contract. Check the dates."),
    "trial_too_long": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: a trial period may last at most {max_months} months, so it must "
        "end by {latest}."),
    "trial_after_contract_end": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is after the end of the contract ({end}). The trial period must "
        "end by the last day of the contract."),
    "trial_over_half_of_term": QT_TRANSLATE_NOOP(
        "Errors", "The trial period ({trial_days} days) is more than half of the fixed term "
        "({term_days} days). The law allows at most half: check the end of the trial period."),
    "weekly_hours_not_positive": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be more than zero."),
    "full_time_hours_not_positive": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be more than zero: the full-time weekly hours of the "
        "collective agreement, usually 37,5."),
    "weekly_hours_over_full_time": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” cannot be more than the sector's full-time hours ({full_time} h a "
        "week)."),
    "full_time_hours_unusual": QT_TRANSLATE_NOOP(
        "Errors", "Full-time hours of more than {limit} h a week are unusual. Check the full "
        "time of the collective agreement."),
    "pay_not_positive": QT_TRANSLATE_NOOP("Errors", "“{field}” must be more than zero."),
    "partner_share_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be more than 0 % and less than 100 %."),
    "contract_overlap": QT_TRANSLATE_NOOP(
        "Errors", "The contract overlaps another contract of the same person "
        "({other_start}–{other_end}). End the other contract first or change the dates."),
    "contract_starts_before_decision": QT_TRANSLATE_NOOP(
        "Errors", "The contract would start on {employment_start}, before the date "
        "{decided_on} of the support decision {decision}. A subsidy is not paid for employment "
        "that began before the decision: check the start date, or the decision's date under "
        "Decisions."),
    "contract_hours_below_decision_minimum": QT_TRANSLATE_NOOP(
        "Errors", "The support decision {decision} requires at least {minimum} hours a week; "
        "the contract would have {weekly_hours}. Check the weekly hours, or the kind of support "
        "under Decisions."),
    "contract_conflicts_decision": QT_TRANSLATE_NOOP(
        "Errors", "The change does not fit the support decision {decision} "
        "({decision_start}–{decision_end}). Check the contract against the decision."),
    # consent
    "withdrawn_before_given": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is before the day the consent was given."),
    "valid_until_before_given": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is before the day the consent was given."),
    "consent_already_withdrawn": QT_TRANSLATE_NOOP(
        "Errors", "The consent was already withdrawn on {withdrawn_on}."),
    "withdrawn_in_future": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” cannot be after today ({today}): a consent is withdrawn on the day "
        "the person says so. Check the year."),
}

FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Fields", "First names"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Languages"),
    "target_groups": QT_TRANSLATE_NOOP("Fields", "Target groups"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "archived_on": QT_TRANSLATE_NOOP("Fields", "Archived on"),
    "partial_work_ability": QT_TRANSLATE_NOOP("Fields", "Partial work ability"),
    "health_details": QT_TRANSLATE_NOOP("Fields", "Details of work ability"),
    "health_data_handlers": QT_TRANSLATE_NOOP("Fields", "Health-data handlers"),
    "include_health": QT_TRANSLATE_NOOP("Fields", "Include health-related data"),
    "start": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "end": QT_TRANSLATE_NOOP("Fields", "End date"),
    "trial_end": QT_TRANSLATE_NOOP("Fields", "End of trial period"),
    "weekly_hours": QT_TRANSLATE_NOOP("Fields", "Weekly hours"),
    "full_time_weekly_hours": QT_TRANSLATE_NOOP("Fields", "Full-time weekly hours"),
    "pay_basis": QT_TRANSLATE_NOOP("Fields", "Pay basis"),
    "pay_cents": QT_TRANSLATE_NOOP("Fields", "Pay"),
    "collective_agreement": QT_TRANSLATE_NOOP("Fields", "Collective agreement"),
    "job_title": QT_TRANSLATE_NOOP("Fields", "Job title"),
    "tailored_tasks": QT_TRANSLATE_NOOP("Fields", "Tailored tasks"),
    "workplace": QT_TRANSLATE_NOOP("Fields", "Workplace"),
    "partner_name": QT_TRANSLATE_NOOP("Fields", "Co-employment partner"),
    "partner_share": QT_TRANSLATE_NOOP("Fields", "Partner's share"),
    "scope": QT_TRANSLATE_NOOP("Fields", "What may be shared"),
    "recipient": QT_TRANSLATE_NOOP("Fields", "Shared with"),
    "given_on": QT_TRANSLATE_NOOP("Fields", "Given on"),
    "withdrawn_on": QT_TRANSLATE_NOOP("Fields", "Withdrawn on"),
    "valid_until": QT_TRANSLATE_NOOP("Fields", "Valid until"),
}
