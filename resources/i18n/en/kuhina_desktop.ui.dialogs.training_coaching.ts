<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CoachingDialog</name>
        <message>
            <source>Job coaching entry</source>
            <translation>Job coaching entry</translation>
        </message>
        <message>
            <source>Date *</source>
            <translation>Date *</translation>
        </message>
        <message>
            <source>(employer coaching, no one person)</source>
            <translation>(employer coaching, no one person)</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Coach *</source>
            <translation>Coach *</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Write a neutral summary of what was done and agreed. Health details do not belong here.</source>
            <translation>Write a neutral summary of what was done and agreed. Health details do not belong here.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Agreed actions</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <source>May be shared in the job-coach export</source>
            <translation>May be shared in the job-coach export</translation>
        </message>
        <message>
            <source>This looks like health details (%1). Leave them out.</source>
            <translation>This looks like health details (%1). Leave them out.</translation>
        </message>
        <message>
            <source>Health details?</source>
            <translation>Health details?</translation>
        </message>
        <message>
            <source>The text mentions %1. Health details do not belong in coaching notes. Save anyway?</source>
            <translation>The text mentions %1. Health details do not belong in coaching notes. Save anyway?</translation>
        </message>
    </context>
</TS>
