<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>EmployeesView</name>
        <message>
            <source>Search by name or job title…</source>
            <translation>Hae nimellä tai tehtävänimikkeellä…</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Nykyiset</translation>
        </message>
        <message>
            <source>Ended (archive)</source>
            <translation>Päättyneet (arkisto)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <source>All target groups</source>
            <translation>Kaikki kohderyhmät</translation>
        </message>
        <message>
            <source>All supports</source>
            <translation>Kaikki tukimuodot</translation>
        </message>
        <message>
            <source>No support</source>
            <translation>Ei tukea</translation>
        </message>
        <message>
            <source>&amp;New employee</source>
            <translation>&amp;Uusi työntekijä</translation>
        </message>
        <message>
            <source>Health-&amp;data handlers…</source>
            <translation>Terveystietojen &amp;käsittelijät…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Ladataan…</translation>
        </message>
        <message>
            <source>%1 of %2 employees shown</source>
            <translation>Näytetään %1 / %2 työntekijää</translation>
        </message>
    </context>
</TS>
