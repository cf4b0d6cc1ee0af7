<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Backups</name>
        <message>
            <source>Made by hand</source>
            <translation>Käsin otettu</translation>
        </message>
        <message>
            <source>On closing</source>
            <translation>Suljettaessa</translation>
        </message>
        <message>
            <source>Automatic (every 30 min)</source>
            <translation>Automaattinen (30 min välein)</translation>
        </message>
        <message>
            <source>Before a program update</source>
            <translation>Ennen ohjelmapäivitystä</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Ennen palautusta</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Ennen tuontia</translation>
        </message>
        <message>
            <source>Before a mass change</source>
            <translation>Ennen joukkomuutosta</translation>
        </message>
        <message>
            <source>After erasing a person</source>
            <translation>Henkilön tietojen poiston jälkeen</translation>
        </message>
        <message>
            <source>Demo copy</source>
            <translation>Esittelykopio</translation>
        </message>
        <message>
            <source>employees: %1</source>
            <translation>työntekijöitä: %1</translation>
        </message>
        <message>
            <source>contracts: %1</source>
            <translation>työsopimuksia: %1</translation>
        </message>
        <message>
            <source>support decisions: %1</source>
            <translation>tukipäätöksiä: %1</translation>
        </message>
        <message>
            <source>wage months: %1</source>
            <translation>palkkakuukausia: %1</translation>
        </message>
        <message>
            <source>payment applications: %1</source>
            <translation>maksatushakemuksia: %1</translation>
        </message>
        <message>
            <source>training enrolments: %1</source>
            <translation>koulutuksia: %1</translation>
        </message>
        <message>
            <source>coaching events: %1</source>
            <translation>valmennuskertoja: %1</translation>
        </message>
        <message>
            <source>%1 (Y-tunnus %2) – %3</source>
            <translation>%1 (Y-tunnus %2) – %3</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 klo %2</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mt</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 kt</translation>
        </message>
        <message>
            <source>This copy is damaged and cannot be restored.</source>
            <translation>Tämä kopio on vioittunut, eikä sitä voi palauttaa.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Palauta varmuuskopiosta</translation>
        </message>
        <message>
            <source>Choose the copy to restore. The file %1 is not overwritten: it is moved aside under a name ending in “replaced” with the date, and a copy of it is kept with the backups.</source>
            <translation>Valitse palautettava kopio. Tiedostoa %1 ei kirjoiteta yli: se siirretään syrjään nimellä, jossa on sana ”replaced” ja päivämäärä, ja siitä jää kopio muiden varmuuskopioiden joukkoon.</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Tehty</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Syy</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Koko</translation>
        </message>
        <message>
            <source>Choose another copy…</source>
            <translation>Valitse muu kopio…</translation>
        </message>
        <message>
            <source>Restore this copy</source>
            <translation>Palauta tämä kopio</translation>
        </message>
        <message>
            <source>No backup copies of this file were found here. Use “Choose another copy…” to pick one from a USB stick or another folder.</source>
            <translation>Tiedostosta ei löytynyt täältä varmuuskopioita. Valitse kopio USB-muistilta tai muusta kansiosta painikkeella ”Valitse muu kopio…”.</translation>
        </message>
        <message>
            <source>This copy is of another association than the file it would replace.</source>
            <translation>Tämä kopio on toisen yhdistyksen kuin tiedosto, jonka se korvaisi.</translation>
        </message>
        <message>
            <source>Another association's copy</source>
            <translation>Toisen yhdistyksen kopio</translation>
        </message>
        <message>
            <source>The copy is of %1 (Y-tunnus %2), but the file it would replace is of %3 (Y-tunnus %4). Restoring it replaces this association's data with the other's (the current file is kept aside). Restore it all the same?</source>
            <translation>Kopio on yhdistyksen %1 (Y-tunnus %2), mutta korvattava tiedosto on yhdistyksen %3 (Y-tunnus %4). Palauttaminen korvaa tämän yhdistyksen tiedot toisen yhdistyksen tiedoilla (nykyinen tiedosto säilytetään sivussa). Palautetaanko silti?</translation>
        </message>
        <message>
            <source>Choose a backup copy</source>
            <translation>Valitse varmuuskopio</translation>
        </message>
        <message>
            <source>Kuhina files (*.kuhina);;All files (*)</source>
            <translation>Kuhina-tiedostot (*.kuhina);;Kaikki tiedostot (*)</translation>
        </message>
    </context>
</TS>
