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
            <source>“{field}” must be five digits, e.g. 80100.</source>
            <translation>“{field}” must be five digits, e.g. 80100.</translation>
        </message>
        <message>
            <source>“{field}”: “{value}” is not a language code. Write two- or three-letter codes separated by commas, e.g. fi, en, ru.</source>
            <translation>“{field}”: “{value}” is not a language code. Write two- or three-letter codes separated by commas, e.g. fi, en, ru.</translation>
        </message>
        <message>
            <source>“{field}”: “{value}” is not a known target group. Choose from the list.</source>
            <translation>“{field}”: “{value}” is not a known target group. Choose from the list.</translation>
        </message>
        <message>
            <source>A person with this henkilötunnus is already in the register ({other_name}). Open that person instead of adding a new one.</source>
            <translation>A person with this henkilötunnus is already in the register ({other_name}). Open that person instead of adding a new one.</translation>
        </message>
        <message>
            <source>The contract “{job_title}” ({start}–{end}) is still in force after {day}. End the contract first on the Contracts tab, then archive the person.</source>
            <translation>The contract “{job_title}” ({start}–{end}) is still in force after {day}. End the contract first on the Contracts tab, then archive the person.</translation>
        </message>
        <message>
            <source>The person was archived on {archived_on}, so a contract cannot continue after that day. Restore the person from the archive first.</source>
            <translation>The person was archived on {archived_on}, so a contract cannot continue after that day. Restore the person from the archive first.</translation>
        </message>
        <message>
            <source>The record was not found. It may have been changed in another window: close this window and open the record again.</source>
            <translation>The record was not found. It may have been changed in another window: close this window and open the record again.</translation>
        </message>
        <message>
            <source>Only a named health-data handler may see or change health data (partial work ability). The handlers are named in the employees view under “Health-data handlers”.</source>
            <translation>Only a named health-data handler may see or change health data (partial work ability). The handlers are named in the employees view under “Health-data handlers”.</translation>
        </message>
        <message>
            <source>Only a current health-data handler may change who the handlers are.</source>
            <translation>Only a current health-data handler may change who the handlers are.</translation>
        </message>
        <message>
            <source>Only a named health-data handler may include health-related data in a person's data export. Export the data without it, or ask a handler (named in the employees view under “Health-data handlers”) to make the export.</source>
            <translation>Only a named health-data handler may include health-related data in a person's data export. Export the data without it, or ask a handler (named in the employees view under “Health-data handlers”) to make the export.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a number. Write it as 37,5.</source>
            <translation>“{field}”: “{text}” is not a number. Write it as 37,5.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a percentage. Write it as 40 or 40,5.</source>
            <translation>“{field}”: “{text}” is not a percentage. Write it as 40 or 40,5.</translation>
        </message>
        <message>
            <source>“{field}” is before the start date. Check the dates.</source>
            <translation>“{field}” is before the start date. Check the dates.</translation>
        </message>
        <message>
            <source>“{field}” is before the start of the contract. Check the dates.</source>
            <translation>“{field}” is before the start of the contract. Check the dates.</translation>
        </message>
        <message>
            <source>“{field}”: a trial period may last at most {max_months} months, so it must end by {latest}.</source>
            <translation>“{field}”: a trial period may last at most {max_months} months, so it must end by {latest}.</translation>
        </message>
        <message>
            <source>“{field}” is after the end of the contract ({end}). The trial period must end by the last day of the contract.</source>
            <translation>“{field}” is after the end of the contract ({end}). The trial period must end by the last day of the contract.</translation>
        </message>
        <message>
            <source>The trial period ({trial_days} days) is more than half of the fixed term ({term_days} days). The law allows at most half: check the end of the trial period.</source>
            <translation>The trial period ({trial_days} days) is more than half of the fixed term ({term_days} days). The law allows at most half: check the end of the trial period.</translation>
        </message>
        <message>
            <source>“{field}” must be more than zero.</source>
            <translation>“{field}” must be more than zero.</translation>
        </message>
        <message>
            <source>“{field}” must be more than zero: the full-time weekly hours of the collective agreement, usually 37,5.</source>
            <translation>“{field}” must be more than zero: the full-time weekly hours of the collective agreement, usually 37,5.</translation>
        </message>
        <message>
            <source>“{field}” cannot be more than the sector's full-time hours ({full_time} h a week).</source>
            <translation>“{field}” cannot be more than the sector's full-time hours ({full_time} h a week).</translation>
        </message>
        <message>
            <source>Full-time hours of more than {limit} h a week are unusual. Check the full time of the collective agreement.</source>
            <translation>Full-time hours of more than {limit} h a week are unusual. Check the full time of the collective agreement.</translation>
        </message>
        <message>
            <source>“{field}” must be more than 0 % and less than 100 %.</source>
            <translation>“{field}” must be more than 0 % and less than 100 %.</translation>
        </message>
        <message>
            <source>The contract overlaps another contract of the same person ({other_start}–{other_end}). End the other contract first or change the dates.</source>
            <translation>The contract overlaps another contract of the same person ({other_start}–{other_end}). End the other contract first or change the dates.</translation>
        </message>
        <message>
            <source>The contract would start on {employment_start}, before the date {decided_on} of the support decision {decision}. A subsidy is not paid for employment that began before the decision: check the start date, or the decision's date under Decisions.</source>
            <translation>The contract would start on {employment_start}, before the date {decided_on} of the support decision {decision}. A subsidy is not paid for employment that began before the decision: check the start date, or the decision's date under Decisions.</translation>
        </message>
        <message>
            <source>The support decision {decision} requires at least {minimum} hours a week; the contract would have {weekly_hours}. Check the weekly hours, or the kind of support under Decisions.</source>
            <translation>The support decision {decision} requires at least {minimum} hours a week; the contract would have {weekly_hours}. Check the weekly hours, or the kind of support under Decisions.</translation>
        </message>
        <message>
            <source>The change does not fit the support decision {decision} ({decision_start}–{decision_end}). Check the contract against the decision.</source>
            <translation>The change does not fit the support decision {decision} ({decision_start}–{decision_end}). Check the contract against the decision.</translation>
        </message>
        <message>
            <source>“{field}” is before the day the consent was given.</source>
            <translation>“{field}” is before the day the consent was given.</translation>
        </message>
        <message>
            <source>The consent was already withdrawn on {withdrawn_on}.</source>
            <translation>The consent was already withdrawn on {withdrawn_on}.</translation>
        </message>
        <message>
            <source>“{field}” cannot be after today ({today}): a consent is withdrawn on the day the person says so. Check the year.</source>
            <translation>“{field}” cannot be after today ({today}): a consent is withdrawn on the day the person says so. Check the year.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>First names</source>
            <translation>First names</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Target groups</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Archived on</source>
            <translation>Archived on</translation>
        </message>
        <message>
            <source>Partial work ability</source>
            <translation>Partial work ability</translation>
        </message>
        <message>
            <source>Details of work ability</source>
            <translation>Details of work ability</translation>
        </message>
        <message>
            <source>Health-data handlers</source>
            <translation>Health-data handlers</translation>
        </message>
        <message>
            <source>Include health-related data</source>
            <translation>Include health-related data</translation>
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
            <source>End of trial period</source>
            <translation>End of trial period</translation>
        </message>
        <message>
            <source>Weekly hours</source>
            <translation>Weekly hours</translation>
        </message>
        <message>
            <source>Full-time weekly hours</source>
            <translation>Full-time weekly hours</translation>
        </message>
        <message>
            <source>Pay basis</source>
            <translation>Pay basis</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Pay</translation>
        </message>
        <message>
            <source>Collective agreement</source>
            <translation>Collective agreement</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Tailored tasks</source>
            <translation>Tailored tasks</translation>
        </message>
        <message>
            <source>Workplace</source>
            <translation>Workplace</translation>
        </message>
        <message>
            <source>Co-employment partner</source>
            <translation>Co-employment partner</translation>
        </message>
        <message>
            <source>Partner's share</source>
            <translation>Partner's share</translation>
        </message>
        <message>
            <source>What may be shared</source>
            <translation>What may be shared</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Shared with</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
    </context>
</TS>
