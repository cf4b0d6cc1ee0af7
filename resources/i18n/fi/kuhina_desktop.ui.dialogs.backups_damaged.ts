<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>BackupCopy</name>
        <message>
            <source>Backup copy</source>
            <translation>Varmuuskopio</translation>
        </message>
        <message>
            <source>Open it read-only to look at it, restore it in place of the original file, or edit this copy as a file of its own.</source>
            <translation>Voit avata sen vain luettavaksi, palauttaa sen alkuperäisen tiedoston tilalle tai muokata tätä kopiota omana tiedostonaan.</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Avaa vain luettavaksi</translation>
        </message>
        <message>
            <source>Restore over the original…</source>
            <translation>Palauta alkuperäisen tilalle…</translation>
        </message>
        <message>
            <source>Edit this copy</source>
            <translation>Muokkaa tätä kopiota</translation>
        </message>
    </context>
    <context>
        <name>DamagedFileDialog</name>
        <message>
            <source>The file is damaged</source>
            <translation>Tiedosto on vioittunut</translation>
        </message>
        <message>
            <source>Restore this copy</source>
            <translation>Palauta tämä kopio</translation>
        </message>
        <message>
            <source>Choose another copy…</source>
            <translation>Valitse muu kopio…</translation>
        </message>
        <message>
            <source>No intact backup copy of this file was found on this computer. If you keep copies on a USB stick, plug it in and choose “Choose another copy…”.</source>
            <translation>Tällä tietokoneella ei ole tiedostosta ehjää varmuuskopiota. Jos säilytät kopioita USB-muistilla, liitä se koneeseen ja valitse ”Valitse muu kopio…”.</translation>
        </message>
        <message>
            <source>The newest intact backup copy was made %1 (%2):
%3

Restoring it moves the damaged file aside; it is not deleted.</source>
            <translation>Uusin ehjä varmuuskopio on tehty %1 (%2):
%3

Kun palautat sen, vioittunut tiedosto siirretään syrjään; sitä ei poisteta.</translation>
        </message>
    </context>
</TS>
