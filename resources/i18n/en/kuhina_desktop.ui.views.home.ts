<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>HomeView</name>
        <message>
            <source>Due list</source>
            <translation>Due list</translation>
        </message>
        <message>
            <source>Every deadline will be gathered here: payment applications, ending support periods and contracts, expiring certificates and missing wage months, each with a button that opens the right form.</source>
            <translation>Every deadline will be gathered here: payment applications, ending support periods and contracts, expiring certificates and missing wage months, each with a button that opens the right form.</translation>
        </message>
    </context>
</TS>
