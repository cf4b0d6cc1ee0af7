"""Texts of support decisions, the subsidy engine, the calculation case and the rate tables.

Placeholders are the params of the engine's Issues and ValidationErrors; the UI formats dates,
amounts (``*_cents``) and decimals in the UI language before filling them in.
"""

from __future__ import annotations

from kuhina_desktop.texts import QT_TRANSLATE_NOOP

_ENGINE_TEXTS: dict[str, str] = {
    # Findings of validate_decision (errors block saving, warnings are shown and kept).
    "employment_starts_before_decision": QT_TRANSLATE_NOOP(
        "Errors", "The employment starts on {employment_start}, before the decision date "
        "{decided_on}. A subsidy is not paid for employment that began before the decision: "
        "check the decision date and the contract."),
    "weekly_hours_below_minimum": QT_TRANSLATE_NOOP(
        "Errors", "The contract has {weekly_hours} hours a week; this support requires at "
        "least {minimum} hours. Check the contract's weekly hours or the kind of support."),
    "public_support_exceeds_wage_costs": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: other public support {other_public_support_cents} is more than "
        "the month's wage costs {wage_costs_cents}. Public supports together may not exceed "
        "the wage costs."),
    "decision_starts_before_contract": QT_TRANSLATE_NOOP(
        "Errors", "The subsidy period starts on {decision_start}, but the contract only on "
        "{employment_start}. Days before the contract cannot be subsidised."),
    "contract_ends_before_decision": QT_TRANSLATE_NOOP(
        "Errors", "The contract ends on {employment_end}, before the subsidy period ends on "
        "{decision_end}. Extend the contract or tell the payer that the employment ends."),
    "wage_month_outside_period": QT_TRANSLATE_NOOP(
        "Errors", "The wage month {month} is outside the subsidy period: no support is "
        "computed for it."),
    "decision_longer_than_maximum": QT_TRANSLATE_NOOP(
        "Errors", "The subsidy period is longer than the usual maximum of {max_months} months "
        "for this support (it would end by {latest_end}). Check the dates against the "
        "decision."),
    "rehire_within_three_years": QT_TRANSLATE_NOOP(
        "Errors", "An earlier wage subsidy for this person ended on {previous_end}. The same "
        "employer can usually get a new subsidy for the same person only from {allowed_from} "
        "on. Check that the decision really was granted."),
    "working_time_cap_missing": QT_TRANSLATE_NOOP(
        "Errors", "The decision has no working-time cap, but this support is paid for at most "
        "{rule_pct} % of full working time. Check the decision and enter its cap (usually "
        "{rule_pct} %); without it, hours above the cap would be claimed and paid back later."),
    "working_time_cap_above_rule": QT_TRANSLATE_NOOP(
        "Errors", "The working-time cap {value_pct} % is above the {rule_pct} % of full working "
        "time that this support allows. Check the cap against the decision; hours above the "
        "rule would be claimed and paid back later."),
    # Values the engine cannot compute with.
    "decision_end_before_start": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the subsidy period ends ({end}) before it starts ({start})."),
    "employment_end_before_start": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the contract ends ({end}) before it starts ({start})."),
    "payment_period_invalid": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the payment period is 1, 2 or 3 months."),
    "deadline_months_invalid": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the application deadline is 1–12 months after the period."),
    "percent_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be between 0 and 100 %."),
    "working_time_cap_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be more than 0 and at most 100 % of full time."),
    "eligible_items_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the eligible cost items of a wage subsidy are set by law; they "
        "can be chosen only for a municipal supplement, an employment bonus or other support."),
    "contribution_coefficient_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be at least 1 (for example 1,23)."),
    "contribution_coefficient_missing": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is needed for the coefficient method (usually 1,23)."),
    "full_time_hours_invalid": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be more than zero (for example 37,5)."),
    "negative_hours": QT_TRANSLATE_NOOP("Errors", "“{field}” cannot be negative."),
    "negative_amount": QT_TRANSLATE_NOOP("Errors", "“{field}” cannot be negative."),
    "duplicate_month": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the month {month} is given twice."),
    "contribution_rates_missing": QT_TRANSLATE_NOOP(
        "Errors", "There are no employer contribution rates for {year}. Add the year in "
        "Settings → Rates (copy the previous year and check the rates), or enter the month's "
        "contributions."),
}

_CASE_TEXTS: dict[str, str] = {
    # The calculation case (docs/calc.md "Error codes") and the rate tables share these.
    "expected_object": QT_TRANSLATE_NOOP("Errors", "“{field}” must be an object."),
    "expected_list": QT_TRANSLATE_NOOP("Errors", "“{field}” must be a list."),
    "expected_string": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be text, such as \"1495.00\"."),
    "expected_integer": QT_TRANSLATE_NOOP("Errors", "“{field}” must be a whole number."),
    "expected_boolean": QT_TRANSLATE_NOOP("Errors", "“{field}” must be true or false."),
    "missing_field": QT_TRANSLATE_NOOP("Errors", "“{field}” is missing. Fill it in."),
    "unknown_field": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not a known field. Check its spelling."),
    "invalid_number": QT_TRANSLATE_NOOP("Errors", "“{field}” is not a number."),
    "too_many_decimals": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” has more than two decimals; an amount is euros and cents."),
    "negative_value": QT_TRANSLATE_NOOP("Errors", "“{field}” cannot be negative."),
    "out_of_range": QT_TRANSLATE_NOOP("Errors", "“{field}” is too large."),
    "invalid_date": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not a date (write it as 2026-03-05)."),
    "invalid_month": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not a month (write it as 2026-03)."),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the year must be between 1900 and 2999."),
    "unknown_kind": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not a known kind of support. Choose one of: {allowed}."),
    "invalid_choice": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not one of the allowed values."),
    "never_eligible": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: holiday compensation and tax-free allowances are never eligible "
        "costs."),
    "rate_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be at least 0 % and under 100 %."),
    "duplicate_rate_row": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: there are two rows for {key}. Keep one of them."),
    "malformed_rate_table": QT_TRANSLATE_NOOP(
        "Errors", "The rate table file is damaged (“{field}”). Reinstall Kuhina Desktop."),
    "rate_year_exists": QT_TRANSLATE_NOOP(
        "Errors", "The rates of {year} already exist. Edit them in the table instead."),
    "rate_year_missing": QT_TRANSLATE_NOOP(
        "Errors", "There are no rates of {year} to copy. Add that year first."),
}

_DECISION_TEXTS: dict[str, str] = {
    "dec_not_found": QT_TRANSLATE_NOOP(
        "Errors", "The decision was not found; it may have been deleted. Refresh the list."),
    "dec_employee_missing": QT_TRANSLATE_NOOP(
        "Errors", "Choose the employee the decision is for."),
    "dec_text_too_long": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is too long: at most {limit} characters."),
    "dec_number_taken": QT_TRANSLATE_NOOP(
        "Errors", "{payer} already has a decision numbered {number}. Check the number; a "
        "decision is entered only once."),
    "dec_has_applications": QT_TRANSLATE_NOOP(
        "Errors", "The decision has payment applications, so it cannot be deleted. End it by "
        "changing its end date instead."),
    "dec_locked_after_sending": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” can no longer be changed: a payment application of this decision "
        "has already been sent (the first for {period_start}–{period_end}), and the periods and "
        "amounts applied for come from these details. If the payer changed its decision, end "
        "this decision the day before the change applies, enter the change as a new decision "
        "from that day, and record a correction to an application already sent. Only the end "
        "date may move."),
    "dec_locked_field": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” can no longer be changed either."),
    "dec_end_changes_sent_period": QT_TRANSLATE_NOOP(
        "Errors", "The subsidy period cannot end on {end}: the payment application for "
        "{period_start}–{period_end} has already been sent, and this end would change that "
        "period. Move the end only beyond the periods applied for; for a change to a sent "
        "period, record a correction to its application."),
    "dec_overlaps": QT_TRANSLATE_NOOP(
        "Errors", "The subsidy period overlaps the decision {decision} ({start}–{end}) of the "
        "same person. The same wage costs cannot be subsidised twice: check the dates. If the "
        "new decision replaces the earlier one, end the earlier one the day before."),
    "dec_no_contract": QT_TRANSLATE_NOOP(
        "Errors", "The employee has no employment contract for the subsidy period yet, so the "
        "hours and dates could not be checked against it. Add the contract under Employees."),
    "dec_pdf_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} could not be read ({reason}). Nothing was changed."),
    "dec_pdf_too_big": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is {size_mb} MB; at most {limit_mb} MB can be attached. "
        "Scan the decision in black and white or with a lower resolution."),
    "dec_pdf_not_pdf": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is not a PDF. Save or scan the decision as a PDF and "
        "attach that. Nothing was changed."),
    "dec_number_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{text}” is not a number. Write it as 37,5."),
}

ERROR_TEXTS: dict[str, str] = {**_ENGINE_TEXTS, **_CASE_TEXTS, **_DECISION_TEXTS}

FIELD_LABELS: dict[str, str] = {
    "employee_id": QT_TRANSLATE_NOOP("Fields", "Employee"),
    "payer": QT_TRANSLATE_NOOP("Fields", "Payer"),
    "decision_number": QT_TRANSLATE_NOOP("Fields", "Decision number"),
    "conditions": QT_TRANSLATE_NOOP("Fields", "Conditions"),
    "attachment": QT_TRANSLATE_NOOP("Fields", "Decision PDF"),
    "decision.kind": QT_TRANSLATE_NOOP("Fields", "Kind of support"),
    "decision.decided_on": QT_TRANSLATE_NOOP("Fields", "Decision date"),
    "decision.start": QT_TRANSLATE_NOOP("Fields", "Subsidy period starts"),
    "decision.end": QT_TRANSLATE_NOOP("Fields", "Subsidy period ends"),
    "decision.percent": QT_TRANSLATE_NOOP("Fields", "Support percent"),
    "decision.monthly_cap": QT_TRANSLATE_NOOP("Fields", "Monthly cap"),
    "decision.working_time_cap": QT_TRANSLATE_NOOP("Fields", "Working-time cap"),
    "decision.payment_period_months": QT_TRANSLATE_NOOP("Fields", "Payment period"),
    "decision.contribution_method": QT_TRANSLATE_NOOP("Fields", "Employer contributions"),
    "decision.contribution_coefficient": QT_TRANSLATE_NOOP("Fields", "Coefficient"),
    "decision.eligible_items": QT_TRANSLATE_NOOP("Fields", "Eligible costs"),
    "decision.deadline_months_after": QT_TRANSLATE_NOOP("Fields", "Application deadline"),
    "employment.weekly_hours": QT_TRANSLATE_NOOP("Fields", "Weekly hours"),
    "employment.full_time_weekly_hours": QT_TRANSLATE_NOOP("Fields", "Full-time weekly hours"),
    "employment.start": QT_TRANSLATE_NOOP("Fields", "Contract start"),
    "employment.end": QT_TRANSLATE_NOOP("Fields", "Contract end"),
    "months.month": QT_TRANSLATE_NOOP("Fields", "Month"),
    "months.gross_pay": QT_TRANSLATE_NOOP("Fields", "Gross pay"),
    "months.supplements": QT_TRANSLATE_NOOP("Fields", "Supplements"),
    "months.holiday_pay": QT_TRANSLATE_NOOP("Fields", "Holiday pay"),
    "months.holiday_bonus": QT_TRANSLATE_NOOP("Fields", "Holiday bonus"),
    "months.holiday_compensation": QT_TRANSLATE_NOOP("Fields", "Holiday compensation"),
    "months.tax_free_allowances": QT_TRANSLATE_NOOP("Fields", "Tax-free allowances"),
    "months.kela_compensated_pay": QT_TRANSLATE_NOOP("Fields", "Pay compensated by Kela"),
    "months.employer_contributions": QT_TRANSLATE_NOOP("Fields", "Employer contributions"),
    "months.other_public_support": QT_TRANSLATE_NOOP("Fields", "Other public support"),
    "year": QT_TRANSLATE_NOOP("Fields", "Year"),
    "rates.year": QT_TRANSLATE_NOOP("Fields", "Year"),
    "rates.health_insurance_percent": QT_TRANSLATE_NOOP("Fields", "Health insurance %"),
    "rates.tyel_employer_percent": QT_TRANSLATE_NOOP("Fields", "TyEL pension, employer %"),
    "rates.unemployment_percent": QT_TRANSLATE_NOOP("Fields", "Unemployment insurance %"),
    "rates.accident_percent": QT_TRANSLATE_NOOP("Fields", "Accident insurance %"),
    "rates.group_life_percent": QT_TRANSLATE_NOOP("Fields", "Group life insurance %"),
    "rates.kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "rates.valid_from": QT_TRANSLATE_NOOP("Fields", "Valid from"),
    "rates.percent": QT_TRANSLATE_NOOP("Fields", "Support %"),
    "rates.monthly_cap": QT_TRANSLATE_NOOP("Fields", "Cap €/month"),
    "rates.working_time_cap": QT_TRANSLATE_NOOP("Fields", "Working-time cap %"),
    "rates.min_weekly_hours": QT_TRANSLATE_NOOP("Fields", "Min. h/week"),
    "rates.max_months": QT_TRANSLATE_NOOP("Fields", "Max. months"),
    "rates.contribution_coefficient": QT_TRANSLATE_NOOP("Fields", "Coefficient"),
}

# Names shown for codes in lists and forms; the UI translates them in these contexts.
KIND_NAMES: dict[str, str] = {
    "palkkatuki_50": QT_TRANSLATE_NOOP("SupportKinds", "Wage subsidy 50 %"),
    "palkkatuki_70": QT_TRANSLATE_NOOP("SupportKinds", "Wage subsidy 70 %"),
    "palkkatuki_100": QT_TRANSLATE_NOOP("SupportKinds", "Wage subsidy 100 % (association)"),
    "tyollistamistuki_55": QT_TRANSLATE_NOOP("SupportKinds", "Employment subsidy 55+"),
    "kuntalisa": QT_TRANSLATE_NOOP("SupportKinds", "Municipal supplement"),
    "tyollistamislisa": QT_TRANSLATE_NOOP("SupportKinds", "Employment bonus"),
    "other": QT_TRANSLATE_NOOP("SupportKinds", "Other"),
}

# Short names for the columns of lists, where the long ones would crowd out the payer.
KIND_SHORT_NAMES: dict[str, str] = {
    "palkkatuki_50": QT_TRANSLATE_NOOP("SupportKindsShort", "Wage subsidy 50 %"),
    "palkkatuki_70": QT_TRANSLATE_NOOP("SupportKindsShort", "Wage subsidy 70 %"),
    "palkkatuki_100": QT_TRANSLATE_NOOP("SupportKindsShort", "Wage subsidy 100 %"),
    "tyollistamistuki_55": QT_TRANSLATE_NOOP("SupportKindsShort", "Employment subsidy 55+"),
    "kuntalisa": QT_TRANSLATE_NOOP("SupportKindsShort", "Municipal supplement"),
    "tyollistamislisa": QT_TRANSLATE_NOOP("SupportKindsShort", "Employment bonus"),
    "other": QT_TRANSLATE_NOOP("SupportKindsShort", "Other"),
}

# The order of the kind menu: the association's usual subsidy first.
KIND_ORDER = ("palkkatuki_100", "palkkatuki_50", "palkkatuki_70", "tyollistamistuki_55",
              "kuntalisa", "tyollistamislisa", "other")

CONTRIBUTION_NAMES: dict[str, str] = {
    "health_insurance": QT_TRANSLATE_NOOP("Contributions", "Health insurance"),
    "tyel_employer": QT_TRANSLATE_NOOP("Contributions", "TyEL pension, employer"),
    "unemployment": QT_TRANSLATE_NOOP("Contributions", "Unemployment insurance"),
    "accident": QT_TRANSLATE_NOOP("Contributions", "Accident insurance"),
    "group_life": QT_TRANSLATE_NOOP("Contributions", "Group life insurance"),
}

COST_ITEM_NAMES: dict[str, str] = {
    "gross_pay": QT_TRANSLATE_NOOP("CostItems", "Gross pay"),
    "supplements": QT_TRANSLATE_NOOP("CostItems", "Supplements"),
    "holiday_pay": QT_TRANSLATE_NOOP("CostItems", "Holiday pay"),
    "holiday_bonus": QT_TRANSLATE_NOOP("CostItems", "Holiday bonus"),
    "employer_contributions": QT_TRANSLATE_NOOP("CostItems", "Employer contributions"),
}
