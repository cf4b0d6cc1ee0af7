<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>CoachExportDialog</name>
        <message>
            <source>Export for the job coach</source>
            <translation>Vienti työhönvalmentajalle</translation>
        </message>
        <message>
            <source>Only people whose consent is in force today go out, and only what their consent covers. Never the personal identity code, health data or notes. Check the lists below before writing.</source>
            <translation>Mukaan tulevat vain henkilöt, joiden suostumus on tänään voimassa, ja heistä vain se, minkä suostumus kattaa. Henkilötunnus, terveystiedot ja muistiinpanot eivät lähde koskaan. Tarkista alla olevat luettelot ennen kirjoittamista.</translation>
        </message>
        <message>
            <source>empty = from the start</source>
            <translation>tyhjä = alusta asti</translation>
        </message>
        <message>
            <source>empty = no end</source>
            <translation>tyhjä = ei loppua</translation>
        </message>
        <message>
            <source>Dated rows from</source>
            <translation>Päivätyt rivit alkaen</translation>
        </message>
        <message>
            <source>Dated rows until</source>
            <translation>Päivätyt rivit asti</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Tallenna nimellä</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Selaa…</translation>
        </message>
        <message>
            <source>&amp;Write export</source>
            <translation>&amp;Kirjoita vienti</translation>
        </message>
        <message>
            <source>Only consents given to “{recipient}” count. A consent given to anyone else (for example occupational health), or naming no recipient, never sends anything to the coach.</source>
            <translation>Vain suostumukset, joissa vastaanottaja on ”{recipient}”, otetaan huomioon. Muulle annettu suostumus (esimerkiksi työterveyshuollolle) tai suostumus ilman vastaanottajaa ei koskaan vie mitään valmentajalle.</translation>
        </message>
        <message>
            <source>{people} people go out with {rows} rows of data, and {jobs} open job opportunities (no personal data).</source>
            <translation>Mukaan tulee {people} henkilöä ja heistä {rows} tietoriviä sekä {jobs} avointa työmahdollisuutta (ei henkilötietoja).</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Henkilö</translation>
        </message>
        <message>
            <source>Consent covers</source>
            <translation>Suostumus kattaa</translation>
        </message>
        <message>
            <source>Fields that go out, as headed in the files</source>
            <translation>Lähtevät tiedot tiedostojen sarakeotsikoin</translation>
        </message>
        <message>
            <source>Nobody has a consent in force.</source>
            <translation>Kenelläkään ei ole voimassa olevaa suostumusta.</translation>
        </message>
        <message>
            <source>Left out ({count}): nothing about them goes out</source>
            <translation>Jätetään pois ({count}): heistä ei lähde mitään</translation>
        </message>
        <message>
            <source>Why left out</source>
            <translation>Miksi pois</translation>
        </message>
        <message>
            <source>Nobody.</source>
            <translation>Ei ketään.</translation>
        </message>
        <message>
            <source>Shared with: {recipients}</source>
            <translation>Luovutetaan: {recipients}</translation>
        </message>
        <message>
            <source>Not for the coach: {scope} (given to {recipient})</source>
            <translation>Ei valmentajalle: {scope} (annettu: {recipient})</translation>
        </message>
        <message>
            <source>no recipient named</source>
            <translation>vastaanottajaa ei nimetty</translation>
        </message>
        <message>
            <source>Consent given to someone else: {recipients}</source>
            <translation>Suostumus annettu muulle: {recipients}</translation>
        </message>
        <message>
            <source>Consent given to someone else, none in force</source>
            <translation>Suostumus annettu muulle, ei voimassa</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>Ei suostumusta</translation>
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation>Suostumus peruttu</translation>
        </message>
        <message>
            <source>Consent expired</source>
            <translation>Suostumus vanhentunut</translation>
        </message>
        <message>
            <source>Consent not yet in force</source>
            <translation>Suostumus ei ole vielä voimassa</translation>
        </message>
        <message>
            <source>Save the export as</source>
            <translation>Tallenna vienti nimellä</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Zip-tiedostot (*.zip)</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Korvataanko tiedosto?</translation>
        </message>
        <message>
            <source>{path} already exists. Replace it with this export?</source>
            <translation>{path} on jo olemassa. Korvataanko se tällä viennillä?</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Kirjoitetaan…</translation>
        </message>
        <message>
            <source>Saved {path}: {people} people, {files} files.</source>
            <translation>Tallennettu {path}: {people} henkilöä, {files} tiedostoa.</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>Mitään ei tallennettu.</translation>
        </message>
    </context>
</TS>
