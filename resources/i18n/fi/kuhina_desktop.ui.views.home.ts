<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>HomeView</name>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Henkilö</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Tehtävä</translation>
        </message>
        <message>
            <source>Money at stake</source>
            <translation>Summa</translation>
        </message>
        <message>
            <source>Due list</source>
            <translation>Tehtävälista</translation>
        </message>
        <message>
            <source>&amp;Open the form</source>
            <translation>&amp;Avaa lomake</translation>
        </message>
        <message>
            <source>S&amp;nooze…</source>
            <translation>&amp;Siirrä myöhemmäksi…</translation>
        </message>
        <message>
            <source>Mark &amp;done…</source>
            <translation>Merkitse teh&amp;dyksi…</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Palauta listalle</translation>
        </message>
        <message>
            <source>&amp;Print (PDF)</source>
            <translation>T&amp;ulosta (PDF)</translation>
        </message>
        <message>
            <source>Practice mode: as of %1</source>
            <translation>Harjoitustila: tilanne %1</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>tilanne %1</translation>
        </message>
        <message>
            <source>Snoozed and done (%1)</source>
            <translation>Siirretyt ja tehdyt (%1)</translation>
        </message>
        <message>
            <source>* The date falls on a weekend or a public holiday; choose the row to see the next working day.</source>
            <translation>* Päivä on viikonloppu tai pyhäpäivä; valitse rivi, niin näet seuraavan arkipäivän.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Ladataan…</translation>
        </message>
        <message>
            <source>&amp;Show snoozed and done</source>
            <translation>Näytä siirretyt &amp;ja tehdyt</translation>
        </message>
        <message>
            <source>&amp;Export to calendar (.ics)…</source>
            <translation>&amp;Vie kalenteriin (.ics)…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Merkitse tehdyksi</translation>
        </message>
        <message>
            <source>Note (optional), e.g. how it was handled:</source>
            <translation>Muistiinpano (vapaaehtoinen), esim. miten asia hoidettiin:</translation>
        </message>
        <message>
            <source>Marked. Ctrl+Z undoes it.</source>
            <translation>Merkitty. Ctrl+Z peruu merkinnän.</translation>
        </message>
        <message>
            <source>Undone.</source>
            <translation>Merkintä peruttu.</translation>
        </message>
        <message>
            <source>Export deadlines</source>
            <translation>Vie määräajat</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Kalenteritiedostot (*.ics)</translation>
        </message>
    </context>
</TS>
