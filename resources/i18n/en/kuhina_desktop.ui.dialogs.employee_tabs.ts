<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ConsentsTab</name>
        <message>
            <source>What the employee has agreed may be shared with the job coach. The job-coach export includes only what a consent in force covers, and never the henkilötunnus or health data.</source>
            <translation>What the employee has agreed may be shared with the job coach. The job-coach export includes only what a consent in force covers, and never the henkilötunnus or health data.</translation>
        </message>
        <message>
            <source>&amp;Add consent…</source>
            <translation>&amp;Add consent…</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent…</source>
            <translation>&amp;Withdraw consent…</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Withdrawn on</translation>
        </message>
    </context>
    <context>
        <name>ContractsTab</name>
        <message>
            <source>&amp;Add contract…</source>
            <translation>&amp;Add contract…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Change…</translation>
        </message>
        <message>
            <source>&amp;End contract…</source>
            <translation>&amp;End contract…</translation>
        </message>
        <message>
            <source>End contract</source>
            <translation>End contract</translation>
        </message>
        <message>
            <source>Last day of employment</source>
            <translation>Last day of employment</translation>
        </message>
    </context>
</TS>
