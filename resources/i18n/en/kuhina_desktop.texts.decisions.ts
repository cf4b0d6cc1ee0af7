<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Contributions</name>
        <message>
            <source>Health insurance</source>
            <translation>Health insurance</translation>
        </message>
        <message>
            <source>TyEL pension, employer</source>
            <translation>TyEL pension, employer</translation>
        </message>
        <message>
            <source>Unemployment insurance</source>
            <translation>Unemployment insurance</translation>
        </message>
        <message>
            <source>Accident insurance</source>
            <translation>Accident insurance</translation>
        </message>
        <message>
            <source>Group life insurance</source>
            <translation>Group life insurance</translation>
        </message>
    </context>
    <context>
        <name>CostItems</name>
        <message>
            <source>Gross pay</source>
            <translation>Gross pay</translation>
        </message>
        <message>
            <source>Supplements</source>
            <translation>Supplements</translation>
        </message>
        <message>
            <source>Holiday pay</source>
            <translation>Holiday pay</translation>
        </message>
        <message>
            <source>Holiday bonus</source>
            <translation>Holiday bonus</translation>
        </message>
        <message>
            <source>Employer contributions</source>
            <translation>Employer contributions</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The employment starts on {employment_start}, before the decision date {decided_on}. A subsidy is not paid for employment that began before the decision: check the decision date and the contract.</source>
            <translation>The employment starts on {employment_start}, before the decision date {decided_on}. A subsidy is not paid for employment that began before the decision: check the decision date and the contract.</translation>
        </message>
        <message>
            <source>The contract has {weekly_hours} hours a week; this support requires at least {minimum} hours. Check the contract's weekly hours or the kind of support.</source>
            <translation>The contract has {weekly_hours} hours a week; this support requires at least {minimum} hours. Check the contract's weekly hours or the kind of support.</translation>
        </message>
        <message>
            <source>“{field}”: other public support {other_public_support_cents} is more than the month's wage costs {wage_costs_cents}. Public supports together may not exceed the wage costs.</source>
            <translation>“{field}”: other public support {other_public_support_cents} is more than the month's wage costs {wage_costs_cents}. Public supports together may not exceed the wage costs.</translation>
        </message>
        <message>
            <source>The subsidy period starts on {decision_start}, but the contract only on {employment_start}. Days before the contract cannot be subsidised.</source>
            <translation>The subsidy period starts on {decision_start}, but the contract only on {employment_start}. Days before the contract cannot be subsidised.</translation>
        </message>
        <message>
            <source>The contract ends on {employment_end}, before the subsidy period ends on {decision_end}. Extend the contract or tell the payer that the employment ends.</source>
            <translation>The contract ends on {employment_end}, before the subsidy period ends on {decision_end}. Extend the contract or tell the payer that the employment ends.</translation>
        </message>
        <message>
            <source>The wage month {month} is outside the subsidy period: no support is computed for it.</source>
            <translation>The wage month {month} is outside the subsidy period: no support is computed for it.</translation>
        </message>
        <message>
            <source>The subsidy period is longer than the usual maximum of {max_months} months for this support (it would end by {latest_end}). Check the dates against the decision.</source>
            <translation>The subsidy period is longer than the usual maximum of {max_months} months for this support (it would end by {latest_end}). Check the dates against the decision.</translation>
        </message>
        <message>
            <source>An earlier wage subsidy for this person ended on {previous_end}. The same employer can usually get a new subsidy for the same person only from {allowed_from} on. Check that the decision really was granted.</source>
            <translation>An earlier wage subsidy for this person ended on {previous_end}. The same employer can usually get a new subsidy for the same person only from {allowed_from} on. Check that the decision really was granted.</translation>
        </message>
        <message>
            <source>The decision has no working-time cap, but this support is paid for at most {rule_pct} % of full working time. Check the decision and enter its cap (usually {rule_pct} %); without it, hours above the cap would be claimed and paid back later.</source>
            <translation>The decision has no working-time cap, but this support is paid for at most {rule_pct} % of full working time. Check the decision and enter its cap (usually {rule_pct} %); without it, hours above the cap would be claimed and paid back later.</translation>
        </message>
        <message>
            <source>The working-time cap {value_pct} % is above the {rule_pct} % of full working time that this support allows. Check the cap against the decision; hours above the rule would be claimed and paid back later.</source>
            <translation>The working-time cap {value_pct} % is above the {rule_pct} % of full working time that this support allows. Check the cap against the decision; hours above the rule would be claimed and paid back later.</translation>
        </message>
        <message>
            <source>“{field}”: the subsidy period ends ({end}) before it starts ({start}).</source>
            <translation>“{field}”: the subsidy period ends ({end}) before it starts ({start}).</translation>
        </message>
        <message>
            <source>“{field}”: the contract ends ({end}) before it starts ({start}).</source>
            <translation>“{field}”: the contract ends ({end}) before it starts ({start}).</translation>
        </message>
        <message>
            <source>“{field}”: the payment period is 1, 2 or 3 months.</source>
            <translation>“{field}”: the payment period is 1, 2 or 3 months.</translation>
        </message>
        <message>
            <source>“{field}”: the application deadline is 1–12 months after the period.</source>
            <translation>“{field}”: the application deadline is 1–12 months after the period.</translation>
        </message>
        <message>
            <source>“{field}” must be between 0 and 100 %.</source>
            <translation>“{field}” must be between 0 and 100 %.</translation>
        </message>
        <message>
            <source>“{field}” must be more than 0 and at most 100 % of full time.</source>
            <translation>“{field}” must be more than 0 and at most 100 % of full time.</translation>
        </message>
        <message>
            <source>“{field}”: the eligible cost items of a wage subsidy are set by law; they can be chosen only for a municipal supplement, an employment bonus or other support.</source>
            <translation>“{field}”: the eligible cost items of a wage subsidy are set by law; they can be chosen only for a municipal supplement, an employment bonus or other support.</translation>
        </message>
        <message>
            <source>“{field}” must be at least 1 (for example 1,23).</source>
            <translation>“{field}” must be at least 1 (for example 1,23).</translation>
        </message>
        <message>
            <source>“{field}” is needed for the coefficient method (usually 1,23).</source>
            <translation>“{field}” is needed for the coefficient method (usually 1,23).</translation>
        </message>
        <message>
            <source>“{field}” must be more than zero (for example 37,5).</source>
            <translation>“{field}” must be more than zero (for example 37,5).</translation>
        </message>
        <message>
            <source>“{field}” cannot be negative.</source>
            <translation>“{field}” cannot be negative.</translation>
        </message>
        <message>
            <source>“{field}”: the month {month} is given twice.</source>
            <translation>“{field}”: the month {month} is given twice.</translation>
        </message>
        <message>
            <source>There are no employer contribution rates for {year}. Add the year in Settings → Rates (copy the previous year and check the rates), or enter the month's contributions.</source>
            <translation>There are no employer contribution rates for {year}. Add the year in Settings → Rates (copy the previous year and check the rates), or enter the month's contributions.</translation>
        </message>
        <message>
            <source>“{field}” must be an object.</source>
            <translation>“{field}” must be an object.</translation>
        </message>
        <message>
            <source>“{field}” must be a list.</source>
            <translation>“{field}” must be a list.</translation>
        </message>
        <message>
            <source>“{field}” must be text, such as "1495.00".</source>
            <translation>“{field}” must be text, such as "1495.00".</translation>
        </message>
        <message>
            <source>“{field}” must be a whole number.</source>
            <translation>“{field}” must be a whole number.</translation>
        </message>
        <message>
            <source>“{field}” must be true or false.</source>
            <translation>“{field}” must be true or false.</translation>
        </message>
        <message>
            <source>“{field}” is missing. Fill it in.</source>
            <translation>“{field}” is missing. Fill it in.</translation>
        </message>
        <message>
            <source>“{field}” is not a known field. Check its spelling.</source>
            <translation>“{field}” is not a known field. Check its spelling.</translation>
        </message>
        <message>
            <source>“{field}” is not a number.</source>
            <translation>“{field}” is not a number.</translation>
        </message>
        <message>
            <source>“{field}” has more than two decimals; an amount is euros and cents.</source>
            <translation>“{field}” has more than two decimals; an amount is euros and cents.</translation>
        </message>
        <message>
            <source>“{field}” is too large.</source>
            <translation>“{field}” is too large.</translation>
        </message>
        <message>
            <source>“{field}” is not a date (write it as 2026-03-05).</source>
            <translation>“{field}” is not a date (write it as 2026-03-05).</translation>
        </message>
        <message>
            <source>“{field}” is not a month (write it as 2026-03).</source>
            <translation>“{field}” is not a month (write it as 2026-03).</translation>
        </message>
        <message>
            <source>“{field}”: the year must be between 1900 and 2999.</source>
            <translation>“{field}”: the year must be between 1900 and 2999.</translation>
        </message>
        <message>
            <source>“{field}” is not a known kind of support. Choose one of: {allowed}.</source>
            <translation>“{field}” is not a known kind of support. Choose one of: {allowed}.</translation>
        </message>
        <message>
            <source>“{field}” is not one of the allowed values.</source>
            <translation>“{field}” is not one of the allowed values.</translation>
        </message>
        <message>
            <source>“{field}”: holiday compensation and tax-free allowances are never eligible costs.</source>
            <translation>“{field}”: holiday compensation and tax-free allowances are never eligible costs.</translation>
        </message>
        <message>
            <source>“{field}” must be at least 0 % and under 100 %.</source>
            <translation>“{field}” must be at least 0 % and under 100 %.</translation>
        </message>
        <message>
            <source>“{field}”: there are two rows for {key}. Keep one of them.</source>
            <translation>“{field}”: there are two rows for {key}. Keep one of them.</translation>
        </message>
        <message>
            <source>The rate table file is damaged (“{field}”). Reinstall Kuhina Desktop.</source>
            <translation>The rate table file is damaged (“{field}”). Reinstall Kuhina Desktop.</translation>
        </message>
        <message>
            <source>The rates of {year} already exist. Edit them in the table instead.</source>
            <translation>The rates of {year} already exist. Edit them in the table instead.</translation>
        </message>
        <message>
            <source>There are no rates of {year} to copy. Add that year first.</source>
            <translation>There are no rates of {year} to copy. Add that year first.</translation>
        </message>
        <message>
            <source>The decision was not found; it may have been deleted. Refresh the list.</source>
            <translation>The decision was not found; it may have been deleted. Refresh the list.</translation>
        </message>
        <message>
            <source>Choose the employee the decision is for.</source>
            <translation>Choose the employee the decision is for.</translation>
        </message>
        <message>
            <source>“{field}” is too long: at most {limit} characters.</source>
            <translation>“{field}” is too long: at most {limit} characters.</translation>
        </message>
        <message>
            <source>{payer} already has a decision numbered {number}. Check the number; a decision is entered only once.</source>
            <translation>{payer} already has a decision numbered {number}. Check the number; a decision is entered only once.</translation>
        </message>
        <message>
            <source>The decision has payment applications, so it cannot be deleted. End it by changing its end date instead.</source>
            <translation>The decision has payment applications, so it cannot be deleted. End it by changing its end date instead.</translation>
        </message>
        <message>
            <source>“{field}” can no longer be changed: a payment application of this decision has already been sent (the first for {period_start}–{period_end}), and the periods and amounts applied for come from these details. If the payer changed its decision, end this decision the day before the change applies, enter the change as a new decision from that day, and record a correction to an application already sent. Only the end date may move.</source>
            <translation>“{field}” can no longer be changed: a payment application of this decision has already been sent (the first for {period_start}–{period_end}), and the periods and amounts applied for come from these details. If the payer changed its decision, end this decision the day before the change applies, enter the change as a new decision from that day, and record a correction to an application already sent. Only the end date may move.</translation>
        </message>
        <message>
            <source>“{field}” can no longer be changed either.</source>
            <translation>“{field}” can no longer be changed either.</translation>
        </message>
        <message>
            <source>The subsidy period cannot end on {end}: the payment application for {period_start}–{period_end} has already been sent, and this end would change that period. Move the end only beyond the periods applied for; for a change to a sent period, record a correction to its application.</source>
            <translation>The subsidy period cannot end on {end}: the payment application for {period_start}–{period_end} has already been sent, and this end would change that period. Move the end only beyond the periods applied for; for a change to a sent period, record a correction to its application.</translation>
        </message>
        <message>
            <source>The subsidy period overlaps the decision {decision} ({start}–{end}) of the same person. The same wage costs cannot be subsidised twice: check the dates. If the new decision replaces the earlier one, end the earlier one the day before.</source>
            <translation>The subsidy period overlaps the decision {decision} ({start}–{end}) of the same person. The same wage costs cannot be subsidised twice: check the dates. If the new decision replaces the earlier one, end the earlier one the day before.</translation>
        </message>
        <message>
            <source>The employee has no employment contract for the subsidy period yet, so the hours and dates could not be checked against it. Add the contract under Employees.</source>
            <translation>The employee has no employment contract for the subsidy period yet, so the hours and dates could not be checked against it. Add the contract under Employees.</translation>
        </message>
        <message>
            <source>The file {path} could not be read ({reason}). Nothing was changed.</source>
            <translation>The file {path} could not be read ({reason}). Nothing was changed.</translation>
        </message>
        <message>
            <source>The file {path} is {size_mb} MB; at most {limit_mb} MB can be attached. Scan the decision in black and white or with a lower resolution.</source>
            <translation>The file {path} is {size_mb} MB; at most {limit_mb} MB can be attached. Scan the decision in black and white or with a lower resolution.</translation>
        </message>
        <message>
            <source>The file {path} is not a PDF. Save or scan the decision as a PDF and attach that. Nothing was changed.</source>
            <translation>The file {path} is not a PDF. Save or scan the decision as a PDF and attach that. Nothing was changed.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a number. Write it as 37,5.</source>
            <translation>“{field}”: “{text}” is not a number. Write it as 37,5.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Payer</translation>
        </message>
        <message>
            <source>Decision number</source>
            <translation>Decision number</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <source>Decision PDF</source>
            <translation>Decision PDF</translation>
        </message>
        <message>
            <source>Kind of support</source>
            <translation>Kind of support</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>Decision date</translation>
        </message>
        <message>
            <source>Subsidy period starts</source>
            <translation>Subsidy period starts</translation>
        </message>
        <message>
            <source>Subsidy period ends</source>
            <translation>Subsidy period ends</translation>
        </message>
        <message>
            <source>Support percent</source>
            <translation>Support percent</translation>
        </message>
        <message>
            <source>Monthly cap</source>
            <translation>Monthly cap</translation>
        </message>
        <message>
            <source>Working-time cap</source>
            <translation>Working-time cap</translation>
        </message>
        <message>
            <source>Payment period</source>
            <translation>Payment period</translation>
        </message>
        <message>
            <source>Employer contributions</source>
            <translation>Employer contributions</translation>
        </message>
        <message>
            <source>Coefficient</source>
            <translation>Coefficient</translation>
        </message>
        <message>
            <source>Eligible costs</source>
            <translation>Eligible costs</translation>
        </message>
        <message>
            <source>Application deadline</source>
            <translation>Application deadline</translation>
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
            <source>Contract start</source>
            <translation>Contract start</translation>
        </message>
        <message>
            <source>Contract end</source>
            <translation>Contract end</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Gross pay</source>
            <translation>Gross pay</translation>
        </message>
        <message>
            <source>Supplements</source>
            <translation>Supplements</translation>
        </message>
        <message>
            <source>Holiday pay</source>
            <translation>Holiday pay</translation>
        </message>
        <message>
            <source>Holiday bonus</source>
            <translation>Holiday bonus</translation>
        </message>
        <message>
            <source>Holiday compensation</source>
            <translation>Holiday compensation</translation>
        </message>
        <message>
            <source>Tax-free allowances</source>
            <translation>Tax-free allowances</translation>
        </message>
        <message>
            <source>Pay compensated by Kela</source>
            <translation>Pay compensated by Kela</translation>
        </message>
        <message>
            <source>Other public support</source>
            <translation>Other public support</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Health insurance %</source>
            <translation>Health insurance %</translation>
        </message>
        <message>
            <source>TyEL pension, employer %</source>
            <translation>TyEL pension, employer %</translation>
        </message>
        <message>
            <source>Unemployment insurance %</source>
            <translation>Unemployment insurance %</translation>
        </message>
        <message>
            <source>Accident insurance %</source>
            <translation>Accident insurance %</translation>
        </message>
        <message>
            <source>Group life insurance %</source>
            <translation>Group life insurance %</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Support %</source>
            <translation>Support %</translation>
        </message>
        <message>
            <source>Cap €/month</source>
            <translation>Cap €/month</translation>
        </message>
        <message>
            <source>Working-time cap %</source>
            <translation>Working-time cap %</translation>
        </message>
        <message>
            <source>Min. h/week</source>
            <translation>Min. h/week</translation>
        </message>
        <message>
            <source>Max. months</source>
            <translation>Max. months</translation>
        </message>
    </context>
    <context>
        <name>SupportKinds</name>
        <message>
            <source>Wage subsidy 50 %</source>
            <translation>Wage subsidy 50 %</translation>
        </message>
        <message>
            <source>Wage subsidy 70 %</source>
            <translation>Wage subsidy 70 %</translation>
        </message>
        <message>
            <source>Wage subsidy 100 % (association)</source>
            <translation>Wage subsidy 100 % (association)</translation>
        </message>
        <message>
            <source>Employment subsidy 55+</source>
            <translation>Employment subsidy 55+</translation>
        </message>
        <message>
            <source>Municipal supplement</source>
            <translation>Municipal supplement</translation>
        </message>
        <message>
            <source>Employment bonus</source>
            <translation>Employment bonus</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>SupportKindsShort</name>
        <message>
            <source>Wage subsidy 50 %</source>
            <translation>Wage subsidy 50 %</translation>
        </message>
        <message>
            <source>Wage subsidy 70 %</source>
            <translation>Wage subsidy 70 %</translation>
        </message>
        <message>
            <source>Wage subsidy 100 %</source>
            <translation>Wage subsidy 100 %</translation>
        </message>
        <message>
            <source>Employment subsidy 55+</source>
            <translation>Employment subsidy 55+</translation>
        </message>
        <message>
            <source>Municipal supplement</source>
            <translation>Municipal supplement</translation>
        </message>
        <message>
            <source>Employment bonus</source>
            <translation>Employment bonus</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
</TS>
