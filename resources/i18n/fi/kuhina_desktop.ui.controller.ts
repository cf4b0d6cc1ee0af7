<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>AppController</name>
        <message>
            <source>The file %1 is already open in this window.</source>
            <translation>Tiedosto %1 on jo auki tässä ikkunassa.</translation>
        </message>
        <message>
            <source>Open read-only?</source>
            <translation>Avataanko vain luettavaksi?</translation>
        </message>
        <message>
            <source>Open the file read-only to look at it?</source>
            <translation>Avataanko tiedosto vain luettavaksi, jotta voit katsoa sitä?</translation>
        </message>
        <message>
            <source>Open association file</source>
            <translation>Avaa yhdistystiedosto</translation>
        </message>
        <message>
            <source>Kuhina files (*.kuhina);;All files (*)</source>
            <translation>Kuhina-tiedostot (*.kuhina);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Tallenna kopio</translation>
        </message>
        <message>
            <source>Kuhina files (*.kuhina)</source>
            <translation>Kuhina-tiedostot (*.kuhina)</translation>
        </message>
        <message>
            <source>Saving a copy…</source>
            <translation>Tallennetaan kopiota…</translation>
        </message>
        <message>
            <source>Copy saved and checked: %1</source>
            <translation>Kopio tallennettu ja tarkistettu: %1</translation>
        </message>
    </context>
</TS>
