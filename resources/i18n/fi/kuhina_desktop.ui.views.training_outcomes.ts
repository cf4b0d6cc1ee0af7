<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>OutcomesTab</name>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Support period</source>
            <translation>Tukijakso</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Valmius</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Lisätiedot</translation>
        </message>
        <message>
            <source>&amp;New outcome…</source>
            <translation>&amp;Uusi tulos…</translation>
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
            <source>Support periods ended in:</source>
            <translation>Tukijaksot päättyneet:</translation>
        </message>
        <message>
            <source>Targets of the regional project</source>
            <translation>Alueellisen hankkeen tavoitteet</translation>
        </message>
        <message>
            <source>Employed or in education</source>
            <translation>Työllistyneet tai koulutukseen siirtyneet</translation>
        </message>
        <message>
            <source>Job-seeking readiness improved</source>
            <translation>Työnhakuvalmius parani</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Kaikkina vuosina</translation>
        </message>
        <message>
            <source>Support periods ended: %1</source>
            <translation>Päättyneitä tukijaksoja: %1</translation>
        </message>
        <message>
            <source>no data yet (target %1)</source>
            <translation>ei vielä tietoja (tavoite %1)</translation>
        </message>
        <message>
            <source>target %1 met</source>
            <translation>tavoite %1 saavutettu</translation>
        </message>
        <message>
            <source>target %1 not met</source>
            <translation>tavoite %1 ei täyty</translation>
        </message>
        <message>
            <source>the outcome of %1</source>
            <translation>henkilön %1 tuloksen</translation>
        </message>
    </context>
</TS>
