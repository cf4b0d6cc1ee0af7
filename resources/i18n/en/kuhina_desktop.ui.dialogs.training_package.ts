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
            <source>&amp;Title *</source>
            <translation>&amp;Title *</translation>
        </message>
        <message>
            <source>Typ&amp;e</source>
            <translation>Typ&amp;e</translation>
        </message>
        <message>
            <source>&amp;Provider</source>
            <translation>&amp;Provider</translation>
        </message>
        <message>
            <source>&amp;Funder</source>
            <translation>&amp;Funder</translation>
        </message>
        <message>
            <source>Planned &amp;hours</source>
            <translation>Planned &amp;hours</translation>
        </message>
        <message>
            <source>&amp;Cost (€)</source>
            <translation>&amp;Cost (€)</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;Start date</translation>
        </message>
        <message>
            <source>End &amp;date</source>
            <translation>End &amp;date</translation>
        </message>
        <message>
            <source>Completion &amp;grants</source>
            <translation>Completion &amp;grants</translation>
        </message>
        <message>
            <source>&amp;Qualification unit (name or code)</source>
            <translation>&amp;Qualification unit (name or code)</translation>
        </message>
        <message>
            <source>&amp;Modules</source>
            <translation>&amp;Modules</translation>
        </message>
        <message>
            <source>&amp;Archived (no new enrolments)</source>
            <translation>&amp;Archived (no new enrolments)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
    </context>
</TS>
