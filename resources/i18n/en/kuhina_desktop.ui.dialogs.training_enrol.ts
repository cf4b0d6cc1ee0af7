<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol in “%1”</source>
            <translation>Enrol in “%1”</translation>
        </message>
        <message>
            <source>(already enrolled)</source>
            <translation>(already enrolled)</translation>
        </message>
        <message>
            <source>&amp;Employees</source>
            <translation>&amp;Employees</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>Start &amp;date</source>
            <translation>Start &amp;date</translation>
        </message>
    </context>
</TS>
