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
            <source>&amp;Employee</source>
            <translation>&amp;Työntekijä</translation>
        </message>
        <message>
            <source>&amp;Support decision</source>
            <translation>Tu&amp;kipäätös</translation>
        </message>
        <message>
            <source>Support &amp;period start</source>
            <translation>Tukijakson &amp;alku</translation>
        </message>
        <message>
            <source>Suppo&amp;rt period end *</source>
            <translation>Tukijakson &amp;loppu *</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>Tulo&amp;s</translation>
        </message>
        <message>
            <source>Readiness &amp;at start (1–5)</source>
            <translation>Työnhakuvalmius alussa (&amp;1–5)</translation>
        </message>
        <message>
            <source>Readiness at end (&amp;1–5)</source>
            <translation>Työnhakuvalmius lopussa (1–&amp;5)</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>Lisätie&amp;dot</translation>
        </message>
        <message>
            <source>(not assessed)</source>
            <translation>(ei arvioitu)</translation>
        </message>
        <message>
            <source>(no decision)</source>
            <translation>(ei päätöstä)</translation>
        </message>
    </context>
</TS>
