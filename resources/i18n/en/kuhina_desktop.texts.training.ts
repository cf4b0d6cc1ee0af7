<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>“{field}” is too long: at most {max} characters.</source>
            <translation>“{field}” is too long: at most {max} characters.</translation>
        </message>
        <message>
            <source>“{field}” must be between {min} and {max} hours.</source>
            <translation>“{field}” must be between {min} and {max} hours.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a number of hours. Write it as 12 or 12,5.</source>
            <translation>“{field}”: “{text}” is not a number of hours. Write it as 12 or 12,5.</translation>
        </message>
        <message>
            <source>“{field}” must be zero or more and less than one million euros.</source>
            <translation>“{field}” must be zero or more and less than one million euros.</translation>
        </message>
        <message>
            <source>“{field}” must be 1–{max} months, or empty when the certificate never expires.</source>
            <translation>“{field}” must be 1–{max} months, or empty when the certificate never expires.</translation>
        </message>
        <message>
            <source>“{field}” must be 1–{max} minutes.</source>
            <translation>“{field}” must be 1–{max} minutes.</translation>
        </message>
        <message>
            <source>“{field}” must be a whole number from 1 to 5.</source>
            <translation>“{field}” must be a whole number from 1 to 5.</translation>
        </message>
        <message>
            <source>“{field}” must be more than 0 and at most {max} hours a week, or empty.</source>
            <translation>“{field}” must be more than 0 and at most {max} hours a week, or empty.</translation>
        </message>
        <message>
            <source>“{field}” cannot be in the future. Check the date.</source>
            <translation>“{field}” cannot be in the future. Check the date.</translation>
        </message>
        <message>
            <source>“{field}” is before the start date. Check both dates.</source>
            <translation>“{field}” is before the start date. Check both dates.</translation>
        </message>
        <message>
            <source>“{field}” is before the issue date. Check both dates.</source>
            <translation>“{field}” is before the issue date. Check both dates.</translation>
        </message>
        <message>
            <source>“{field}” is before the day of the coaching. Choose a later date.</source>
            <translation>“{field}” is before the day of the coaching. Choose a later date.</translation>
        </message>
        <message>
            <source>A completed training needs “{field}”. Fill in the day it was completed.</source>
            <translation>A completed training needs “{field}”. Fill in the day it was completed.</translation>
        </message>
        <message>
            <source>“{field}” is only for a completed or interrupted training. Clear it or change the status.</source>
            <translation>“{field}” is only for a completed or interrupted training. Clear it or change the status.</translation>
        </message>
        <message>
            <source>Choose the employee (“{field}”). Only employer coaching may be recorded without one.</source>
            <translation>Choose the employee (“{field}”). Only employer coaching may be recorded without one.</translation>
        </message>
        <message>
            <source>A certificate type called “{name}” already exists. Choose another name.</source>
            <translation>A certificate type called “{name}” already exists. Choose another name.</translation>
        </message>
        <message>
            <source>The training package “{title}” is archived. Restore it before enrolling anyone.</source>
            <translation>The training package “{title}” is archived. Restore it before enrolling anyone.</translation>
        </message>
        <message>
            <source>Choose at least one employee to enrol.</source>
            <translation>Choose at least one employee to enrol.</translation>
        </message>
        <message>
            <source>{name} is archived and cannot be enrolled. Nobody was enrolled.</source>
            <translation>{name} is archived and cannot be enrolled. Nobody was enrolled.</translation>
        </message>
        <message>
            <source>{name} is already enrolled in this package (planned or ongoing). Nobody was enrolled: open that enrolment instead.</source>
            <translation>{name} is already enrolled in this package (planned or ongoing). Nobody was enrolled: open that enrolment instead.</translation>
        </message>
        <message>
            <source>This training has already granted a certificate. Keep the status “completed”, or first remove the certificate on the Certificates tab.</source>
            <translation>This training has already granted a certificate. Keep the status “completed”, or first remove the certificate on the Certificates tab.</translation>
        </message>
        <message>
            <source>The role “{role}” already requires this certificate.</source>
            <translation>The role “{role}” already requires this certificate.</translation>
        </message>
        <message>
            <source>An outcome has already been recorded for this support decision. Open it from the list instead.</source>
            <translation>An outcome has already been recorded for this support decision. Open it from the list instead.</translation>
        </message>
        <message>
            <source>The record was not found: it may have been removed in the meantime. Nothing was changed.</source>
            <translation>The record was not found: it may have been removed in the meantime. Nothing was changed.</translation>
        </message>
        <message>
            <source>“{file}” cannot be kept as a scanned copy: use a PDF, JPEG or PNG file.</source>
            <translation>“{file}” cannot be kept as a scanned copy: use a PDF, JPEG or PNG file.</translation>
        </message>
        <message>
            <source>“{file}” is larger than {max_mb} MB. Scan it at a lower resolution or as a PDF.</source>
            <translation>“{file}” is larger than {max_mb} MB. Scan it at a lower resolution or as a PDF.</translation>
        </message>
        <message>
            <source>“{file}” could not be read ({detail}). Check that the file still exists.</source>
            <translation>“{file}” could not be read ({detail}). Check that the file still exists.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name of the certificate</source>
            <translation>Name of the certificate</translation>
        </message>
        <message>
            <source>Validity (months)</source>
            <translation>Validity (months)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation>Funder</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Qualification unit</source>
            <translation>Qualification unit</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Modules</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Planned hours</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Certificate granted</source>
            <translation>Certificate granted</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Training package</source>
            <translation>Training package</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Hours attended</translation>
        </message>
        <message>
            <source>Completion date</source>
            <translation>Completion date</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Certificate number</translation>
        </message>
        <message>
            <source>Original seen by</source>
            <translation>Original seen by</translation>
        </message>
        <message>
            <source>Scanned copy</source>
            <translation>Scanned copy</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Required certificate</source>
            <translation>Required certificate</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kind of coaching</source>
            <translation>Kind of coaching</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Duration (min)</source>
            <translation>Duration (min)</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Agreed actions</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <source>Support decision</source>
            <translation>Support decision</translation>
        </message>
        <message>
            <source>Support period start</source>
            <translation>Support period start</translation>
        </message>
        <message>
            <source>Support period end</source>
            <translation>Support period end</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Readiness at start</source>
            <translation>Readiness at start</translation>
        </message>
        <message>
            <source>Readiness at end</source>
            <translation>Readiness at end</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Hours a week</source>
            <translation>Hours a week</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibility</translation>
        </message>
        <message>
            <source>Language requirements</source>
            <translation>Language requirements</translation>
        </message>
        <message>
            <source>Support offered</source>
            <translation>Support offered</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
    </context>
</TS>
