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
            <source>&amp;Title *</source>
            <translation>&amp;Nimi *</translation>
        </message>
        <message>
            <source>Ta&amp;sks</source>
            <translation>&amp;Tehtävät</translation>
        </message>
        <message>
            <source>&amp;Hours a week</source>
            <translation>Tunteja &amp;viikossa</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Paikka</translation>
        </message>
        <message>
            <source>&amp;Accessibility</source>
            <translation>&amp;Saavutettavuus</translation>
        </message>
        <message>
            <source>&amp;Language requirements</source>
            <translation>&amp;Kielitaitovaatimukset</translation>
        </message>
        <message>
            <source>Suppo&amp;rt offered</source>
            <translation>Ta&amp;rjottava tuki</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Yhteyshenkilö</translation>
        </message>
        <message>
            <source>&amp;Open (shown to the regional project)</source>
            <translation>&amp;Avoinna (näytetään alueelliselle hankkeelle)</translation>
        </message>
    </context>
</TS>
