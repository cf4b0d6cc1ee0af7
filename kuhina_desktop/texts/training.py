"""Texts of training packages, certificates, job coaching, outcomes and job opportunities.

Field keys carry their record's prefix (``package_title``, ``coaching_day``) so that they
cannot collide with another area's fields of the same name.
"""

from __future__ import annotations

from kuhina_desktop.texts import QT_TRANSLATE_NOOP

ERROR_TEXTS: dict[str, str] = {
    "tr_too_long": QT_TRANSLATE_NOOP("Errors", "“{field}” is too long: at most {max} characters."),
    "tr_hours_range": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be between {min} and {max} hours."),
    "tr_hours_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{text}” is not a number of hours. Write it as 12 or 12,5."),
    "tr_cost_range": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be zero or more and less than one million euros."),
    "tr_validity_range": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be 1–{max} months, or empty when the certificate never "
        "expires."),
    "tr_minutes_range": QT_TRANSLATE_NOOP("Errors", "“{field}” must be 1–{max} minutes."),
    "tr_readiness_range": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be a whole number from 1 to 5."),
    "tr_weekly_hours_range": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be more than 0 and at most {max} hours a week, or empty."),
    "tr_date_in_future": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” cannot be in the future. Check the date."),
    "tr_end_before_start": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is before the start date. Check both dates."),
    "tr_expires_before_issued": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is before the issue date. Check both dates."),
    "tr_follow_up_before_event": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is before the day of the coaching. Choose a later date."),
    "tr_completion_date_needed": QT_TRANSLATE_NOOP(
        "Errors", "A completed training needs “{field}”. Fill in the day it was completed."),
    "tr_completion_date_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is only for a completed or interrupted training. Clear it or "
        "change the status."),
    "tr_employee_needed": QT_TRANSLATE_NOOP(
        "Errors", "Choose the employee (“{field}”). Only employer coaching may be recorded "
        "without one."),
    "tr_type_name_taken": QT_TRANSLATE_NOOP(
        "Errors", "A certificate type called “{name}” already exists. Choose another name."),
    "tr_package_archived": QT_TRANSLATE_NOOP(
        "Errors", "The training package “{title}” is archived. Restore it before enrolling "
        "anyone."),
    "tr_no_employees": QT_TRANSLATE_NOOP("Errors", "Choose at least one employee to enrol."),
    "tr_employee_archived": QT_TRANSLATE_NOOP(
        "Errors", "{name} is archived and cannot be enrolled. Nobody was enrolled."),
    "tr_already_enrolled": QT_TRANSLATE_NOOP(
        "Errors", "{name} is already enrolled in this package (planned or ongoing). Nobody "
        "was enrolled: open that enrolment instead."),
    "tr_certificate_granted": QT_TRANSLATE_NOOP(
        "Errors", "This training has already granted a certificate. Keep the status "
        "“completed”, or first remove the certificate on the Certificates tab."),
    "tr_requirement_exists": QT_TRANSLATE_NOOP(
        "Errors", "The role “{role}” already requires this certificate."),
    "tr_outcome_exists": QT_TRANSLATE_NOOP(
        "Errors", "An outcome has already been recorded for this support decision. Open it "
        "from the list instead."),
    "tr_not_found": QT_TRANSLATE_NOOP(
        "Errors", "The record was not found: it may have been removed in the meantime. "
        "Nothing was changed."),
    "tr_scan_type": QT_TRANSLATE_NOOP(
        "Errors", "“{file}” cannot be kept as a scanned copy: use a PDF, JPEG or PNG file."),
    "tr_scan_too_big": QT_TRANSLATE_NOOP(
        "Errors", "“{file}” is larger than {max_mb} MB. Scan it at a lower resolution or as "
        "a PDF."),
    "tr_scan_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "“{file}” could not be read ({detail}). Check that the file still exists."),
}

FIELD_LABELS: dict[str, str] = {
    "cert_type_name": QT_TRANSLATE_NOOP("Fields", "Name of the certificate"),
    "cert_type_validity_months": QT_TRANSLATE_NOOP("Fields", "Validity (months)"),
    "cert_type_notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "package_title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "package_kind": QT_TRANSLATE_NOOP("Fields", "Type"),
    "package_funder": QT_TRANSLATE_NOOP("Fields", "Funder"),
    "package_provider": QT_TRANSLATE_NOOP("Fields", "Provider"),
    "package_qualification_unit": QT_TRANSLATE_NOOP("Fields", "Qualification unit"),
    "package_modules": QT_TRANSLATE_NOOP("Fields", "Modules"),
    "package_planned_hours": QT_TRANSLATE_NOOP("Fields", "Planned hours"),
    "package_cost_cents": QT_TRANSLATE_NOOP("Fields", "Cost"),
    "package_start": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "package_end": QT_TRANSLATE_NOOP("Fields", "End date"),
    "package_certificate_type_id": QT_TRANSLATE_NOOP("Fields", "Certificate granted"),
    "enrolment_employee_id": QT_TRANSLATE_NOOP("Fields", "Employee"),
    "enrolment_package_id": QT_TRANSLATE_NOOP("Fields", "Training package"),
    "enrolment_status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "enrolment_start": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "enrolment_hours_attended": QT_TRANSLATE_NOOP("Fields", "Hours attended"),
    "enrolment_completed_on": QT_TRANSLATE_NOOP("Fields", "Completion date"),
    "enrolment_result": QT_TRANSLATE_NOOP("Fields", "Result"),
    "certificate_employee_id": QT_TRANSLATE_NOOP("Fields", "Employee"),
    "certificate_type_id": QT_TRANSLATE_NOOP("Fields", "Certificate"),
    "certificate_issued_on": QT_TRANSLATE_NOOP("Fields", "Issued"),
    "certificate_expires_on": QT_TRANSLATE_NOOP("Fields", "Expires"),
    "certificate_issuer": QT_TRANSLATE_NOOP("Fields", "Issuer"),
    "certificate_number": QT_TRANSLATE_NOOP("Fields", "Certificate number"),
    "certificate_verified_by": QT_TRANSLATE_NOOP("Fields", "Original seen by"),
    "certificate_scan": QT_TRANSLATE_NOOP("Fields", "Scanned copy"),
    "requirement_job_title": QT_TRANSLATE_NOOP("Fields", "Role"),
    "requirement_certificate_type_id": QT_TRANSLATE_NOOP("Fields", "Required certificate"),
    "coaching_employee_id": QT_TRANSLATE_NOOP("Fields", "Employee"),
    "coaching_day": QT_TRANSLATE_NOOP("Fields", "Date"),
    "coaching_coach_name": QT_TRANSLATE_NOOP("Fields", "Coach"),
    "coaching_organisation": QT_TRANSLATE_NOOP("Fields", "Organisation"),
    "coaching_kind": QT_TRANSLATE_NOOP("Fields", "Kind of coaching"),
    "coaching_mode": QT_TRANSLATE_NOOP("Fields", "How"),
    "coaching_minutes": QT_TRANSLATE_NOOP("Fields", "Duration (min)"),
    "coaching_summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "coaching_agreed_actions": QT_TRANSLATE_NOOP("Fields", "Agreed actions"),
    "coaching_next_follow_up": QT_TRANSLATE_NOOP("Fields", "Next follow-up"),
    "outcome_employee_id": QT_TRANSLATE_NOOP("Fields", "Employee"),
    "outcome_decision_id": QT_TRANSLATE_NOOP("Fields", "Support decision"),
    "outcome_period_start": QT_TRANSLATE_NOOP("Fields", "Support period start"),
    "outcome_period_end": QT_TRANSLATE_NOOP("Fields", "Support period end"),
    "outcome_outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "outcome_readiness_start": QT_TRANSLATE_NOOP("Fields", "Readiness at start"),
    "outcome_readiness_end": QT_TRANSLATE_NOOP("Fields", "Readiness at end"),
    "outcome_details": QT_TRANSLATE_NOOP("Fields", "Details"),
    "opportunity_title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "opportunity_description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "opportunity_weekly_hours": QT_TRANSLATE_NOOP("Fields", "Hours a week"),
    "opportunity_place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "opportunity_accessibility": QT_TRANSLATE_NOOP("Fields", "Accessibility"),
    "opportunity_language_requirements": QT_TRANSLATE_NOOP("Fields", "Language requirements"),
    "opportunity_support_offered": QT_TRANSLATE_NOOP("Fields", "Support offered"),
    "opportunity_contact": QT_TRANSLATE_NOOP("Fields", "Contact"),
}
