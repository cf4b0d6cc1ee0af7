<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>EmployeesModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Henkilötunnus</source>
            <translation>Henkilötunnus</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <source>Work time</source>
            <translation>Work time</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Target groups</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The fixed-term contract ends within %1 days.</source>
            <translation>The fixed-term contract ends within %1 days.</translation>
        </message>
        <message>
            <source>Open the person and press Reveal to see the whole code.</source>
            <translation>Open the person and press Reveal to see the whole code.</translation>
        </message>
    </context>
</TS>
