<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>HomeView</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>What to do</translation>
        </message>
        <message>
            <source>Money at stake</source>
            <translation>Money at stake</translation>
        </message>
        <message>
            <source>Due list</source>
            <translation>Due list</translation>
        </message>
        <message>
            <source>&amp;Open the form</source>
            <translation>&amp;Open the form</translation>
        </message>
        <message>
            <source>S&amp;nooze…</source>
            <translation>S&amp;nooze…</translation>
        </message>
        <message>
            <source>Mark &amp;done…</source>
            <translation>Mark &amp;done…</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>&amp;Print (PDF)</source>
            <translation>&amp;Print (PDF)</translation>
        </message>
        <message>
            <source>Practice mode: as of %1</source>
            <translation>Practice mode: as of %1</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>as of %1</translation>
        </message>
        <message>
            <source>Snoozed and done (%1)</source>
            <translation>Snoozed and done (%1)</translation>
        </message>
        <message>
            <source>* The date falls on a weekend or a public holiday; choose the row to see the next working day.</source>
            <translation>* The date falls on a weekend or a public holiday; choose the row to see the next working day.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>&amp;Show snoozed and done</source>
            <translation>&amp;Show snoozed and done</translation>
        </message>
        <message>
            <source>&amp;Export to calendar (.ics)…</source>
            <translation>&amp;Export to calendar (.ics)…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <source>Note (optional), e.g. how it was handled:</source>
            <translation>Note (optional), e.g. how it was handled:</translation>
        </message>
        <message>
            <source>Marked. Ctrl+Z undoes it.</source>
            <translation>Marked. Ctrl+Z undoes it.</translation>
        </message>
        <message>
            <source>Undone.</source>
            <translation>Undone.</translation>
        </message>
        <message>
            <source>Export deadlines</source>
            <translation>Export deadlines</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Calendar files (*.ics)</translation>
        </message>
    </context>
</TS>
