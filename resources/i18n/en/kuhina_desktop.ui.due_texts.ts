<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DueList</name>
        <message>
            <source>Send the payment application for the period ending %1</source>
            <translation>Send the payment application for the period ending %1</translation>
        </message>
        <message>
            <source>Support period ends: apply for a continuation before it ends</source>
            <translation>Support period ends: apply for a continuation before it ends</translation>
        </message>
        <message>
            <source>Fixed-term contract ends: decide whether it continues</source>
            <translation>Fixed-term contract ends: decide whether it continues</translation>
        </message>
        <message>
            <source>Trial period ends</source>
            <translation>Trial period ends</translation>
        </message>
        <message>
            <source>Certificate expired: %1</source>
            <translation>Certificate expired: %1</translation>
        </message>
        <message>
            <source>Certificate expires: %1</source>
            <translation>Certificate expires: %1</translation>
        </message>
        <message>
            <source>Consent to share information expires: ask for a new one</source>
            <translation>Consent to share information expires: ask for a new one</translation>
        </message>
        <message>
            <source>Enter the wage month %1</source>
            <translation>Enter the wage month %1</translation>
        </message>
        <message>
            <source>Check and confirm the employer contribution rates of %1</source>
            <translation>Check and confirm the employer contribution rates of %1</translation>
        </message>
        <message>
            <source>Yearly review of retention times (%1)</source>
            <translation>Yearly review of retention times (%1)</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Next 30 days</source>
            <translation>Next 30 days</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>%1 is a public holiday (%2); next working day %3</source>
            <translation>%1 is a public holiday (%2); next working day %3</translation>
        </message>
        <message>
            <source>%1 is a weekend day; next working day %2</source>
            <translation>%1 is a weekend day; next working day %2</translation>
        </message>
    </context>
</TS>
