<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>HealthAccessDialog</name>
        <message>
            <source>Health-data handlers</source>
            <translation>Health-data handlers</translation>
        </message>
        <message>
            <source>Partial work ability and its details are health data. Only the named health-data handlers see them, recognised by the user name they use to sign in to this computer. While nobody is named, nobody sees health data; once someone is named, only a handler can change this list. Every change is recorded in the audit trail.</source>
            <translation>Partial work ability and its details are health data. Only the named health-data handlers see them, recognised by the user name they use to sign in to this computer. While nobody is named, nobody sees health data; once someone is named, only a handler can change this list. Every change is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>Your user name: %1</source>
            <translation>Your user name: %1</translation>
        </message>
        <message>
            <source>One user name a line</source>
            <translation>One user name a line</translation>
        </message>
        <message>
            <source>&amp;Add me</source>
            <translation>&amp;Add me</translation>
        </message>
    </context>
</TS>
