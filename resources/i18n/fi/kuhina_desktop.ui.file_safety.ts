<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>FileSafety</name>
        <message>
            <source>The file is in use</source>
            <translation>Tiedosto on käytössä</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Avaa vain luettavaksi</translation>
        </message>
        <message>
            <source>Take over the file…</source>
            <translation>Ota tiedosto käyttöön…</translation>
        </message>
        <message>
            <source>Only take over the file if %1 on the computer %2 is certainly not using it any more (the program there crashed or the computer was switched off). If both computers save to the file, changes are lost. Take over the file?</source>
            <translation>Ota tiedosto käyttöön vain, jos %1 tietokoneella %2 ei varmasti enää käytä sitä (ohjelma kaatui siellä tai tietokone sammutettiin). Jos molemmat tietokoneet tallentavat tiedostoon, muutoksia katoaa. Otetaanko tiedosto käyttöön?</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Ota käyttöön</translation>
        </message>
        <message>
            <source>The copy was restored.</source>
            <translation>Kopio palautettiin.</translation>
        </message>
        <message>
            <source>The copy was restored. The previous file was kept as %1.</source>
            <translation>Kopio palautettiin. Aiempi tiedosto säilytettiin nimellä %1.</translation>
        </message>
        <message>
            <source>Backup copy made %1.</source>
            <translation>Varmuuskopio tehty %1.</translation>
        </message>
        <message>
            <source>Backups and safety</source>
            <translation>Varmuuskopiot ja tietoturva</translation>
        </message>
    </context>
</TS>
