<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>DueList</name>
        <message>
            <source>Send the payment application for the period ending %1</source>
            <translation>Lähetä maksatushakemus %1 päättyneeltä jaksolta</translation>
        </message>
        <message>
            <source>Support period ends: apply for a continuation before it ends</source>
            <translation>Tukijakso päättyy: hae jatkoa ennen päättymistä</translation>
        </message>
        <message>
            <source>Fixed-term contract ends: decide whether it continues</source>
            <translation>Määräaikainen työsopimus päättyy: päätä jatkosta</translation>
        </message>
        <message>
            <source>Trial period ends</source>
            <translation>Koeaika päättyy</translation>
        </message>
        <message>
            <source>Certificate expired: %1</source>
            <translation>Pätevyys vanhentunut: %1</translation>
        </message>
        <message>
            <source>Certificate expires: %1</source>
            <translation>Pätevyys vanhenee: %1</translation>
        </message>
        <message>
            <source>Consent to share information expires: ask for a new one</source>
            <translation>Tietojen luovutussuostumus vanhenee: pyydä uusi</translation>
        </message>
        <message>
            <source>Enter the wage month %1</source>
            <translation>Kirjaa palkkakuukausi %1</translation>
        </message>
        <message>
            <source>Check and confirm the employer contribution rates of %1</source>
            <translation>Tarkista ja vahvista vuoden %1 työnantajamaksut</translation>
        </message>
        <message>
            <source>Yearly review of retention times (%1)</source>
            <translation>Säilytysaikojen vuositarkistus (%1)</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Myöhässä</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Tällä viikolla</translation>
        </message>
        <message>
            <source>Next 30 days</source>
            <translation>Seuraavat 30 päivää</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Myöhemmin</translation>
        </message>
        <message>
            <source>%1 is a public holiday (%2); next working day %3</source>
            <translation>%1 on %2; seuraava arkipäivä %3</translation>
        </message>
        <message>
            <source>%1 is a weekend day; next working day %2</source>
            <translation>%1 on viikonloppupäivä; seuraava arkipäivä %2</translation>
        </message>
    </context>
</TS>
