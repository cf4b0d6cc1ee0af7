<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>“{field}” cannot be negative.</source>
            <translation>“{field}” cannot be negative.</translation>
        </message>
        <message>
            <source>“{field}” must be between 0 and {days}, the number of days in the month.</source>
            <translation>“{field}” must be between 0 and {days}, the number of days in the month.</translation>
        </message>
        <message>
            <source>“{field}” must be between 0 and {max}.</source>
            <translation>“{field}” must be between 0 and {max}.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a number. Write days as 2 and hours as 162,5.</source>
            <translation>“{field}”: “{text}” is not a number. Write days as 2 and hours as 162,5.</translation>
        </message>
        <message>
            <source>“{field}” is more than the month's pay (basic pay, supplements and holiday pay). It is the part of that pay for days Kela compensates; check the figure.</source>
            <translation>“{field}” is more than the month's pay (basic pay, supplements and holiday pay). It is the part of that pay for days Kela compensates; check the figure.</translation>
        </message>
        <message>
            <source>“{field}” is more than the month's wage costs ({costs_cents}). Public support cannot exceed the costs; check the figure.</source>
            <translation>“{field}” is more than the month's wage costs ({costs_cents}). Public support cannot exceed the costs; check the figure.</translation>
        </message>
        <message>
            <source>There is no contribution rate table for {year}, so the employer contributions cannot be computed. Type the actual contributions, or add the {year} rates in Settings.</source>
            <translation>There is no contribution rate table for {year}, so the employer contributions cannot be computed. Type the actual contributions, or add the {year} rates in Settings.</translation>
        </message>
        <message>
            <source>The employee was not found; the list may be out of date. Reopen the view.</source>
            <translation>The employee was not found; the list may be out of date. Reopen the view.</translation>
        </message>
        <message>
            <source>The figures of {month} are locked: the payment application that includes them has been sent. Change them with “Correct…” in Payment applications, giving a reason.</source>
            <translation>The figures of {month} are locked: the payment application that includes them has been sent. Change them with “Correct…” in Payment applications, giving a reason.</translation>
        </message>
        <message>
            <source>Write the reason for the correction; it is logged with the application.</source>
            <translation>Write the reason for the correction; it is logged with the application.</translation>
        </message>
        <message>
            <source>The reason is too long (at most {max} characters).</source>
            <translation>The reason is too long (at most {max} characters).</translation>
        </message>
        <message>
            <source>This month is not part of a sent application, so it needs no correction: change it in the month grid.</source>
            <translation>This month is not part of a sent application, so it needs no correction: change it in the month grid.</translation>
        </message>
        <message>
            <source>The file is empty. Export the wage report from the payroll service again.</source>
            <translation>The file is empty. Export the wage report from the payroll service again.</translation>
        </message>
        <message>
            <source>The file has a header row but no rows of figures under it.</source>
            <translation>The file has a header row but no rows of figures under it.</translation>
        </message>
        <message>
            <source>The file cannot be read as a table. Save it as CSV (semicolon-separated) or as an Excel workbook (.xlsx) and try again.</source>
            <translation>The file cannot be read as a table. Save it as CSV (semicolon-separated) or as an Excel workbook (.xlsx) and try again.</translation>
        </message>
        <message>
            <source>The characters of the file cannot be read. Save it as CSV UTF-8 and try again.</source>
            <translation>The characters of the file cannot be read. Save it as CSV UTF-8 and try again.</translation>
        </message>
        <message>
            <source>Old Excel files (.xls) cannot be read. Open the file in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
            <translation>Old Excel files (.xls) cannot be read. Open the file in Excel and save it as an Excel workbook (.xlsx) or as CSV.</translation>
        </message>
        <message>
            <source>The file has more than {max} rows. Split it into smaller files.</source>
            <translation>The file has more than {max} rows. Split it into smaller files.</translation>
        </message>
        <message>
            <source>Column {column} of the mapping is not in the file. Choose the columns again.</source>
            <translation>Column {column} of the mapping is not in the file. Choose the columns again.</translation>
        </message>
        <message>
            <source>The column “{field}” is chosen for two figures. Each column can be used once.</source>
            <translation>The column “{field}” is chosen for two figures. Each column can be used once.</translation>
        </message>
        <message>
            <source>Choose the column that identifies the employee: henkilötunnus, name, or first and last name.</source>
            <translation>Choose the column that identifies the employee: henkilötunnus, name, or first and last name.</translation>
        </message>
        <message>
            <source>Choose the column that holds the month (or the pay period).</source>
            <translation>Choose the column that holds the month (or the pay period).</translation>
        </message>
        <message>
            <source>Choose at least one column of pay, such as basic gross pay.</source>
            <translation>Choose at least one column of pay, such as basic gross pay.</translation>
        </message>
        <message>
            <source>Nothing was imported: {rejected} rows have problems. Fix them in the file (or change the mapping) and check the file again.</source>
            <translation>Nothing was imported: {rejected} rows have problems. Fix them in the file (or change the mapping) and check the file again.</translation>
        </message>
        <message>
            <source>the row has {cells} values but the header has only {columns} columns, so the figures cannot be told apart. A decimal comma in a comma-separated file splits an amount in two: save the file with semicolons (;) as the separator, or put the amounts in quotes ("2100,50").</source>
            <translation>the row has {cells} values but the header has only {columns} columns, so the figures cannot be told apart. A decimal comma in a comma-separated file splits an amount in two: save the file with semicolons (;) as the separator, or put the amounts in quotes ("2100,50").</translation>
        </message>
        <message>
            <source>the henkilötunnus in “{field}” is not valid. Check it in the file.</source>
            <translation>the henkilötunnus in “{field}” is not valid. Check it in the file.</translation>
        </message>
        <message>
            <source>no employee has the henkilötunnus in “{field}”. Add the employee first, or check the code in the file.</source>
            <translation>no employee has the henkilötunnus in “{field}”. Add the employee first, or check the code in the file.</translation>
        </message>
        <message>
            <source>the row does not say whose figures they are: “{field}” is empty.</source>
            <translation>the row does not say whose figures they are: “{field}” is empty.</translation>
        </message>
        <message>
            <source>no employee is called “{name}”. Check the spelling or add the employee first.</source>
            <translation>no employee is called “{name}”. Check the spelling or add the employee first.</translation>
        </message>
        <message>
            <source>several employees are called “{name}”. Use a henkilötunnus column to tell them apart.</source>
            <translation>several employees are called “{name}”. Use a henkilötunnus column to tell them apart.</translation>
        </message>
        <message>
            <source>“{field}” is empty: the month is needed.</source>
            <translation>“{field}” is empty: the month is needed.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a month. Write it as 1/2026, 2026-01 or a date such as 31.1.2026.</source>
            <translation>“{field}”: “{text}” is not a month. Write it as 1/2026, 2026-01 or a date such as 31.1.2026.</translation>
        </message>
        <message>
            <source>“{field}”: the day {text} does not exist. Check the day and the month.</source>
            <translation>“{field}”: the day {text} does not exist. Check the day and the month.</translation>
        </message>
        <message>
            <source>“{field}”: the period {text} spans several months. Give one row per calendar month.</source>
            <translation>“{field}”: the period {text} spans several months. Give one row per calendar month.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not an amount of euros. Write it as 1234,50 or 1 234,50.</source>
            <translation>“{field}”: “{text}” is not an amount of euros. Write it as 1234,50 or 1 234,50.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a number of whole days.</source>
            <translation>“{field}”: “{text}” is not a number of whole days.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a number of hours. Write it as 162,5.</source>
            <translation>“{field}”: “{text}” is not a number of hours. Write it as 162,5.</translation>
        </message>
        <message>
            <source>the same employee and month is already on row {other_row}. Keep one row per employee and month.</source>
            <translation>the same employee and month is already on row {other_row}. Keep one row per employee and month.</translation>
        </message>
        <message>
            <source>the figures of this employee and month are locked because their payment application has been sent. Leave the row out, or make a correction.</source>
            <translation>the figures of this employee and month are locked because their payment application has been sent. Leave the row out, or make a correction.</translation>
        </message>
        <message>
            <source>The application was not found. Reopen the list.</source>
            <translation>The application was not found. Reopen the list.</translation>
        </message>
        <message>
            <source>The support decision was not found. Reopen the list.</source>
            <translation>The support decision was not found. Reopen the list.</translation>
        </message>
        <message>
            <source>The decision has no payment period starting on {start}.</source>
            <translation>The decision has no payment period starting on {start}.</translation>
        </message>
        <message>
            <source>The employee has no employment contract for the support period, so the working time is unknown. Add the contract in Employees.</source>
            <translation>The employee has no employment contract for the support period, so the working time is unknown. Add the contract in Employees.</translation>
        </message>
        <message>
            <source>The wage figures of {months} are missing. Enter them in Wage months first.</source>
            <translation>The wage figures of {months} are missing. Enter them in Wage months first.</translation>
        </message>
        <message>
            <source>This application has already been sent; its figures are locked.</source>
            <translation>This application has already been sent; its figures are locked.</translation>
        </message>
        <message>
            <source>The application has not been marked sent yet. Mark it sent first.</source>
            <translation>The application has not been marked sent yet. Mark it sent first.</translation>
        </message>
        <message>
            <source>The application is already paid in full or rejected.</source>
            <translation>The application is already paid in full or rejected.</translation>
        </message>
        <message>
            <source>“{field}” is in the future. Give the day it really happened.</source>
            <translation>“{field}” is in the future. Give the day it really happened.</translation>
        </message>
        <message>
            <source>“{field}” must be after the period has ended ({period_end}): support is applied for afterwards.</source>
            <translation>“{field}” must be after the period has ended ({period_end}): support is applied for afterwards.</translation>
        </message>
        <message>
            <source>“{field}” is before the application was sent ({sent_on}). Check the date.</source>
            <translation>“{field}” is before the application was sent ({sent_on}). Check the date.</translation>
        </message>
        <message>
            <source>“{field}” must be more than zero.</source>
            <translation>“{field}” must be more than zero.</translation>
        </message>
        <message>
            <source>“{field}” is more than what is still unpaid ({remaining_cents}). Check the amount on the payer's statement.</source>
            <translation>“{field}” is more than what is still unpaid ({remaining_cents}). Check the amount on the payer's statement.</translation>
        </message>
        <message>
            <source>Write why the application was rejected (from the payer's decision).</source>
            <translation>Write why the application was rejected (from the payer's decision).</translation>
        </message>
        <message>
            <source>The note is too long (at most {max} characters).</source>
            <translation>The note is too long (at most {max} characters).</translation>
        </message>
        <message>
            <source>Give the mapping a name.</source>
            <translation>Give the mapping a name.</translation>
        </message>
        <message>
            <source>The name is too long (at most {max} characters).</source>
            <translation>The name is too long (at most {max} characters).</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Basic gross pay</source>
            <translation>Basic gross pay</translation>
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
            <source>Unpaid absence days</source>
            <translation>Unpaid absence days</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Employer contributions</source>
            <translation>Employer contributions</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>Reason for the correction</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Name of the mapping</source>
            <translation>Name of the mapping</translation>
        </message>
        <message>
            <source>Payment application</source>
            <translation>Payment application</translation>
        </message>
        <message>
            <source>Payment period</source>
            <translation>Payment period</translation>
        </message>
        <message>
            <source>Support decision</source>
            <translation>Support decision</translation>
        </message>
        <message>
            <source>Employment contract</source>
            <translation>Employment contract</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Amount paid</translation>
        </message>
        <message>
            <source>Reason for the rejection</source>
            <translation>Reason for the rejection</translation>
        </message>
    </context>
    <context>
        <name>Wages</name>
        <message>
            <source>Henkilötunnus</source>
            <translation>Henkilötunnus</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <source>Ready to apply</source>
            <translation>Ready to apply</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Partly paid</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Outside every decision</source>
            <translation>Outside every decision</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Locked (application sent)</source>
            <translation>Locked (application sent)</translation>
        </message>
        <message>
            <source>The decision number on the form: {number}</source>
            <translation>The decision number on the form: {number}</translation>
        </message>
        <message>
            <source>A copy of the employment contract (first application of the decision)</source>
            <translation>A copy of the employment contract (first application of the decision)</translation>
        </message>
        <message>
            <source>The payslips (palkkalaskelmat) of the period, or the Incomes Register report</source>
            <translation>The payslips (palkkalaskelmat) of the period, or the Incomes Register report</translation>
        </message>
        <message>
            <source>Kela's decision on the daily allowance for the sick-leave days</source>
            <translation>Kela's decision on the daily allowance for the sick-leave days</translation>
        </message>
        <message>
            <source>A statement of the other public support for the same costs</source>
            <translation>A statement of the other public support for the same costs</translation>
        </message>
        <message>
            <source>Wage figures missing for the period</source>
            <translation>Wage figures missing for the period</translation>
        </message>
        <message>
            <source>No employment contract for the period</source>
            <translation>No employment contract for the period</translation>
        </message>
        <message>
            <source>The support cannot be computed: check the decision</source>
            <translation>The support cannot be computed: check the decision</translation>
        </message>
    </context>
</TS>
