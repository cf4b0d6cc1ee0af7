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
            <source>(employer coaching, no one person)</source>
            <translation>(employer coaching, no one person)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Write a neutral summary of what was done and agreed. Health details do not belong here.</source>
            <translation>Write a neutral summary of what was done and agreed. Health details do not belong here.</translation>
        </message>
        <message>
            <source>&amp;Date *</source>
            <translation>&amp;Date *</translation>
        </message>
        <message>
            <source>&amp;Employee</source>
            <translation>&amp;Employee</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>&amp;How</translation>
        </message>
        <message>
            <source>Du&amp;ration</source>
            <translation>Du&amp;ration</translation>
        </message>
        <message>
            <source>&amp;Coach *</source>
            <translation>&amp;Coach *</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Summary</translation>
        </message>
        <message>
            <source>&amp;Agreed actions</source>
            <translation>&amp;Agreed actions</translation>
        </message>
        <message>
            <source>&amp;Next follow-up</source>
            <translation>&amp;Next follow-up</translation>
        </message>
        <message>
            <source>&amp;May be shared in the job-coach export</source>
            <translation>&amp;May be shared in the job-coach export</translation>
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
