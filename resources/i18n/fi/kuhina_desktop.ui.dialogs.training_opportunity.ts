<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>OpportunityDialog</name>
        <message>
            <source>Job opportunity</source>
            <translation>Työmahdollisuus</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>Nimi *</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tehtävät</translation>
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
            <source>Accessibility</source>
            <translation>Saavutettavuus</translation>
        </message>
        <message>
            <source>Language requirements</source>
            <translation>Kielitaitovaatimukset</translation>
        </message>
        <message>
            <source>Support offered</source>
            <translation>Tarjottava tuki</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>Open (shown to the regional project)</source>
            <translation>Avoinna (näytetään alueelliselle hankkeelle)</translation>
        </message>
    </context>
</TS>
