<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze</source>
            <translation>Siirrä myöhemmäksi</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Huomiseen</translation>
        </message>
        <message>
            <source>Next Monday</source>
            <translation>Ensi maanantaihin</translation>
        </message>
        <message>
            <source>In a week</source>
            <translation>Viikon päähän</translation>
        </message>
        <message>
            <source>In a month</source>
            <translation>Kuukauden päähän</translation>
        </message>
        <message>
            <source>Until a date…</source>
            <translation>Valittuun päivään…</translation>
        </message>
        <message>
            <source>&amp;Snooze until</source>
            <translation>&amp;Siirrä päivään</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Päivämäärä</translation>
        </message>
    </context>
</TS>
