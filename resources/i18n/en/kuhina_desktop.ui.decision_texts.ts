<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DecisionStatus</name>
        <message>
            <source>In force</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Upcoming</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
    </context>
</TS>
