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
            <source>Title *</source>
            <translation>Nimi *</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Järjestäjä</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation>Rahoittaja</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Suunnitellut tunnit</translation>
        </message>
        <message>
            <source>Cost (€)</source>
            <translation>Hinta (€)</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Alkamispäivä</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Päättymispäivä</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ei mitään)</translation>
        </message>
        <message>
            <source>Completion grants</source>
            <translation>Suoritus antaa pätevyyden</translation>
        </message>
        <message>
            <source>Qualification unit (name or code)</source>
            <translation>Tutkinnon osa (nimi tai koodi)</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Sisältö ja moduulit</translation>
        </message>
        <message>
            <source>Archived (no new enrolments)</source>
            <translation>Arkistoitu (ei uusia ilmoittautumisia)</translation>
        </message>
    </context>
</TS>
