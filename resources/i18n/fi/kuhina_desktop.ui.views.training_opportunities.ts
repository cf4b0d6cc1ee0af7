<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>OpportunitiesTab</name>
        <message>
            <source>Title</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Hours a week</source>
            <translation>Tunteja viikossa</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Paikka</translation>
        </message>
        <message>
            <source>Language requirements</source>
            <translation>Kielitaitovaatimukset</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>status</comment>
            <translation>Avoinna</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>status</comment>
            <translation>Suljettu</translation>
        </message>
        <message>
            <source>&amp;New opportunity…</source>
            <translation>&amp;Uusi työmahdollisuus…</translation>
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
            <source>Open: %1 of %2. Open opportunities go to the job-coach export.</source>
            <translation>Avoinna %1/%2. Avoimet työmahdollisuudet välitetään työhönvalmentajalle.</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tehtävät</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Saavutettavuus</translation>
        </message>
        <message>
            <source>Support offered</source>
            <translation>Tarjottava tuki</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Yhteyshenkilö</translation>
        </message>
    </context>
</TS>
