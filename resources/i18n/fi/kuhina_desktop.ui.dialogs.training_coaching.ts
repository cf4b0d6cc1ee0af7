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
            <source>(employer coaching, no one person)</source>
            <translation>(työnantajavalmennus, ei yksittäistä henkilöä)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Write a neutral summary of what was done and agreed. Health details do not belong here.</source>
            <translation>Kirjoita neutraali yhteenveto siitä, mitä tehtiin ja sovittiin. Terveystietoja ei kirjata tähän.</translation>
        </message>
        <message>
            <source>&amp;Date *</source>
            <translation>&amp;Päivä *</translation>
        </message>
        <message>
            <source>&amp;Employee</source>
            <translation>&amp;Työntekijä</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Laji</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>T&amp;apa</translation>
        </message>
        <message>
            <source>Du&amp;ration</source>
            <translation>&amp;Kesto</translation>
        </message>
        <message>
            <source>&amp;Coach *</source>
            <translation>&amp;Valmentaja *</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisaatio</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Yhteenveto</translation>
        </message>
        <message>
            <source>&amp;Agreed actions</source>
            <translation>Sovitut toi&amp;menpiteet</translation>
        </message>
        <message>
            <source>&amp;Next follow-up</source>
            <translation>Seu&amp;raava seuranta</translation>
        </message>
        <message>
            <source>&amp;May be shared in the job-coach export</source>
            <translation>&amp;Saa sisällyttää työhönvalmentajalle lähetettävään tiedostoon</translation>
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
