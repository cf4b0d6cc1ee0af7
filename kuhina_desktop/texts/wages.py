"""Texts of wage months, payroll imports and payment applications.

ERROR_TEXTS and FIELD_LABELS are gathered by messages.py; the other tables (statuses, flags,
checklist items, import fields) are shown by the wage views with
QCoreApplication.translate("Wages", text).
"""

from __future__ import annotations

from kuhina_desktop.texts import QT_TRANSLATE_NOOP

ERROR_TEXTS: dict[str, str] = {
    # --- a wage month ---
    "wage_negative": QT_TRANSLATE_NOOP("Errors", "“{field}” cannot be negative."),
    "wage_absence_days": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be between 0 and {days}, the number of days in the month."),
    "wage_hours": QT_TRANSLATE_NOOP("Errors", "“{field}” must be between 0 and {max}."),
    "wage_number": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{text}” is not a number. Write days as 2 and hours as 162,5."),
    "wage_kela_above_pay": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is more than the month's pay (basic pay, supplements and holiday "
        "pay). It is the part of that pay for days Kela compensates; check the figure."),
    "wage_support_above_costs": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is more than the month's wage costs ({costs_cents}). Public "
        "support cannot exceed the costs; check the figure."),
    "wage_rates_missing": QT_TRANSLATE_NOOP(
        "Errors", "There is no contribution rate table for {year}, so the employer "
        "contributions cannot be computed. Type the actual contributions, or add the {year} "
        "rates in Settings."),
    "wage_employee_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The employee was not found; the list may be out of date. Reopen the view."),
    "wage_month_locked": QT_TRANSLATE_NOOP(
        "Errors", "The figures of {month} are locked: the payment application that includes "
        "them has been sent. Change them with “Correct…” in Payment applications, giving a "
        "reason."),
    "correction_reason_required": QT_TRANSLATE_NOOP(
        "Errors", "Write the reason for the correction; it is logged with the application."),
    "correction_reason_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The reason is too long (at most {max} characters)."),
    "correction_not_locked": QT_TRANSLATE_NOOP(
        "Errors", "This month is not part of a sent application, so it needs no correction: "
        "change it in the month grid."),
    # --- the import file and its mapping ---
    "import_file_empty": QT_TRANSLATE_NOOP(
        "Errors", "The file is empty. Export the wage report from the payroll service again."),
    "import_no_rows": QT_TRANSLATE_NOOP(
        "Errors", "The file has a header row but no rows of figures under it."),
    "import_file_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The file cannot be read as a table. Save it as CSV (semicolon-separated) "
        "or as an Excel workbook (.xlsx) and try again."),
    "import_encoding_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The characters of the file cannot be read. Save it as CSV UTF-8 and try "
        "again."),
    "import_xls_unsupported": QT_TRANSLATE_NOOP(
        "Errors", "Old Excel files (.xls) cannot be read. Open the file in Excel and save it "
        "as an Excel workbook (.xlsx) or as CSV."),
    "import_too_many_rows": QT_TRANSLATE_NOOP(
        "Errors", "The file has more than {max} rows. Split it into smaller files."),
    "import_mapping_column": QT_TRANSLATE_NOOP(
        "Errors", "Column {column} of the mapping is not in the file. Choose the columns again."),
    "import_mapping_duplicate": QT_TRANSLATE_NOOP(
        "Errors", "The column “{field}” is chosen for two figures. Each column can be used "
        "once."),
    "import_mapping_employee": QT_TRANSLATE_NOOP(
        "Errors", "Choose the column that identifies the employee: henkilötunnus, name, or "
        "first and last name."),
    "import_mapping_month": QT_TRANSLATE_NOOP(
        "Errors", "Choose the column that holds the month (or the pay period)."),
    "import_mapping_amounts": QT_TRANSLATE_NOOP(
        "Errors", "Choose at least one column of pay, such as basic gross pay."),
    "import_not_clean": QT_TRANSLATE_NOOP(
        "Errors", "Nothing was imported: {rejected} rows have problems. Fix them in the file "
        "(or change the mapping) and check the file again."),
    # --- a row of the import ---
    "import_row_too_wide": QT_TRANSLATE_NOOP(
        "Errors", "the row has {cells} values but the header has only {columns} columns, so "
        "the figures cannot be told apart. A decimal comma in a comma-separated file splits an "
        "amount in two: save the file with semicolons (;) as the separator, or put the amounts "
        "in quotes (\"2100,50\")."),
    "import_hetu_invalid": QT_TRANSLATE_NOOP(
        "Errors", "the henkilötunnus in “{field}” is not valid. Check it in the file."),
    "import_hetu_unknown": QT_TRANSLATE_NOOP(
        "Errors", "no employee has the henkilötunnus in “{field}”. Add the employee first, "
        "or check the code in the file."),
    "import_employee_missing": QT_TRANSLATE_NOOP(
        "Errors", "the row does not say whose figures they are: “{field}” is empty."),
    "import_name_unknown": QT_TRANSLATE_NOOP(
        "Errors", "no employee is called “{name}”. Check the spelling or add the employee "
        "first."),
    "import_name_ambiguous": QT_TRANSLATE_NOOP(
        "Errors", "several employees are called “{name}”. Use a henkilötunnus column to tell "
        "them apart."),
    "import_month_missing": QT_TRANSLATE_NOOP("Errors", "“{field}” is empty: the month is needed."),
    "import_month_invalid": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{text}” is not a month. Write it as 1/2026, 2026-01 or a date "
        "such as 31.1.2026."),
    "import_date_no_such_day": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the day {text} does not exist. Check the day and the month."),
    "import_month_range": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the period {text} spans several months. Give one row per "
        "calendar month."),
    "import_amount_invalid": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{text}” is not an amount of euros. Write it as 1234,50 or "
        "1 234,50."),
    "import_days_invalid": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{text}” is not a number of whole days."),
    "import_hours_invalid": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{text}” is not a number of hours. Write it as 162,5."),
    "import_duplicate": QT_TRANSLATE_NOOP(
        "Errors", "the same employee and month is already on row {other_row}. Keep one row per "
        "employee and month."),
    "import_month_locked": QT_TRANSLATE_NOOP(
        "Errors", "the figures of this employee and month are locked because their payment "
        "application has been sent. Leave the row out, or make a correction."),
    # --- payment applications ---
    "app_unknown": QT_TRANSLATE_NOOP("Errors", "The application was not found. Reopen the list."),
    "app_decision_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The support decision was not found. Reopen the list."),
    "app_period_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The decision has no payment period starting on {start}."),
    "app_contract_missing": QT_TRANSLATE_NOOP(
        "Errors", "The employee has no employment contract for the support period, so the "
        "working time is unknown. Add the contract in Employees."),
    "app_months_missing": QT_TRANSLATE_NOOP(
        "Errors", "The wage figures of {months} are missing. Enter them in Wage months first."),
    "app_already_sent": QT_TRANSLATE_NOOP(
        "Errors", "This application has already been sent; its figures are locked."),
    "app_not_sent": QT_TRANSLATE_NOOP(
        "Errors", "The application has not been marked sent yet. Mark it sent first."),
    "app_closed": QT_TRANSLATE_NOOP(
        "Errors", "The application is already paid in full or rejected."),
    "app_date_in_future": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is in the future. Give the day it really happened."),
    "app_sent_before_period_end": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be after the period has ended ({period_end}): support is "
        "applied for afterwards."),
    "app_paid_before_sent": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is before the application was sent ({sent_on}). Check the date."),
    "app_payment_amount": QT_TRANSLATE_NOOP("Errors", "“{field}” must be more than zero."),
    "app_payment_exceeds": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is more than what is still unpaid ({remaining_cents}). Check the "
        "amount on the payer's statement."),
    "app_reject_note_required": QT_TRANSLATE_NOOP(
        "Errors", "Write why the application was rejected (from the payer's decision)."),
    "app_note_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The note is too long (at most {max} characters)."),
    "preset_name_required": QT_TRANSLATE_NOOP("Errors", "Give the mapping a name."),
    "preset_name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The name is too long (at most {max} characters)."),
}

FIELD_LABELS: dict[str, str] = {
    "gross_pay": QT_TRANSLATE_NOOP("Fields", "Basic gross pay"),
    "supplements": QT_TRANSLATE_NOOP("Fields", "Supplements"),
    "holiday_pay": QT_TRANSLATE_NOOP("Fields", "Holiday pay"),
    "holiday_bonus": QT_TRANSLATE_NOOP("Fields", "Holiday bonus"),
    "holiday_compensation": QT_TRANSLATE_NOOP("Fields", "Holiday compensation"),
    "tax_free_allowances": QT_TRANSLATE_NOOP("Fields", "Tax-free allowances"),
    "kela_compensated_pay": QT_TRANSLATE_NOOP("Fields", "Pay compensated by Kela"),
    "other_public_support": QT_TRANSLATE_NOOP("Fields", "Other public support"),
    "unpaid_absence_days": QT_TRANSLATE_NOOP("Fields", "Unpaid absence days"),
    "hours": QT_TRANSLATE_NOOP("Fields", "Hours"),
    "employer_contributions": QT_TRANSLATE_NOOP("Fields", "Employer contributions"),
    "wage_employee": QT_TRANSLATE_NOOP("Fields", "Employee"),
    "wage_month": QT_TRANSLATE_NOOP("Fields", "Month"),
    "correction_reason": QT_TRANSLATE_NOOP("Fields", "Reason for the correction"),
    "import_file": QT_TRANSLATE_NOOP("Fields", "File"),
    "preset_name": QT_TRANSLATE_NOOP("Fields", "Name of the mapping"),
    "payment_application": QT_TRANSLATE_NOOP("Fields", "Payment application"),
    "payment_period": QT_TRANSLATE_NOOP("Fields", "Payment period"),
    "support_decision": QT_TRANSLATE_NOOP("Fields", "Support decision"),
    "employment_contract": QT_TRANSLATE_NOOP("Fields", "Employment contract"),
    "sent_on": QT_TRANSLATE_NOOP("Fields", "Sent on"),
    "paid_on": QT_TRANSLATE_NOOP("Fields", "Paid on"),
    "payment_amount": QT_TRANSLATE_NOOP("Fields", "Amount paid"),
    "rejection_note": QT_TRANSLATE_NOOP("Fields", "Reason for the rejection"),
}

# Import mapping targets that are not wage items (the items use FIELD_LABELS).
IMPORT_FIELD_LABELS: dict[str, str] = {
    "hetu": QT_TRANSLATE_NOOP("Wages", "Henkilötunnus"),
    "name": QT_TRANSLATE_NOOP("Wages", "Name"),
    "first_name": QT_TRANSLATE_NOOP("Wages", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Wages", "Last name"),
    "month": QT_TRANSLATE_NOOP("Wages", "Month"),
}

STATUS_TEXTS: dict[str, str] = {
    "not_due": QT_TRANSLATE_NOOP("Wages", "Not yet due"),
    "ready": QT_TRANSLATE_NOOP("Wages", "Ready to apply"),
    "draft": QT_TRANSLATE_NOOP("Wages", "Draft"),
    "sent": QT_TRANSLATE_NOOP("Wages", "Sent"),
    "paid": QT_TRANSLATE_NOOP("Wages", "Paid"),
    "partly_paid": QT_TRANSLATE_NOOP("Wages", "Partly paid"),
    "rejected": QT_TRANSLATE_NOOP("Wages", "Rejected"),
    "overdue": QT_TRANSLATE_NOOP("Wages", "Overdue"),
}

FLAG_TEXTS: dict[str, str] = {
    "outside_decision": QT_TRANSLATE_NOOP("Wages", "Outside every decision"),
    "missing": QT_TRANSLATE_NOOP("Wages", "Missing"),
    "locked": QT_TRANSLATE_NOOP("Wages", "Locked (application sent)"),
}

CHECKLIST_TEXTS: dict[str, str] = {
    "decision_number": QT_TRANSLATE_NOOP("Wages", "The decision number on the form: {number}"),
    "employment_contract": QT_TRANSLATE_NOOP(
        "Wages", "A copy of the employment contract (first application of the decision)"),
    "payslips": QT_TRANSLATE_NOOP(
        "Wages", "The payslips (palkkalaskelmat) of the period, or the Incomes Register report"),
    "kela_decision": QT_TRANSLATE_NOOP(
        "Wages", "Kela's decision on the daily allowance for the sick-leave days"),
    "other_support": QT_TRANSLATE_NOOP(
        "Wages", "A statement of the other public support for the same costs"),
}

# Why a period's amount cannot be computed yet (the list's tooltip).
PROBLEM_TEXTS: dict[str, str] = {
    "app_months_missing": QT_TRANSLATE_NOOP("Wages", "Wage figures missing for the period"),
    "app_contract_missing": QT_TRANSLATE_NOOP("Wages", "No employment contract for the period"),
    "other": QT_TRANSLATE_NOOP("Wages", "The support cannot be computed: check the decision"),
}
