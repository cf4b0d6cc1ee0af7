<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>OutcomesTab</name>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Support period</source>
            <translation>Support period</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Readiness</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>&amp;New outcome…</source>
            <translation>&amp;New outcome…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Support periods ended in:</source>
            <translation>Support periods ended in:</translation>
        </message>
        <message>
            <source>Targets of the regional project</source>
            <translation>Targets of the regional project</translation>
        </message>
        <message>
            <source>Employed or in education</source>
            <translation>Employed or in education</translation>
        </message>
        <message>
            <source>Job-seeking readiness improved</source>
            <translation>Job-seeking readiness improved</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>Support periods ended: %1</source>
            <translation>Support periods ended: %1</translation>
        </message>
        <message>
            <source>no data yet (target %1)</source>
            <translation>no data yet (target %1)</translation>
        </message>
        <message>
            <source>target %1 met</source>
            <translation>target %1 met</translation>
        </message>
        <message>
            <source>target %1 not met</source>
            <translation>target %1 not met</translation>
        </message>
        <message>
            <source>the outcome of %1</source>
            <translation>the outcome of %1</translation>
        </message>
    </context>
</TS>
