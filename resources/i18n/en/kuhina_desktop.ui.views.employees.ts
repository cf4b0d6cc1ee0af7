<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>EmployeesView</name>
        <message>
            <source>Search by name or job title…</source>
            <translation>Search by name or job title…</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>Ended (archive)</source>
            <translation>Ended (archive)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>All target groups</source>
            <translation>All target groups</translation>
        </message>
        <message>
            <source>All supports</source>
            <translation>All supports</translation>
        </message>
        <message>
            <source>No support</source>
            <translation>No support</translation>
        </message>
        <message>
            <source>&amp;New employee</source>
            <translation>&amp;New employee</translation>
        </message>
        <message>
            <source>Health-&amp;data handlers…</source>
            <translation>Health-&amp;data handlers…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>%1 of %2 employees shown</source>
            <translation>%1 of %2 employees shown</translation>
        </message>
    </context>
</TS>
