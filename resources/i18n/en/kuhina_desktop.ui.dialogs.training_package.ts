<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>PackageDialog</name>
        <message>
            <source>New training package</source>
            <translation>New training package</translation>
        </message>
        <message>
            <source>Training package</source>
            <translation>Training package</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>Title *</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation>Funder</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Planned hours</translation>
        </message>
        <message>
            <source>Cost (€)</source>
            <translation>Cost (€)</translation>
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
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Completion grants</source>
            <translation>Completion grants</translation>
        </message>
        <message>
            <source>Qualification unit (name or code)</source>
            <translation>Qualification unit (name or code)</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Modules</translation>
        </message>
        <message>
            <source>Archived (no new enrolments)</source>
            <translation>Archived (no new enrolments)</translation>
        </message>
    </context>
</TS>
