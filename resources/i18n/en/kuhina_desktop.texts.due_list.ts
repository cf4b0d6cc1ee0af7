<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>Choose a date after today: an item is snoozed until that day.</source>
            <translation>Choose a date after today: an item is snoozed until that day.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Snooze until</source>
            <translation>Snooze until</translation>
        </message>
    </context>
</TS>
