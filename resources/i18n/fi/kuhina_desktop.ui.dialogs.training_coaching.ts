<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>CoachingDialog</name>
        <message>
            <source>Job coaching entry</source>
            <translation>Työhönvalmennuksen kirjaus</translation>
        </message>
        <message>
            <source>Date *</source>
            <translation>Päivä *</translation>
        </message>
        <message>
            <source>(employer coaching, no one person)</source>
            <translation>(työnantajavalmennus, ei yksittäistä henkilöä)</translation>
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
            <source>Duration</source>
            <translation>Kesto</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Coach *</source>
            <translation>Valmentaja *</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisaatio</translation>
        </message>
        <message>
            <source>Write a neutral summary of what was done and agreed. Health details do not belong here.</source>
            <translation>Kirjoita neutraali yhteenveto siitä, mitä tehtiin ja sovittiin. Terveystietoja ei kirjata tähän.</translation>
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
            <source>Next follow-up</source>
            <translation>Seuraava seuranta</translation>
        </message>
        <message>
            <source>May be shared in the job-coach export</source>
            <translation>Saa sisällyttää työhönvalmentajalle lähetettävään tiedostoon</translation>
        </message>
        <message>
            <source>This looks like health details (%1). Leave them out.</source>
            <translation>Tämä näyttää terveystiedolta (%1). Jätä se pois.</translation>
        </message>
        <message>
            <source>Health details?</source>
            <translation>Terveystietoja?</translation>
        </message>
        <message>
            <source>The text mentions %1. Health details do not belong in coaching notes. Save anyway?</source>
            <translation>Tekstissä mainitaan %1. Terveystiedot eivät kuulu valmennusmerkintöihin. Tallennetaanko silti?</translation>
        </message>
    </context>
</TS>
