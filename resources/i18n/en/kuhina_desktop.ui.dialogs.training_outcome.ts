<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>Outcome of a support period</source>
            <translation>Outcome of a support period</translation>
        </message>
        <message>
            <source>&amp;Employee</source>
            <translation>&amp;Employee</translation>
        </message>
        <message>
            <source>&amp;Support decision</source>
            <translation>&amp;Support decision</translation>
        </message>
        <message>
            <source>Support &amp;period start</source>
            <translation>Support &amp;period start</translation>
        </message>
        <message>
            <source>Suppo&amp;rt period end *</source>
            <translation>Suppo&amp;rt period end *</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <source>Readiness &amp;at start (1–5)</source>
            <translation>Readiness &amp;at start (1–5)</translation>
        </message>
        <message>
            <source>Readiness at end (&amp;1–5)</source>
            <translation>Readiness at end (&amp;1–5)</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <source>(not assessed)</source>
            <translation>(not assessed)</translation>
        </message>
        <message>
            <source>(no decision)</source>
            <translation>(no decision)</translation>
        </message>
    </context>
</TS>
