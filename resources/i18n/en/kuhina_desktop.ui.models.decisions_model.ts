<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DecisionsModel</name>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Payer</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Subsidy period</source>
            <translation>Subsidy period</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Cap / month</source>
            <translation>Cap / month</translation>
        </message>
        <message>
            <source>Paid in</source>
            <translation>Paid in</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <source>%n mo</source>
            <translation>
                <numerusform>%n mo</numerusform>
                <numerusform>%n mo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ends in %n day(s)</source>
            <translation>
                <numerusform>Ends in %n day(s)</numerusform>
                <numerusform>Ends in %n day(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF: %1</source>
            <translation>PDF: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved despite %n warning(s)</source>
            <translation>
                <numerusform>Saved despite %n warning(s)</numerusform>
                <numerusform>Saved despite %n warning(s)</numerusform>
            </translation>
        </message>
    </context>
</TS>
