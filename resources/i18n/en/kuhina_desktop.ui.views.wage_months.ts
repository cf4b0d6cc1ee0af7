<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>WageMonthsPage</name>
        <message>
            <source>Contributions in grey italics are computed from the rate table; bold ones are actual figures typed over them. Tab or Enter moves on; Ctrl+S saves the month.</source>
            <translation>Contributions in grey italics are computed from the rate table; bold ones are actual figures typed over them. Tab or Enter moves on; Ctrl+S saves the month.</translation>
        </message>
        <message>
            <source>Checking for missing months…</source>
            <translation>Checking for missing months…</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Reading the month…</source>
            <translation>Reading the month…</translation>
        </message>
        <message>
            <source>&amp;Save month</source>
            <translation>&amp;Save month</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Nobody is employed in this month. Employees and their contracts are added in Employees.</source>
            <translation>Nobody is employed in this month. Employees and their contracts are added in Employees.</translation>
        </message>
        <message>
            <source>Missing inside a decision: %1</source>
            <translation>Missing inside a decision: %1</translation>
        </message>
        <message>
            <source> and %1 more</source>
            <translation> and %1 more</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) entered outside every decision (no support).</source>
            <translation>
                <numerusform>%n month(s) entered outside every decision (no support).</numerusform>
                <numerusform>%n month(s) entered outside every decision (no support).</numerusform>
            </translation>
        </message>
        <message>
            <source>…and %1 more</source>
            <translation>…and %1 more</translation>
        </message>
        <message>
            <source>Unsaved figures</source>
            <translation>Unsaved figures</translation>
        </message>
        <message>
            <source>The figures of %1 have not been saved. Save them now?</source>
            <translation>The figures of %1 have not been saved. Save them now?</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n employee(s)' figures.</source>
            <translation>
                <numerusform>Saved %n employee(s)' figures.</numerusform>
                <numerusform>Saved %n employee(s)' figures.</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes to save.</source>
            <translation>No changes to save.</translation>
        </message>
        <message>
            <source>The month was not saved</source>
            <translation>The month was not saved</translation>
        </message>
        <message>
            <source>Nothing was saved. Fix the red cells:</source>
            <translation>Nothing was saved. Fix the red cells:</translation>
        </message>
    </context>
</TS>
