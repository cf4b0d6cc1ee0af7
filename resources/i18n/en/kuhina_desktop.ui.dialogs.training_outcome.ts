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
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Support decision</source>
            <translation>Support decision</translation>
        </message>
        <message>
            <source>Support period start</source>
            <translation>Support period start</translation>
        </message>
        <message>
            <source>Support period end *</source>
            <translation>Support period end *</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>(not assessed)</source>
            <translation>(not assessed)</translation>
        </message>
        <message>
            <source>Readiness at start (1–5)</source>
            <translation>Readiness at start (1–5)</translation>
        </message>
        <message>
            <source>Readiness at end (1–5)</source>
            <translation>Readiness at end (1–5)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>(no decision)</source>
            <translation>(no decision)</translation>
        </message>
    </context>
</TS>
