"""Texts for reports and exports."""

from __future__ import annotations

from kuhina_desktop.texts import QT_TRANSLATE_NOOP

ERROR_TEXTS: dict[str, str] = {
    "report": QT_TRANSLATE_NOOP("Errors", "The report could not be made: {message}"),
    "report_not_available": QT_TRANSLATE_NOOP(
        "Errors", "This report is not available in this version of the program yet."),
    "report_period_required": QT_TRANSLATE_NOOP(
        "Errors", "Choose the application period the calculation is for."),
    "report_period_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The application period was not recognised. Choose it from the list."),
    "report_period_form": QT_TRANSLATE_NOOP(
        "Errors", "“{period}” is not a payment period: give an application id, "
        "DECISION_ID:YYYY-MM-DD or a month YYYY-MM."),
    "report_period_none": QT_TRANSLATE_NOOP("Errors", "No payment period contains {period}."),
    "report_period_many": QT_TRANSLATE_NOOP(
        "Errors", "Several payment periods contain {period}: give --employee, or "
        "DECISION_ID:YYYY-MM-DD."),
    "report_employee_required": QT_TRANSLATE_NOOP("Errors", "Choose the employee first."),
    "report_font_missing": QT_TRANSLATE_NOOP(
        "Errors", "The report font is missing from the installation ({path}). Reinstall Kuhina "
        "Desktop."),
    "report_write_failed": QT_TRANSLATE_NOOP(
        "Errors", "The report could not be saved as {path}: {reason}. If the file is open in a "
        "PDF viewer, close it and try again, or choose another name."),
}
