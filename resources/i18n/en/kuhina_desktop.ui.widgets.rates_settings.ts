<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>RatesSettings</name>
        <message>
            <source>Rates</source>
            <translation>Rates</translation>
        </message>
        <message>
            <source>Every calculation uses these tables. Check the contribution rates every January against your pension and accident insurers' figures, and confirm the year.</source>
            <translation>Every calculation uses these tables. Check the contribution rates every January against your pension and accident insurers' figures, and confirm the year.</translation>
        </message>
        <message>
            <source>Employer contributions, % of pay</source>
            <translation>Employer contributions, % of pay</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Support parameters, in force from the date given</source>
            <translation>Support parameters, in force from the date given</translation>
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
        <message>
            <source>Coefficient</source>
            <translation>Coefficient</translation>
        </message>
        <message>
            <source>Copy the previous year</source>
            <translation>Copy the previous year</translation>
        </message>
        <message>
            <source>Confirm the year</source>
            <translation>Confirm the year</translation>
        </message>
        <message>
            <source>New validity date for the kind</source>
            <translation>New validity date for the kind</translation>
        </message>
        <message>
            <source>Remove the row</source>
            <translation>Remove the row</translation>
        </message>
        <message>
            <source>Save rates</source>
            <translation>Save rates</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>Not confirmed</translation>
        </message>
        <message>
            <source>Rates saved.</source>
            <translation>Rates saved.</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Nothing was saved: %1</translation>
        </message>
        <message>
            <source>The rates of %1 were copied to %2. Correct them to the new year's rates and confirm the year.</source>
            <translation>The rates of %1 were copied to %2. Correct them to the new year's rates and confirm the year.</translation>
        </message>
        <message>
            <source>Select the year to confirm.</source>
            <translation>Select the year to confirm.</translation>
        </message>
        <message>
            <source>Select the row of the kind first.</source>
            <translation>Select the row of the kind first.</translation>
        </message>
    </context>
</TS>
