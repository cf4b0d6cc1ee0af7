<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Navigation</name>
        <message>
            <source>Home</source>
            <translation>Etusivu</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Työntekijät</translation>
        </message>
        <message>
            <source>Support decisions</source>
            <translation>Tukipäätökset</translation>
        </message>
        <message>
            <source>Wage months and applications</source>
            <translation>Palkat ja maksatushakemukset</translation>
        </message>
        <message>
            <source>Training and coaching</source>
            <translation>Koulutus ja valmennus</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Raportit</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Asetukset</translation>
        </message>
    </context>
</TS>
