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
            <source>&amp;Employee:</source>
            <translation>Työntek&amp;ijä:</translation>
        </message>
        <message>
            <source>&amp;Contracts</source>
            <translation>Työ&amp;sopimukset</translation>
        </message>
        <message>
            <source>&amp;Support decisions</source>
            <translation>Tuki&amp;päätökset</translation>
        </message>
        <message>
            <source>T&amp;rainings</source>
            <translation>Ko&amp;ulutukset</translation>
        </message>
        <message>
            <source>Certi&amp;ficates</source>
            <translation>P&amp;ätevyydet</translation>
        </message>
        <message>
            <source>Coachi&amp;ng</source>
            <translation>&amp;Valmennus</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>Tu&amp;los</translation>
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
