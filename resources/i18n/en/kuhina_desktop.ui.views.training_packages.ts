<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>PackagesTab</name>
        <message>
            <source>&amp;Show archived</source>
            <translation>&amp;Show archived</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(archived)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation>Funder</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>Grants</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>recorded</source>
            <translation>recorded</translation>
        </message>
        <message>
            <source>&amp;New package…</source>
            <translation>&amp;New package…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>En&amp;rol employees…</source>
            <translation>En&amp;rol employees…</translation>
        </message>
        <message>
            <source>&amp;Certificate types…</source>
            <translation>&amp;Certificate types…</translation>
        </message>
        <message>
            <source>E&amp;dit enrolment…</source>
            <translation>E&amp;dit enrolment…</translation>
        </message>
        <message>
            <source>Re&amp;move enrolment</source>
            <translation>Re&amp;move enrolment</translation>
        </message>
        <message>
            <source>No package chosen</source>
            <translation>No package chosen</translation>
        </message>
        <message>
            <source>Enrolled in “%1”: %2</source>
            <translation>Enrolled in “%1”: %2</translation>
        </message>
        <message>
            <source>Choose a package first.</source>
            <translation>Choose a package first.</translation>
        </message>
        <message numerus="yes">
            <source>%n employee(s) enrolled.</source>
            <translation>
                <numerusform>%n employee(s) enrolled.</numerusform>
                <numerusform>%n employee(s) enrolled.</numerusform>
            </translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>no expiry</translation>
        </message>
        <message>
            <source>Certificate “%1” recorded for %2 (valid until: %3).</source>
            <translation>Certificate “%1” recorded for %2 (valid until: %3).</translation>
        </message>
        <message>
            <source>the enrolment of %1</source>
            <translation>the enrolment of %1</translation>
        </message>
    </context>
</TS>
