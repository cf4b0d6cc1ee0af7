<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Navigation</name>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>Support decisions</source>
            <translation>Support decisions</translation>
        </message>
        <message>
            <source>Wage months and applications</source>
            <translation>Wage months and applications</translation>
        </message>
        <message>
            <source>Training and coaching</source>
            <translation>Training and coaching</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
</TS>
