<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>TimelineTab</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>&amp;Employee:</source>
            <translation>&amp;Employee:</translation>
        </message>
        <message>
            <source>&amp;Contracts</source>
            <translation>&amp;Contracts</translation>
        </message>
        <message>
            <source>&amp;Support decisions</source>
            <translation>&amp;Support decisions</translation>
        </message>
        <message>
            <source>T&amp;rainings</source>
            <translation>T&amp;rainings</translation>
        </message>
        <message>
            <source>Certi&amp;ficates</source>
            <translation>Certi&amp;ficates</translation>
        </message>
        <message>
            <source>Coachi&amp;ng</source>
            <translation>Coachi&amp;ng</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>O&amp;utcome</translation>
        </message>
        <message>
            <source>(upcoming)</source>
            <translation>(upcoming)</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(archived)</translation>
        </message>
        <message>
            <source>No employees yet.</source>
            <translation>No employees yet.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event(s)</numerusform>
                <numerusform>%n event(s)</numerusform>
            </translation>
        </message>
    </context>
</TS>
