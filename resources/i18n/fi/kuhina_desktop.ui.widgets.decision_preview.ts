<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>DecisionPreview</name>
        <message>
            <source>Payment period</source>
            <translation>Maksatusjakso</translation>
        </message>
        <message>
            <source>Apply by</source>
            <translation>Haettava viimeistään</translation>
        </message>
        <message>
            <source>Days to deadline</source>
            <translation>Päiviä jäljellä</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Tuki</translation>
        </message>
        <message>
            <source>Choose the employee.</source>
            <translation>Valitse työntekijä.</translation>
        </message>
        <message>
            <source>No employment contract covers the subsidy period yet: the hours and dates are checked once the contract is added.</source>
            <translation>Tukijaksolle ei vielä ole työsopimusta: tunnit ja päivämäärät tarkistetaan, kun sopimus on lisätty.</translation>
        </message>
        <message>
            <source>until further notice</source>
            <translation>toistaiseksi</translation>
        </message>
        <message>
            <source>Contract %1 – %2, %3 h of %4 h a week (%5).</source>
            <translation>Työsopimus %1 – %2, %3 h / %4 h viikossa (%5).</translation>
        </message>
        <message>
            <source>The application for a payment period is due by the date shown; a late application is not paid. The support appears once the wage months are entered.</source>
            <translation>Maksatusjakson hakemus on jätettävä viimeistään näytettynä päivänä; myöhästynyttä hakemusta ei makseta. Tuki näkyy, kun palkkakuukaudet on kirjattu.</translation>
        </message>
    </context>
</TS>
