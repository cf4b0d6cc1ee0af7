<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>PackageDialog</name>
        <message>
            <source>New training package</source>
            <translation>Uusi koulutuspaketti</translation>
        </message>
        <message>
            <source>Training package</source>
            <translation>Koulutuspaketti</translation>
        </message>
        <message>
            <source>&amp;Title *</source>
            <translation>&amp;Nimi *</translation>
        </message>
        <message>
            <source>Typ&amp;e</source>
            <translation>&amp;Tyyppi</translation>
        </message>
        <message>
            <source>&amp;Provider</source>
            <translation>&amp;Järjestäjä</translation>
        </message>
        <message>
            <source>&amp;Funder</source>
            <translation>&amp;Rahoittaja</translation>
        </message>
        <message>
            <source>Planned &amp;hours</source>
            <translation>&amp;Suunnitellut tunnit</translation>
        </message>
        <message>
            <source>&amp;Cost (€)</source>
            <translation>&amp;Hinta (€)</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>Al&amp;kamispäivä</translation>
        </message>
        <message>
            <source>End &amp;date</source>
            <translation>&amp;Päättymispäivä</translation>
        </message>
        <message>
            <source>Completion &amp;grants</source>
            <translation>Suoritus antaa päte&amp;vyyden</translation>
        </message>
        <message>
            <source>&amp;Qualification unit (name or code)</source>
            <translation>Tutkinnon &amp;osa (nimi tai koodi)</translation>
        </message>
        <message>
            <source>&amp;Modules</source>
            <translation>Sisältö ja &amp;moduulit</translation>
        </message>
        <message>
            <source>&amp;Archived (no new enrolments)</source>
            <translation>&amp;Arkistoitu (ei uusia ilmoittautumisia)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ei mitään)</translation>
        </message>
    </context>
</TS>
