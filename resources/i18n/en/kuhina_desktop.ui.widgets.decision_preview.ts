<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DecisionPreview</name>
        <message>
            <source>Payment period</source>
            <translation>Payment period</translation>
        </message>
        <message>
            <source>Apply by</source>
            <translation>Apply by</translation>
        </message>
        <message>
            <source>Days to deadline</source>
            <translation>Days to deadline</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>Choose the employee.</source>
            <translation>Choose the employee.</translation>
        </message>
        <message>
            <source>No employment contract covers the subsidy period yet: the hours and dates are checked once the contract is added.</source>
            <translation>No employment contract covers the subsidy period yet: the hours and dates are checked once the contract is added.</translation>
        </message>
        <message>
            <source>until further notice</source>
            <translation>until further notice</translation>
        </message>
        <message>
            <source>Contract %1 – %2, %3 h of %4 h a week (%5).</source>
            <translation>Contract %1 – %2, %3 h of %4 h a week (%5).</translation>
        </message>
        <message>
            <source>The application for a payment period is due by the date shown; a late application is not paid. The support appears once the wage months are entered.</source>
            <translation>The application for a payment period is due by the date shown; a late application is not paid. The support appears once the wage months are entered.</translation>
        </message>
    </context>
</TS>
