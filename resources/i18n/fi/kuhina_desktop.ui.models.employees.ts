<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>EmployeesModel</name>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Henkilötunnus</source>
            <translation>Henkilötunnus</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Tehtävänimike</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Alkaa</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Päättyy</translation>
        </message>
        <message>
            <source>Work time</source>
            <translation>Työaika</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Kohderyhmät</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Tuki</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>The fixed-term contract ends within %1 days.</source>
            <translation>Määräaikainen sopimus päättyy %1 päivän kuluessa.</translation>
        </message>
        <message>
            <source>Open the person and press Reveal to see the whole code.</source>
            <translation>Koko tunnuksen näet avaamalla henkilön ja painamalla Näytä.</translation>
        </message>
    </context>
</TS>
