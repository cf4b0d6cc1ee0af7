<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>HomeView</name>
    <message>
        <source>Due list</source>
        <translation>Tehtävälista</translation>
    </message>
    <message>
        <source>Every deadline will be gathered here: payment applications, ending support periods and contracts, expiring certificates and missing wage months, each with a button that opens the right form.</source>
        <translation>Kaikki määräajat kootaan tähän: maksatushakemukset, päättyvät tukijaksot ja työsopimukset, vanhenevat pätevyydet ja puuttuvat palkkakuukaudet, kukin painikkeella, joka avaa oikean lomakkeen.</translation>
    </message>
</context>
</TS>
