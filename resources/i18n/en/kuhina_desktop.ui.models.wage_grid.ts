<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>WageGridModel</name>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Basic
pay</source>
            <translation>Basic
pay</translation>
        </message>
        <message>
            <source>Supple-
ments</source>
            <translation>Supple-
ments</translation>
        </message>
        <message>
            <source>Holiday
pay</source>
            <translation>Holiday
pay</translation>
        </message>
        <message>
            <source>Holiday
bonus</source>
            <translation>Holiday
bonus</translation>
        </message>
        <message>
            <source>Holiday
comp.</source>
            <translation>Holiday
comp.</translation>
        </message>
        <message>
            <source>Tax-free
allow.</source>
            <translation>Tax-free
allow.</translation>
        </message>
        <message>
            <source>Kela-
comp. pay</source>
            <translation>Kela-
comp. pay</translation>
        </message>
        <message>
            <source>Other
support</source>
            <translation>Other
support</translation>
        </message>
        <message>
            <source>Unpaid
days</source>
            <translation>Unpaid
days</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Contri-
butions</source>
            <translation>Contri-
butions</translation>
        </message>
        <message>
            <source>Wage
costs</source>
            <translation>Wage
costs</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>No decision</source>
            <translation>No decision</translation>
        </message>
        <message>
            <source>The payment application that includes this month has been sent. Change its figures with Correct… in Payment applications.</source>
            <translation>The payment application that includes this month has been sent. Change its figures with Correct… in Payment applications.</translation>
        </message>
        <message>
            <source>Typed over the computed %1</source>
            <translation>Typed over the computed %1</translation>
        </message>
        <message>
            <source>Computed from the rate table. Type the actual figure to replace it.</source>
            <translation>Computed from the rate table. Type the actual figure to replace it.</translation>
        </message>
    </context>
</TS>
