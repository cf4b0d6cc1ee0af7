<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CoachingTab</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
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
            <source>Min</source>
            <translation>Min</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Shared</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <source>(employer)</source>
            <translation>(employer)</translation>
        </message>
        <message>
            <source>&amp;New entry…</source>
            <translation>&amp;New entry…</translation>
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
            <source>Employee:</source>
            <translation>Employee:</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entries</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min in total</source>
            <translation>%1 h %2 min in total</translation>
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
            <source>the coaching entry of %1</source>
            <translation>the coaching entry of %1</translation>
        </message>
    </context>
</TS>
