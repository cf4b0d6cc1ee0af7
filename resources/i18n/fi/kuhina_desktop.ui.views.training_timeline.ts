<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>TimelineTab</name>
        <message>
            <source>Date</source>
            <translation>Päivä</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Tapahtuma</translation>
        </message>
        <message>
            <source>Employee:</source>
            <translation>Työntekijä:</translation>
        </message>
        <message>
            <source>(upcoming)</source>
            <translation>(tulossa)</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(arkistoitu)</translation>
        </message>
        <message>
            <source>No employees yet.</source>
            <translation>Työntekijöitä ei vielä ole.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n tapahtuma</numerusform>
                <numerusform>%n tapahtumaa</numerusform>
            </translation>
        </message>
    </context>
</TS>
