<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>WagesView</name>
        <message>
            <source>Wage months</source>
            <translation>Palkkakuukaudet</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Tuonti</translation>
        </message>
        <message>
            <source>Payment applications</source>
            <translation>Maksatushakemukset</translation>
        </message>
        <message>
            <source>Owed to us</source>
            <translation>Saatavat</translation>
        </message>
    </context>
</TS>
