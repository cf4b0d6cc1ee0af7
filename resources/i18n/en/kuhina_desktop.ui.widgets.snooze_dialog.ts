<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze</source>
            <translation>Snooze</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Tomorrow</translation>
        </message>
        <message>
            <source>Next Monday</source>
            <translation>Next Monday</translation>
        </message>
        <message>
            <source>In a week</source>
            <translation>In a week</translation>
        </message>
        <message>
            <source>In a month</source>
            <translation>In a month</translation>
        </message>
        <message>
            <source>Until a date…</source>
            <translation>Until a date…</translation>
        </message>
        <message>
            <source>&amp;Snooze until</source>
            <translation>&amp;Snooze until</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
    </context>
</TS>
