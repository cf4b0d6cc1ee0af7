<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>CoachingTab</name>
        <message>
            <source>Date</source>
            <translation>Päivä</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Tapa</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>Min</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Valmentaja</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Jaettava</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>kyllä</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Seuraava seuranta</translation>
        </message>
        <message>
            <source>(employer)</source>
            <translation>(työnantaja)</translation>
        </message>
        <message>
            <source>&amp;New entry…</source>
            <translation>&amp;Uusi kirjaus…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <source>Employee:</source>
            <translation>Työntekijä:</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Kaikki</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n kirjaus</numerusform>
                <numerusform>%n kirjausta</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min in total</source>
            <translation>yhteensä %1 h %2 min</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Yhteenveto</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Sovitut toimenpiteet</translation>
        </message>
        <message>
            <source>the coaching entry of %1</source>
            <translation>valmennuskirjauksen %1</translation>
        </message>
    </context>
</TS>
