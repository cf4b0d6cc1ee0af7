<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>NewFileWizard</name>
        <message>
            <source>New association file</source>
            <translation>Uusi yhdistystiedosto</translation>
        </message>
        <message>
            <source>The association</source>
            <translation>Yhdistys</translation>
        </message>
        <message>
            <source>The name and Y-tunnus are printed on every report.</source>
            <translation>Nimi ja Y-tunnus tulostuvat jokaiseen raporttiin.</translation>
        </message>
        <message>
            <source>Address and contact</source>
            <translation>Osoite ja yhteystiedot</translation>
        </message>
        <message>
            <source>These can be changed later in Settings.</source>
            <translation>Näitä voi muuttaa myöhemmin Asetuksissa.</translation>
        </message>
    </context>
    <context>
        <name>_LocationPage</name>
        <message>
            <source>Where to keep the file</source>
            <translation>Tiedoston sijainti</translation>
        </message>
        <message>
            <source>All the association's data is kept in this one file. Keep it in a folder that is backed up; the program also makes its own backup copies.</source>
            <translation>Kaikki yhdistyksen tiedot ovat tässä yhdessä tiedostossa. Pidä se kansiossa, joka varmuuskopioidaan; ohjelma tekee myös omat varmuuskopionsa.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Selaa…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tiedosto</translation>
        </message>
        <message>
            <source>New association file</source>
            <translation>Uusi yhdistystiedosto</translation>
        </message>
        <message>
            <source>Kuhina files (*.kuhina)</source>
            <translation>Kuhina-tiedostot (*.kuhina)</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>Valitse, mihin tiedosto tallennetaan.</translation>
        </message>
    </context>
</TS>
