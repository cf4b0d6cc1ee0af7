<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>Outcome of a support period</source>
            <translation>Tukijakson tulos</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Support decision</source>
            <translation>Tukipäätös</translation>
        </message>
        <message>
            <source>Support period start</source>
            <translation>Tukijakson alku</translation>
        </message>
        <message>
            <source>Support period end *</source>
            <translation>Tukijakson loppu *</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <source>(not assessed)</source>
            <translation>(ei arvioitu)</translation>
        </message>
        <message>
            <source>Readiness at start (1–5)</source>
            <translation>Työnhakuvalmius alussa (1–5)</translation>
        </message>
        <message>
            <source>Readiness at end (1–5)</source>
            <translation>Työnhakuvalmius lopussa (1–5)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Lisätiedot</translation>
        </message>
        <message>
            <source>(no decision)</source>
            <translation>(ei päätöstä)</translation>
        </message>
    </context>
</TS>
